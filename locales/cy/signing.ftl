# Missive: y tudalennau ar ôl y ffurflen lofnodi (Welsh).
# REVIEW: machine-drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

check-title = Gwiriwch eich e-bost
check-sent-to = Rydym wedi anfon dolen at { $address }. Agorwch hi a phwyswch { $confirm } i ychwanegu eich llofnod at “{ $headline }”.
check-sent = Rydym wedi anfon dolen i'r cyfeiriad a roesoch. Agorwch hi a phwyswch { $confirm } i ychwanegu eich llofnod at “{ $headline }”.
check-confirm-word = Cadarnhau
check-counts = Mae eich llofnod yn cyfrif unwaith y byddwch wedi'i gadarnhau. Mae'r ddolen yn gweithio am 7 diwrnod.
check-no-email = Dim e-bost ar ôl ychydig funudau? Edrychwch yn eich ffolder sbam neu sothach. Os ydych wedi llofnodi'r llythyr hwn o'r blaen, cewch nodyn yn dweud hynny yn lle hynny.
check-wrong-address = Cyfeiriad anghywir? { $link }.
check-sign-again = Llofnodwch eto gyda'r un cywir
check-back = Yn ôl i'r llythyr

own-heading = Ysgrifennwch eich llythyr eich hun
own-lead-waiting = Tra byddwch yn aros: mae llythyr yn eich geiriau eich hun, at eich AS a'r gweinidogion sy'n penderfynu, yn cario llawer mwy o bwys na llofnod. Dechreuwch o'r llythyr dan sylw a'i wneud yn eiddo i chi.
own-lead-more = Un peth arall y gallwch ei wneud: mae llythyr yn eich geiriau eich hun, at eich AS a'r gweinidogion sy'n penderfynu, yn cario llawer mwy o bwys na llofnod. Dechreuwch o'r llythyr dan sylw a'i wneud yn eiddo i chi.

confirm-title = Cadarnhewch eich llofnod
confirm-on = Rydych yn cadarnhau eich llofnod ar “{ $headline }”.
confirm-button = Cadarnhau fy llofnod
confirm-not-you = Heb lofnodi hwn, neu wedi newid eich meddwl? { $link }.
confirm-withdraw = Tynnu'r llofnod yn ôl yn lle hynny

confirmed-title = Llofnod wedi'i gadarnhau
confirmed-heading = Diolch: mae eich llofnod yn cyfrif
confirmed-body = Mae eich llofnod ar “{ $headline }” wedi'i gadarnhau. Bydd y cyfrif ar dudalen y llythyr yn eich cynnwys o fewn ychydig eiliadau.
confirmed-share = Rhannwch y llythyr gyda phobl a fyddai'n ei lofnodi hefyd.
confirmed-withdraw = Wedi newid eich meddwl? { $link } (yn bosibl nes i'r ymgyrch gau).
confirmed-withdraw-link = Tynnu fy llofnod yn ôl
confirmed-withdraw-email = Wedi newid eich meddwl? Mae'r ddolen yn eich e-bost yn gadael i chi dynnu eich llofnod yn ôl nes i'r ymgyrch gau.

link-unknown-title = Dolen heb ei hadnabod
link-unknown-heading = Nid ydym yn adnabod y ddolen hon
link-unknown-body = Gwiriwch eich bod wedi copïo'r ddolen gyfan o'r e-bost. Os nad yw'n gweithio o hyd, llofnodwch eto a byddwn yn anfon un newydd.
link-unknown-home = Mynd i'r llythyr dan sylw

link-expired-title = Dolen wedi dod i ben
link-expired-heading = Mae'r ddolen hon wedi dod i ben
link-expired-body = Mae dolenni cadarnhau yn gweithio am 7 diwrnod. Llofnodwch eto gyda'r un cyfeiriad e-bost a byddwn yn anfon dolen newydd atoch.
link-expired-sign-again = Llofnodi eto
link-expired-not-you = Heb lofnodi hwn? Nid yw llofnod heb ei gadarnhau byth yn cyfrif, neu gallwch { $link }.
link-expired-withdraw = ei dynnu'n ôl nawr
