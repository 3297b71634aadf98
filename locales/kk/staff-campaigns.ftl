# Missive: қызметкерлердің науқан беттері (тізім, пішін, адресаттар, жаңалықтар, экспорт, ендіру, басқару тақтасы) (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

staff-camp-error-title = Қате: { $title }
staff-camp-back-to-campaigns = Науқандарға оралу

## The list of campaigns

staff-camp-list-title = Науқандар
staff-camp-list-saved = «{ $headline }» сақталды.
staff-camp-list-see-public = Оның жалпыға ашық бетін көру
staff-camp-list-create = Науқан құру
staff-camp-list-none = Әзірге науқандар жоқ.
staff-camp-list-caption = Барлық науқандар, ең жаңасы бірінші
staff-camp-list-headline = Тақырып
staff-camp-list-address = Мекенжай
staff-camp-list-status = Күйі
staff-camp-list-front-page = Басты бет
staff-camp-list-signatures = Қолтаңбалар
staff-camp-list-actions = Әрекеттер
staff-camp-list-featured = Басты бетте
staff-camp-list-count = { $goal_shown } ішінен { $count }
staff-camp-list-dashboard = Басқару тақтасы
staff-camp-list-dashboard-of = «{ $headline }»
staff-camp-list-edit = Өзгерту
staff-camp-list-edit-of = «{ $headline }»
staff-camp-list-updates = Жаңалықтар
staff-camp-list-updates-of = «{ $headline }» жақтастарына
staff-camp-list-responses = Жауаптар
staff-camp-list-responses-of = «{ $headline }» бойынша
staff-camp-list-exports = Экспорт
staff-camp-list-exports-of = «{ $headline }»
staff-camp-list-embed = Ендіру және бөлісу
staff-camp-list-embed-of = «{ $headline }»
staff-camp-status-closed = Жабық
staff-camp-status-open = Ашық
staff-camp-status-opens = { $when } UTC ашылады

## A new campaign: paste the published letter

staff-camp-new-title = Жаңа науқан
staff-camp-new-intro = Жарияланған хаттан бастаңыз. Оны беттегідей қарапайым мәтін ретінде қойыңыз: тақырып үстіндегі жол, тақырып, фото жазуы, авторы, абзацтар және қайда жарияланғаны. Missive қай бөлік не екенін ұсынады; ештеңе сақталмас бұрын әр бөлікті өзіңіз тексересіз.
staff-camp-new-letter = Жарияланған хат
staff-camp-new-letter-hint = Абзацтар арасындағы қысқа жолдар тақырыпшаға айналады.
staff-camp-new-read = Хатты оқу
staff-camp-new-empty = Оның орнына бос пішіннен бастау

## The campaign form

staff-camp-form-parsed = Missive хатты төмендегідей оқыды. Әр бөлікті тексеріп, қатесін түзетіңіз, содан кейін веб-мекенжай мен мақсатты белгілеңіз.
staff-camp-form-create = Науқанды құру
staff-camp-form-save = Өзгерістерді сақтау
staff-camp-form-edit-heading = «{ $headline }» өзгерту
staff-camp-form-letter-legend = Хат
staff-camp-form-kicker = Тақырып үстіндегі жол (міндетті емес)
staff-camp-form-kicker-hint = Тақырыптың үстіндегі қысқа жол, мысалы «Таңдаулы хат: „Британ құндылықтары“».
staff-camp-form-headline = Тақырып
staff-camp-form-summary = Қысқаша мазмұны (міндетті емес)
staff-camp-form-summary-hint = Тақырыптың астында адамдарды қол қоюға шақыратын бір-екі сөйлем.
staff-camp-form-author-name = Автордың аты
staff-camp-form-author-role = Автордың лауазымы (міндетті емес)
staff-camp-form-author-role-hint = Мысалы «Хатшы, Campaign Kazakhstan».
staff-camp-form-body = Хат
staff-camp-form-body-hint = Markdown: абзацтар арасында бос жол; тақырыпша үшін «## Сөз».
staff-camp-form-attribution = Қайда жарияланды (міндетті емес)
staff-camp-form-attribution-hint = Мысалы «Бұл хаттың бір нұсқасы 3 қарашада Guardian газетінде де жарияланды».
staff-camp-form-photo-legend = Фото (міндетті емес)
staff-camp-form-image-caption = Фото жазуы
staff-camp-form-image-credit = Фотограф немесе дереккөз
staff-camp-form-image-licence = Лицензия
staff-camp-form-image-licence-hint = Мысалы «Creative Commons».
staff-camp-form-image-file = Немесе серверде бар файл (міндетті емес)
staff-camp-form-image-file-hint = static/ ішіндегі жол, мысалы images/blood-on-hand.jpg; жүктелген фотоның басымдығы бар. Тек фото жазуын көрсету үшін екеуін де бос қалдырыңыз.
staff-camp-form-image-alt = Балама мәтін (фото болса, міндетті)
staff-camp-form-image-alt-hint = Оны көре алмайтындар үшін фотода не бейнеленгені.
staff-camp-form-photo-uploaded = Жүктелген фото.
staff-camp-form-photo-kept = Фотоңыз жүктеліп, сақталды: оны қайта таңдаудың қажеті жоқ.
staff-camp-form-photo-remove = Бұл фотоны алып тастау
staff-camp-form-photo-replace = Фотоны ауыстыру (міндетті емес)
staff-camp-form-photo-upload = Фото жүктеу (міндетті емес)
staff-camp-form-photo-hint = Көлемі 5 МБ-тан аспайтын JPEG, PNG немесе WebP файлы. Ол метадеректерсіз (мысалы, қай жерде түсірілгені) сақталады.
staff-camp-form-campaign-legend = Науқан
staff-camp-form-slug = Веб-мекенжай
staff-camp-form-slug-hint = Науқан беті /campaigns/ және одан кейін осы болады. Кіші латын әріптері, сандар және дефистер; кейін оны өзгертуге болмайды.
staff-camp-form-slug-fixed = Веб-мекенжай: { $address } (өзгертуге болмайды).
staff-camp-form-goal = Мақсат
staff-camp-form-goal-hint = Науқан қанша қолтаңба жинауды көздейді.
staff-camp-form-similarity = Бірлескен хаттар үшін ұқсастық
staff-camp-form-similarity-hint = 0-ден 1-ге дейін. Таңдаулы хатқа кемінде осыншалық ұқсас хаттар бір бірлескен хат ретінде жеткізіледі. Әдетте 0.8.
staff-camp-form-opens-at = Ашылу уақыты (міндетті емес, UTC)
staff-camp-form-opens-at-hint = Осыған дейін бет хатты және қол қою қашан басталатынын көрсетеді. Мысалы 2027-01-01T09:00.
staff-camp-form-closes-at = Жабылу уақыты (міндетті емес, UTC)
staff-camp-form-closes-at-hint = Осыдан кейін бет соңғы санды көрсетеді және қолтаңба қабылдамайды. Мысалы 2027-01-31T12:00.
staff-camp-form-featured = Басты бетте көрсету (кез келген басқа науқанның орнына)
staff-camp-form-milestones = Белестер (міндетті емес)
staff-camp-form-milestones-hint = Науқан өз жетістігін белгілейтін сандар, мысалы 100, 1000, 10000. Мақсаттан төмен 100, 1 000, 10 000 … және одан кейін мақсаттың өзі үшін бос қалдырыңыз. Прогресс жолағы келесісін көрсетеді.
staff-camp-form-milestone-letters = Әр белесте депутаттарға жазу: қол қойғандардың арасында сайлаушылары бар әр депутат қанша адам қол қойғанын айтатын қысқа хатты таңдаулы хатпен бірге алады (аты-жөнсіз)
staff-camp-form-reason = Аудит журналына жазба (міндетті емес)
staff-camp-form-reason-hint = Бұл өзгерісті неге жасадыңыз.

## The target picker

staff-camp-targets-legend = Адресаттар
staff-camp-targets-label = Адресаттар, әр жолға біреуден
staff-camp-targets-hint = Жақтастардың хаттары кімге барады: own-mp — әр автордың өз депутатына, немесе лауазымды тұлғаның коды. Төменнен лауазымды тұлғаларды тауып, қосыңыз; ешкімде жоқ кодты Missive қабылдамайды.
staff-camp-targets-chosen = Таңдалған адресаттар
staff-camp-targets-remove = Алып тастау
staff-camp-targets-add-own-mp = Әр автордың өз депутатын қосу
staff-camp-targets-find = Лауазымды тұлғаны аты, лауазымы немесе округі бойынша табу
staff-camp-targets-search = Лауазымды тұлғаларды іздеу
staff-camp-targets-no-match = «{ $query }» бойынша ешкім табылмады.
staff-camp-targets-matches = { $count ->
    [one] «{ $query }» бойынша { $shown } лауазымды тұлға табылды.
   *[other] «{ $query }» бойынша { $shown } лауазымды тұлға табылды.
}
staff-camp-targets-found = Табылған лауазымды тұлғалар
staff-camp-targets-already = Таңдалған
staff-camp-targets-add = Қосу
staff-camp-targets-first = Алғашқы { $count } көрсетілді: тізімді тарылту үшін атын толығырақ жазыңыз.
staff-camp-targets-own-mp = Әр автордың өз депутаты
staff-camp-targets-unknown-code = { $code } (мұндай код ешкімде жоқ)
staff-camp-warning-heading = Сақтамас бұрын тексеріңіз
staff-camp-warning-nothing-saved = Әзірге ештеңе сақталған жоқ.
staff-camp-warning-confirm = Түсінемін: осы өзгерістерді сақтау
staff-camp-warning-text-changed = { $count ->
    [one] Бұрынғы мәтінге { $shown } адам қол қойды; олар қол қойған мәтіндерін сақтайды. Науқан бетінде хат { $date } күні өзгертілгені айтылады.
   *[other] Бұрынғы мәтінге { $shown } адам қол қойды; олар қол қойған мәтіндерін сақтайды. Науқан бетінде хат { $date } күні өзгертілгені айтылады.
}
staff-camp-warning-closes = Жабылу уақыты, { $when } UTC, өтіп кетті: сақтаған бойда науқан жабылады және бұдан былай қолтаңба қабылдамайды.

## Updates to supporters

staff-camp-updates-title = Жаңалықтар: { $headline }
staff-camp-updates-heading = Жақтастарға жаңалықтар
staff-camp-updates-intro = «{ $campaign }» үшін. Жаңалық науқанның барысы туралы білгісі келетінін айтқан және жазылымнан бас тартпаған әр расталған қол қоюшыға электрондық поштамен бір реттен жіберіледі және жіберілген сәттен бастап науқан бетінде көрінеді.
staff-camp-updates-write = Жаңалық жазу
staff-camp-updates-subject = Тақырыбы
staff-camp-updates-subject-hint = { $max } таңбаға дейін. Бұл хаттың тақырыбы және науқан бетіндегі тақырып.
staff-camp-updates-body = Жаңалық
staff-camp-updates-body-hint = Markdown пішіміндегі { $max } таңбаға дейін: абзацтар арасында бос жол, **қалың**, [сілтеме](https://example.org). Жақтастар оны хатта және науқан бетінде көреді.
staff-camp-updates-send-at = Қашан жіберу керек (міндетті емес)
staff-camp-updates-send-at-hint = UTC бойынша. Растаған бойда жіберу үшін бос қалдырыңыз; оған дейін оны әлі де өзгертуге болады.
staff-camp-updates-preview = Маған алдын ала көшірмесін жіберу
staff-camp-updates-review = Жақтастарға жіберу…
staff-camp-updates-so-far = Осы уақытқа дейінгі жаңалықтар
staff-camp-updates-none = Әзірге жоқ.
staff-camp-updates-goes-out = Жіберілу уақыты: { $when } UTC
staff-camp-updates-not-sent = Жіберілмеген
staff-camp-updates-by = авторы: { $who }
staff-camp-updates-edited = өзгертілді: { $when } UTC
staff-camp-updates-progress = { $waiting ->
   *[other] Жіберілді: { $sent }, жіберуді күтуде: { $waiting_shown }.
}
staff-camp-updates-edit = Өзгерту
staff-camp-updates-edit-of = «{ $subject }»
staff-camp-updates-confirm-title = Бұл жаңалықты жіберу керек пе?
staff-camp-updates-people = { $count ->
    [one] { $shown } адам
   *[other] { $shown } адам
}
staff-camp-updates-confirm-who = { $count ->
    [one] «{ $subject }» хатын { $people } алады: «{ $headline }» науқанының барысы туралы білгісі келетінін айтқан және жазылымнан бас тартпаған әр расталған қол қоюшы, бір реттен.
   *[other] «{ $subject }» хатын { $people } алады: «{ $headline }» науқанының барысы туралы білгісі келетінін айтқан және жазылымнан бас тартпаған әр расталған қол қоюшы, бір реттен.
}
staff-camp-updates-confirm-at = Ол { $when } UTC жіберіледі.
staff-camp-updates-confirm-edit = Хаттар жіберуді күтіп тұрғанда оны әлі де өзгертуге болады; сонда әлі жіберілмегендері жаңа мәтінмен кетеді.
staff-camp-updates-confirm-send = { $count ->
    [one] Иә, оны { $shown } адамға жіберу
   *[other] Иә, оны { $shown } адамға жіберу
}
staff-camp-updates-confirm-back = Жоқ, өңдеуге оралу
staff-camp-updates-edit-title = Жаңалықты өзгерту
staff-camp-updates-edit-about = «{ $headline }» үшін «{ $subject }»:
staff-camp-updates-edit-explain = Сақтау науқан бетіндегі жаңалықты және әлі жіберілмеген әр хатты өзгертеді; оны алып қойғандарда бұрынғы мәтін қалады, ешкім екеуін де алмайды.
staff-camp-updates-back = Жаңалықтарға оралу
staff-camp-updates-queued = { $count ->
    [one] Жаңалық сақталып, { $shown } адамға жіберу кезегіне қойылды. Ол жіберілген сәттен бастап науқан бетінде көрінеді.
   *[other] Жаңалық сақталып, { $shown } адамға жіберу кезегіне қойылды. Ол жіберілген сәттен бастап науқан бетінде көрінеді.
}
staff-camp-updates-preview-sent = Алдын ала көшірме { $address } мекенжайына жіберілді. Жақтастарға ештеңе кеткен жоқ.
staff-camp-updates-saved = { $replaced ->
    [one] Сақталды. Күтудегі { $replaced_shown } хат енді жаңа мәтінмен кетеді; жіберілген немесе жіберіліп жатқан { $kept_shown } хатта бұрынғы мәтін қалады.
   *[other] Сақталды. Күтудегі { $replaced_shown } хат енді жаңа мәтінмен кетеді; жіберілген немесе жіберіліп жатқан { $kept_shown } хатта бұрынғы мәтін қалады.
}

## Exports

staff-camp-exports-title = Экспорт
staff-camp-exports-heading = Экспорт: { $headline }
staff-camp-exports-intro = Файлдар — тақырып жолы бар UTF-8 CSV немесе JSON массиві. Электрондық кесте формула деп оқитын ұяшықтар мәтін болып қалуы үшін ' белгісімен басталады. Уақыт UTC бойынша.
staff-camp-exports-csv = CSV
staff-camp-exports-json = JSON
staff-camp-exports-of = — { $what }
staff-camp-exports-item = { $what }:
staff-camp-exports-counts = Расталған қолтаңбалар саны
staff-camp-exports-by-day = Күндер бойынша қолтаңбалар
staff-camp-exports-by-hour = Сағаттар бойынша қолтаңбалар
staff-camp-exports-by-constituency = Округтер бойынша қолтаңбалар, депутатымен
staff-camp-exports-by-country = Елдер бойынша қолтаңбалар
staff-camp-exports-letters = Хаттар
staff-camp-exports-letters-plain = Жіберілген хаттар (аты-жөнсіз, поштасыз):
staff-camp-exports-letters-label = хаттар
staff-camp-exports-letters-writers = Авторларының аты-жөні мен поштасы бар жіберілген хаттар:
staff-camp-exports-letters-writers-label = авторларымен хаттар
staff-camp-exports-signers-heading = Жаңалық сұраған қол қоюшылар
staff-camp-exports-signers-intro = Белгі қойған расталған қол қоюшылардың аты-жөні, поштасы, пошта индексі, округі және уақыттары, басқа ешкім емес. Әр жүктеп алу аудит журналына жазылады.
staff-camp-exports-signers = Қол қоюшылар:
staff-camp-exports-signers-label = қол қоюшылар
staff-camp-exports-terminal = Терминалдан
staff-camp-exports-back = Науқандарға оралу

## The embed code page

staff-camp-embed-title = Ендіру және бөлісу
staff-camp-embed-heading = «{ $headline }» ендіру және бөлісу
staff-camp-embed-intro = Осы науқанның тірі есептегішін басқа сайтқа орналастырыңыз: оның тақырыбы, саны (әр 10 секунд сайын жаңарады), мақсатқа дейінгі прогресс және науқанды жаңа қойындыда ашатын { $sign } сілтемесі.
staff-camp-embed-sign = Қол қою
staff-camp-embed-code = Бетіңіздің HTML кодына қоятын код
staff-camp-embed-code-hint = Бәрін белгілеп, көшіріңіз. Есептегіштің өлшемі 320-ға 160 пиксель.
staff-camp-embed-copy = Кодты көшіру
staff-camp-embed-copied = Көшірілді
staff-camp-embed-copied-status = Код алмасу буферіне көшірілді
staff-camp-embed-copy-failed = Көшіру мүмкін болмады: мәтінді белгілеп, өзіңіз көшіріңіз
staff-camp-embed-preview = Алдын ала қарау
staff-camp-embed-preview-title = Алдын ала қарау: «{ $headline }» үшін қолтаңбалар
staff-camp-embed-frame-title = Қолтаңбалар: { $headline }
staff-camp-embed-see-page = Науқан бетін көру

## The dashboard

staff-camp-dash-title = Басқару тақтасы: { $headline }
staff-camp-dash-heading = Басқару тақтасы
staff-camp-dash-public-page = Жалпыға ашық бет
staff-camp-dash-edit = Науқанды өзгерту
staff-camp-dash-responses = Лауазымды тұлғалардың жауаптары
staff-camp-dash-all-campaigns = Барлық науқандар
staff-camp-dash-signatures = Қолтаңбалар
staff-camp-dash-sig-by-status = Күйі бойынша қолтаңбалар
staff-camp-dash-sig-confirmed = Расталған (есептеледі)
staff-camp-dash-sig-pending = Поштаны растауды күтуде
staff-camp-dash-sig-suspect = Күдікті (тексеруді күтуде)
staff-camp-dash-sig-invalidated = Жарамсыз деп танылған
staff-camp-dash-status = Күйі
staff-camp-dash-number = Саны
staff-camp-dash-goal = { $goal ->
    [one] { $goal_shown } қолтаңба мақсатының { $confirmed } ({ $percent }%)
   *[other] { $goal_shown } қолтаңба мақсатының { $confirmed } ({ $percent }%)
}
staff-camp-dash-percent = { $percent }%
staff-camp-dash-opted-in = { $confirmed ->
    [one] Есептелген { $confirmed_shown } қол қоюшының { $opted_in } науқанның барысы туралы білгісі келетінін айтты ({ $percent }%).
   *[other] Есептелген { $confirmed_shown } қол қоюшының { $opted_in } науқанның барысы туралы білгісі келетінін айтты ({ $percent }%).
}
staff-camp-dash-over-time = Уақыт бойынша қолтаңбалар
staff-camp-dash-per-hour = Соңғы 48 сағаттағы сағат сайынғы қолтаңбалар
staff-camp-dash-per-day = Басталғаннан бері күн сайынғы қолтаңбалар
staff-camp-dash-letters = Хаттар
staff-camp-dash-letters-by-status = Күйі бойынша жақтастардың хаттары
staff-camp-dash-letters-none = Әзірге хаттар жоқ.
staff-camp-dash-deliveries-by-status = Күйі бойынша лауазымды тұлғаларға жеткізу
staff-camp-dash-deliveries-none = Әзірге жеткізулер жоқ.
staff-camp-dash-letter-draft = Жобалар (жіберілмеген)
staff-camp-dash-letter-unconfirmed = Авторларының поштасын растауын күтуде
staff-camp-dash-letter-pending = Модерацияны күтуде
staff-camp-dash-letter-approved = Мақұлданған
staff-camp-dash-letter-rejected = Қабылданбаған
staff-camp-dash-letter-hidden = Жасырылған
staff-camp-dash-delivery-queued = Жіберу кезегінде
staff-camp-dash-delivery-bundled = Бірлескен хатта
staff-camp-dash-delivery-print = Басып шығаруға және поштамен жіберуге дайын
staff-camp-dash-delivery-sent = Жіберілген
staff-camp-dash-delivery-failed = Сәтсіз
staff-camp-dash-personal-heading = Жеке хаттар және дерлік көшірмелер
staff-camp-dash-personal-none = Әзірге мақұлданған хаттар жоқ.
staff-camp-dash-part = { $count } ({ $percent }%)
staff-camp-dash-personal = { $total ->
    [one] Мақұлданған { $total_shown } хаттың { $personal } жеке, ал { $near_copies } таңдаулы хаттың дерлік көшірмесі ({ $similar }% немесе одан көп ұқсас); олар лауазымды тұлғаларға бірлескен хат ретінде жетеді.
   *[other] Мақұлданған { $total_shown } хаттың { $personal } жеке, ал { $near_copies } таңдаулы хаттың дерлік көшірмесі ({ $similar }% немесе одан көп ұқсас); олар лауазымды тұлғаларға бірлескен хат ретінде жетеді.
}
staff-camp-dash-replies = Лауазымды тұлғалар жауап берді ме?
staff-camp-dash-replies-none = Әзірге жауаптар жоқ. Авторлардан хаттары жеткізілгеннен кейін 14 күннен соң сұралады, бір аптадан кейін бір рет еске салынады.
staff-camp-dash-replies-note = «Жауап берді» мәселеге қатысты жауаптарды да, қатыссыз жауаптарды да санайды. Лауазымды тұлғаның көрсеткіштері жалпыға ашық бетте оның { $from } жауабы жиналғанда көрсетіледі.
staff-camp-dash-answers-by-official = Лауазымды тұлғалар бойынша жауаптар
staff-camp-dash-answers-by-party = Партиялар бойынша жауаптар
staff-camp-dash-milestones = Белестер
staff-camp-dash-milestones-list = Белестер: { $list }.
staff-camp-dash-milestones-letters = Әр белесте қол қойғандардың арасында сайлаушылары бар әр депутатқа хат жазылады.
staff-camp-dash-milestones-no-letters = Депутаттарға хат жазылмайды (оны науқан баптауларында қосыңыз).
staff-camp-dash-milestones-none = Әзірге бірде-бір белеске жетпеді.
staff-camp-dash-milestones-reached = Жеткен белестер
staff-camp-dash-milestone = Белес
staff-camp-dash-reached-at = Жеткен уақыты (UTC)
staff-camp-dash-mps-written = Хат жазылған депутаттар
staff-camp-dash-mps-skipped = Хат жазылмады: пошта мекенжайы жоқ

## The dashboard's tables of places

staff-camp-places-by-constituency = Округтер бойынша
staff-camp-places-no-uk = Ұлыбританиядан есептелген қолтаңбалар әзірге жоқ.
staff-camp-places-constituency-caption = Ұлыбританиядан есептелген қолтаңбалар, Вестминстер округтері бойынша
staff-camp-places-constituency = Округ
staff-camp-places-mp = Депутат
staff-camp-places-signatures = Қолтаңбалар
staff-camp-places-unknown-constituency = Белгісіз округ
staff-camp-places-by-country = Елдер бойынша
staff-camp-places-none = Есептелген қолтаңбалар әзірге жоқ.
staff-camp-places-country-caption = Елдер бойынша есептелген қолтаңбалар
staff-camp-places-country = Ел
staff-camp-places-sorted-ascending = (өсу ретімен сұрыпталған)
staff-camp-places-sorted-descending = (кему ретімен сұрыпталған)
staff-camp-places-sort-by = (осы баған бойынша сұрыптау)

## Answers to "did your MP reply?", by official or party


## Bar charts of signatures over time

