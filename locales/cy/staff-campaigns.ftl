# Missive: tudalennau'r staff ar gyfer ymgyrchoedd (y rhestr, y ffurflen, targedau, diweddariadau, allforion, mewnosod, y dangosfwrdd) (Welsh).
# REVIEW: drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

staff-camp-error-title = Gwall: { $title }
staff-camp-back-to-campaigns = Yn ôl i’r ymgyrchoedd

## The list of campaigns

staff-camp-list-title = Ymgyrchoedd
staff-camp-list-saved = Wedi cadw “{ $headline }”.
staff-camp-list-see-public = Gweld ei thudalen gyhoeddus
staff-camp-list-create = Creu ymgyrch
staff-camp-list-none = Does dim ymgyrchoedd eto.
staff-camp-list-caption = Pob ymgyrch, y fwyaf newydd yn gyntaf
staff-camp-list-headline = Pennawd
staff-camp-list-address = Cyfeiriad
staff-camp-list-status = Statws
staff-camp-list-front-page = Tudalen flaen
staff-camp-list-signatures = Llofnodion
staff-camp-list-actions = Camau
staff-camp-list-featured = Ar y dudalen flaen
staff-camp-list-count = { $count } o { $goal_shown }
staff-camp-list-dashboard = Dangosfwrdd
staff-camp-list-dashboard-of = “{ $headline }”
staff-camp-list-edit = Golygu
staff-camp-list-edit-of = “{ $headline }”
staff-camp-list-updates = Diweddariadau
staff-camp-list-updates-of = i gefnogwyr “{ $headline }”
staff-camp-list-responses = Ymatebion
staff-camp-list-responses-of = i “{ $headline }”
staff-camp-list-exports = Allforion
staff-camp-list-exports-of = “{ $headline }”
staff-camp-list-embed = Mewnosod a rhannu
staff-camp-list-embed-of = “{ $headline }”
staff-camp-status-closed = Wedi cau
staff-camp-status-open = Ar agor
staff-camp-status-opens = Yn agor { $when } UTC

## A new campaign: paste the published letter

staff-camp-new-title = Ymgyrch newydd
staff-camp-new-intro = Dechreuwch gyda llythyr a gyhoeddwyd. Gludwch ef fel testun plaen, fel y mae’n ymddangos ar y dudalen: y llinell uwchben, y pennawd, capsiwn y llun, yr awdur, y paragraffau a ble yr ymddangosodd. Mae Missive yn awgrymu pa ran yw pa un; rydych chi’n gwirio pob rhan cyn i ddim gael ei gadw.
staff-camp-new-letter = Y llythyr a gyhoeddwyd
staff-camp-new-letter-hint = Mae llinellau byr rhwng paragraffau yn troi’n is-benawdau.
staff-camp-new-read = Darllen y llythyr
staff-camp-new-empty = Dechrau gyda ffurflen wag yn lle hynny

## The campaign form

staff-camp-form-parsed = Mae Missive wedi darllen y llythyr fel isod. Gwiriwch bob rhan, cywirwch yr hyn a aeth o’i le, yna gosodwch y cyfeiriad gwe a’r nod.
staff-camp-form-create = Creu’r ymgyrch
staff-camp-form-save = Cadw’r newidiadau
staff-camp-form-edit-heading = Golygu “{ $headline }”
staff-camp-form-letter-legend = Y llythyr
staff-camp-form-kicker = Llinell uwchben (dewisol)
staff-camp-form-kicker-hint = Llinell fer uwchben y pennawd, fel “Llythyr dan sylw: ‘Gwerthoedd Prydeinig’”.
staff-camp-form-headline = Pennawd
staff-camp-form-summary = Crynodeb (dewisol)
staff-camp-form-summary-hint = Brawddeg neu ddwy o dan y pennawd, yn gofyn i bobl lofnodi.
staff-camp-form-author-name = Enw’r awdur
staff-camp-form-author-role = Swydd yr awdur (dewisol)
staff-camp-form-author-role-hint = Fel “Ysgrifennydd, Campaign Kazakhstan”.
staff-camp-form-body = Llythyr
staff-camp-form-body-hint = Markdown: llinell wag rhwng paragraffau; “## Gair” ar gyfer is-bennawd.
staff-camp-form-attribution = Ble yr ymddangosodd (dewisol)
staff-camp-form-attribution-hint = Fel “Ymddangosodd fersiwn o’r llythyr hwn hefyd yn y Guardian ar 3 Tachwedd”.
staff-camp-form-photo-legend = Llun (dewisol)
staff-camp-form-image-caption = Capsiwn
staff-camp-form-image-credit = Ffotograffydd neu ffynhonnell
staff-camp-form-image-licence = Trwydded
staff-camp-form-image-licence-hint = Fel “Creative Commons”.
staff-camp-form-image-file = Neu ffeil sydd eisoes ar y gweinydd (dewisol)
staff-camp-form-image-file-hint = Llwybr o dan static/, fel images/blood-on-hand.jpg; mae llun a uwchlwythwyd yn cael blaenoriaeth drosto. Gadewch y ddau yn wag i ddangos y capsiwn yn unig.
staff-camp-form-image-alt = Testun amgen (yn ofynnol gyda llun)
staff-camp-form-image-alt-hint = Beth mae’r llun yn ei ddangos, i bobl na allant ei weld.
staff-camp-form-photo-uploaded = Y llun a uwchlwythwyd.
staff-camp-form-photo-kept = Mae eich llun wedi’i uwchlwytho a’i gadw: does dim angen i chi ei ddewis eto.
staff-camp-form-photo-remove = Tynnu’r llun hwn
staff-camp-form-photo-replace = Newid y llun (dewisol)
staff-camp-form-photo-upload = Uwchlwytho llun (dewisol)
staff-camp-form-photo-hint = Ffeil JPEG, PNG neu WebP o 5 MB ar y mwyaf. Caiff ei chadw heb ei metaddata (fel ble y tynnwyd y llun).
staff-camp-form-campaign-legend = Yr ymgyrch
staff-camp-form-slug = Cyfeiriad gwe
staff-camp-form-slug-hint = Tudalen yr ymgyrch fydd /campaigns/ ac yna hwn. Llythrennau bach, digidau a chysylltnodau; ni ellir ei newid wedyn.
staff-camp-form-slug-fixed = Cyfeiriad gwe: { $address } (ni ellir ei newid).
staff-camp-form-goal = Nod
staff-camp-form-goal-hint = Faint o lofnodion y mae’r ymgyrch yn anelu atynt.
staff-camp-form-similarity = Tebygrwydd ar gyfer llythyrau ar y cyd
staff-camp-form-similarity-hint = O 0 i 1. Caiff llythyrau sydd o leiaf mor debyg â hyn i’r llythyr dan sylw eu danfon fel un llythyr ar y cyd. Fel arfer 0.8.
staff-camp-form-opens-at = Yn agor am (dewisol, UTC)
staff-camp-form-opens-at-hint = Cyn hyn mae’r dudalen yn dangos y llythyr a phryd mae llofnodi’n agor. Fel 2027-01-01T09:00.
staff-camp-form-closes-at = Yn cau am (dewisol, UTC)
staff-camp-form-closes-at-hint = Ar ôl hyn mae’r dudalen yn dangos y cyfanswm terfynol ac nid yw’n derbyn llofnodion. Fel 2027-01-31T12:00.
staff-camp-form-featured = Dangos ar y dudalen flaen (yn lle unrhyw ymgyrch arall)
staff-camp-form-milestones = Cerrig milltir (dewisol)
staff-camp-form-milestones-hint = Cyfansymiau lle mae’r ymgyrch yn nodi ei chynnydd, fel 100, 1000, 10000. Gadewch yn wag ar gyfer 100, 1,000, 10,000 … o dan y nod, yna’r nod. Mae’r bar cynnydd yn dangos yr un nesaf.
staff-camp-form-milestone-letters = Ysgrifennu at ASau ym mhob carreg filltir: mae pob AS sydd ag etholwyr ymhlith y llofnodwyr yn cael llythyr byr yn dweud faint a lofnododd, gyda’r llythyr dan sylw (dim enwau)
staff-camp-form-reason = Nodyn ar gyfer y log archwilio (dewisol)
staff-camp-form-reason-hint = Pam y gwnaethoch y newid hwn.

## The target picker

staff-camp-targets-legend = Targedau
staff-camp-targets-label = Targedau, un ar bob llinell
staff-camp-targets-hint = At bwy mae llythyrau cefnogwyr yn mynd: own-mp ar gyfer AS pob awdur, neu god swyddog. Chwiliwch am swyddogion isod a’u hychwanegu; mae Missive yn gwrthod cod nad oes gan unrhyw swyddog.
staff-camp-targets-chosen = Targedau a ddewiswyd
staff-camp-targets-remove = Tynnu
staff-camp-targets-add-own-mp = Ychwanegu AS pob awdur
staff-camp-targets-find = Chwilio am swyddog yn ôl enw, swydd neu etholaeth
staff-camp-targets-search = Chwilio am swyddogion
staff-camp-targets-no-match = Does dim swyddog yn cyfateb i “{ $query }”.
staff-camp-targets-matches = { $count ->
    [zero] Does dim swyddogion yn cyfateb i “{ $query }”.
    [one] Mae { $shown } swyddog yn cyfateb i “{ $query }”.
    [two] Mae { $shown } swyddog yn cyfateb i “{ $query }”.
    [few] Mae { $shown } swyddog yn cyfateb i “{ $query }”.
    [many] Mae { $shown } swyddog yn cyfateb i “{ $query }”.
   *[other] Mae { $shown } o swyddogion yn cyfateb i “{ $query }”.
}
staff-camp-targets-found = Swyddogion a gafwyd
staff-camp-targets-already = Wedi’i ddewis
staff-camp-targets-add = Ychwanegu
staff-camp-targets-first = Yn dangos y { $count } cyntaf: teipiwch fwy o’r enw i gyfyngu’r rhestr.
staff-camp-targets-own-mp = AS pob awdur
staff-camp-targets-unknown-code = { $code } (does gan unrhyw swyddog mo’r cod hwn)
staff-camp-warning-heading = Gwiriwch cyn cadw
staff-camp-warning-nothing-saved = Does dim wedi’i gadw eto.
staff-camp-warning-confirm = Rwy’n deall: cadw’r newidiadau hyn
staff-camp-warning-text-changed = { $count ->
    [zero] Llofnododd { $shown } o bobl y testun cynharach; byddant yn cadw’r testun a lofnodwyd ganddynt. Bydd tudalen yr ymgyrch yn dweud bod y llythyr wedi’i olygu ar { $date }.
    [one] Llofnododd { $shown } person y testun cynharach; bydd yn cadw’r testun a lofnododd. Bydd tudalen yr ymgyrch yn dweud bod y llythyr wedi’i olygu ar { $date }.
    [two] Llofnododd { $shown } berson y testun cynharach; byddant yn cadw’r testun a lofnodwyd ganddynt. Bydd tudalen yr ymgyrch yn dweud bod y llythyr wedi’i olygu ar { $date }.
    [few] Llofnododd { $shown } pherson y testun cynharach; byddant yn cadw’r testun a lofnodwyd ganddynt. Bydd tudalen yr ymgyrch yn dweud bod y llythyr wedi’i olygu ar { $date }.
    [many] Llofnododd { $shown } pherson y testun cynharach; byddant yn cadw’r testun a lofnodwyd ganddynt. Bydd tudalen yr ymgyrch yn dweud bod y llythyr wedi’i olygu ar { $date }.
   *[other] Llofnododd { $shown } o bobl y testun cynharach; byddant yn cadw’r testun a lofnodwyd ganddynt. Bydd tudalen yr ymgyrch yn dweud bod y llythyr wedi’i olygu ar { $date }.
}
staff-camp-warning-closes = Mae’r amser cau, { $when } UTC, yn y gorffennol: mae’r ymgyrch yn cau cyn gynted ag y byddwch yn cadw ac ni fydd yn derbyn rhagor o lofnodion.

## Updates to supporters

staff-camp-updates-title = Diweddariadau: { $headline }
staff-camp-updates-heading = Diweddariadau i gefnogwyr
staff-camp-updates-intro = Ar gyfer “{ $campaign }”. Caiff diweddariad ei anfon drwy e-bost at bob llofnodwr a gadarnhawyd a ofynnodd am glywed am gynnydd ac nad yw wedi dad-danysgrifio, pob person unwaith, ac mae’n ymddangos ar dudalen yr ymgyrch o’r amser y mae’n mynd.
staff-camp-updates-write = Ysgrifennu diweddariad
staff-camp-updates-subject = Pwnc
staff-camp-updates-subject-hint = Hyd at { $max } nod. Dyma bwnc yr e-bost a’r pennawd ar dudalen yr ymgyrch.
staff-camp-updates-body = Y diweddariad
staff-camp-updates-body-hint = Hyd at { $max } nod o Markdown: llinell wag rhwng paragraffau, **trwm**, [dolen](https://example.org). Mae cefnogwyr yn ei weld yn yr e-bost ac ar dudalen yr ymgyrch.
staff-camp-updates-send-at = Pryd i’w anfon (dewisol)
staff-camp-updates-send-at-hint = Mewn UTC. Gadewch yn wag i’w anfon cyn gynted ag y byddwch yn cadarnhau; tan hynny gallwch ei olygu o hyd.
staff-camp-updates-preview = Anfon rhagolwg ataf i
staff-camp-updates-review = Anfon at gefnogwyr…
staff-camp-updates-so-far = Diweddariadau hyd yma
staff-camp-updates-none = Dim eto.
staff-camp-updates-goes-out = Yn mynd allan { $when } UTC
staff-camp-updates-not-sent = Heb ei anfon
staff-camp-updates-by = gan { $who }
staff-camp-updates-edited = golygwyd { $when } UTC
staff-camp-updates-progress = { $waiting ->
   *[other] Wedi anfon: { $sent }. Yn aros i fynd: { $waiting_shown }.
}
staff-camp-updates-edit = Golygu
staff-camp-updates-edit-of = “{ $subject }”
staff-camp-updates-confirm-title = Anfon y diweddariad hwn?
staff-camp-updates-people = { $count ->
    [zero] { $shown } o bobl
    [one] { $shown } person
    [two] { $shown } berson
    [few] { $shown } pherson
    [many] { $shown } pherson
   *[other] { $shown } o bobl
}
staff-camp-updates-confirm-who = { $count ->
    [one] Bydd { $people } yn cael “{ $subject }”: pob llofnodwr a gadarnhawyd ar “{ $headline }” a ofynnodd am glywed am gynnydd ac nad yw wedi dad-danysgrifio, pob un unwaith.
   *[other] Bydd { $people } yn cael “{ $subject }”: pob llofnodwr a gadarnhawyd ar “{ $headline }” a ofynnodd am glywed am gynnydd ac nad yw wedi dad-danysgrifio, pob un unwaith.
}
staff-camp-updates-confirm-at = Mae’n mynd am { $when } UTC.
staff-camp-updates-confirm-edit = Gallwch ei olygu o hyd tra bo negeseuon e-bost yn aros i fynd; bydd y rhai sydd heb eu hanfon eto wedyn yn cario’r geiriau newydd.
staff-camp-updates-confirm-send = { $count ->
    [zero] Ie, ei anfon at { $shown } o bobl
    [one] Ie, ei anfon at { $shown } person
    [two] Ie, ei anfon at { $shown } berson
    [few] Ie, ei anfon at { $shown } pherson
    [many] Ie, ei anfon at { $shown } pherson
   *[other] Ie, ei anfon at { $shown } o bobl
}
staff-camp-updates-confirm-back = Na, yn ôl i olygu
staff-camp-updates-edit-title = Golygu diweddariad
staff-camp-updates-edit-about = “{ $subject }”, ar gyfer “{ $headline }”:
staff-camp-updates-edit-explain = Mae cadw yn newid y diweddariad ar dudalen yr ymgyrch ac ym mhob e-bost sydd heb ei anfon eto; mae’r bobl a’i cafodd eisoes yn cadw’r geiriau cynharach, ac nid oes neb yn cael y ddau.
staff-camp-updates-back = Yn ôl i’r diweddariadau
staff-camp-updates-queued = { $count ->
    [zero] Cadwyd y diweddariad a’i roi yn y ciw ar gyfer { $shown } o bobl. Mae’n ymddangos ar dudalen yr ymgyrch o’r amser y mae’n mynd.
    [one] Cadwyd y diweddariad a’i roi yn y ciw ar gyfer { $shown } person. Mae’n ymddangos ar dudalen yr ymgyrch o’r amser y mae’n mynd.
    [two] Cadwyd y diweddariad a’i roi yn y ciw ar gyfer { $shown } berson. Mae’n ymddangos ar dudalen yr ymgyrch o’r amser y mae’n mynd.
    [few] Cadwyd y diweddariad a’i roi yn y ciw ar gyfer { $shown } pherson. Mae’n ymddangos ar dudalen yr ymgyrch o’r amser y mae’n mynd.
    [many] Cadwyd y diweddariad a’i roi yn y ciw ar gyfer { $shown } pherson. Mae’n ymddangos ar dudalen yr ymgyrch o’r amser y mae’n mynd.
   *[other] Cadwyd y diweddariad a’i roi yn y ciw ar gyfer { $shown } o bobl. Mae’n ymddangos ar dudalen yr ymgyrch o’r amser y mae’n mynd.
}
staff-camp-updates-preview-sent = Anfonwyd rhagolwg at { $address }. Does dim wedi mynd at gefnogwyr.
staff-camp-updates-saved = { $replaced ->
    [zero] Wedi cadw. Does dim negeseuon e-bost yn aros i’w newid; mae { $kept_shown } a anfonwyd neu sy’n cael eu hanfon yn cadw’r geiriau cynharach.
    [one] Wedi cadw. Mae { $replaced_shown } e-bost sy’n aros bellach yn cario’r geiriau newydd; mae { $kept_shown } a anfonwyd neu sy’n cael eu hanfon yn cadw’r geiriau cynharach.
    [two] Wedi cadw. Mae { $replaced_shown } e-bost sy’n aros bellach yn cario’r geiriau newydd; mae { $kept_shown } a anfonwyd neu sy’n cael eu hanfon yn cadw’r geiriau cynharach.
    [few] Wedi cadw. Mae { $replaced_shown } e-bost sy’n aros bellach yn cario’r geiriau newydd; mae { $kept_shown } a anfonwyd neu sy’n cael eu hanfon yn cadw’r geiriau cynharach.
    [many] Wedi cadw. Mae { $replaced_shown } e-bost sy’n aros bellach yn cario’r geiriau newydd; mae { $kept_shown } a anfonwyd neu sy’n cael eu hanfon yn cadw’r geiriau cynharach.
   *[other] Wedi cadw. Mae { $replaced_shown } o negeseuon e-bost sy’n aros bellach yn cario’r geiriau newydd; mae { $kept_shown } a anfonwyd neu sy’n cael eu hanfon yn cadw’r geiriau cynharach.
}

## Exports

staff-camp-exports-title = Allforion
staff-camp-exports-heading = Allforion: { $headline }
staff-camp-exports-intro = Mae’r ffeiliau yn CSV UTF-8 gyda rhes pennawd, neu’n arae JSON. Mae celloedd y byddai taenlen yn eu darllen fel fformiwla yn dechrau gyda ' fel eu bod yn aros yn destun. Mae’r amseroedd mewn UTC.
staff-camp-exports-csv = CSV
staff-camp-exports-json = JSON
staff-camp-exports-of = o { $what }
staff-camp-exports-item = { $what }:
staff-camp-exports-counts = Cyfansymiau’r llofnodion a gadarnhawyd
staff-camp-exports-by-day = Llofnodion fesul diwrnod
staff-camp-exports-by-hour = Llofnodion fesul awr
staff-camp-exports-by-constituency = Llofnodion fesul etholaeth, gyda’r AS
staff-camp-exports-by-country = Llofnodion fesul gwlad
staff-camp-exports-letters = Llythyrau
staff-camp-exports-letters-plain = Llythyrau a gyflwynwyd (dim enwau na chyfeiriadau e-bost):
staff-camp-exports-letters-label = llythyrau
staff-camp-exports-letters-writers = Llythyrau a gyflwynwyd gydag enwau a chyfeiriadau e-bost eu hawduron:
staff-camp-exports-letters-writers-label = llythyrau gydag awduron
staff-camp-exports-signers-heading = Llofnodwyr a ofynnodd am ddiweddariadau
staff-camp-exports-signers-intro = Enw, e-bost, cod post, etholaeth ac amseroedd y llofnodwyr a gadarnhawyd a dicio’r blwch, a neb arall. Caiff pob lawrlwythiad ei gofnodi yn y log archwilio.
staff-camp-exports-signers = Llofnodwyr:
staff-camp-exports-signers-label = llofnodwyr
staff-camp-exports-terminal = O’r derfynell
staff-camp-exports-back = Yn ôl i’r ymgyrchoedd

## The embed code page

staff-camp-embed-title = Mewnosod a rhannu
staff-camp-embed-heading = Mewnosod a rhannu “{ $headline }”
staff-camp-embed-intro = Rhowch gownter byw ar gyfer yr ymgyrch hon ar wefan arall: ei phennawd, y cyfanswm (wedi’i ddiweddaru bob 10 eiliad), y cynnydd tuag at y nod a dolen { $sign } sy’n agor yr ymgyrch mewn tab newydd.
staff-camp-embed-sign = Llofnodi
staff-camp-embed-code = Cod i’w ludo i HTML eich tudalen
staff-camp-embed-code-hint = Dewiswch y cyfan a’i gopïo. Mae’r cownter yn 320 wrth 160 picsel.
staff-camp-embed-copy = Copïo’r cod
staff-camp-embed-copied = Wedi copïo
staff-camp-embed-copied-status = Cod wedi’i gopïo i’r clipfwrdd
staff-camp-embed-copy-failed = Methu copïo: dewiswch y testun a’i gopïo eich hun
staff-camp-embed-preview = Rhagolwg
staff-camp-embed-preview-title = Rhagolwg: llofnodion ar gyfer “{ $headline }”
staff-camp-embed-frame-title = Llofnodion: { $headline }
staff-camp-embed-see-page = Gweld tudalen yr ymgyrch

## The dashboard

staff-camp-dash-title = Dangosfwrdd: { $headline }
staff-camp-dash-heading = Dangosfwrdd
staff-camp-dash-public-page = Tudalen gyhoeddus
staff-camp-dash-edit = Golygu’r ymgyrch
staff-camp-dash-responses = Ymatebion gan swyddogion
staff-camp-dash-all-campaigns = Pob ymgyrch
staff-camp-dash-signatures = Llofnodion
staff-camp-dash-sig-by-status = Llofnodion yn ôl statws
staff-camp-dash-sig-confirmed = Wedi’u cadarnhau (yn cyfrif)
staff-camp-dash-sig-pending = Yn aros am gadarnhad e-bost
staff-camp-dash-sig-suspect = Amheus (yn aros am adolygiad)
staff-camp-dash-sig-invalidated = Wedi’u dirymu
staff-camp-dash-status = Statws
staff-camp-dash-number = Nifer
staff-camp-dash-goal = { $goal ->
    [zero] { $confirmed } o’r nod o { $goal_shown } o lofnodion ({ $percent }%)
    [one] { $confirmed } o’r nod o { $goal_shown } llofnod ({ $percent }%)
    [two] { $confirmed } o’r nod o { $goal_shown } lofnod ({ $percent }%)
    [few] { $confirmed } o’r nod o { $goal_shown } llofnod ({ $percent }%)
    [many] { $confirmed } o’r nod o { $goal_shown } llofnod ({ $percent }%)
   *[other] { $confirmed } o’r nod o { $goal_shown } o lofnodion ({ $percent }%)
}
staff-camp-dash-percent = { $percent }%
staff-camp-dash-opted-in = { $confirmed ->
    [zero] Gofynnodd { $opted_in } o’r { $confirmed_shown } o lofnodwyr sy’n cyfrif am glywed am gynnydd yr ymgyrch ({ $percent }%).
    [one] Gofynnodd { $opted_in } o’r { $confirmed_shown } llofnodwr sy’n cyfrif am glywed am gynnydd yr ymgyrch ({ $percent }%).
    [two] Gofynnodd { $opted_in } o’r { $confirmed_shown } lofnodwr sy’n cyfrif am glywed am gynnydd yr ymgyrch ({ $percent }%).
    [few] Gofynnodd { $opted_in } o’r { $confirmed_shown } llofnodwr sy’n cyfrif am glywed am gynnydd yr ymgyrch ({ $percent }%).
    [many] Gofynnodd { $opted_in } o’r { $confirmed_shown } llofnodwr sy’n cyfrif am glywed am gynnydd yr ymgyrch ({ $percent }%).
   *[other] Gofynnodd { $opted_in } o’r { $confirmed_shown } o lofnodwyr sy’n cyfrif am glywed am gynnydd yr ymgyrch ({ $percent }%).
}
staff-camp-dash-over-time = Llofnodion dros amser
staff-camp-dash-per-hour = Llofnodion yr awr, y 48 awr ddiwethaf
staff-camp-dash-per-day = Llofnodion y dydd ers y lansio
staff-camp-dash-letters = Llythyrau
staff-camp-dash-letters-by-status = Llythyrau cefnogwyr yn ôl statws
staff-camp-dash-letters-none = Dim llythyrau eto.
staff-camp-dash-deliveries-by-status = Danfoniadau i swyddogion yn ôl statws
staff-camp-dash-deliveries-none = Dim danfoniadau eto.
staff-camp-dash-letter-draft = Drafftiau (heb eu cyflwyno)
staff-camp-dash-letter-unconfirmed = Yn aros i’w hawduron gadarnhau eu e-bost
staff-camp-dash-letter-pending = Yn aros am gymedroli
staff-camp-dash-letter-approved = Wedi’u cymeradwyo
staff-camp-dash-letter-rejected = Wedi’u gwrthod
staff-camp-dash-letter-hidden = Wedi’u cuddio
staff-camp-dash-delivery-queued = Yn y ciw i’w anfon
staff-camp-dash-delivery-bundled = Mewn llythyr ar y cyd
staff-camp-dash-delivery-print = Yn barod i’w argraffu a’i bostio
staff-camp-dash-delivery-sent = Wedi’u hanfon
staff-camp-dash-delivery-failed = Wedi methu
staff-camp-dash-personal-heading = Llythyrau personol a bron-gopïau
staff-camp-dash-personal-none = Does dim llythyrau wedi’u cymeradwyo eto.
staff-camp-dash-part = { $count } ({ $percent }%)
staff-camp-dash-personal = { $total ->
    [zero] O { $total_shown } o lythyrau a gymeradwywyd, mae { $personal } yn bersonol a { $near_copies } yn fron-gopïau o’r llythyr dan sylw ({ $similar }% yn debyg neu fwy), sy’n cyrraedd swyddogion fel llythyrau ar y cyd.
    [one] O { $total_shown } llythyr a gymeradwywyd, mae { $personal } yn bersonol a { $near_copies } yn fron-gopïau o’r llythyr dan sylw ({ $similar }% yn debyg neu fwy), sy’n cyrraedd swyddogion fel llythyrau ar y cyd.
    [two] O { $total_shown } lythyr a gymeradwywyd, mae { $personal } yn bersonol a { $near_copies } yn fron-gopïau o’r llythyr dan sylw ({ $similar }% yn debyg neu fwy), sy’n cyrraedd swyddogion fel llythyrau ar y cyd.
    [few] O { $total_shown } llythyr a gymeradwywyd, mae { $personal } yn bersonol a { $near_copies } yn fron-gopïau o’r llythyr dan sylw ({ $similar }% yn debyg neu fwy), sy’n cyrraedd swyddogion fel llythyrau ar y cyd.
    [many] O { $total_shown } llythyr a gymeradwywyd, mae { $personal } yn bersonol a { $near_copies } yn fron-gopïau o’r llythyr dan sylw ({ $similar }% yn debyg neu fwy), sy’n cyrraedd swyddogion fel llythyrau ar y cyd.
   *[other] O { $total_shown } o lythyrau a gymeradwywyd, mae { $personal } yn bersonol a { $near_copies } yn fron-gopïau o’r llythyr dan sylw ({ $similar }% yn debyg neu fwy), sy’n cyrraedd swyddogion fel llythyrau ar y cyd.
}
staff-camp-dash-replies = A atebodd swyddogion?
staff-camp-dash-replies-none = Dim atebion eto. Gofynnir i awduron 14 diwrnod ar ôl i’w llythyr gael ei ddanfon, ac atgoffir hwy unwaith wythnos yn ddiweddarach.
staff-camp-dash-replies-note = Mae “Atebodd” yn cyfrif atebion a aeth i’r afael â’r pwyntiau a’r rhai na wnaeth. Mae’r dudalen gyhoeddus yn dangos ffigurau swyddog unwaith y bydd ganddo { $from } ateb.
staff-camp-dash-answers-by-official = Atebion fesul swyddog
staff-camp-dash-answers-by-party = Atebion fesul plaid
staff-camp-dash-milestones = Cerrig milltir
staff-camp-dash-milestones-list = Cerrig milltir: { $list }.
staff-camp-dash-milestones-letters = Ym mhob un, ysgrifennir at bob AS sydd ag etholwyr ymhlith y llofnodwyr.
staff-camp-dash-milestones-no-letters = Nid ysgrifennir at ASau (trowch hyn ymlaen yng ngosodiadau’r ymgyrch).
staff-camp-dash-milestones-none = Dim carreg filltir wedi’i chyrraedd eto.
staff-camp-dash-milestones-reached = Cerrig milltir a gyrhaeddwyd
staff-camp-dash-milestone = Carreg filltir
staff-camp-dash-reached-at = Cyrhaeddwyd (UTC)
staff-camp-dash-mps-written = ASau yr ysgrifennwyd atynt
staff-camp-dash-mps-skipped = Heb ysgrifennu atynt: dim cyfeiriad e-bost

## The dashboard's tables of places

staff-camp-places-by-constituency = Fesul etholaeth
staff-camp-places-no-uk = Dim llofnodion sy’n cyfrif o’r DU eto.
staff-camp-places-constituency-caption = Llofnodion sy’n cyfrif o’r DU fesul etholaeth San Steffan
staff-camp-places-constituency = Etholaeth
staff-camp-places-mp = AS
staff-camp-places-signatures = Llofnodion
staff-camp-places-unknown-constituency = Etholaeth anhysbys
staff-camp-places-by-country = Fesul gwlad
staff-camp-places-none = Dim llofnodion sy’n cyfrif eto.
staff-camp-places-country-caption = Llofnodion sy’n cyfrif fesul gwlad
staff-camp-places-country = Gwlad
staff-camp-places-sorted-ascending = (wedi’i drefnu’n esgynnol)
staff-camp-places-sorted-descending = (wedi’i drefnu’n ddisgynnol)
staff-camp-places-sort-by = (trefnu yn ôl y golofn hon)

## Answers to "did your MP reply?", by official or party


## Bar charts of signatures over time

