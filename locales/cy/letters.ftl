# Missive: ysgrifennu llythyr, tudalen breifat yr awdur, llythyrau cefnogwyr, fersiynau llythyr yr ymgyrch a'r dudalen argraffu (Welsh).
# REVIEW: machine-drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

## The editor

letters-editor-title = Ysgrifennwch eich llythyr eich hun
letters-editor-error-title = Gwall: Ysgrifennwch eich llythyr eich hun
letters-editor-start = Dechreuwch o’r llythyr dan sylw a’i wneud yn eiddo i chi, neu { $blank } (neu { $featured }).
letters-editor-start-blank = dechreuwch â thudalen wag
letters-editor-start-featured = gyda’r llythyr dan sylw
letters-editor-why = Mae swyddogion yn darllen llythyr yn eich geiriau eich hun yn llawer mwy gofalus na chopi: mae’n dangos eich bod yn poeni digon i ysgrifennu. Mae llythyrau sydd gan mwyaf yn destun y llythyr dan sylw yn dal i gyfrif: maen nhw’n cyrraedd pob swyddog gyda’i gilydd, fel un llythyr ar y cyd gyda phob enw arno a’r paragraffau a ychwanegodd pob awdur wedi’u dyfynnu o dan eu henw.
letters-save = Cadw’r drafft
letters-submit = Anfon i’w gymedroli
letters-honeypot = Gadewch hwn yn wag
letters-editor-saving-note = Wrth gadw, rydym yn anfon dolen breifat atoch drwy e-bost er mwyn i chi ddod yn ôl at eich llythyr ar unrhyw ddyfais. Mae cymedrolwr yn darllen pob llythyr cyn iddo gael ei anfon neu ei gyhoeddi.
letters-delete-draft = Dileu’r drafft hwn

letters-autosave-saving = Wrthi’n cadw…
letters-autosave-saved = Wedi’i gadw am { $time }
letters-autosave-not-saved = Heb ei gadw: { $reason }
letters-autosave-use-button = defnyddiwch y botwm Cadw
letters-autosave-offline = gwiriwch eich cysylltiad, yna pwyswch Cadw’r drafft
letters-autosave-unsaved = Newidiadau heb eu cadw
letters-autosave-sent = Mae’r llythyr hwn wedi’i anfon i’w gymedroli ac ni ellir ei newid mwyach.

letters-about-you = Amdanoch chi
letters-full-name = Enw llawn
letters-email = Cyfeiriad e-bost
letters-email-hint = Rydym yn anfon eich dolen breifat yma. Bydd swyddogion sy’n ateb yn ateb i’r cyfeiriad hwn.
letters-postcode = Cod post yn y DU
letters-postcode-hint = I ddod o hyd i’ch AS. Gadewch yn wag os ydych yn byw y tu allan i’r DU.
letters-address-hint = Mae eich AS yn gweithredu dros etholwyr y gall eu gwirio, a gall ateb drwy’r post, felly mae angen eich cyfeiriad ar lythyr at eich AS. Dim ond yn eich llythyr y mae’n mynd, byth ar dudalen gyhoeddus.
letters-address-line-1 = Llinell gyntaf y cyfeiriad
letters-address-line-2 = Ail linell y cyfeiriad (dewisol)
letters-town = Tref neu ddinas
letters-country = Gwlad

letters-your-mp = Eich AS
letters-your-constituency = Eich etholaeth: { $name }.
letters-search-or-ministers = Chwiliwch am eich etholaeth wrth ei henw isod, neu gadewch hi ac fe â eich llythyr at y gweinidogion yn unig.
letters-search-constituencies = Chwilio etholaethau
letters-find = Chwilio
letters-constituency = Etholaeth
letters-from-postcode = Dod o hyd iddi o’m cod post

letters-lookup-enter = Rhowch eich cod post uchod i ddod o hyd i’ch AS.
letters-lookup-invalid = Nid yw “{ $postcode }” yn god post yn y DU: gwiriwch ef i ddod o hyd i’ch AS.
letters-lookup-unknown = Ni allem ddod o hyd i’r cod post { $postcode }: gwiriwch ef, neu defnyddiwch eich cod post presennol.
letters-lookup-terminated-month = Nid yw’r cod post { $postcode } wedi bod yn cael ei ddefnyddio ers { $month ->
    [1] Ionawr
    [2] Chwefror
    [3] Mawrth
    [4] Ebrill
    [5] Mai
    [6] Mehefin
    [7] Gorffennaf
    [8] Awst
    [9] Medi
    [10] Hydref
    [11] Tachwedd
   *[12] Rhagfyr
} { $year }: rhowch eich cod post presennol i ddod o hyd i’ch AS.
letters-lookup-terminated-year = Nid yw’r cod post { $postcode } wedi bod yn cael ei ddefnyddio ers { $year }: rhowch eich cod post presennol i ddod o hyd i’ch AS.
letters-lookup-terminated = Nid yw’r cod post { $postcode } yn cael ei ddefnyddio mwyach: rhowch eich cod post presennol i ddod o hyd i’ch AS.
letters-lookup-no-mp = Mae’r cod post { $postcode } { $where ->
    [channel-islands] yn Ynysoedd y Sianel
    [isle-of-man] ar Ynys Manaw
   *[other] yn { $place }
}, lle nad oes AS yn Senedd y DU.
letters-lookup-no-constituency = Nid yw’r cod post { $postcode } mewn etholaeth Senedd y DU.
letters-lookup-unavailable = Nid yw ein chwiliad codau post ar gael ar hyn o bryd, felly ni allwn ddod o hyd i’ch AS o’ch cod post.

letters-your-letter = Eich llythyr
letters-goes-to = Mae’n mynd at:
letters-recipient = { $name }, { $office }
letters-your-mp-later = eich AS, unwaith y byddwn yn gwybod eich etholaeth
letters-subject = Pwnc
letters-body = Llythyr
letters-body-hint = Rhwng 50 a 10,000 o nodau. Rydym yn ychwanegu “Annwyl …” a’ch enw ar gyfer pob derbynnydd.

letters-what-happens = Beth sy’n digwydd pan fyddwch yn ei anfon
letters-route-joint = Y llythyr dan sylw yw’r rhan fwyaf o’ch llythyr, felly unwaith y bydd cymedrolwr yn ei gymeradwyo, mae’n mynd at bob derbynnydd yn { $joint }: y llythyr dan sylw unwaith, yna enw pob awdur.
letters-route-joint-of = y llythyr ar y cyd ar { $date }
letters-route-joint-own = { $paragraphs ->
    [0] Eich enw yn unig fydd eich rhan chi: ychwanegwch baragraffau eich hun ac fe’u dyfynnir o dan eich enw.
    [one] Dyfynnir y paragraff a ychwanegoch neu a newidioch o dan eich enw.
   *[other] Dyfynnir y { $paragraphs } paragraff a ychwanegoch neu a newidioch o dan eich enw.
}
letters-route-joint-more = Gwnewch ef yn fwy o’ch eiddo eich hun ac fe â ar ei ben ei hun yn lle hynny.
letters-route-own = Eich llythyr chi yw eich llythyr, felly unwaith y bydd cymedrolwr yn ei gymeradwyo, mae’n mynd { $own } at bob derbynnydd: drwy e-bost, neu, at y rhai sy’n derbyn llythyrau drwy’r post yn unig, yn barod i chi ei argraffu.
letters-route-own-strong = ar ei ben ei hun
letters-route-confirm = Os nad ydych wedi cadarnhau eich cyfeiriad e-bost ar yr ymgyrch hon eto, byddwn yn anfon botwm atoch drwy e-bost i’w gadarnhau: mae eich llythyr yn mynd i’w gymedroli unwaith y byddwch yn ei bwyso.

letters-meter-label = Faint o’r llythyr hwn sy’n eiddo i chi: { $percent }
letters-meter-mostly-featured = Y llythyr dan sylw gan mwyaf
letters-meter-partly-own = Yn rhannol yn eich geiriau eich hun
letters-meter-mostly-own = Yn eich geiriau eich hun gan mwyaf
letters-meter-own = Eich llythyr eich hun

letters-publishing = Cyhoeddi
letters-publish = Cyhoeddi fy llythyr ar dudalen yr ymgyrch unwaith y bydd cymedrolwr yn ei gymeradwyo
letters-public-name = Yr enw i’w ddangos gydag ef
letters-public-name-hint = Gadewch yn wag i ddefnyddio eich enw llawn; mae enw cyntaf neu lythrennau blaen yn iawn.

letters-preview = Rhagolwg
letters-preview-empty = Mae derbynwyr eich llythyr yn ymddangos yma.
letters-preview-your-name = Eich enw

## The banner after saving or sending

letters-notice-confirm = Bron â gorffen: edrychwch ar eich e-bost a chadarnhewch eich cyfeiriad i anfon eich llythyr i’w gymedroli.
letters-notice-saved = Wedi’i gadw. Rydym wedi anfon dolen breifat i’r dudalen hon atoch drwy e-bost.
letters-notice-submitted = Wedi’i anfon i’w gymedroli.
letters-notice-saved-not-emailed = Wedi’i gadw. Nid ydym wedi anfon dolen atoch y tro hwn, oherwydd bod llawer o lythyrau wedi’u dechrau o’ch cysylltiad rhyngrwyd yn ddiweddar. Rhowch nod tudalen ar y dudalen hon nawr: ei chyfeiriad yw eich dolen breifat i’r llythyr hwn.
letters-notice-submitted-not-emailed = Wedi’i anfon. Nid ydym wedi anfon dolen ato atoch, oherwydd bod llawer o lythyrau wedi’u dechrau o’ch cysylltiad rhyngrwyd yn ddiweddar. Rhowch nod tudalen ar y dudalen hon nawr i ddilyn hynt eich llythyr.

## The writer's private page once the letter is sent

letters-yours-title = Eich llythyr
letters-status = { $label } { $status }
letters-status-label = Statws:
letters-status-unconfirmed = Yn aros i chi gadarnhau eich cyfeiriad e-bost. Cadarnhewch eich e-bost i anfon eich llythyr i’w gymedroli: agorwch yr e-bost a anfonwyd atoch a phwyswch ei fotwm. Tan hynny nid oes dim yn cael ei anfon.
letters-status-pending = Yn aros am gymedrolwr. Byddwn yn anfon e-bost atoch pan fydd wedi’i ddarllen.
letters-status-approved = Wedi’i gymeradwyo.
letters-status-rejected = Heb ei gymeradwyo. Rhoddodd ein e-bost atoch y rheswm.
letters-status-hidden = Wedi’i gymeradwyo, ond nid yw’n cael ei ddangos ar dudalen yr ymgyrch mwyach.
letters-status-withdrawn = Wedi’i ddileu gennych chi.
letters-status-draft = Drafft.
letters-deliveries = Ble mae eich llythyr wedi cyrraedd
letters-deliveries-to = At
letters-deliveries-how = Sut
letters-deliveries-status = Statws
letters-method-email = Drwy e-bost
letters-method-print = Drwy’r post (rydych chi’n ei argraffu)
letters-method-joint = Mewn llythyr ar y cyd
letters-delivery-queued = Yn cael ei anfon drwy e-bost nawr
letters-delivery-sent-joint = Anfonwyd ar { $date }, yn y llythyr ar y cyd
letters-delivery-sent = Anfonwyd ar { $date }
letters-delivery-failed = Heb ei anfon eto
letters-delivery-bundled-sending = Yn y llythyr ar y cyd, yn cael ei anfon drwy e-bost nawr
letters-delivery-bundled = Yn aros am y llythyr ar y cyd ar { $date }
letters-delivery-joint-print = Mewn llythyr ar y cyd y mae’r ymgyrch yn ei bostio
letters-delivery-print = Yn barod i’w argraffu
letters-printable = Llythyr i’w argraffu
letters-own-email = Anfon o’m e-bost fy hun
letters-own-email-instead = Ei anfon o’m e-bost fy hun yn lle hynny
letters-no-email = Nid oes gennym gyfeiriad e-bost ar gyfer { $name }: argraffwch eich llythyr, llofnodwch ef a’i bostio i’r cyfeiriad ar ei frig.
letters-reaches = Beth sy’n eu cyrraedd
letters-reaches-joint = Y llythyr dan sylw yw’r rhan fwyaf o’ch llythyr, felly mae’n mynd yn y llythyr ar y cyd: y llythyr dan sylw unwaith, yna enw ac etholaeth pob awdur.
letters-reaches-joint-next = Y llythyr dan sylw yw’r rhan fwyaf o’ch llythyr, felly unwaith y bydd cymedrolwr yn ei gymeradwyo, mae’n mynd yn y llythyr ar y cyd nesaf (mae’r nesaf ar { $date }): y llythyr dan sylw unwaith, yna enw ac etholaeth pob awdur.
letters-reaches-name-only = O dan eich enw: eich enw yn unig (ni wnaethoch ychwanegu paragraffau eich hun).
letters-reaches-quoted = O dan eich enw, wedi’u dyfynnu yn eich geiriau chi:
letters-reaches-whole = Eich llythyr cyfan, ar ei ben ei hun, wedi’i lofnodi â’ch enw.
letters-as-written = Eich llythyr fel yr ysgrifennoch ef
letters-delete-mine = Dileu fy llythyr

## The print page (the letter itself stays as officials receive it)

letters-print-title = Llythyr at { $name }
letters-print-how = Argraffwch y dudalen hon (Ctrl+P neu ⌘P), llofnodwch hi, a’i phostio. Mae’r cyfeiriad i’w weld drwy amlen ffenestr (DL) o’i phlygu’n dair.
letters-print-button = Argraffu’r llythyr hwn

## Supporters' published letters

letters-published-heading = Llythyrau gan gefnogwyr
letters-published-title = Llythyrau gan gefnogwyr: { $headline }
letters-published-lead = Ysgrifennodd cefnogwyr y llythyrau hyn yn eu geiriau eu hunain at eu ASau ac at weinidogion. { $link }.
letters-published-write = Ysgrifennwch eich un chi
letters-published-none = Nid oes unrhyw lythyrau wedi’u cyhoeddi eto.
letters-published-anonymous = Cefnogwr
letters-published-pages = Tudalennau o lythyrau
letters-published-newer = Llythyrau mwy newydd
letters-published-older = Llythyrau hŷn
letters-published-page = Tudalen { $page } o { $pages }

## The versions of a campaign's letter

letters-versions-title = Fersiynau o “{ $headline }”
letters-versions-lead = Mae pob llofnod yn cadw’r fersiwn o’r llythyr a oedd yn gyfredol pan gafodd ei wneud.
letters-versions-back = Yn ôl i’r ymgyrch
letters-version = Fersiwn { $number }, o { $when } UTC
letters-version-current = Fersiwn { $number }, o { $when } UTC (cyfredol)

## In the writer's emails

letters-quoted = “{ $text }”
