# Missive: қызметкерлер беттерінің жақтауы, қызметкерлердің басты беті, кіру, құпиясөзді қалпына келтіру және оның хаты (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

staff-nav-label = Қызметкерлер
staff-nav-home = Қызметкерлердің басты беті
staff-nav-moderation = Модерациялауға арналған хаттар
staff-nav-moderation-log = Модерация журналы
staff-nav-signatures = Қолтаңбаларды тексеру
staff-nav-campaigns = Науқандар
staff-nav-api-tokens = API токендері
staff-nav-accounts = Қызметкерлер тіркелгілері
staff-nav-audit = Әрекеттер журналы
staff-nav-password = Құпиясөзіңіз
staff-signed-in-who = { $email } ({ $role })
staff-sign-out = Шығу

staff-who-role-admin = әкімші
staff-who-role-moderator = модератор
staff-who-role-organiser = ұйымдастырушы

staff-home-title = Қызметкерлер
staff-home-heading = Қызметкерлер беттері
staff-home-signed-in = Сіз { $email } ретінде кірдіңіз, { $role }.
staff-waiting-heading = Қызметкерлерді күтіп тұр
staff-waiting-letters = { $n } хат модерацияны күтіп тұр
staff-waiting-campaign-letters = { $n } хат: { $headline }
staff-waiting-unconfirmed = { $count ->
    [one] { $n } хат авторының мекенжайын растауын күтіп тұр
   *[other] { $n } хат авторларының мекенжайларын растауын күтіп тұр
}
staff-waiting-suspects = { $n } күдікті қолтаңба тексеруді күтіп тұр
staff-waiting-campaign-signatures = { $n } қолтаңба: { $headline }

staff-login-title = Қызметкерлердің кіруі
staff-login-error-title = Қате: Қызметкерлердің кіруі
staff-login-email = Электрондық пошта мекенжайы
staff-login-password = Құпиясөз
staff-login-button = Кіру
staff-login-supporters = Жақтастарға тіркелгі қажет емес: бұл бет науқан қызметкерлеріне арналған.
staff-login-wrong = Электрондық пошта немесе құпиясөз қате
staff-login-disabled = Тіркелгіңіз өшірілген. Оны қайта қосуды әкімшіден сұраңыз.
staff-login-too-many = Бұл тіркелгіге немесе желіңізден кіру әрекеттері тым көп сәтсіз болды. 15 минут күтіп, қайталап көріңіз немесе әдетте кіретін жерден кіріңіз.

staff-reset-title = Жаңа құпиясөз таңдаңыз
staff-reset-error-title = Қате: Жаңа құпиясөз таңдаңыз
staff-reset-for = { $email } қызметкер тіркелгісі үшін. Жаңа құпиясөз орнатылғанда осы тіркелгінің барлық сеанстары аяқталады.
staff-reset-password = Жаңа құпиясөз
staff-reset-password-hint = Кемінде 12 таңба; кең тараған немесе жария болған құпиясөз емес; электрондық поштаңызды қамтымайды.
staff-reset-again = Жаңа құпиясөз қайтадан
staff-reset-button = Жаңа құпиясөзді орнату
staff-reset-done-title = Құпиясөз орнатылды
staff-reset-done = Жаңа құпиясөзіңіз енді жұмыс істейді, бұрынғы барлық сеанстар аяқталды: { $link }.
staff-reset-sign-in = кіру
staff-reset-gone-title = Бұл сілтеме енді жұмыс істемейді
staff-reset-gone = Құпиясөзді қалпына келтіру сілтемесі бір рет, бір сағат бойы жұмыс істейді. Жаңасын жіберуді әкімшіден сұраңыз.

staff-reset-email-subject = Missive үшін жаңа құпиясөз таңдаңыз
staff-reset-email-asked = Әкімші Missive-тен қызметкер тіркелгіңізге жаңа құпиясөз таңдауға мүмкіндік беруді сұрады. Мына сілтемені ашып, жаңа құпиясөзді екі рет теріңіз:
staff-reset-email-link = Жаңа құпиясөз таңдау
staff-reset-email-valid = Сілтеме бір рет, { $n } минут бойы жұмыс істейді. Егер оны күтпеген болсаңыз, бұл хатты елемеңіз: құпиясөзіңіз өзгермейді.
