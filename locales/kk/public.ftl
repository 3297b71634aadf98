# Missive: басқа жария беттер (енгізілетін есептегіш, қолтаңбаны кері қайтару және хатты жою, деректер көздері, қате беттері, науқан бетіндегі жаңалықтар, жауаптар мен статистика) және лауазымды тұлғаның поштамен таратылған жауабы (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

## The embeddable counter

public-embed-closed = Жабылды
public-embed-goal = % — мақсат: { $goal }
public-embed-sign = Қол қою
public-embed-read = Оқу
public-embed-new-tab = хатқа (жаңа қойындыда ашылады)

## Share links (names of the services)

public-share-whatsapp = WhatsApp
public-share-x = X (Twitter)
public-share-facebook = Facebook

## Withdrawing a signature, deleting a letter

public-back-to-letter = Хатқа оралу
public-withdraw-title = Қолтаңбаңызды кері қайтару
public-withdraw-heading = Қолтаңбаңызды кері қайтарасыз ба?
public-withdraw-about = Сіз «{ $headline }» хатындағы қолтаңбаңызды кері қайтарғалы жатырсыз.
public-withdraw-what = Ол енді есептелмейді, ал біз атыңызды, электрондық поштаңызды және пошта индексіңізді жоямыз. Ойыңыз өзгерсе, науқан ашық тұрғанда қайта қол қоя аласыз.
public-withdraw-button = Қолтаңбамды кері қайтару
public-withdraw-keep = Жоқ, қолтаңбам қалсын
public-withdraw-closed-title = Бұл науқан жабылды
public-withdraw-closed-on = «{ $headline }» { $date } жабылды. Оның қорытынды саны өзгермейді, сондықтан қолтаңбаларды енді кері қайтаруға болмайды.
public-withdraw-closed-erased = Қол қойғандардың аты-жөнін, электрондық поштасын және пошта индексін тек { $date } дейін сақтаймыз. Содан кейін оларды біржола өшіріп, тек сандарды қалдырамыз.
public-withdrawn-title = Қолтаңба кері қайтарылды
public-withdrawn-heading = Қолтаңбаңыз кері қайтарылды
public-withdrawn-body = Қолтаңбаңыз енді «{ $headline }» үшін есептелмейді, ал атыңызды, электрондық поштаңызды және пошта индексіңізді жойдық.
public-withdrawn-thanks = Осы уақытқа дейінгі қолдауыңызға рахмет. Ойыңыз өзгерсе, науқан ашық тұрғанда қайта қол қоя аласыз.
public-withdrawn-letter = Егер хат та жазған болсаңыз, ол туралы хаттағы сілтеме арқылы оны да жоя аласыз.

public-delete-draft-title = Бұл жобаны жоясыз ба?
public-delete-draft-body = «{ $headline }» науқанына арналған жобаңыз атыңызбен, электрондық поштаңызбен және пошта индексіңізбен бірге біржола жойылады. Бұл сілтеме жұмыс істемей қалады.
public-delete-title = Хатыңызды жоясыз ба?
public-delete-unsent = Ештеңе жіберілген де, жарияланған да жоқ: хатыңыз атыңызбен, электрондық поштаңызбен және пошта индексіңізбен бірге біржола жойылады, ал бұл сілтеме жұмыс істемей қалады.
public-delete-signature = «{ $headline }» хатындағы қолтаңбаңызға әсер етпейді. Оны да кері қайтару үшін растау хатыңыздағы сілтемені пайдаланыңыз.
public-delete-sent = Хатыңыз кейбір адресаттарына жетіп үлгерді, ал жіберілген хатты қайтарып алу мүмкін емес: оны алған лауазымды тұлғаларда көшірмесі қалады.
public-delete-sent-what = Қазір жойсаңыз, ол науқан бетінен алынады, әлі жіберілмеген көшірмелер тоқтатылады, ал атыңыз, электрондық поштаңыз, пошта индексіңіз және хат мәтіні Missive-тен өшіріледі. Бұл сілтеме жұмыс істемей қалады.
public-delete-button = Иә, хатымды жою
public-delete-keep = Жоқ, қалсын
public-deleted-title = Хат жойылды
public-deleted-heading = Хатыңыз жойылды
public-deleted-sent = Жіберіліп қойған көшірмелер оларды алған лауазымды тұлғаларда қалады. Қалғанының бәрі Missive-тен жойылды: атыңыз, электрондық поштаңыз, пошта индексіңіз және хат мәтіні.
public-deleted-gone = Ол атыңызбен, электрондық поштаңызбен және пошта индексіңізбен бірге біржола жойылды.
public-deleted-thanks = «{ $headline }» туралы жазғаныңызға рахмет. Қайта жаза аласыз.

## Data sources and licences (the sources' and licences' names as their owners write them)

public-sources-title = Деректер көздері мен лицензиялар
public-sources-mps-heading = Парламент мүшелері және сайлау округтері
public-sources-mps = 650 парламент мүшесінің есімдері, партиялары мен парламенттік электрондық поштасы, сондай-ақ Вестминстер сайлау округтерінің атаулары мен кодтары (2024 жылғы шекаралар) Ұлыбритания Білім министрлігінің талдау қызметі жариялаған { $lookup } деректерінен алынған; ол { $members } және { $geography } негізінде жасалған.
public-sources-mp-lookup = MP lookup
public-sources-members-api = UK Parliament Members API
public-sources-geoportal = ONS Open Geography Portal
public-sources-opl = { $licence } бойынша лицензияланған парламенттік ақпаратты қамтиды.
public-sources-opl-name = Open Parliament Licence v3.0
public-sources-ons = Дереккөз: Ұлыбританияның Ұлттық статистика басқармасы, { $licence } бойынша лицензияланған.
public-sources-ogl-name = Open Government Licence v3.0
public-sources-postcodes-heading = Пошта индекстері
public-sources-postcodes = Пошта индекстері сайт оны импорттаған болса, ONS National Statistics Postcode Lookup анықтамалығы бойынша (Open Government Licence v3.0; құрамында OS деректері © Crown copyright and database right және Royal Mail деректері © Royal Mail copyright and database right бар), әйтпесе сол жария деректерді беретін { $postcodes } арқылы сайлау округтерімен сәйкестендіріледі.
public-sources-postcodes-io = postcodes.io
public-sources-licence = Missive-тің өзі — GNU Affero General Public Licence лицензиясының 3-нұсқасы немесе кейінгі нұсқасы бойынша таратылатын еркін бағдарлама.

## Error pages

public-error-home = Басты хатқа өту
public-error-staff-home = Қызметкерлер беттеріне оралу
public-error-not-found-title = Бет табылмады
public-error-not-found = Мекенжайды өзіңіз терген болсаңыз, оның дұрыстығын тексеріңіз. Сілтеме арқылы келген болсаңыз, ол ескірген болуы мүмкін.
public-error-staff-not-found-heading = Қызметкерлер беті табылмады
public-error-staff-not-found = Бұл мекенжайда қызметкерлер беті жоқ. Сілтеме арқылы келген болсаңыз, ол көрсеткен нәрсе жойылған болуы мүмкін.
public-error-bad-request-title = Бұл сұрауда бір қате бар
public-error-bad-request-heading = Жіберілгенді оқи алмадық
public-error-bad-request = Артқа қайтып, бетті жаңартып, қайталап көріңіз.
public-error-server-title = Кешіріңіз, бірдеңе дұрыс болмады
public-error-server-heading = Кешіріңіз, біз жақта бірдеңе дұрыс болмады
public-error-server = Бұл сіздің қатеңіз емес: бір минуттан кейін қайталап көріңіз.
public-error-no-campaigns = Әзірге науқандар жоқ
public-error-no-campaigns-how = Ұйымдастырушы науқанды { $command } командасымен қоса алады.
public-error-forbidden-title = Рұқсат жоқ
public-error-forbidden-heading = Бұл бетке кіруге рұқсатыңыз жоқ
public-error-forbidden = Сіздің рөліңізге Missive-тің бұл бөлімі кірмейді. Қажет болса, әкімшіге жүгініңіз.
public-error-csrf-title = Форманың мерзімі өтті
public-error-csrf-heading = Бұл форманың мерзімі өтіп кетті
public-error-csrf = Қауіпсіздігіңіз үшін біз оны орындамадық. Артқа қайтып, бетті жаңартып, қайталап көріңіз.
public-error-too-large-title = Тым көп жіберілді
public-error-too-large-heading = Жіберуге тым көп болды
public-error-too-large = Жіберген деректеріңіз біз қабылдайтын көлемнен үлкен. Қысқартып, қайталап көріңіз.
public-error-headers-title = Сұрау тым үлкен
public-error-headers-heading = Браузеріңіз біз қабылдайтыннан көп жіберді
public-error-headers = Осы сайттың cookie файлдарын тазалап, бетті жаңартыңыз.
public-error-method-title = Әдіске рұқсат жоқ
public-error-method-heading = Бұл мекенжай мұндай сұрауды қабылдамайды
public-error-method = Ол тек мыналарға жауап береді: { $allow }. Сілтеме арқылы келген немесе форма жіберген болсаңыз, артқа қайтып, бетті жаңартыңыз.

## The campaign page: updates, officials' responses, reply rates, statistics

public-updates-heading = Науқан жаңалықтары
public-updates-edited = { $date } өзгертілді

public-responses-heading = Лауазымды тұлғалардың жауаптары
public-responses-received = Алынған күні: { $date }
public-responses-corrected = { $date } түзетілді
public-responses-full = Жауаптың толық мәтіні
public-responses-full-as-received = Жауаптың алынған күйіндегі толық мәтіні

public-rates-heading = Лауазымды тұлғалар жауап берді ме?
public-rates-lead = Әр хат жеткеннен кейін екі аптадан соң оның авторынан жауап алды ма деп сұрадық. Кемінде { $count } жауап жиналған лауазымды тұлғалар:
public-rates-region = Лауазымды тұлғалар бойынша жауаптар
public-rates-caption = Жақтастар хаттарына берілген жауаптар, лауазымды тұлғалар бойынша
public-rates-who = { $name }, { $office }
public-rates-col-who = Кім
public-rates-col-replied = Жауап берді
public-rates-col-yes = Иә
public-rates-col-not-addressed = Иә, бірақ мәні бойынша емес
public-rates-col-acknowledged = Тек алғанын растады
public-rates-col-no = Жауап жоқ
public-rates-col-answers = Жауаптар

public-stats-heading = Кімдер қол қойды
public-stats-per-day = Күн сайынғы қолтаңбалар
public-stats-top = Қолтаңбасы ең көп сайлау округтері
public-stats-constituency = Округ
public-stats-mp = Депутат
public-stats-signatures = Қолтаңбалар
public-stats-note = Тек есептелген қолтаңбалар: электрондық пошта арқылы расталған, теріс пайдалануға тексерілген. Бірнеше секунд сайын жаңартылады.

## Charts (the bars' dates and hours are written 2026-11-28 and 2026-11-28 14:00)

public-chart-none = Әзірге қолтаңбалар жоқ.
public-chart-empty = { $title }: әзірге қолтаңбалар жоқ.
public-chart-figures = { $title }: сандар
public-chart-day = Күн (UTC)
public-chart-hour = Сағат (UTC)
public-chart-signatures = Қолтаңбалар
public-chart-bar = { $label }: { $count }
public-chart-desc-day = { $first } мен { $last } аралығындағы { $periods_figure } күннің бағандық диаграммасы (UTC): барлығы { $total_figure } қолтаңба, бір күндегі ең көбі — { $top }, { $top_label }.
public-chart-desc-hour = { $first } мен { $last } аралығындағы { $periods_figure } сағаттың бағандық диаграммасы (UTC): барлығы { $total_figure } қолтаңба, бір сағаттағы ең көбі — { $top }, { $top_label }.
public-chart-desc-day-empty = { $first } мен { $last } аралығындағы { $periods_figure } күннің бағандық диаграммасы (UTC): барлығы { $total_figure } қолтаңба.
public-chart-desc-hour-empty = { $first } мен { $last } аралығындағы { $periods_figure } сағаттың бағандық диаграммасы (UTC): барлығы { $total_figure } қолтаңба.

## An official's answer, emailed to supporters and writers (in their signature's or letter's language)

public-response-subject = { $official } жауап берді: { $headline }
public-response-responded = { $official } ({ $office }) «{ $headline }» науқанына жауап берді. Жауап { $date } алынды.
public-response-in-short = Қысқаша: { $summary }
public-response-in-short-html = { $label } { $summary }
public-response-in-short-label = Қысқаша:
public-response-read = Науқан бетінде оқу
public-response-why-supporter = Бұл хатты қол қойған кезде науқан барысы туралы хабарлап тұруды сұрағаныңыз үшін алып отырсыз.
public-response-why-writer = Бұл хатты хатыңыз мына адресатқа жіберілгені үшін алып отырсыз: { $official }.
