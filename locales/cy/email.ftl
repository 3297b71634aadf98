# Missive: e-byst i gefnogwyr (Welsh).
# REVIEW: machine-drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

email-hello = Helo,
email-see-campaign = Gweld yr ymgyrch
email-campaign-at = Yr ymgyrch: { $url }

confirm-email-subject = Cadarnhewch eich llofnod: { $headline }
confirm-email-thanks = Diolch am lofnodi “{ $headline }”.
confirm-email-counts = Dim ond ar ôl i chi ei gadarnhau y mae eich llofnod yn cyfrif. Agorwch y ddolen hon a phwyswch y botwm Cadarnhau:
confirm-email-link = Cadarnhau fy llofnod
confirm-email-valid = Mae'r ddolen yn gweithio am { $days ->
    [two] { $days } ddiwrnod
   *[other] { $days } diwrnod
}. Os na wnaethoch chi lofnodi, anwybyddwch yr e-bost hwn ac ni fydd dim yn cael ei gyfrif.
confirm-email-keep = Cadwch yr e-bost hwn: os byddwch yn newid eich meddwl yn nes ymlaen, mae'r un ddolen yn gadael i chi dynnu eich llofnod yn ôl, nes i'r ymgyrch gau.

already-email-subject = Rydych eisoes wedi llofnodi: { $headline }
already-email-body = Ceisiodd rhywun, chi mae'n debyg, lofnodi “{ $headline }” gyda'r cyfeiriad e-bost hwn. Rydych eisoes wedi llofnodi a chadarnhau, felly mae eich llofnod yn cael ei gyfrif unwaith; does dim byd arall i'w wneud.
