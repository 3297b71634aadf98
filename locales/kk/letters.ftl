# Missive: хат жазу, автордың жеке беті, жақтастардың жарияланған хаттары, науқан хатының нұсқалары және басып шығару беті (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

## The editor

letters-editor-title = Өз хатыңызды жазыңыз
letters-editor-error-title = Қате: Өз хатыңызды жазыңыз
letters-editor-start = Науқанның басты хатынан бастап, оны өзіңізге бейімдеңіз, немесе { $blank } (немесе { $featured }).
letters-editor-start-blank = таза парақтан бастаңыз
letters-editor-start-featured = басты хаттан бастаңыз
letters-editor-why = Лауазымды тұлғалар өз сөзіңізбен жазылған хатты көшірмеге қарағанда әлдеқайда мұқият оқиды: ол сіздің шынымен алаңдайтыныңызды көрсетеді. Негізінен басты мәтінді қайталайтын хаттар да есептеледі: олар әр адресатқа бірге, барлық есімдер жазылған бір бірлескен хат ретінде жетеді, ал әр автор қосқан абзацтар оның есімінің астында келтіріледі.
letters-save = Жобаны сақтау
letters-submit = Модерацияға жіберу
letters-honeypot = Мұны бос қалдырыңыз
letters-editor-saving-note = Сақтаған кезде хатыңызға кез келген құрылғыдан оралу үшін электрондық поштаңызға жеке сілтеме жібереміз. Модератор әр хатты жіберілмес немесе жарияланбас бұрын оқиды.
letters-delete-draft = Бұл жобаны жою

letters-autosave-saving = Сақталуда…
letters-autosave-saved = Сақталды: { $time }
letters-autosave-not-saved = Сақталмады: { $reason }
letters-autosave-use-button = «Жобаны сақтау» түймесін басыңыз
letters-autosave-offline = байланысыңызды тексеріп, «Жобаны сақтау» түймесін басыңыз
letters-autosave-unsaved = Сақталмаған өзгерістер бар
letters-autosave-sent = Бұл хат модерацияға жіберілді, енді оны өзгертуге болмайды.

letters-about-you = Сіз туралы
letters-full-name = Толық аты-жөніңіз
letters-email = Электрондық пошта мекенжайы
letters-email-hint = Жеке сілтемеңізді осында жібереміз. Жауап берген лауазымды тұлғалар осы мекенжайға жауап береді.
letters-postcode = Ұлыбританиядағы пошта индексі
letters-postcode-hint = Депутатыңызды табу үшін. Ұлыбританиядан тыс тұрсаңыз, бос қалдырыңыз.
letters-address-hint = Депутат тексере алатын сайлаушылардың атынан әрекет етеді және пошта арқылы жауап беруі мүмкін, сондықтан депутатқа жазылған хатқа мекенжайыңыз қажет. Ол тек хатыңызда болады, ешқашан жария бетте көрсетілмейді.
letters-address-line-1 = Мекенжай, 1-жол
letters-address-line-2 = Мекенжай, 2-жол (міндетті емес)
letters-town = Қала немесе елді мекен
letters-country = Ел

letters-your-mp = Сіздің депутатыңыз
letters-your-constituency = Сіздің сайлау округіңіз: { $name }.
letters-search-or-ministers = Төменде округіңізді атауы бойынша іздеңіз немесе осылай қалдырыңыз, сонда хатыңыз тек министрлерге жіберіледі.
letters-search-constituencies = Округтерді іздеу
letters-find = Табу
letters-constituency = Сайлау округі
letters-from-postcode = Пошта индексім бойынша анықтау

letters-lookup-enter = Депутатыңызды табу үшін жоғарыда пошта индексіңізді енгізіңіз.
letters-lookup-invalid = «{ $postcode }» — Ұлыбританияның пошта индексі емес: депутатыңызды табу үшін оны тексеріңіз.
letters-lookup-unknown = { $postcode } индексін таба алмадық: оны тексеріңіз немесе қазіргі индексіңізді енгізіңіз.
letters-lookup-terminated-month = { $postcode } индексі { $year } жылғы { $month ->
    [1] қаңтардан
    [2] ақпаннан
    [3] наурыздан
    [4] сәуірден
    [5] мамырдан
    [6] маусымнан
    [7] шілдеден
    [8] тамыздан
    [9] қыркүйектен
    [10] қазаннан
    [11] қарашадан
   *[12] желтоқсаннан
} бері қолданылмайды: депутатыңызды табу үшін қазіргі индексіңізді енгізіңіз.
letters-lookup-terminated-year = { $postcode } индексі { $year } жылдан бері қолданылмайды: депутатыңызды табу үшін қазіргі индексіңізді енгізіңіз.
letters-lookup-terminated = { $postcode } индексі енді қолданылмайды: депутатыңызды табу үшін қазіргі индексіңізді енгізіңіз.
letters-lookup-no-mp = { $postcode } индексі { $where ->
    [channel-islands] Нормандия аралдарында
    [isle-of-man] Мэн аралында
   *[other] { $place } аумағында
} орналасқан, онда Ұлыбритания парламентінде депутат жоқ.
letters-lookup-no-constituency = { $postcode } индексі Ұлыбритания парламентінің ешбір сайлау округіне жатпайды.
letters-lookup-unavailable = Пошта индексі бойынша іздеу қазір қолжетімсіз, сондықтан депутатыңызды индекс бойынша таба алмаймыз.

letters-your-letter = Сіздің хатыңыз
letters-goes-to = Адресаттар:
letters-recipient = { $name }, { $office }
letters-your-mp-later = округіңізді білгенде — сіздің депутатыңыз
letters-subject = Тақырып
letters-body = Хат
letters-body-hint = 50-ден 10 000 таңбаға дейін. Әр адресат үшін «Dear …» деген қаратпа сөз бен атыңызды өзіміз қосамыз.

letters-what-happens = Жіберген соң не болады
letters-route-joint = Хатыңыз негізінен науқанның басты хатын қайталайды, сондықтан модератор мақұлдаған соң ол әр адресатқа { $joint } жіберіледі: басты хат бір рет, одан кейін әр автордың есімі.
letters-route-joint-of = { $date } күнгі бірлескен хатпен
letters-route-joint-own = { $paragraphs ->
    [0] Сізден тек есіміңіз болады: өз абзацтарыңызды қоссаңыз, олар есіміңіздің астында келтіріледі.
    [one] Сіз қосқан немесе өзгерткен абзац есіміңіздің астында келтіріледі.
   *[other] Сіз қосқан немесе өзгерткен { $paragraphs } абзац есіміңіздің астында келтіріледі.
}
letters-route-joint-more = Хатты көбірек өзіңізше жазсаңыз, ол жеке хат болып жіберіледі.
letters-route-own = Хатыңыз — өзіңіздікі, сондықтан модератор мақұлдаған соң ол әр адресатқа { $own } жіберіледі: электрондық пошта арқылы немесе хатты тек пошта арқылы қабылдайтындарға — сіз басып шығаруға дайын күйде.
letters-route-own-strong = жеке хат болып
letters-route-confirm = Егер осы науқанда электрондық пошта мекенжайыңызды әлі растамаған болсаңыз, растауға арналған түймесі бар хат жібереміз: түймені басқан соң хатыңыз модерацияға жіберіледі.

letters-meter-label = Бұл хаттың қаншасы өз сөзіңіз: { $percent }
letters-meter-mostly-featured = Негізінен басты хат
letters-meter-partly-own = Ішінара өз сөзіңізбен
letters-meter-mostly-own = Негізінен өз сөзіңізбен
letters-meter-own = Өз хатыңыз

letters-publishing = Жариялау
letters-publish = Модератор мақұлдаған соң хатымды науқан бетінде жариялау
letters-public-name = Хатпен бірге көрсетілетін есім
letters-public-name-hint = Толық есіміңізді көрсету үшін бос қалдырыңыз; тек атыңыз немесе инициалдарыңыз да жарайды.

letters-preview = Алдын ала қарау
letters-preview-empty = Хатыңыздың адресаттары осында көрсетіледі.
letters-preview-your-name = Сіздің атыңыз

## The banner after saving or sending

letters-notice-confirm = Аз қалды: хатыңызды модерацияға жіберу үшін поштаңызды тексеріп, мекенжайыңызды растаңыз.
letters-notice-saved = Сақталды. Осы бетке жеке сілтемені электрондық поштаңызға жібердік.
letters-notice-submitted = Модерацияға жіберілді.
letters-notice-saved-not-emailed = Сақталды. Бұл жолы сілтеме жібермедік, себебі соңғы кезде сіздің интернет байланысыңыздан көп хат басталған. Бұл бетті қазір бетбелгіге қосыңыз: оның мекенжайы — осы хатқа жеке сілтемеңіз.
letters-notice-submitted-not-emailed = Жіберілді. Сізге сілтеме жібермедік, себебі соңғы кезде сіздің интернет байланысыңыздан көп хат басталған. Хатыңыздың барысын қадағалау үшін бұл бетті қазір бетбелгіге қосыңыз.

## The writer's private page once the letter is sent

letters-yours-title = Сіздің хатыңыз
letters-status = { $label } { $status }
letters-status-label = Күйі:
letters-status-unconfirmed = Электрондық пошта мекенжайыңызды растауыңызды күтуде. Хатыңызды модерацияға жіберу үшін поштаңызды растаңыз: біз жіберген хатты ашып, ондағы түймені басыңыз. Оған дейін ештеңе жіберілмейді.
letters-status-pending = Модераторды күтуде. Хат оқылғанда сізге хабарлаймыз.
letters-status-approved = Мақұлданды.
letters-status-rejected = Мақұлданбады. Себебін сізге жіберген хатымызда көрсеттік.
letters-status-hidden = Мақұлданды, бірақ енді науқан бетінде көрсетілмейді.
letters-status-withdrawn = Өзіңіз жойдыңыз.
letters-status-draft = Жоба.
letters-deliveries = Хатыңыз қай жерде
letters-deliveries-to = Кімге
letters-deliveries-how = Қалай
letters-deliveries-status = Күйі
letters-method-email = Электрондық пошта арқылы
letters-method-print = Пошта арқылы (өзіңіз басып шығарасыз)
letters-method-joint = Бірлескен хатпен
letters-delivery-queued = Қазір жіберілуде
letters-delivery-sent-joint = { $date } бірлескен хатпен жіберілді
letters-delivery-sent = { $date } жіберілді
letters-delivery-failed = Әлі жіберілген жоқ
letters-delivery-bundled-sending = Бірлескен хатта, қазір жіберілуде
letters-delivery-bundled = { $date } күнгі бірлескен хатты күтуде
letters-delivery-joint-print = Науқан поштамен жіберетін бірлескен хатта
letters-delivery-print = Басып шығаруға дайын
letters-printable = Басып шығаруға арналған хат
letters-own-email = Өз поштамнан жіберу
letters-own-email-instead = Оның орнына өз поштамнан жіберу
letters-no-email = Бізде мына адресаттың электрондық поштасы жоқ: { $name }. Хатыңызды басып шығарып, қол қойып, жоғарғы жағындағы мекенжайға поштамен жіберіңіз.
letters-reaches = Адресаттарға не жетеді
letters-reaches-joint = Хатыңыз негізінен науқанның басты хатын қайталайды, сондықтан ол бірлескен хатпен жіберіледі: басты хат бір рет, одан кейін әр автордың есімі мен округі.
letters-reaches-joint-next = Хатыңыз негізінен науқанның басты хатын қайталайды, сондықтан модератор мақұлдаған соң ол келесі бірлескен хатпен жіберіледі (келесісі — { $date }): басты хат бір рет, одан кейін әр автордың есімі мен округі.
letters-reaches-name-only = Есіміңіздің астында: тек есіміңіз (өз абзацтарыңызды қоспадыңыз).
letters-reaches-quoted = Есіміңіздің астында, өз сөзіңізбен:
letters-reaches-whole = Бүкіл хатыңыз, жеке, сіздің есіміңізбен.
letters-as-written = Хатыңыз, өзіңіз жазғандай
letters-delete-mine = Хатымды жою

## The print page (the letter itself stays as officials receive it)

letters-print-title = Хат: { $name }
letters-print-how = Бұл бетті басып шығарыңыз (Ctrl+P немесе ⌘P), қол қойып, поштамен жіберіңіз. Парақты үшке бүктесеңіз, мекенжай терезелі конверттен (DL) көрініп тұрады.
letters-print-button = Хатты басып шығару

## Supporters' published letters

letters-published-heading = Жақтастардың хаттары
letters-published-title = Жақтастардың хаттары: { $headline }
letters-published-lead = Жақтастар бұл хаттарды өз сөзімен депутаттарына және министрлерге жазды. { $link }.
letters-published-write = Өз хатыңызды жазыңыз
letters-published-none = Әзірге бірде-бір хат жарияланған жоқ.
letters-published-anonymous = Жақтасушы
letters-published-pages = Хаттар беттері
letters-published-newer = Жаңарақ хаттар
letters-published-older = Ертерек хаттар
letters-published-page = { $pages } беттің { $page }-беті

## The versions of a campaign's letter

letters-versions-title = «{ $headline }» хатының нұсқалары
letters-versions-lead = Әр қолтаңба қол қойылған сәтте күшінде болған хат нұсқасын сақтайды.
letters-versions-back = Науқанға оралу
letters-version = { $number }-нұсқа, { $when } UTC
letters-version-current = { $number }-нұсқа, { $when } UTC (қазіргі)

## In the writer's emails

letters-quoted = «{ $text }»
