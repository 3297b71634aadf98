# Missive: y geiriau o amgylch diweddariad trefnydd mewn e-bost at gefnogwr (Welsh).
# REVIEW: drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

update-email-why = Rydych chi’n cael hwn oherwydd i chi lofnodi “{ $headline }” a gofyn am glywed am ei hynt.
update-email-stop = I atal yr e-byst hyn (mae eich llofnod yn dal i gyfrif), agorwch y ddolen hon a phwyswch y botwm:
update-email-unsubscribe = { $link } (mae eich llofnod yn dal i gyfrif).
update-email-unsubscribe-link = Dad-danysgrifio o’r diweddariadau hyn

unsubscribe-title = Atal diweddariadau
unsubscribe-already-heading = Rydych chi eisoes wedi dad-danysgrifio
unsubscribe-already = Ni chewch ragor o ddiweddariadau am “{ $headline }”. Mae eich llofnod yn dal i gyfrif.
unsubscribe-heading = Atal diweddariadau am yr ymgyrch hon?
unsubscribe-ask = Fe wnaethoch chi lofnodi “{ $headline }” a gofyn am glywed am ei hynt. Pwyswch y botwm ac ni fyddwn yn anfon rhagor o ddiweddariadau atoch amdani.
unsubscribe-stays = Mae eich llofnod yn aros ac yn dal i gyfrif.
unsubscribe-button = Dad-danysgrifio o’r diweddariadau
unsubscribe-back = Yn ôl i’r ymgyrch
unsubscribed-title = Wedi dad-danysgrifio
unsubscribed-heading = Rydych chi wedi dad-danysgrifio
unsubscribed-said = Ni fyddwn yn anfon rhagor o ddiweddariadau atoch am “{ $headline }”, o hyn ymlaen: ni fydd diweddariadau sydd eisoes yn aros i fynd yn eich cyrraedd chwaith.
unsubscribed-stays = Mae eich llofnod yn aros ac yn dal i gyfrif. Nid oes angen i chi wneud dim arall.
unsubscribe-unknown-title = Dolen heb ei hadnabod
unsubscribe-unknown-heading = Nid yw’r ddolen hon yn cael ei hadnabod
unsubscribe-unknown = Gwiriwch eich bod wedi copïo’r ddolen gyfan o’r e-bost. Os yw’r ymgyrch wedi’i gwneud yn ddienw, nid yw eich cyfeiriad yn cael ei gadw mwyach ac ni chewch ragor o ddiweddariadau.
