# Missive: tudalen yr ymgyrch (Welsh).
# REVIEW: machine-drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

campaign-error-title = Gwall: { $headline }
campaign-opens = Yn agor ar { $when } UTC
campaign-opens-later = Gallwch lofnodi'r llythyr hwn o'r adeg honno. Dewch yn ôl pan fydd yn agor.
campaign-write-heading = Ysgrifennwch eich fersiwn eich hun
campaign-write-lead = Mae llythyr yn eich geiriau eich hun, at eich AS a'r gweinidogion sy'n penderfynu, yn cario llawer mwy o bwys na chopi.
campaign-read-letters = Darllen llythyrau gan gefnogwyr
campaign-edited = Golygwyd y llythyr hwn ar { $date }. Mae pawb a lofnododd yn cadw'r testun a lofnodwyd ganddynt: { $versions }.
campaign-edited-versions = darllenwch bob fersiwn
campaign-photo-credit-licence = Llun: { $credit } ({ $licence })
campaign-photo-credit = Llun: { $credit }
campaign-photo-licence = Trwydded y llun: { $licence }
campaign-photo-not-shown = Cyhoeddwyd gyda llun, nad yw'n cael ei ddangos yma.

# Welsh keeps the singular noun after a numeral ("3 llofnod"), soft-mutated after two
# ("2 lofnod"); larger round figures read "1,234 o lofnodion".
campaign-count-noun = { $count ->
    [zero] llofnod
    [one] llofnod
    [two] lofnod
    [few] llofnod
    [many] llofnod
   *[other] o lofnodion
}
campaign-aim-goal = % o'r nod o { $goal }
campaign-aim-milestone = % o'r garreg filltir nesaf, { $milestone } (y nod yw { $goal })
campaign-open-until = Ar agor tan { $when } UTC
campaign-closed-heading = Mae'r ymgyrch hon wedi cau
campaign-closed-on = Nid yw'n derbyn llofnodion mwyach (caeodd ar { $date }). Mae'r cyfrif uchod yn derfynol. Diolch i bawb a lofnododd.
campaign-closed = Nid yw'n derbyn llofnodion mwyach. Mae'r cyfrif uchod yn derfynol. Diolch i bawb a lofnododd.

sign-heading = Llofnodwch y llythyr hwn
sign-lead = Ychwanegwch eich enw. Byddwn yn anfon dolen atoch drwy e-bost i'w gadarnhau; mae'n cyfrif unwaith y byddwch wedi gwneud hynny.
sign-full-name = Enw llawn
sign-email = Cyfeiriad e-bost
sign-email-hint = Dim ond i gadarnhau eich llofnod, ac ar gyfer diweddariadau os gofynnwch amdanynt.
sign-postcode = Cod post yn y DU
sign-postcode-hint = Gadewch yn wag os ydych yn byw y tu allan i'r DU, a dewiswch eich gwlad isod.
sign-country = Gwlad
sign-updates = Anfonwch e-bost ataf am hynt yr ymgyrch hon (unwaith y mis ar y mwyaf; gallwch roi'r gorau iddi unrhyw bryd)
sign-honeypot = Gadewch hwn yn wag
sign-button = Llofnodi

campaign-in-original = Dangosir yr ymgyrch hon yn Saesneg, yr iaith y cafodd ei hysgrifennu ynddi: nid yw wedi’i chyfieithu i’r Gymraeg eto.
campaign-partly-in-original = Dangosir rhannau o’r ymgyrch hon yn Saesneg, yr iaith y cafodd ei hysgrifennu ynddi: nid ydynt wedi’u cyfieithu i’r Gymraeg eto.
