# Missive: хаттарды модерациялау, қолтаңбаларды тексеру, әрекеттер журналы және лауазымды тұлғалардың жауаптары үшін қызметкерлер беттері (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.
# Kazakh keeps the noun singular after a numeral ("3 хат").

## Moderation: the queue

staff-mod-queue-title = Модерациялауға арналған хаттар
staff-mod-queue-error-title = Қате: Модерациялауға арналған хаттар
staff-mod-check-answers = Жауаптарыңызды тексеріңіз
staff-mod-check-filter = Сүзгіні тексеріңіз
staff-mod-fix-filter = Хаттарды көру үшін жоғарыдағы сүзгіні түзетіңіз.
staff-mod-queue-empty = Модерацияны күтіп тұрған хат жоқ.
staff-mod-queue-none-match = Сәйкес келетін хат жоқ.
staff-mod-queue-match = { $n } хат сәйкес келеді, ең ескілері бірінші.
staff-mod-queue-match-pages = { $n } хат сәйкес келеді, ең ескілері бірінші. { $first }–{ $last } көрсетілген, { $pages } беттің { $page }-беті.
staff-mod-queue-unconfirmed = { $count ->
    [one] Тағы { $n } хат авторының электрондық пошта мекенжайын растауын күтіп тұр: ол растағанда хат кезекке қосылады.
   *[other] Тағы { $n } хат авторларының электрондық пошта мекенжайларын растауын күтіп тұр: әр хат авторы растағанда кезекке қосылады.
}
staff-mod-pages = Хаттар беттері
staff-mod-page-previous = Алдыңғы бет
staff-mod-page-next = Келесі бет
staff-mod-page-of = { $pages } беттің { $page }-беті
staff-mod-letter-number = { $id }-хат
staff-mod-published = Жуырда жарияланған хаттар
staff-mod-published-caption = Жуырда жарияланған хаттар (жасыру үшін біреуін ашыңыз)
staff-mod-published-letter = Хат
staff-mod-published-shown-as = Көрсетілетін аты
staff-mod-published-approved = Мақұлданды

## The queue's filter

staff-mod-filter-legend = Хаттарды сүзу
staff-mod-filter-campaign = Науқан
staff-mod-filter-status = Күйі
staff-mod-filter-similarity = Үлгі хатқа ұқсастығы
staff-mod-filter-age = Күтуде
staff-mod-filter-all-campaigns = Барлық науқандар
staff-mod-filter-choice-status = { $value ->
    [pending] Модерацияны күтуде
    [unconfirmed] Автордың растауын күтуде
    [approved] Мақұлданған
    [rejected] Қабылданбаған
   *[hidden] Жасырылған
}
staff-mod-filter-choice-likeness = { $value ->
    [near-copy] Үлгі хаттың көшірмесіне жақын
    [personal] Автордың өз сөзімен
   *[other] Кез келген
}
staff-mod-filter-any-time = Кез келген уақыт
staff-mod-filter-more-than = { $n } күннен артық
staff-mod-filter-show = Хаттарды көрсету
staff-mod-filter-clear = Сүзгіні тазалау

## What a moderator did, or why nothing was done

staff-mod-done-nothing = Ештеңе өзгерген жоқ.
staff-mod-done-approved = { $count ->
    [1] Хат мақұлданды. Авторына хабарлама жіберілді, хатты алушыларға жеткізу басталды.
   *[other] { $n } хат мақұлданды. Авторларына хабарлама жіберілді, хаттарды алушыларға жеткізу басталды.
}
staff-mod-done-rejected = { $count ->
    [1] Хат қабылданбады. Авторына себебі жіберілді.
   *[other] { $n } хат қабылданбады. Авторларына себебі жіберілді.
}
staff-mod-done-hidden = Хат жасырылды. Ол енді науқан бетінде көрінбейді.
staff-mod-done-restored = Хат қайта көрсетілді. Ол науқан бетіне оралды; авторына хабарлама жіберілмеді.
staff-mod-done-redacted = Хат өңделіп, мақұлданды. Авторына не және неге өзгертілгені жіберілді, хатты алушыларға жеткізу басталды.
staff-mod-done-skipped = { $did } { $count ->
    [one] Белгіленген { $n } хат енді модерацияны күтпеген, сондықтан ол өзгеріссіз қалдырылды.
   *[other] Белгіленген { $n } хат енді модерацияны күтпеген, сондықтан олар өзгеріссіз қалдырылды.
}
staff-mod-unchanged = Бұл хат енді модерацияны күтпейді: { $status ->
    [draft] ол авторы жібермеген жоба күйінде
    [unconfirmed] ол авторының электрондық пошта мекенжайын растауын күтіп тұр
    [pending] ол модерацияны күтіп тұр
    [approved] ол әлдеқашан мақұлданған
    [rejected] ол әлдеқашан қабылданбаған
    [hidden] ол әлдеқашан жасырылған
   *[withdrawn] оны авторы жойған
}. Ештеңе өзгерген жоқ.
staff-mod-unchanged-hiding = Тек мақұлданған хатты жасыруға болады, ал бұл хат { $status ->
    [draft] авторы жібермеген жоба күйінде
    [unconfirmed] авторының электрондық пошта мекенжайын растауын күтіп тұр
    [pending] модерацияны күтіп тұр
    [approved] әлдеқашан мақұлданған
    [rejected] әлдеқашан қабылданбаған
    [hidden] әлдеқашан жасырылған
   *[withdrawn] авторы тарапынан жойылған
}. Ештеңе өзгерген жоқ.
staff-mod-not-hidden = Тек жасырылған хатты қайта көрсетуге болады, ал бұл хат { $status ->
    [approved] әлдеқашан көрсетіліп тұр
   *[other] жасырылмаған
}. Ештеңе өзгерген жоқ.
staff-mod-claim-refused = Бұл хатты { $email } оқып жатыр. Ештеңе өзгерген жоқ: қаласаңыз, төменде оны өзіңізге алыңыз.

## One letter

staff-mod-back = Модерациялауға арналған хаттарға оралу
staff-mod-letter-heading = { $id }-хат: { $subject }
staff-mod-error-title = Қате: { $title }
staff-mod-status-label = Күйі:
staff-mod-status-words = { $status ->
    [draft] жоба
    [unconfirmed] авторының электрондық пошта мекенжайын растауын күтуде (әлі кезекте емес)
    [pending] модерацияны күтуде
    [approved] мақұлданған
    [rejected] қабылданбаған
    [hidden] науқан бетінен жасырылған
   *[withdrawn] жіберілгеннен кейін авторы жойған
}
staff-mod-time-utc = { $time } UTC
staff-mod-show-original = Автордың түпнұсқа мәтінін көрсету (модератор өңдегенге дейін)
staff-mod-your-decision = Сіздің шешіміңіз

staff-mod-fact-submitted = Жіберілді
staff-mod-not-submitted = Жіберілмеген
staff-mod-fact-from = Кімнен
staff-mod-from-place = { $name }, { $place }
staff-mod-fact-to = Кімге
staff-mod-to-nobody = Ешкімге: науқанның алушылары бапталмаған
staff-mod-to-mp-unknown = Өз депутатына емес: сайлау округі белгісіз
staff-mod-fact-like = Үлгі хатқа ұқсастығы
staff-mod-percent = { $n }%
staff-mod-like-featured = Негізінен үлгі хат
staff-mod-like-partly = Ішінара автордың өз сөзі
staff-mod-like-mostly-own = Негізінен автордың өз сөзі
staff-mod-like-own = Автордың өз хаты
staff-mod-near-copy = Көшірмеге жақын: ол лауазымды тұлғаларға бірлескен хаттағы есім ретінде барады.
staff-mod-fact-publish = Жариялау
staff-mod-publish-as = Иә, { $name } атымен
staff-mod-publish-no = Жоқ
staff-mod-fact-campaign = Науқан

staff-mod-diff-key = Автор қосқан сөздердің { $added }; үлгі хаттан алып тастаған сөздерінің { $removed }.
staff-mod-diff-underlined = асты сызылған
staff-mod-diff-struck = үсті сызылған
staff-mod-body-written = Хат жазылған күйінде (негізінен автордың өз сөзі)
staff-mod-body-show-changes = Үлгі хаттан өзгерістерді көрсету
staff-mod-body-changes = Хат, үлгі хатқа енгізілген өзгерістер ретінде
staff-mod-body-show-written = Хатты жазылған күйінде көрсету

staff-mod-history = Тарих
staff-mod-history-none = Бұл хатпен әлі бірде-бір модератор жұмыс істеген жоқ.
staff-mod-history-entry = { $event }: { $actor }, { $time }
staff-mod-history-reason = { $label }: { $reason }
staff-mod-history-note = Авторға ескертпе:
staff-mod-event-approve = Мақұлданды
staff-mod-event-reject = Қабылданбады
staff-mod-event-hide = Науқан бетінен жасырылды
staff-mod-event-restore = Науқан бетінде қайта көрсетілді
staff-mod-event-redact = Мақұлданар алдында өңделді
staff-mod-event-claim = Оқуға алынды
staff-mod-taken-over = { $email } дегеннен алынды
staff-mod-reason = Себебі
staff-mod-reason-hide = Жасыру себебі
staff-mod-reason-restore = Қайта көрсету себебі
staff-mod-reason-redact = Не өзгертілді және неге
staff-mod-reject-label = { $reason ->
    [offensive] Қорлайтын
    [defamatory] Жала жабатын
    [personal-data] Басқалардың жеке деректері
    [spam] Спам
    [off-topic] Тақырыпқа қатысы жоқ
   *[duplicate] Қайталау
}

## Claims

staff-mod-claim-mine = Сіз бұл хатты оқып жатырсыз ({ $time } алынды).
staff-mod-claim-held = { $reader }, { $time } бастап.
staff-mod-claim-reader = { $email } оқып жатыр
staff-mod-take-over = { $email } дегеннен алу
staff-mod-claim = Алып, оқу
staff-mod-which-letter = { $id }-хат

## Decisions

staff-mod-approve = Мақұлдау
staff-mod-reject = Қабылдамау
staff-mod-reject-letter = { $id }-хатты қабылдамау
staff-mod-reject-reason = Қабылдамау себебі
staff-mod-choose-reason = Себепті таңдаңыз
staff-mod-note = Авторға ескертпе (міндетті емес)
staff-mod-note-hint = Себеппен бірге, сіздің сөзіңізбен жіберіледі. { $n } таңбаға дейін.
staff-mod-saved-note = Немесе сақталған ескертпе
staff-mod-saved-note-hint = Жоғарыдағы ескертпе өрісі бос болса жіберіледі.
staff-mod-no-saved-note = Сақталған ескертпесіз
staff-mod-hide-legend = Бұл хатты науқан бетінен жасыру
staff-mod-hide-reason = Себебі (міндетті емес)
staff-mod-hide-hint = Әрекеттер журналында сақталады; авторға хабарлама жіберілмейді. { $n } таңбаға дейін.
staff-mod-hide-button = Хатты жасыру
staff-mod-restore-legend = Бұл хатты науқан бетінде қайта көрсету
staff-mod-restore-hint = Хаттың тарихында және әрекеттер журналында сақталады; авторға хабарлама жіберілмейді. { $n } таңбаға дейін.
staff-mod-restore-button = Хатты қайта көрсету
staff-mod-redact-summary = Хатты өңдеп, содан кейін мақұлдау (қабылдамаудың орнына)
staff-mod-redact-body = Хаттың мәтіні
staff-mod-redact-body-hint = Жіберуге немесе жариялауға болмайтынын алып тастаңыз, мысалы, телефон нөмірін немесе басқа адамның атын. Хат сіз қалдырған күйінде жеткізіледі және жарияланады.
staff-mod-redact-note = Не өзгерттіңіз және неге?
staff-mod-redact-note-hint = Алып тастаған сөздеріңізбен бірге авторға жіберіледі және хаттың тарихында сақталады. Алып тасталған мәліметтерді мұнда қайталамаңыз. { $n } таңбаға дейін.
staff-mod-redact-button = Осы өзгерістермен мақұлдау

## Bulk decisions

staff-mod-tick = Басқалармен бірге мақұлдау немесе қабылдамау үшін { $id }-хатты белгілеңіз
staff-mod-bulk-legend = Сіз белгілеген барлық хаттар
staff-mod-bulk-approve = Белгіленген хаттарды мақұлдау
staff-mod-bulk-reject = Белгіленген хаттарды қабылдамау
staff-mod-bulk-reject-hint = Барлығын бір себеппен қабылдамау үшін:
staff-mod-bulk-top-legend = Белгілеген хаттарыңыз бойынша шешім
staff-mod-tick-all = Осы беттегі барлық хатты белгілеу
staff-mod-untick-all = Барлық белгіні алу

## Saved notes

staff-mod-notes-title = Авторларға сақталған ескертпелер
staff-mod-notes-error-title = Қате: Авторларға сақталған ескертпелер
staff-mod-notes-intro = Хатты қабылдамағанда жиі жіберетін ескертпелеріңіз. Олар әр қабылдамау формасында тізіледі; ескертпе өрісі бос қалса, таңдалғаны жіберіледі.
staff-mod-notes-none = Әзірге сақталған ескертпе жоқ.
staff-mod-notes-saved-by = Сақтаған: { $email }, { $time }
staff-mod-notes-remove = Жою
staff-mod-notes-remove-which = бұл ескертпені
staff-mod-notes-body = Сақталатын ескертпе
staff-mod-notes-body-hint = { $n } таңбаға дейін, автор түсінетін сөзбен.
staff-mod-notes-save = Ескертпені сақтау
staff-mod-notes-added = Ескертпе сақталды. Ол әр қабылдамау формасының тізімінде бар.
staff-mod-notes-removed = Ескертпе тізімнен жойылды.

## Signature review

staff-sig-title = Қолтаңбаларды тексеру
staff-sig-error-title = Қате: Қолтаңбаларды тексеру
staff-sig-find = Қолтаңбаларды табу
staff-sig-field-campaign = Науқан
staff-sig-field-email_domain = Пошта домені
staff-sig-field-email_domain-hint = @ белгісінен кейінгі бөлік, мысалы example.org
staff-sig-field-ip = IP мекенжайы
staff-sig-field-ip-hint = Толық мекенжай, оның басы (мысалы 203.0.113.) немесе ауқым (мысалы 203.0.113.0/24)
staff-sig-field-postcode = Пошта индексі
staff-sig-field-postcode-hint = Толық индекс немесе оның басы, мысалы SW1A
staff-sig-field-constituency = Сайлау округі
staff-sig-field-constituency-hint = Оның атауы немесе коды, мысалы E14001172
staff-sig-field-from = Қол қойылған уақыт, бастап
staff-sig-field-from-hint = UTC: күн мен уақыт, мысалы 2026-11-28 14:30, немесе күн
staff-sig-field-to = Қол қойылған уақыт, дейін
staff-sig-field-to-hint = UTC, сол минутты қоса (немесе сол күнді толық)
staff-sig-field-status = Күйі
staff-sig-status-all = Барлығы
staff-sig-status-suspect = Тек күдіктілер
staff-sig-status-invalidated = Жарамсыз деп танылғандар
staff-sig-search = Іздеу
staff-sig-matches = { $n } қолтаңба сәйкес келеді
staff-sig-newest-shown = Ең жаңа { $n } қолтаңба көрсетілген.
staff-sig-why-invalidate = Оларды неге жарамсыз деп тану керек?
staff-sig-why-genuine = Олар неге шынайы?
staff-sig-reason-hint = Міндетті. Әрекеттер журналында сақталады.
staff-sig-invalidate-button = Сәйкес келетін барлық { $n } қолтаңбаны жарамсыз деп тану
staff-sig-already-invalidated = Бұрын жарамсыз деп танылған { $n } қолтаңба өзгеріссіз қалады.
staff-sig-clear-button = { $n } күдікті қолтаңбаны шынайы деп белгілеу
staff-sig-narrow = Қолтаңбаларды жарамсыз деп тану үшін іздеуді пошта доменімен, IP мекенжайымен, индекспен, округпен, уақытпен немесе күймен тарылтыңыз.
staff-sig-moved-none = Ештеңе өзгерген жоқ: бұл әрекетке қазір бірде-бір қолтаңба сәйкес келмейді.
staff-sig-moved = Ештеңе өзгерген жоқ: бет көрсетілгеннен бері сәйкес қолтаңбалар өзгерді, қазір { $n } қолтаңба сәйкес келеді. Оларды тексеріп, қайталап көріңіз.
staff-sig-done-invalidated = { $n } қолтаңба жарамсыз деп танылды. Бір секунд ішінде санақтан шығады.
staff-sig-done-cleared = { $n } күдікті қолтаңба шынайы деп белгіленді: расталғаннан кейін есептеледі.
staff-sig-done-reverted = Жарамсыз деп тану болдырылмады: { $n } қолтаңба қалпына келтірілді.
staff-sig-nothing-to-revert = Болдырмайтын ештеңе жоқ: ондай жарамсыз деп тану жоқ немесе ол бұрын болдырылмаған.
staff-sig-table = Сәйкес қолтаңбалар
staff-sig-table-caption = Сәйкес қолтаңбалар, ең жаңалары бірінші
staff-sig-col-name = Аты
staff-sig-col-signed = Қол қойылды (UTC)
staff-sig-col-confirmed = Расталған
staff-sig-col-suspect = Күдікті
staff-sig-col-invalidated = Жарамсыз
staff-sig-yes = Иә
staff-sig-no = Жоқ
staff-sig-ip-unknown = белгісіз
staff-sig-recent = Соңғы жарамсыз деп танулар
staff-sig-recent-none = Әзірге жоқ.
staff-sig-col-number = Нөмірі
staff-sig-col-when = Қашан (UTC)
staff-sig-col-search = Іздеу
staff-sig-col-signatures = Қолтаңбалар
staff-sig-col-by = Кім
staff-sig-former-account = бұрынғы тіркелгі
staff-sig-reverted-at = Болдырылмады: { $time }
staff-sig-revert-reason = Себебі (міндетті емес)
staff-sig-revert = Болдырмау
staff-sig-which-invalidation = { $id }-жарамсыз деп тану
staff-sig-criterion-email-domain = пошта домені { $value }
staff-sig-criterion-ip = IP { $value }
staff-sig-criterion-postcode = индекс { $value }
staff-sig-criterion-constituency = округ { $value }
staff-sig-criterion-from = қол қойылған уақыт { $value } бастап
staff-sig-criterion-to = қол қойылған уақыт { $value } дейін
staff-sig-criterion-status = күйі { $value }
staff-sig-criteria-separator = {"; "}
staff-sig-criteria-every = барлық қолтаңба

## The audit log

staff-audit-title = Әрекеттер журналы
staff-audit-intro = Қызметкерлердің барлық әрекеттері, ең жаңалары бірінші. Жазбаларды осы жерден өзгертуге немесе жоюға болмайды.
staff-audit-moderation-title = Модерация журналы
staff-audit-moderation-intro = Модераторлардың хаттар бойынша барлық шешімдері (мақұлдау, қабылдамау, өңдеу, жасыру, қайта көрсету), ең жаңалары бірінші, берілген себебімен.
staff-audit-field-actor = Кім (пошта)
staff-audit-field-action = Әрекет (немесе оның басы, мысалы letter.)
staff-audit-field-subject-type = Нысан түрі
staff-audit-field-subject-id = Нысан идентификаторы
staff-audit-field-letter = Хат нөмірі
staff-audit-field-since = Бастап (күн)
staff-audit-field-until = Дейін (күн)
staff-audit-filter = Сүзу
staff-audit-entries = Әрекеттер журналының жазбалары
staff-audit-count = { $n } жазба
staff-audit-col-when = Қашан (UTC)
staff-audit-col-who = Кім
staff-audit-col-action = Әрекет
staff-audit-col-subject = Нысан
staff-audit-col-change = Өзгеріс
staff-audit-col-reason = Себебі
staff-audit-subject-letter = { $id }-хат
staff-audit-subject-account = { $id } тіркелгісі
staff-audit-subject-unknown-account = Белгісіз тіркелгі
staff-audit-subject-deleted-account = { $id } тіркелгісі (кейін жойылған)
staff-audit-subject-invalidation = { $id }-жарамсыз деп тану
staff-audit-subject-api-token = { $id } API токені
staff-audit-subject-campaign = { $id } науқаны
staff-audit-subject-campaign-update = { $id } науқан жаңалығы
staff-audit-subject-official-response = { $id } лауазымды тұлға жауабы
staff-audit-subject-saved-note = { $id } сақталған ескертпе
staff-audit-actor-unknown = белгісіз тіркелгі
staff-audit-change = { $before } → { $after }
staff-audit-change-search = { $search }: { $count }
staff-audit-search = шарттарға сәйкес қолтаңбалар: { $criteria }
staff-audit-signatures = { $n } қолтаңба
staff-audit-letter-state = { $state ->
    [draft] жоба
    [unconfirmed] расталмаған
    [pending] модерацияны күтуде
    [approved] мақұлданған
    [rejected] қабылданбаған
    [hidden] жасырылған
   *[withdrawn] авторы жойған
}

## Officials' responses

staff-resp-heading = Лауазымды тұлғалардың жауаптары
staff-resp-correct-heading = Жауапты түзету
staff-resp-title = { $heading }: { $headline }
staff-resp-error-title = Қате: { $heading }: { $headline }
staff-resp-public-page = Жария бет
staff-resp-dashboard = Басқару тақтасы
staff-resp-all = Барлық жауаптар
staff-resp-none = Әзірге жауап жазылмаған.
staff-resp-item = { $name }, { $office } — { $date } алынды: { $summary }
staff-resp-correct = Түзету
staff-resp-correct-which = { $name } берген жауапты
staff-resp-emailed = Таратылды: { $time } UTC
staff-resp-record-heading = Жауапты жазу
staff-resp-official = Жауап берген лауазымды тұлға
staff-resp-choose = Таңдаңыз…
staff-resp-targets = Осы науқанның адресаттары
staff-resp-others = Басқа лауазымды тұлғалар
staff-resp-received = Алынған күні
staff-resp-received-hint = Жыл-ай-күн, мысалы 2026-12-04.
staff-resp-summary = Қысқаша мазмұны
staff-resp-summary-hint = Бір-екі сөйлем, ең көбі { $n } таңба. Науқан бетінде және хатта бірінші көрсетіледі.
staff-resp-body = Жауаптың толық мәтіні
staff-resp-body-hint = Markdown немесе қарапайым мәтін. Егер бұл дәл алынған күйіндегі мәтін болса, төмендегі белгіні қойыңыз.
staff-resp-as-received = Бұл дәл алынған күйіндегі толық мәтін (пішімделмей, сол күйінде көрсетіледі)
staff-resp-correcting = Жауапты түзету науқан бетін және ашық деректерді бірден өзгертеді. Ешкімге қайта хат жіберілмейді.
staff-resp-save-correction = Түзетуді сақтау
staff-resp-recording = Жазылған жауап науқан бетінде жарияланады және бір рет барысы туралы хабар сұраған қол қоюшыларға және хаты осы лауазымды тұлғаға барған барлық адамға жіберіледі.
staff-resp-record = Жауапты жазып, тарату
staff-resp-recorded = Жауап жазылып, жарияланды. { $n } хат жолда.
staff-resp-corrected = Түзету сақталды. Ешкімге қайта хат жіберілмеді.
