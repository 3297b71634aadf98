# Missive: науқан беті (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

campaign-error-title = Қате: { $headline }
campaign-opens = Ашылу уақыты: { $when } UTC
campaign-opens-later = Осы уақыттан бастап бұл хатқа қол қоюға болады. Ашылған кезде қайта келіңіз.
campaign-write-heading = Өз нұсқаңызды жазыңыз
campaign-write-lead = Өз сөзіңізбен депутатыңызға және шешім қабылдайтын министрлерге жазылған хаттың салмағы көшірмеден әлдеқайда ауыр.
campaign-read-letters = Жақтастардың хаттарын оқу
campaign-edited = Бұл хат { $date } өңделді. Қол қойғандардың әрқайсысы өзі қол қойған мәтінді сақтайды: { $versions }.
campaign-edited-versions = барлық нұсқаларды оқу
campaign-photo-credit-licence = Фото: { $credit } ({ $licence })
campaign-photo-credit = Фото: { $credit }
campaign-photo-licence = Фото лицензиясы: { $licence }
campaign-photo-not-shown = Фотосуретпен жарияланған, бұл жерде көрсетілмейді.

# Kazakh keeps the noun singular after a numeral: 1 қолтаңба, 1 234 қолтаңба.
campaign-count-noun = { $count ->
    [one] қолтаңба
   *[other] қолтаңба
}
campaign-aim-goal = % — мақсат: { $goal }
campaign-aim-milestone = % — келесі меже: { $milestone } (мақсат: { $goal })
campaign-open-until = { $when } UTC дейін ашық
campaign-closed-heading = Бұл науқан жабылды
campaign-closed-on = Қол қою енді қабылданбайды (науқан { $date } жабылды). Жоғарыдағы сан — түпкілікті. Қол қойған әркімге рахмет.
campaign-closed = Қол қою енді қабылданбайды. Жоғарыдағы сан — түпкілікті. Қол қойған әркімге рахмет.

sign-heading = Бұл хатқа қол қойыңыз
sign-lead = Атыңызды қосыңыз. Растау үшін электрондық поштаңызға сілтеме жібереміз; растағаннан кейін ғана қолыңыз есептеледі.
sign-full-name = Толық аты-жөніңіз
sign-email = Электрондық пошта мекенжайы
sign-email-hint = Тек қолыңызды растау үшін және сұрасаңыз, жаңалықтар үшін.
sign-postcode = Ұлыбританиядағы пошта индексі
sign-postcode-hint = Ұлыбританиядан тыс тұрсаңыз, бос қалдырып, төменнен еліңізді таңдаңыз.
sign-country = Ел
sign-updates = Осы науқанның барысы туралы маған хат жіберіп тұрыңыз (айына бір реттен жиі емес; кез келген уақытта тоқтатуға болады)
sign-honeypot = Мұны бос қалдырыңыз
sign-button = Қол қою

campaign-in-original = Бұл науқан өзі жазылған ағылшын тілінде көрсетілген: ол қазақ тіліне әлі аударылмаған.
campaign-partly-in-original = Бұл науқанның кейбір бөліктері өзі жазылған ағылшын тілінде көрсетілген: олар қазақ тіліне әлі аударылмаған.
