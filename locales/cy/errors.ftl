# Missive: negeseuon gwall y ffurflenni (Welsh).
# REVIEW: machine-drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

error-country-empty = Dewiswch eich gwlad
error-country-unknown = Dewiswch wlad o’r rhestr
error-postcode-empty = Rhowch eich cod post
error-postcode-invalid = Rhowch god post yn y DU, fel SW1A 1AA
error-name-empty = Rhowch eich enw llawn
error-name-too-long = Rhaid i’ch enw fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-name-bad-characters = Mae eich enw’n cynnwys nodau na allwn eu derbyn
error-name-formula = Ni all eich enw ddechrau gydag = + - neu @
error-email-empty = Rhowch eich cyfeiriad e-bost
error-email-too-long = Rhaid i’ch cyfeiriad e-bost fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-email-invalid = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com
error-address-line-empty = Rhowch linell gyntaf eich cyfeiriad
error-address-town-empty = Rhowch eich tref neu ddinas
error-address-too-long = Rhaid i bob rhan o’ch cyfeiriad fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-address-bad-characters = Mae eich cyfeiriad yn cynnwys nodau na allwn eu derbyn
error-address-formula = Ni all eich cyfeiriad ddechrau gydag = + - neu @
error-slug-invalid = Defnyddiwch lythrennau bach, digidau a chysylltnodau sengl
error-link-invalid = Nid yw’r ddolen hon yn ddilys
error-target-invalid = Mae targed naill ai’n own-mp neu’n god swyddog, fel prime-minister
error-password-too-short = Defnyddiwch o leiaf { $min-shown } { $min ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    }
error-password-too-long = Defnyddiwch { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } ar y mwyaf
error-password-common = Mae’r cyfrinair hwnnw’n rhy gyffredin: dewiswch un nad yw ar restrau o gyfrineiriau sydd wedi’u datgelu
error-password-has-email = Peidiwch â defnyddio eich cyfeiriad e-bost yn eich cyfrinair
error-letter-empty = Ysgrifennwch eich llythyr
error-letter-too-short = Rhaid i’ch llythyr fod yn { $min-shown } { $min ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } o hyd o leiaf
error-letter-too-long = Rhaid i’ch llythyr fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-letter-bad-characters = Mae eich llythyr yn cynnwys nodau na allwn eu derbyn
error-subject-empty = Rhowch bwnc
error-subject-too-long = Rhaid i’r pwnc fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-subject-bad-characters = Mae’r pwnc yn cynnwys nodau na allwn eu derbyn
error-postcode-abroad = Mae codau post ar gyfer cyfeiriadau yn y DU yn unig: cliriwch y blwch hwn, neu dewiswch y Deyrnas Unedig
error-public-name-too-long = Rhaid i’r enw i’w ddangos fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-constituency-unknown = Dewiswch etholaeth o’r rhestr
error-mp-search-too-long = Chwiliwch am { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } ar y mwyaf
error-search-ip = Rhowch ddechrau cyfeiriad IP, fel 203.0.113. neu 2001:db8:0:, neu ystod, fel 203.0.113.0/24
error-search-ipv6-groups = Ysgrifennwch ddechrau cyfeiriad IPv6 mewn grwpiau llawn, fel 2001:db8:0:, neu rhowch ystod, fel 2001:db8::/32
error-search-range-too-wide = Mae’r ystod honno’n rhy eang: defnyddiwch /{ $min } neu gulach ar gyfer y math hwn o gyfeiriad
error-search-ipv6-length = Ar gyfer ystod IPv6, defnyddiwch hyd sy’n lluosrif o 16 (fel /48 neu /64) neu o fewn 8 i un (fel /56)
error-search-domain = Rhowch barth e-bost, fel example.org
error-search-postcode = Rhowch god post neu ei ddechrau, fel SW1A neu SW1A 1
error-search-when = Rhowch ddyddiad ac amser, fel 2026-11-28 14:30, neu ddyddiad yn unig
error-search-constituency = Rhowch enw neu god etholaeth, fel E14001172
error-status-unknown = Dewiswch statws o’r rhestr
error-audit-reason-empty = Rhowch reswm: mae’n mynd i’r cofnod archwilio
error-audit-reason-too-long = Cadwch y rheswm i { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-campaign-choose = Dewiswch ymgyrch
error-search-range-order = Rhaid i ddiwedd y cyfnod fod ar ôl ei ddechrau
error-response-official = Dewiswch y swyddog a ymatebodd
error-response-date-future = Ni all y dyddiad fod yn y dyfodol
error-response-date-too-early = Rhowch ddyddiad o 2000 ymlaen
error-response-date-empty = Rhowch y dyddiad y daeth yr ymateb i law
error-response-date-invalid = Rhowch y dyddiad fel blwyddyn-mis-diwrnod, fel 2026-12-04
error-response-summary-empty = Ysgrifennwch grynodeb o’r ymateb
error-response-summary-too-long = Rhaid i’r crynodeb fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai (mae ganddo { $count-shown })
error-response-body-empty = Gludwch neu teipiwch yr ymateb llawn
error-response-body-too-long = Rhaid i’r ymateb llawn fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-update-subject-too-long = Rhaid i’r pwnc fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-update-body-empty = Ysgrifennwch y diweddariad
error-update-body-too-long = Byrhewch y diweddariad i { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai (mae ganddo { $count-shown })
error-update-when-invalid = Rhowch yr amser fel 2027-01-31T18:00, neu gadewch y blwch yn wag i’w anfon nawr
error-update-when-past = Dewiswch amser yn y dyfodol, neu gadewch y blwch yn wag i’w anfon nawr
error-token-name-empty = Rhowch enw i’r tocyn, fel enw’r offeryn a fydd yn ei ddefnyddio
error-token-name-too-long = Rhaid i’r enw fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-token-campaigns-unknown = Dewiswch ymgyrchoedd o’r rhestr
error-token-campaigns-none = Dewiswch o leiaf un ymgyrch y caiff y tocyn ei darllen
error-token-contacts-admin = Dim ond gweinyddwyr all roi manylion cyswllt llofnodwyr i docyn
error-campaign-unknown = Dewiswch ymgyrch o’r rhestr
error-queue-similarity = Dewiswch bron-gopïau, llythyrau yng ngeiriau’r ysgrifennwr ei hun, neu unrhyw rai
error-queue-age = Rhowch yr amser aros fel nifer cyfan o ddiwrnodau, o 0 i { $max-shown }
error-queue-page = Rhaid i rif y dudalen fod yn rhif cyfan o 1 i fyny
error-restore-reason-empty = Dywedwch pam y dylid dangos y llythyr eto
error-bulk-none-ticked = Ticiwch o leiaf un llythyr yn gyntaf
error-note-empty = Ysgrifennwch y nodyn i’w gadw
error-note-too-long = Rhaid i’r nodyn fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai (mae ganddo { $count-shown })
error-reply-answer = Dewiswch un o’r pedwar ateb.
error-role-choose = Dewiswch rôl
error-password-current-wrong = Mae eich cyfrinair presennol yn anghywir
error-reject-reason-choose = Dewiswch pam na ellir anfon y llythyr
error-reject-note-too-long = Rhaid i’r nodyn fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai (mae ganddo { $count-shown })
error-hide-reason-too-long = Rhaid i’r rheswm fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai (mae ganddo { $count-shown })
error-redact-unchanged = Nid yw’r testun wedi newid: golygwch ef, neu cymeradwywch y llythyr fel y mae
error-redact-empty = Ni all y testun fod yn wag: gwrthodwch y llythyr yn lle hynny
error-redact-too-short = Rhaid i’r llythyr fod yn { $min-shown } { $min ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } o hyd o leiaf
error-redact-too-long = Rhaid i’r llythyr fod yn { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai
error-redact-bad-characters = Mae’r llythyr yn cynnwys nodau na allwn eu derbyn
error-redact-note-empty = Dywedwch beth a newidioch chi a pham
error-redact-note-too-long = Cadwch hwn i { $max-shown } { $max ->
        [zero] nod
        [one] nod
        [two] nod
        [few] nod
        [many] nod
       *[other] o nodau
    } neu lai (mae ganddo { $count-shown })
error-address-needed-for-mp = Rhowch linell gyntaf eich cyfeiriad: mae ei hangen ar eich AS i wybod eich bod yn un o’i etholwyr
error-postcode-other-constituency = Mae { $postcode } yn { $found }, nid { $chosen }: gwiriwch eich cod post, neu dewiswch { $found } fel eich etholaeth
error-password-confirm-different = Mae’r ddau gyfrinair newydd yn wahanol
error-campaign-no-such-address = Nid oes gan unrhyw ymgyrch y cyfeiriad hwnnw: dewiswch un o’r rhestr
error-audit-date = Rhowch ddyddiad fel 2026-11-28
error-note-saved-already = Mae’r nodyn hwn wedi’i gadw eisoes
error-account-email-taken = Mae cyfrif gyda’r cyfeiriad e-bost hwn yn bodoli eisoes
error-account-none = Nid oes cyfrif o’r fath
error-account-last-admin = Dyma’r gweinyddwr olaf sydd wedi’i alluogi: ychwanegwch neu galluogwch weinyddwr arall yn gyntaf, fel y gall rhywun reoli cyfrifon o hyd
error-photo-too-large = Mae’r llun yn fwy na 5 MB: dewiswch un llai (neu cadwch ef yn llai)
error-photo-wrong-type = Nid llun JPEG, PNG neu WebP yw’r ffeil: dewiswch un o’r rheini (ni dderbynnir SVG na mathau eraill)
error-photo-unreadable = Nid oedd modd darllen y llun (efallai fod y ffeil wedi’i difrodi, neu fod gormod o bicseli ynddi): dewiswch un arall
error-photo-alt-required = Disgrifiwch beth sydd yn y llun, i bobl na allant ei weld (yn ofynnol gyda llun)
error-photo-upload-lost = Ni chafwyd hyd i’r llun a lwythwyd i fyny yn gynharach: dewiswch ef eto
error-campaign-goal-empty = Rhowch nod: faint o lofnodion y mae’r ymgyrch yn anelu atynt
error-campaign-goal-not-number = Rhowch y nod fel rhif cyfan, fel 10000
error-campaign-threshold = Rhowch rif o 0 i 1, fel 0.8
error-campaign-when = Rhowch ddyddiad ac amser yn UTC, fel 2027-01-31T12:00
error-campaign-milestones-number = Rhaid i’r cerrig milltir fod yn rhifau cyfan o 1 o leiaf, wedi’u gwahanu gan atalnodau (nid “{ $word }”). Rhowch rifau plaen wedi’u gwahanu gan atalnodau, fel 100, 1000, 10000
error-campaign-milestones-too-many = Rhowch { $max-shown } { $max ->
        [zero] carreg filltir
        [one] garreg filltir
        [two] garreg filltir
        [few] carreg filltir
        [many] carreg filltir
       *[other] o gerrig milltir
    } ar y mwyaf, fel rhifau plaen wedi’u gwahanu gan atalnodau, fel 100, 1000, 10000
error-campaign-slug-empty = Rhowch gyfeiriad gwe’r ymgyrch, fel save-our-library
error-campaign-slug-invalid = Defnyddiwch lythrennau bach, digidau a chysylltnodau sengl, fel save-our-library
error-campaign-headline-empty = Rhowch bennawd
error-campaign-author-empty = Rhowch enw’r awdur
error-campaign-letter-empty = Rhowch y llythyr
error-campaign-goal-too-small = Rhowch nod o { $min-shown } { $min ->
        [zero] llofnod
        [one] llofnod
        [two] lofnod
        [few] llofnod
        [many] llofnod
       *[other] o lofnodion
    } o leiaf
error-campaign-closes-before = Rhaid i’r amser cau fod yn hwyrach na’r amser agor
error-campaign-target-invalid = Nid yw “{ $entry }” yn darged. Mae targed naill ai’n own-mp neu’n god swyddog, fel prime-minister
error-campaign-target-twice = Mae “{ $entry }” wedi’i restru fwy nag unwaith: rhestrwch bob targed unwaith
error-campaign-targets-unknown = { $count ->
    [one] Nid oes gan unrhyw swyddog y cod { $last }: dewch o hyd i’r swyddogion isod a’u hychwanegu, neu cywirwch y cod
   *[other] Nid oes gan unrhyw swyddog y codau { $codes } a { $last }: dewch o hyd i’r swyddogion isod a’u hychwanegu, neu cywirwch y codau
}
error-campaign-image-path = Rhowch lwybr y tu mewn i static/, fel images/photo.jpg (heb ddechrau gyda / a heb ..)
error-campaign-other = { $problem }
error-campaign-slug-taken = Mae ymgyrch arall eisoes yn defnyddio’r cyfeiriad gwe hwn: dewiswch un arall
error-constituency-no-match = Does dim etholaeth yn cyfateb i’r chwiliad hwnnw: rhowch gynnig ar ran o’i henw
error-letter-campaign-closed = Mae’r ymgyrch hon wedi cau, felly does dim modd anfon llythyrau drwyddi mwyach
