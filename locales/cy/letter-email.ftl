# Missive: y negeseuon e-bost at awdur llythyr (Welsh).
# REVIEW: drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

letter-thanks = Diolch am ysgrifennu.
letter-list-and = { $rest } a { $last }

letter-draft-subject = Eich llythyr: { $headline }
letter-draft-saved = Mae eich llythyr wedi’i gadw. Agorwch y ddolen breifat hon i barhau i ysgrifennu, ar unrhyw ddyfais:
letter-draft-link = Parhau â’m llythyr
letter-draft-keep = Cadwch yr e-bost hwn: gall unrhyw un sydd â’r ddolen ddarllen a newid eich drafft. Os na wnaethoch chi ddechrau llythyr, anwybyddwch yr e-bost hwn.

letter-submitted-subject = Mae eich llythyr gyda’n cymedrolwyr: { $headline }
letter-submitted-subject-unconfirmed = Cadarnhewch eich e-bost i anfon eich llythyr: { $headline }
letter-submitted-next = Bydd cymedrolwr yn darllen eich llythyr cyn iddo gael ei anfon; byddwn yn anfon e-bost atoch pan fydd hynny’n digwydd.
letter-submitted-next-unconfirmed = Bydd eich llythyr yn mynd at ein cymedrolwyr unwaith y byddwch wedi cadarnhau eich cyfeiriad e-bost: agorwch yr e-bost arall rydyn ni newydd ei anfon atoch a phwyswch ei fotwm. Tan hynny nid oes dim yn cael ei anfon.
letter-submitted-progress = Gallwch weld hynt eich llythyr yma:
letter-submitted-link = Gweld hynt fy llythyr

letter-approved-subject = Mae eich llythyr wedi’i gymeradwyo: { $headline }
letter-approved-body = Mae eich llythyr wedi cael ei gymeradwyo.
letter-approved-follow = Gallwch ei ddilyn yma:
letter-approved-link = Gweld fy llythyr
letter-ahead-emailed = Rydyn ni’n ei anfon nawr drwy e-bost at { $names }, ar ei ben ei hun, gyda’ch cyfeiriad e-bost chi i ateb iddo.
letter-ahead-joint = Y llythyr dan sylw yw’r rhan fwyaf ohono, felly mae’n mynd at { $names } yn y llythyr ar y cyd ar { $date }, { $paragraphs ->
    [0] gyda’ch enw arno
    [one] gyda’ch enw a’r paragraff a ychwanegoch wedi’i ddyfynnu oddi tano
   *[other] gyda’ch enw a’r { $paragraphs } paragraff a ychwanegoch wedi’u dyfynnu oddi tano
}.
letter-ahead-print = Dim ond drwy’r post y mae { $names } yn derbyn llythyrau: mae gan eich tudalen gopi yn barod i’w argraffu, ei lofnodi a’i anfon, a dolen i’w anfon o’ch e-bost eich hun yn lle hynny.

letter-rejected-subject = Ni chymeradwywyd eich llythyr: { $headline }
letter-rejected-reason = Mae cymedrolwr wedi darllen eich llythyr “{ $subject }” ac ni allwn ei anfon, oherwydd { $reason }.
letter-rejected-note = Nodyn gan y cymedrolwr:
letter-rejected-after = Nid yw hyn yn effeithio ar eich llofnod ar yr ymgyrch. Mae croeso i chi ysgrifennu llythyr newydd:
letter-rejected-link = Ysgrifennu llythyr newydd
letter-because-offensive = mae’n cynnwys iaith sarhaus neu dramgwyddus
letter-because-defamatory = mae’n gwneud honiadau am bobl a allai fod yn ddifenwol (niweidio’u henw da heb dystiolaeth)
letter-because-personal-data = mae’n cynnwys manylion personol pobl eraill, fel eu manylion cyswllt neu wybodaeth breifat
letter-because-spam = mae’n edrych fel sbam neu hysbyseb
letter-because-off-topic = nid yw’n ymwneud â’r hyn y mae’r ymgyrch hon yn gofyn amdano
letter-because-duplicate = mae’n ailadrodd llythyr sydd eisoes wedi’i anfon atom

letter-redacted-subject = Fe wnaethon ni newid eich llythyr cyn ei anfon: { $headline }
letter-redacted-intro = Mae cymedrolwr wedi cymeradwyo eich llythyr “{ $subject }”, ond dim ond ar ôl ei newid ychydig. Caiff ei anfon a’i ddangos fel un wedi’i newid.
letter-redacted-removed = Fe wnaethon ni dynnu allan:
letter-redacted-added = Fe wnaethon ni roi i mewn:
letter-redacted-reason = Rheswm y cymedrolwr:
letter-redacted-undo = Os byddai’n well gennych nad yw’n cael ei anfon wedi’i newid, gallwch ddileu eich llythyr o’r ddolen breifat yn yr e-bost am ei gymeradwyo.

reply-question-subject = A atebodd { $official } eich llythyr?
reply-reminder-subject = Nodyn atgoffa: a atebodd { $official } eich llythyr?
reply-question-asked = Bythefnos neu fwy yn ôl, cafodd eich llythyr am “{ $headline }” ei ddanfon at { $official }. A gawsoch chi ateb?
reply-question-tell = Dywedwch wrthym yma (un clic ar y dudalen):
reply-question-link = Dweud wrthym a atebodd { $official }
reply-question-counted = Caiff eich ateb ei gyfrif, ond byth ei ddangos gyda’ch enw; mae’r ymgyrch yn cyhoeddi pa mor aml y mae pob swyddog yn ateb.
reply-question-only-reminder = Dyma’r unig nodyn atgoffa a anfonwn.
