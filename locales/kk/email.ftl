# Missive: жақтастарға хаттар (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

email-hello = Сәлеметсіз бе!
email-see-campaign = Науқан бетін ашу
email-campaign-at = Науқан: { $url }

confirm-email-subject = Қолыңызды растаңыз: { $headline }
confirm-email-thanks = «{ $headline }» хатына қол қойғаныңыз үшін рахмет.
confirm-email-counts = Қолыңыз растағаннан кейін ғана есептеледі. Мына сілтемені ашып, «Растау» түймесін басыңыз:
confirm-email-link = Қолымды растау
confirm-email-valid = Сілтеме { $days ->
    [one] { $days } күн
   *[other] { $days } күн
} жарамды. Егер сіз қол қоймасаңыз, бұл хатты елемеңіз: ештеңе есептелмейді.
confirm-email-keep = Бұл хатты сақтап қойыңыз: кейін ойыңыздан айнысаңыз, науқан жабылғанға дейін сол сілтеме арқылы қолыңызды қайтарып ала аласыз.

already-email-subject = Сіз бұған дейін қол қойғансыз: { $headline }
already-email-body = Біреу, бәлкім, сіз, осы электрондық пошта мекенжайымен «{ $headline }» хатына қол қоюға тырысты. Сіз бұған дейін қол қойып, растағансыз, сондықтан қолыңыз бір рет есептелді; басқа ештеңе істеудің қажеті жоқ.
