# Missive: хат авторына жіберілетін хаттар (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

letter-thanks = Жазғаныңыз үшін рахмет.
letter-list-and = { $rest } және { $last }

letter-draft-subject = Сіздің хатыңыз: { $headline }
letter-draft-saved = Хатыңыз сақталды. Кез келген құрылғыда жазуды жалғастыру үшін мына жеке сілтемені ашыңыз:
letter-draft-link = Хатымды жалғастыру
letter-draft-keep = Бұл хатты сақтап қойыңыз: сілтемесі бар кез келген адам жобаңызды оқып, өзгерте алады. Егер сіз хат бастамасаңыз, бұл хатты елемеңіз.

letter-submitted-subject = Хатыңыз модераторларда: { $headline }
letter-submitted-subject-unconfirmed = Хатыңызды жіберу үшін электрондық поштаңызды растаңыз: { $headline }
letter-submitted-next = Хатыңыз жіберілмес бұрын оны модератор оқиды; бұл болғанда сізге хабарлаймыз.
letter-submitted-next-unconfirmed = Электрондық пошта мекенжайыңызды растағаннан кейін хатыңыз модераторларға жіберіледі: біз жаңа ғана жіберген басқа хатты ашып, ондағы түймені басыңыз. Оған дейін ештеңе жіберілмейді.
letter-submitted-progress = Хатыңыздың барысын мына жерден көре аласыз:
letter-submitted-link = Хатымның барысын көру

letter-approved-subject = Хатыңыз мақұлданды: { $headline }
letter-approved-body = Хатыңыз мақұлданды.
letter-approved-follow = Оны мына жерден бақылай аласыз:
letter-approved-link = Хатымды көру
letter-ahead-emailed = Біз оны қазір электрондық поштамен жеке жібереміз, жауап беру үшін сіздің мекенжайыңызбен. Алушылар: { $names }.
letter-ahead-joint = Ол негізінен науқанның басты хатына сәйкес келеді, сондықтан { $date } күнгі бірлескен хатпен жіберіледі, { $paragraphs ->
    [0] сіздің атыңызбен
    [one] сіздің атыңызбен және сіз қосқан абзац астында келтіріледі
   *[other] сіздің атыңызбен және сіз қосқан { $paragraphs } абзац астында келтіріледі
}. Алушылар: { $names }.
letter-ahead-print = Хаттарды тек пошта арқылы қабылдайды: { $names }. Сіздің бетіңізде басып шығаруға, қол қоюға және жіберуге дайын көшірме, сондай-ақ оны өз электрондық поштаңыздан жіберуге арналған сілтеме бар.

letter-rejected-subject = Хатыңыз мақұлданбады: { $headline }
letter-rejected-reason = Модератор сіздің «{ $subject }» хатыңызды оқыды, бірақ біз оны жібере алмаймыз, себебі { $reason }.
letter-rejected-note = Модератордың ескертпесі:
letter-rejected-after = Науқанға қойған қолыңызға бұл әсер етпейді. Жаңа хат жаза аласыз:
letter-rejected-link = Жаңа хат жазу
letter-because-offensive = онда дөрекі немесе қорлайтын сөздер бар
letter-because-defamatory = онда адамдар туралы жала болуы мүмкін мәлімдемелер бар (дәлелсіз беделіне нұқсан келтіреді)
letter-because-personal-data = онда басқа адамдардың байланыс деректері немесе жеке мәліметтері сияқты жеке деректері бар
letter-because-spam = ол спамға немесе жарнамаға ұқсайды
letter-because-off-topic = ол осы науқан сұрайтын нәрсе туралы емес
letter-because-duplicate = ол бізге бұрын жіберілген хатты қайталайды

letter-redacted-subject = Жібермес бұрын хатыңызды өзгерттік: { $headline }
letter-redacted-intro = Модератор сіздің «{ $subject }» хатыңызды мақұлдады, бірақ алдымен оны сәл өзгертті. Ол өзгертілген күйінде жіберіледі және көрсетіледі.
letter-redacted-removed = Біз алып тастадық:
letter-redacted-added = Біз қостық:
letter-redacted-reason = Модератордың себебі:
letter-redacted-undo = Егер хатыңыздың өзгертілген күйінде жіберілуін қаламасаңыз, оны мақұлдау туралы хаттағы жеке сілтеме арқылы жоя аласыз.

reply-question-subject = Хатыңызға жауап келді ме? { $official }
reply-reminder-subject = Еске салу: хатыңызға жауап келді ме? { $official }
reply-question-asked = Екі апта немесе одан да бұрын сіздің «{ $headline }» туралы хатыңыз жеткізілді. Алушы: { $official }. Жауап алдыңыз ба?
reply-question-tell = Бізге осы жерде айтыңыз (бетте бір рет басу жеткілікті):
reply-question-link = Жауап келді ме, айту: { $official }
reply-question-counted = Жауабыңыз есептеледі, бірақ ешқашан атыңызбен көрсетілмейді; науқан әр лауазымды тұлғаның қаншалықты жиі жауап беретінін жариялайды.
reply-question-only-reminder = Бұл біз жіберетін жалғыз еске салу.
