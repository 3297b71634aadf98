# Missive: tudalennau'r staff ar gyfer cymedroli llythyrau, adolygu llofnodion, y cofnod archwilio ac ymatebion swyddogion (Welsh).
# REVIEW: machine-drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.
# Welsh keeps the singular noun after a numeral ("3 llythyr"), soft-mutated after two ("2 lythyr").

## Moderation: the queue

staff-mod-queue-title = Llythyrau i'w cymedroli
staff-mod-queue-error-title = Gwall: Llythyrau i'w cymedroli
staff-mod-check-answers = Gwiriwch eich atebion
staff-mod-check-filter = Gwiriwch yr hidlydd
staff-mod-fix-filter = Cywirwch yr hidlydd uchod i weld llythyrau.
staff-mod-queue-empty = Does dim llythyrau'n aros i gael eu cymedroli.
staff-mod-queue-none-match = Does dim llythyrau'n cyfateb.
staff-mod-queue-match = { $count ->
    [one] Mae { $n } llythyr yn cyfateb.
    [two] Mae { $n } lythyr yn cyfateb, yr hynaf yn gyntaf.
   *[other] Mae { $n } llythyr yn cyfateb, yr hynaf yn gyntaf.
}
staff-mod-queue-match-pages = Mae { $n } llythyr yn cyfateb, yr hynaf yn gyntaf. Yn dangos { $first }–{ $last }, tudalen { $page } o { $pages }.
staff-mod-queue-unconfirmed = { $count ->
    [one] Mae { $n } llythyr arall yn aros i'w awdur gadarnhau ei gyfeiriad e-bost: bydd yn ymuno â'r ciw pan fydd yn gwneud hynny.
    [two] Mae { $n } lythyr arall yn aros i'w hawduron gadarnhau eu cyfeiriadau e-bost: bydd pob un yn ymuno â'r ciw pan fydd ei awdur yn gwneud hynny.
   *[other] Mae { $n } llythyr arall yn aros i'w hawduron gadarnhau eu cyfeiriadau e-bost: bydd pob un yn ymuno â'r ciw pan fydd ei awdur yn gwneud hynny.
}
staff-mod-pages = Tudalennau o lythyrau
staff-mod-page-previous = Y dudalen flaenorol
staff-mod-page-next = Y dudalen nesaf
staff-mod-page-of = Tudalen { $page } o { $pages }
staff-mod-letter-number = llythyr { $id }
staff-mod-published = Llythyrau a gyhoeddwyd yn ddiweddar
staff-mod-published-caption = Llythyrau a gyhoeddwyd yn ddiweddar (agorwch un i'w guddio)
staff-mod-published-letter = Llythyr
staff-mod-published-shown-as = Yn cael ei ddangos fel
staff-mod-published-approved = Cymeradwywyd

## The queue's filter

staff-mod-filter-legend = Hidlo'r llythyrau
staff-mod-filter-campaign = Ymgyrch
staff-mod-filter-status = Statws
staff-mod-filter-similarity = Yn debyg i'r llythyr enghreifftiol
staff-mod-filter-age = Yn aros
staff-mod-filter-all-campaigns = Pob ymgyrch
staff-mod-filter-choice-status = { $value ->
    [pending] Yn aros i gael ei gymedroli
    [unconfirmed] Yn aros i'r awdur gadarnhau
    [approved] Wedi'i gymeradwyo
    [rejected] Wedi'i wrthod
   *[hidden] Wedi'i guddio
}
staff-mod-filter-choice-likeness = { $value ->
    [near-copy] Bron yn gopïau o'r llythyr enghreifftiol
    [personal] Yng ngeiriau'r awdur ei hun
   *[other] Unrhyw un
}
staff-mod-filter-any-time = Unrhyw bryd
staff-mod-filter-more-than = { $count ->
    [one] Mwy nag { $n } diwrnod
    [two] Mwy na { $n } ddiwrnod
   *[other] Mwy na { $n } diwrnod
}
staff-mod-filter-show = Dangos llythyrau
staff-mod-filter-clear = Clirio'r hidlydd

## What a moderator did, or why nothing was done

staff-mod-done-nothing = Ni newidiwyd dim.
staff-mod-done-approved = { $count ->
    [1] Cymeradwywyd y llythyr. Anfonwyd e-bost at ei awdur ac mae ei anfon at y derbynwyr wedi dechrau.
    [two] Cymeradwywyd { $n } lythyr. Anfonwyd e-bost at eu hawduron ac mae eu hanfon at y derbynwyr wedi dechrau.
   *[other] Cymeradwywyd { $n } llythyr. Anfonwyd e-bost at eu hawduron ac mae eu hanfon at y derbynwyr wedi dechrau.
}
staff-mod-done-rejected = { $count ->
    [1] Gwrthodwyd y llythyr. Anfonwyd y rheswm at ei awdur drwy e-bost.
    [two] Gwrthodwyd { $n } lythyr. Anfonwyd y rheswm at eu hawduron drwy e-bost.
   *[other] Gwrthodwyd { $n } llythyr. Anfonwyd y rheswm at eu hawduron drwy e-bost.
}
staff-mod-done-hidden = Cuddiwyd y llythyr. Nid yw'n ymddangos ar dudalen yr ymgyrch mwyach.
staff-mod-done-restored = Mae'r llythyr yn cael ei ddangos eto. Mae'n ôl ar dudalen yr ymgyrch; ni anfonwyd e-bost at ei awdur.
staff-mod-done-redacted = Golygwyd a chymeradwywyd y llythyr. Anfonwyd e-bost at ei awdur yn dweud beth a newidiwyd a pham, ac mae ei anfon at y derbynwyr wedi dechrau.
staff-mod-done-skipped = { $did } { $count ->
    [one] Nid oedd { $n } llythyr a diciwyd yn aros i gael ei gymedroli mwyach, felly gadawyd ef fel yr oedd.
    [two] Nid oedd { $n } lythyr a diciwyd yn aros i gael eu cymedroli mwyach, felly gadawyd hwy fel yr oeddent.
   *[other] Nid oedd { $n } llythyr a diciwyd yn aros i gael eu cymedroli mwyach, felly gadawyd hwy fel yr oeddent.
}
staff-mod-unchanged = Nid yw'r llythyr hwn yn aros i gael ei gymedroli mwyach: { $status ->
    [draft] mae'n dal yn ddrafft nad yw ei awdur wedi'i anfon
    [unconfirmed] mae'n aros i'w awdur gadarnhau ei gyfeiriad e-bost
    [pending] mae'n aros i gael ei gymedroli
    [approved] mae eisoes wedi'i gymeradwyo
    [rejected] mae eisoes wedi'i wrthod
    [hidden] mae eisoes wedi'i guddio
   *[withdrawn] mae ei awdur wedi'i ddileu
}. Ni newidiwyd dim.
staff-mod-unchanged-hiding = Dim ond llythyr wedi'i gymeradwyo y gellir ei guddio, ac { $status ->
    [draft] mae'r llythyr hwn yn dal yn ddrafft nad yw ei awdur wedi'i anfon
    [unconfirmed] mae'r llythyr hwn yn aros i'w awdur gadarnhau ei gyfeiriad e-bost
    [pending] mae'r llythyr hwn yn aros i gael ei gymedroli
    [approved] mae'r llythyr hwn eisoes wedi'i gymeradwyo
    [rejected] mae'r llythyr hwn eisoes wedi'i wrthod
    [hidden] mae'r llythyr hwn eisoes wedi'i guddio
   *[withdrawn] mae awdur y llythyr hwn wedi'i ddileu
}. Ni newidiwyd dim.
staff-mod-not-hidden = Dim ond llythyr cudd y gellir ei ddangos eto, ac { $status ->
    [approved] mae'r llythyr hwn eisoes yn cael ei ddangos
   *[other] nid yw'r llythyr hwn wedi'i guddio
}. Ni newidiwyd dim.
staff-mod-claim-refused = Mae { $email } yn darllen y llythyr hwn. Ni newidiwyd dim: cymerwch ef drosodd isod os mai dyna a fynnwch.

## One letter

staff-mod-back = Yn ôl at y llythyrau i'w cymedroli
staff-mod-letter-heading = Llythyr { $id }: { $subject }
staff-mod-error-title = Gwall: { $title }
staff-mod-status-label = Statws:
staff-mod-status-words = { $status ->
    [draft] drafft
    [unconfirmed] yn aros i'w awdur gadarnhau ei gyfeiriad e-bost (nid yw yn y ciw eto)
    [pending] yn aros i gael ei gymedroli
    [approved] wedi'i gymeradwyo
    [rejected] wedi'i wrthod
    [hidden] wedi'i guddio o dudalen yr ymgyrch
   *[withdrawn] wedi'i ddileu gan ei awdur ar ôl iddo gael ei anfon
}
staff-mod-time-utc = { $time } UTC
staff-mod-show-original = Dangos testun gwreiddiol yr awdur (cyn i gymedrolwr ei olygu)
staff-mod-your-decision = Eich penderfyniad

staff-mod-fact-submitted = Cyflwynwyd
staff-mod-not-submitted = Heb ei gyflwyno
staff-mod-fact-from = Oddi wrth
staff-mod-from-place = { $name }, { $place }
staff-mod-fact-to = At
staff-mod-to-nobody = Neb: nid yw derbynwyr yr ymgyrch wedi'u gosod
staff-mod-to-mp-unknown = Nid at eu AS: nid yw eu hetholaeth yn hysbys
staff-mod-fact-like = Yn debyg i'r llythyr enghreifftiol
staff-mod-percent = { $n }%
staff-mod-like-featured = Y llythyr enghreifftiol gan mwyaf
staff-mod-like-partly = Yn rhannol yng ngeiriau'r awdur ei hun
staff-mod-like-mostly-own = Yng ngeiriau'r awdur ei hun gan mwyaf
staff-mod-like-own = Llythyr yr awdur ei hun
staff-mod-near-copy = Bron yn gopi: mae'n mynd at swyddogion fel enw ar y llythyr ar y cyd.
staff-mod-fact-publish = Cyhoeddi
staff-mod-publish-as = Ydy, fel { $name }
staff-mod-publish-no = Nac ydy
staff-mod-fact-campaign = Ymgyrch

staff-mod-diff-key = Mae'r geiriau a ychwanegodd yr awdur wedi'u { $added }; mae'r geiriau a dynnodd allan o'r llythyr enghreifftiol wedi'u { $removed }.
staff-mod-diff-underlined = tanlinellu
staff-mod-diff-struck = croesi allan
staff-mod-body-written = Y llythyr fel y'i hysgrifennwyd (geiriau'r awdur ei hun gan mwyaf)
staff-mod-body-show-changes = Dangos y newidiadau o'r llythyr enghreifftiol
staff-mod-body-changes = Y llythyr, fel newidiadau i'r llythyr enghreifftiol
staff-mod-body-show-written = Dangos y llythyr fel y'i hysgrifennwyd

staff-mod-history = Hanes
staff-mod-history-none = Nid oes yr un cymedrolwr wedi gweithredu ar y llythyr hwn eto.
staff-mod-history-entry = { $event } gan { $actor }, { $time }
staff-mod-history-reason = { $label }: { $reason }
staff-mod-history-note = Nodyn i'r awdur:
staff-mod-event-approve = Cymeradwywyd
staff-mod-event-reject = Gwrthodwyd
staff-mod-event-hide = Cuddiwyd o dudalen yr ymgyrch
staff-mod-event-restore = Dangoswyd eto ar dudalen yr ymgyrch
staff-mod-event-redact = Golygwyd cyn ei gymeradwyo
staff-mod-event-claim = Hawliwyd
staff-mod-taken-over = wedi'i gymryd drosodd gan { $email }
staff-mod-reason = Rheswm
staff-mod-reason-hide = Rheswm dros ei guddio
staff-mod-reason-restore = Rheswm dros ei ddangos eto
staff-mod-reason-redact = Beth a newidiwyd a pham
staff-mod-reject-label = { $reason ->
    [offensive] Sarhaus
    [defamatory] Difenwol
    [personal-data] Data personol pobl eraill
    [spam] Sbam
    [off-topic] Oddi ar y pwnc
   *[duplicate] Dyblyg
}

## Claims

staff-mod-claim-mine = Rydych chi'n darllen y llythyr hwn (hawliwyd { $time }).
staff-mod-claim-held = { $reader } ers { $time }.
staff-mod-claim-reader = Yn cael ei ddarllen gan { $email }
staff-mod-take-over = Cymryd drosodd gan { $email }
staff-mod-claim = Hawlio a darllen
staff-mod-which-letter = llythyr { $id }

## Decisions

staff-mod-approve = Cymeradwyo
staff-mod-reject = Gwrthod
staff-mod-reject-letter = Gwrthod llythyr { $id }
staff-mod-reject-reason = Rheswm dros wrthod
staff-mod-choose-reason = Dewiswch reswm
staff-mod-note = Nodyn i'r awdur (dewisol)
staff-mod-note-hint = Yn cael ei anfon gyda'r rheswm, yn eich geiriau chi. Hyd at { $n } nod.
staff-mod-saved-note = Neu nodyn wedi'i gadw
staff-mod-saved-note-hint = Yn cael ei anfon pan fydd y blwch nodyn uchod yn wag.
staff-mod-no-saved-note = Dim nodyn wedi'i gadw
staff-mod-hide-legend = Cuddio'r llythyr hwn o dudalen yr ymgyrch
staff-mod-hide-reason = Rheswm (dewisol)
staff-mod-hide-hint = Yn cael ei gadw yn y cofnod archwilio; ni anfonir e-bost at yr awdur. Hyd at { $n } nod.
staff-mod-hide-button = Cuddio'r llythyr
staff-mod-restore-legend = Dangos y llythyr hwn ar dudalen yr ymgyrch eto
staff-mod-restore-hint = Yn cael ei gadw yn hanes y llythyr ac yn y cofnod archwilio; ni anfonir e-bost at yr awdur. Hyd at { $n } nod.
staff-mod-restore-button = Dangos y llythyr eto
staff-mod-redact-summary = Golygu'r llythyr, yna ei gymeradwyo (yn lle ei wrthod)
staff-mod-redact-body = Testun y llythyr
staff-mod-redact-body-hint = Tynnwch allan yr hyn na ddylid ei anfon na'i gyhoeddi, fel rhif ffôn neu enw rhywun arall. Mae'r llythyr yn cael ei anfon a'i gyhoeddi fel y byddwch yn ei adael.
staff-mod-redact-note = Beth wnaethoch chi ei newid, a pham?
staff-mod-redact-note-hint = Yn cael ei anfon at yr awdur gyda'r geiriau a dynnwyd allan, a'i gadw yn hanes y llythyr. Peidiwch ag ailadrodd y manylion a dynnwyd yma. Hyd at { $n } nod.
staff-mod-redact-button = Cymeradwyo gyda'r newidiadau hyn

## Bulk decisions

staff-mod-tick = Ticiwch lythyr { $id } i'w gymeradwyo neu ei wrthod gydag eraill
staff-mod-bulk-legend = Yr holl lythyrau a diciwyd gennych
staff-mod-bulk-approve = Cymeradwyo'r llythyrau a diciwyd
staff-mod-bulk-reject = Gwrthod y llythyrau a diciwyd
staff-mod-bulk-reject-hint = I'w gwrthod, i gyd am yr un rheswm:
staff-mod-bulk-top-legend = Penderfynu ar y llythyrau a diciwch
staff-mod-tick-all = Ticio pob llythyr ar y dudalen hon
staff-mod-untick-all = Dad-dicio'r cyfan

## Saved notes

staff-mod-notes-title = Nodiadau wedi'u cadw i awduron
staff-mod-notes-error-title = Gwall: Nodiadau wedi'u cadw i awduron
staff-mod-notes-intro = Nodiadau rydych chi'n eu hanfon yn aml wrth wrthod llythyr. Mae pob ffurflen wrthod yn eu rhestru; anfonir yr un a ddewisir pan adewir ei blwch nodyn yn wag.
staff-mod-notes-none = Does dim nodiadau wedi'u cadw eto.
staff-mod-notes-saved-by = Cadwyd gan { $email }, { $time }
staff-mod-notes-remove = Tynnu
staff-mod-notes-remove-which = y nodyn hwn
staff-mod-notes-body = Nodyn i'w gadw
staff-mod-notes-body-hint = Hyd at { $n } nod, mewn geiriau y bydd awdur yn eu darllen.
staff-mod-notes-save = Cadw'r nodyn
staff-mod-notes-added = Cadwyd y nodyn. Mae yn rhestr pob ffurflen wrthod.
staff-mod-notes-removed = Tynnwyd y nodyn o'r rhestr.

## Signature review

staff-sig-title = Adolygu llofnodion
staff-sig-error-title = Gwall: Adolygu llofnodion
staff-sig-find = Dod o hyd i lofnodion
staff-sig-field-campaign = Ymgyrch
staff-sig-field-email_domain = Parth e-bost
staff-sig-field-email_domain-hint = Y rhan ar ôl yr @, fel example.org
staff-sig-field-ip = Cyfeiriad IP
staff-sig-field-ip-hint = Cyfeiriad cyfan, ei ddechrau (fel 203.0.113.) neu ystod (fel 203.0.113.0/24)
staff-sig-field-postcode = Cod post
staff-sig-field-postcode-hint = Cod post cyfan neu ei ddechrau, fel SW1A
staff-sig-field-constituency = Etholaeth
staff-sig-field-constituency-hint = Ei henw neu ei chod, fel E14001172
staff-sig-field-from = Llofnodwyd o
staff-sig-field-from-hint = UTC: dyddiad ac amser, fel 2026-11-28 14:30, neu ddyddiad
staff-sig-field-to = Llofnodwyd hyd at
staff-sig-field-to-hint = UTC, gan gynnwys y funud honno (neu'r diwrnod cyfan hwnnw)
staff-sig-field-status = Statws
staff-sig-status-all = Pob un
staff-sig-status-suspect = Rhai amheus yn unig
staff-sig-status-invalidated = Wedi'u dirymu
staff-sig-search = Chwilio
staff-sig-matches = { $count ->
    [one] Mae { $n } llofnod yn cyfateb
    [two] Mae { $n } lofnod yn cyfateb
   *[other] Mae { $n } llofnod yn cyfateb
}
staff-sig-newest-shown = Dangosir y { $n } mwyaf diweddar.
staff-sig-why-invalidate = Pam eu dirymu?
staff-sig-why-genuine = Pam maen nhw'n ddilys?
staff-sig-reason-hint = Gofynnol. Caiff ei gadw yn y cofnod archwilio.
staff-sig-invalidate-button = { $count ->
    [two] Dirymu'r { $n } lofnod sy'n cyfateb
   *[other] Dirymu'r { $n } llofnod sy'n cyfateb
}
staff-sig-already-invalidated = { $count ->
    [one] Mae { $n } wedi'i ddirymu eisoes ac yn cael ei adael fel y mae.
   *[other] Mae { $n } wedi'u dirymu eisoes ac yn cael eu gadael fel y maent.
}
staff-sig-clear-button = { $count ->
    [two] Nodi { $n } lofnod amheus yn ddilys
   *[other] Nodi { $n } llofnod amheus yn ddilys
}
staff-sig-narrow = I ddirymu llofnodion, culhewch y chwiliad yn ôl parth e-bost, cyfeiriad IP, cod post, etholaeth, amser neu statws.
staff-sig-moved-none = Ni newidiwyd dim: does dim llofnodion yn cyfateb i'r weithred honno nawr.
staff-sig-moved = Ni newidiwyd dim: mae'r llofnodion sy'n cyfateb wedi newid ers dangos y dudalen, ac mae { $n } yn cyfateb nawr. Gwiriwch nhw a rhowch gynnig arall arni.
staff-sig-done-invalidated = { $count ->
    [one] Dirymwyd { $n } llofnod. Bydd yn gadael y cyfrif o fewn eiliad.
    [two] Dirymwyd { $n } lofnod. Byddant yn gadael y cyfrif o fewn eiliad.
   *[other] Dirymwyd { $n } llofnod. Byddant yn gadael y cyfrif o fewn eiliad.
}
staff-sig-done-cleared = { $count ->
    [one] Nodwyd { $n } llofnod amheus yn ddilys: mae'n cyfrif unwaith y caiff ei gadarnhau.
    [two] Nodwyd { $n } lofnod amheus yn ddilys: maen nhw'n cyfrif unwaith y cânt eu cadarnhau.
   *[other] Nodwyd { $n } llofnod amheus yn ddilys: maen nhw'n cyfrif unwaith y cânt eu cadarnhau.
}
staff-sig-done-reverted = { $count ->
    [two] Dadwnaed y dirymu: adferwyd { $n } lofnod.
   *[other] Dadwnaed y dirymu: adferwyd { $n } llofnod.
}
staff-sig-nothing-to-revert = Does dim i'w ddadwneud: nid yw'r dirymu hwnnw'n bodoli neu mae wedi'i ddadwneud eisoes.
staff-sig-table = Llofnodion sy'n cyfateb
staff-sig-table-caption = Llofnodion sy'n cyfateb, y mwyaf diweddar yn gyntaf
staff-sig-col-name = Enw
staff-sig-col-signed = Llofnodwyd (UTC)
staff-sig-col-confirmed = Wedi'i gadarnhau
staff-sig-col-suspect = Amheus
staff-sig-col-invalidated = Wedi'i ddirymu
staff-sig-yes = Ydy
staff-sig-no = Nac ydy
staff-sig-ip-unknown = anhysbys
staff-sig-recent = Dirymiadau diweddar
staff-sig-recent-none = Dim un eto.
staff-sig-col-number = Rhif
staff-sig-col-when = Pryd (UTC)
staff-sig-col-search = Chwiliad
staff-sig-col-signatures = Llofnodion
staff-sig-col-by = Gan
staff-sig-former-account = cyn-gyfrif
staff-sig-reverted-at = Dadwnaed { $time }
staff-sig-revert-reason = Rheswm (dewisol)
staff-sig-revert = Dadwneud
staff-sig-which-invalidation = dirymiad { $id }
staff-sig-criterion-email-domain = parth e-bost { $value }
staff-sig-criterion-ip = IP { $value }
staff-sig-criterion-postcode = cod post { $value }
staff-sig-criterion-constituency = etholaeth { $value }
staff-sig-criterion-from = llofnodwyd o { $value }
staff-sig-criterion-to = llofnodwyd hyd at { $value }
staff-sig-criterion-status = statws { $value }
staff-sig-criteria-separator = {"; "}
staff-sig-criteria-every = pob llofnod

## The audit log

staff-audit-title = Cofnod archwilio
staff-audit-intro = Pob gweithred gan y staff, y mwyaf diweddar yn gyntaf. Ni ellir newid na dileu cofnodion o'r fan hon.
staff-audit-moderation-title = Cofnod cymedroli
staff-audit-moderation-intro = Pob penderfyniad gan gymedrolwr ar lythyr (cymeradwyo, gwrthod, golygu, cuddio, dangos eto), y mwyaf diweddar yn gyntaf, gyda'r rheswm a roddwyd.
staff-audit-field-actor = Pwy (e-bost)
staff-audit-field-action = Gweithred (neu ei dechrau, e.e. letter.)
staff-audit-field-subject-type = Math o bwnc
staff-audit-field-subject-id = Dynodydd y pwnc
staff-audit-field-letter = Rhif y llythyr
staff-audit-field-since = O (dyddiad)
staff-audit-field-until = Hyd at (dyddiad)
staff-audit-filter = Hidlo
staff-audit-entries = Cofnodion y cofnod archwilio
staff-audit-count = { $count ->
    [one] { $n } cofnod
    [two] { $n } gofnod
   *[other] { $n } cofnod
}
staff-audit-col-when = Pryd (UTC)
staff-audit-col-who = Pwy
staff-audit-col-action = Gweithred
staff-audit-col-subject = Pwnc
staff-audit-col-change = Newid
staff-audit-col-reason = Rheswm
staff-audit-subject-letter = Llythyr { $id }
staff-audit-subject-account = Cyfrif { $id }
staff-audit-subject-unknown-account = Cyfrif anhysbys
staff-audit-subject-deleted-account = Cyfrif { $id } (wedi'i ddileu ers hynny)
staff-audit-subject-invalidation = Dirymiad { $id }
staff-audit-subject-api-token = Tocyn API { $id }
staff-audit-subject-campaign = Ymgyrch { $id }
staff-audit-subject-campaign-update = Diweddariad ymgyrch { $id }
staff-audit-subject-official-response = Ymateb swyddog { $id }
staff-audit-subject-saved-note = Nodyn wedi'i gadw { $id }
staff-audit-actor-unknown = cyfrif anhysbys
staff-audit-change = { $before } → { $after }
staff-audit-change-search = { $search }: { $count }
staff-audit-search = llofnodion sy'n cyfateb i { $criteria }
staff-audit-signatures = { $count ->
    [two] { $n } lofnod
   *[other] { $n } llofnod
}
staff-audit-letter-state = { $state ->
    [draft] drafft
    [unconfirmed] heb ei gadarnhau
    [pending] yn aros
    [approved] wedi'i gymeradwyo
    [rejected] wedi'i wrthod
    [hidden] wedi'i guddio
   *[withdrawn] wedi'i dynnu'n ôl
}

## Officials' responses

staff-resp-heading = Ymatebion gan swyddogion
staff-resp-correct-heading = Cywiro ymateb
staff-resp-title = { $heading }: { $headline }
staff-resp-error-title = Gwall: { $heading }: { $headline }
staff-resp-public-page = Tudalen gyhoeddus
staff-resp-dashboard = Dangosfwrdd
staff-resp-all = Pob ymateb
staff-resp-none = Does dim ymatebion wedi'u cofnodi eto.
staff-resp-item = { $name }, { $office } — daeth i law { $date }: { $summary }
staff-resp-correct = Cywiro
staff-resp-correct-which = yr ymateb gan { $name }
staff-resp-emailed = Anfonwyd drwy e-bost { $time } UTC
staff-resp-record-heading = Cofnodi ymateb
staff-resp-official = Y swyddog a ymatebodd
staff-resp-choose = Dewiswch…
staff-resp-targets = Targedau'r ymgyrch hon
staff-resp-others = Swyddogion eraill
staff-resp-received = Dyddiad ei dderbyn
staff-resp-received-hint = Blwyddyn-mis-diwrnod, fel 2026-12-04.
staff-resp-summary = Crynodeb
staff-resp-summary-hint = Un neu ddwy frawddeg, { $n } nod ar y mwyaf. Yn cael ei ddangos yn gyntaf ar dudalen yr ymgyrch ac yn yr e-bost.
staff-resp-body = Yr ymateb llawn
staff-resp-body-hint = Markdown neu destun plaen. Ticiwch y blwch isod os mai dyma'r testun yn union fel y daeth i law.
staff-resp-as-received = Dyma'r testun llawn yn union fel y daeth i law (yn cael ei ddangos fel y mae, heb ei fformatio)
staff-resp-correcting = Mae cywiro ymateb yn newid tudalen yr ymgyrch a'r data cyhoeddus ar unwaith. Ni anfonir e-bost at neb eto.
staff-resp-save-correction = Cadw'r cywiriad
staff-resp-recording = Mae ei gofnodi yn ei gyhoeddi ar dudalen yr ymgyrch ac yn ei anfon drwy e-bost, unwaith, at lofnodwyr a ofynnodd am glywed am gynnydd ac at bawb yr aeth eu llythyr at y swyddog hwn.
staff-resp-record = Cofnodi ac anfon yr ymateb
staff-resp-recorded = Cofnodwyd a chyhoeddwyd yr ymateb. { $count ->
    [one] Mae { $n } e-bost ar ei ffordd.
   *[other] Mae { $n } e-bost ar eu ffordd.
}
staff-resp-corrected = Cadwyd y cywiriad. Ni anfonwyd e-bost at neb eto.
