# Missive: tudalennau gweinyddu’r staff (cyfrifon staff, eich cyfrinair, tocynnau API) (Welsh).
# REVIEW: drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

staff-admin-cancel = Canslo
staff-admin-never = byth
staff-admin-utc = { $when } UTC
staff-admin-role-admin = gweinyddwr
staff-admin-role-moderator = cymedrolwr
staff-admin-role-organiser = trefnydd
staff-admin-refused-email-taken = Mae cyfrif gyda’r cyfeiriad e-bost hwn yn bodoli eisoes
staff-admin-refused-no-account = Does dim cyfrif o’r fath
staff-admin-refused-last-admin = Dyma’r gweinyddwr olaf sydd wedi’i alluogi: ychwanegwch neu galluogwch weinyddwr arall yn gyntaf, fel bod rhywun yn gallu rheoli cyfrifon o hyd

## Staff accounts

staff-admin-users-title = Cyfrifon staff
staff-admin-users-caption = Pawb sy’n gallu mewngofnodi i dudalennau’r staff
staff-admin-users-email = E-bost
staff-admin-users-role = Rôl
staff-admin-users-status = Statws
staff-admin-users-last-sign-in = Mewngofnodi diwethaf
staff-admin-users-password = Cyfrinair
staff-admin-users-role-of = Rôl { $email }
staff-admin-users-change-role = Newid y rôl
staff-admin-users-disabled = Wedi’i analluogi
staff-admin-users-enabled = Wedi’i alluogi
staff-admin-users-enable = Galluogi
staff-admin-users-disable = Analluogi
staff-admin-users-send-reset = Anfon dolen ailosod
staff-admin-users-send-reset-to = Anfon dolen ailosod at { $email }
staff-admin-users-set-password = Gosod cyfrinair
staff-admin-users-set-password-for = Gosod cyfrinair ar gyfer { $email }
staff-admin-users-add-heading = Ychwanegu cyfrif
staff-admin-users-email-address = Cyfeiriad e-bost
staff-admin-users-first-password = Cyfrinair cyntaf
staff-admin-users-add = Ychwanegu’r cyfrif
staff-admin-notice-added = Ychwanegwyd y cyfrif. Rhowch eu cyfrinair cyntaf iddynt mewn ffordd ddiogel; gallant ei newid o dan “Eich cyfrinair”.
staff-admin-notice-role = Newidiwyd y rôl. Mae eu sesiynau wedi dod i ben; byddant yn mewngofnodi eto.
staff-admin-notice-enabled = Galluogwyd y cyfrif.
staff-admin-notice-password-set = Gosodwyd y cyfrinair. Mae eu sesiynau wedi dod i ben; rhowch y cyfrinair iddynt mewn ffordd ddiogel.
staff-admin-notice-reset-sent = Anfonwyd dolen ailosod. Mae’n gweithio unwaith, am awr; mae eu cyfrinair yn aros fel y mae nes iddynt ei defnyddio.
staff-admin-notice-disabled = Analluogwyd y cyfrif. Mae eu sesiynau wedi dod i ben.
staff-admin-notice-unchanged = Dim i’w newid.

## Setting a colleague's password, disabling an account

staff-admin-set-password-title = Gosod cyfrinair
staff-admin-set-password-heading = Gosod cyfrinair ar gyfer { $email }
staff-admin-set-password-intro = Daw eu sesiynau i ben pan gaiff ei osod. Rhowch y cyfrinair iddynt mewn ffordd ddiogel, neu { $link } yn lle hynny, fel mai dim ond nhw sy’n ei wybod.
staff-admin-set-password-reset-link = anfonwch ddolen ailosod atynt
staff-admin-set-password-button = Gosod y cyfrinair
staff-admin-new-password = Cyfrinair newydd
staff-admin-new-password-again = Y cyfrinair newydd eto
staff-admin-password-hint-theirs = O leiaf 12 nod, nid cyfrinair cyffredin nac un sydd wedi’i ddatgelu, heb eu cyfeiriad e-bost ynddo.
staff-admin-password-hint-yours = O leiaf 12 nod, nid cyfrinair cyffredin nac un sydd wedi’i ddatgelu, heb eich cyfeiriad e-bost ynddo.
staff-admin-disable-title = Analluogi cyfrif
staff-admin-disable-heading = Analluogi { $email }?
staff-admin-disable-explain = Cânt eu hallgofnodi ym mhobman ar unwaith, ni allant fewngofnodi eto nes i weinyddwr alluogi’r cyfrif, a chaiff pob tocyn API a wnaethant ei ddirymu.
staff-admin-disable-button = Analluogi { $email }

## Your password

staff-admin-password-title = Eich cyfrinair
staff-admin-password-changed = Newidiwyd y cyfrinair. Mae pob sesiwn wedi dod i ben, gan gynnwys hon: { $link }.
staff-admin-password-sign-in-again = mewngofnodwch eto
staff-admin-password-current = Cyfrinair presennol
staff-admin-password-change = Newid y cyfrinair

## API tokens

staff-admin-tokens-title = Tocynnau API
staff-admin-tokens-notice-revoked = Dirymwyd y tocyn. Caiff ceisiadau gydag ef eu gwrthod o hyn ymlaen.
staff-admin-tokens-notice-already = Roedd y tocyn hwnnw eisoes wedi’i ddirymu.
staff-admin-tokens-notice-missing = Does dim tocyn o’r fath.
staff-admin-tokens-created = Crëwyd y tocyn “{ $name }”
staff-admin-tokens-copy-now = Copïwch ef nawr: dim ond y tro hwn y caiff ei ddangos.
staff-admin-tokens-hash-only = Dim ond stwnsh ohono y mae Missive yn ei gadw, felly ni all neb ei ddangos eto; os caiff ei golli, dirymwch ef a chreu un arall.
staff-admin-tokens-the-token = Y tocyn
staff-admin-tokens-try = Rhowch gynnig arni: { $example }
staff-admin-tokens-intro = Mae tocyn yn gadael i offeryn sy’n siarad OSDI (fel API Action Network) ddarllen deisebau a llofnodion a gadarnhawyd yr ymgyrchoedd y mae’n eu henwi yn { $address }: enwau a gwledydd y llofnodwyr, ac, ar gyfer tocyn a wnaeth gweinyddwr gyda’r cwmpas hwnnw yn unig, e-bost a chod post y llofnodwyr a ofynnodd am ddiweddariadau. Rhowch ei docyn ei hun i bob offeryn, a dirymwch un cyn gynted ag nad oes ei angen mwyach.
staff-admin-tokens-none = Does dim tocynnau eto.
staff-admin-tokens-caption-all = Pob tocyn, y mwyaf newydd yn gyntaf
staff-admin-tokens-caption-yours = Eich tocynnau, y mwyaf newydd yn gyntaf
staff-admin-tokens-name = Enw
staff-admin-tokens-campaigns = Ymgyrchoedd
staff-admin-tokens-reads = Yn darllen
staff-admin-tokens-created-at = Crëwyd
staff-admin-tokens-last-used = Defnyddiwyd ddiwethaf
staff-admin-tokens-state = Cyflwr
staff-admin-tokens-reads-contacts = Enwau, cyfeiriadau e-bost a chodau post llofnodwyr a ofynnodd am ddiweddariadau
staff-admin-tokens-reads-names = Enwau a gwledydd yn unig
staff-admin-tokens-by = gan { $who }
staff-admin-tokens-revoked-at = Dirymwyd { $when }
staff-admin-tokens-active = Gweithredol
staff-admin-tokens-revoke = Dirymu
staff-admin-tokens-revoke-name = Dirymu { $name }
staff-admin-tokens-create-heading = Creu tocyn
staff-admin-tokens-name-hint = Dywedwch beth fydd yn ei ddefnyddio, fel “Cysoni’r CRM”.
staff-admin-tokens-campaigns-legend = Ymgyrchoedd y caiff eu darllen
staff-admin-tokens-contacts-legend = Manylion cyswllt llofnodwyr
staff-admin-tokens-contacts = Caiff ddarllen cyfeiriad e-bost a chod post llofnodwyr a ofynnodd am ddiweddariadau (mae pob darlleniad yn y log archwilio)
staff-admin-tokens-create = Creu’r tocyn
staff-admin-tokens-openapi-heading = Disgrifiad yr API
staff-admin-tokens-openapi = Disgrifir pob llwybr, paramedr, ateb a phennyn yr API yn ei ddogfen OpenAPI, { $document }, y gall offer ei darllen i adeiladu cleient neu i brofi yn ei herbyn.
