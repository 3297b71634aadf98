# Missive: ffrâm tudalennau'r staff, hafan y staff, mewngofnodi, ailosod cyfrinair a'i e-bost (Welsh).
# REVIEW: machine-drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

staff-nav-label = Staff
staff-nav-home = Hafan y staff
staff-nav-moderation = Llythyrau i'w cymedroli
staff-nav-moderation-log = Cofnod cymedroli
staff-nav-signatures = Adolygu llofnodion
staff-nav-campaigns = Ymgyrchoedd
staff-nav-api-tokens = Tocynnau API
staff-nav-accounts = Cyfrifon staff
staff-nav-audit = Cofnod archwilio
staff-nav-password = Eich cyfrinair
staff-signed-in-who = { $email } ({ $role })
staff-sign-out = Allgofnodi

staff-who-role-admin = gweinyddwr
staff-who-role-moderator = cymedrolwr
staff-who-role-organiser = trefnydd

staff-home-title = Staff
staff-home-heading = Tudalennau'r staff
staff-home-signed-in = Rydych wedi mewngofnodi fel { $email }, { $role }.
staff-waiting-heading = Yn aros am y staff
# Welsh keeps the singular noun after a numeral, soft-mutated after two.
staff-waiting-letters = { $count ->
    [one] Mae { $n } llythyr yn aros i gael ei gymedroli
    [two] Mae { $n } lythyr yn aros i gael eu cymedroli
   *[other] Mae { $n } llythyr yn aros i gael eu cymedroli
}
staff-waiting-campaign-letters = { $count ->
    [two] { $n } lythyr
   *[other] { $n } llythyr
}: { $headline }
staff-waiting-unconfirmed = { $count ->
    [one] Mae { $n } llythyr yn aros i'w awdur gadarnhau ei gyfeiriad
    [two] Mae { $n } lythyr yn aros i'w hawduron gadarnhau eu cyfeiriadau
   *[other] Mae { $n } llythyr yn aros i'w hawduron gadarnhau eu cyfeiriadau
}
staff-waiting-suspects = { $count ->
    [one] Mae { $n } llofnod amheus yn aros i gael ei adolygu
    [two] Mae { $n } lofnod amheus yn aros i gael eu hadolygu
   *[other] Mae { $n } llofnod amheus yn aros i gael eu hadolygu
}
staff-waiting-campaign-signatures = { $count ->
    [two] { $n } lofnod
   *[other] { $n } llofnod
}: { $headline }

staff-login-title = Mewngofnodi staff
staff-login-error-title = Gwall: Mewngofnodi staff
staff-login-email = Cyfeiriad e-bost
staff-login-password = Cyfrinair
staff-login-button = Mewngofnodi
staff-login-supporters = Nid oes angen cyfrif ar gefnogwyr: mae'r dudalen hon ar gyfer staff ymgyrchoedd.
staff-login-wrong = Mae'r e-bost neu'r cyfrinair yn anghywir
staff-login-disabled = Mae eich cyfrif wedi'i analluogi. Gofynnwch i weinyddwr ei alluogi eto.
staff-login-too-many = Gormod o ymdrechion aflwyddiannus i fewngofnodi i'r cyfrif hwn neu o'ch rhwydwaith. Arhoswch 15 munud, yna rhowch gynnig arall arni, neu mewngofnodwch o'r man lle byddwch fel arfer.

staff-reset-title = Dewiswch gyfrinair newydd
staff-reset-error-title = Gwall: Dewiswch gyfrinair newydd
staff-reset-for = Ar gyfer y cyfrif staff { $email }. Daw pob sesiwn o'r cyfrif hwn i ben pan fydd y cyfrinair newydd wedi'i osod.
staff-reset-password = Cyfrinair newydd
staff-reset-password-hint = O leiaf 12 nod, nid cyfrinair cyffredin nac un sydd wedi'i ddatgelu, heb eich e-bost ynddo.
staff-reset-again = Y cyfrinair newydd eto
staff-reset-button = Gosod y cyfrinair newydd
staff-reset-done-title = Cyfrinair wedi'i osod
staff-reset-done = Mae eich cyfrinair newydd yn gweithio nawr, ac mae pob sesiwn gynharach wedi dod i ben: { $link }.
staff-reset-sign-in = mewngofnodi
staff-reset-gone-title = Nid yw'r ddolen hon yn gweithio mwyach
staff-reset-gone = Mae dolen ailosod cyfrinair yn gweithio unwaith, am awr. Gofynnwch i weinyddwr anfon un newydd atoch.

staff-reset-email-subject = Dewiswch gyfrinair newydd ar gyfer Missive
staff-reset-email-asked = Gofynnodd gweinyddwr i Missive adael i chi ddewis cyfrinair newydd ar gyfer eich cyfrif staff. Agorwch y ddolen hon a theipiwch y cyfrinair newydd ddwywaith:
staff-reset-email-link = Dewis cyfrinair newydd
staff-reset-email-valid = Mae'r ddolen yn gweithio unwaith, am { $n } munud. Os nad oeddech yn ei disgwyl, anwybyddwch yr e-bost hwn: mae eich cyfrinair yn aros fel y mae.
