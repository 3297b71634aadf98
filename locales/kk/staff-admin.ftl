# Missive: қызметкерлердің әкімшілік беттері (қызметкер тіркелгілері, құпиясөзіңіз, API токендері) (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

staff-admin-cancel = Бас тарту
staff-admin-never = ешқашан
staff-admin-utc = { $when } UTC
staff-admin-role-admin = әкімші
staff-admin-role-moderator = модератор
staff-admin-role-organiser = ұйымдастырушы
staff-admin-refused-email-taken = Бұл электрондық пошта мекенжайымен тіркелгі бұрыннан бар
staff-admin-refused-no-account = Мұндай тіркелгі жоқ
staff-admin-refused-last-admin = Бұл — қосулы соңғы әкімші: біреу тіркелгілерді басқара алуы үшін алдымен басқа әкімшіні қосыңыз немесе іске қосыңыз

## Staff accounts

staff-admin-users-title = Қызметкер тіркелгілері
staff-admin-users-caption = Қызметкер беттеріне кіре алатындардың барлығы
staff-admin-users-email = Пошта
staff-admin-users-role = Рөлі
staff-admin-users-status = Күйі
staff-admin-users-last-sign-in = Соңғы кіру
staff-admin-users-password = Құпиясөз
staff-admin-users-role-of = { $email } рөлі
staff-admin-users-change-role = Рөлді өзгерту
staff-admin-users-disabled = Өшірілген
staff-admin-users-enabled = Қосулы
staff-admin-users-enable = Қосу
staff-admin-users-disable = Өшіру
staff-admin-users-send-reset = Қалпына келтіру сілтемесін жіберу
staff-admin-users-send-reset-to = { $email } мекенжайына қалпына келтіру сілтемесін жіберу
staff-admin-users-set-password = Құпиясөз орнату
staff-admin-users-set-password-for = { $email } үшін құпиясөз орнату
staff-admin-users-add-heading = Тіркелгі қосу
staff-admin-users-email-address = Электрондық пошта мекенжайы
staff-admin-users-first-password = Алғашқы құпиясөз
staff-admin-users-add = Тіркелгіні қосу
staff-admin-notice-added = Тіркелгі қосылды. Алғашқы құпиясөзді қауіпсіз жолмен беріңіз; оны «Құпиясөзіңіз» бөлімінде өзгертуге болады.
staff-admin-notice-role = Рөл өзгертілді. Қызметкердің сеанстары аяқталды; ол қайта кіреді.
staff-admin-notice-enabled = Тіркелгі қосылды.
staff-admin-notice-password-set = Құпиясөз орнатылды. Қызметкердің сеанстары аяқталды; құпиясөзді қауіпсіз жолмен беріңіз.
staff-admin-notice-reset-sent = Қалпына келтіру сілтемесі жіберілді. Ол бір сағат ішінде бір рет жұмыс істейді; оны пайдаланғанша құпиясөз өзгермейді.
staff-admin-notice-disabled = Тіркелгі өшірілді. Қызметкердің сеанстары аяқталды.
staff-admin-notice-unchanged = Өзгертетін ештеңе жоқ.

## Setting a colleague's password, disabling an account

staff-admin-set-password-title = Құпиясөз орнату
staff-admin-set-password-heading = { $email } үшін құпиясөз орнату
staff-admin-set-password-intro = Құпиясөз орнатылғанда қызметкердің сеанстары аяқталады. Құпиясөзді қауіпсіз жолмен беріңіз немесе оның орнына, оны тек өзі білуі үшін, { $link }.
staff-admin-set-password-reset-link = қалпына келтіру сілтемесін жіберіңіз
staff-admin-set-password-button = Құпиясөзді орнату
staff-admin-new-password = Жаңа құпиясөз
staff-admin-new-password-again = Жаңа құпиясөз қайтадан
staff-admin-password-hint-theirs = Кемінде 12 таңба, жиі кездесетін немесе жария болған құпиясөз емес, қызметкердің поштасы кірмейтін.
staff-admin-password-hint-yours = Кемінде 12 таңба, жиі кездесетін немесе жария болған құпиясөз емес, поштаңыз кірмейтін.
staff-admin-disable-title = Тіркелгіні өшіру
staff-admin-disable-heading = { $email } өшірілсін бе?
staff-admin-disable-explain = Қызметкер бірден барлық жерден шығарылады, әкімші тіркелгіні қайта қоспайынша кіре алмайды, ал ол жасаған барлық API токендері кері қайтарылады.
staff-admin-disable-button = { $email } өшіру

## Your password

staff-admin-password-title = Құпиясөзіңіз
staff-admin-password-changed = Құпиясөз өзгертілді. Барлық сеанс, осы сеанс та, аяқталды: { $link }.
staff-admin-password-sign-in-again = қайта кіріңіз
staff-admin-password-current = Қазіргі құпиясөз
staff-admin-password-change = Құпиясөзді өзгерту

## API tokens

staff-admin-tokens-title = API токендері
staff-admin-tokens-notice-revoked = Токен кері қайтарылды. Енді онымен жасалған сұраулар қабылданбайды.
staff-admin-tokens-notice-already = Бұл токен бұрын кері қайтарылған.
staff-admin-tokens-notice-missing = Мұндай токен жоқ.
staff-admin-tokens-created = «{ $name }» токені жасалды
staff-admin-tokens-copy-now = Оны қазір көшіріңіз: ол тек осы жолы көрсетіледі.
staff-admin-tokens-hash-only = Missive оның тек хешін сақтайды, сондықтан оны ешкім қайта көрсете алмайды; жоғалса, оны кері қайтарып, басқасын жасаңыз.
staff-admin-tokens-the-token = Токен
staff-admin-tokens-try = Байқап көріңіз: { $example }
staff-admin-tokens-intro = Токен OSDI тілінде сөйлейтін құралға (мысалы, Action Network API) { $address } мекенжайында өзі атаған науқандардың петицияларын және расталған қолтаңбаларын оқуға мүмкіндік береді: қол қоюшылардың аты-жөні мен елі, ал әкімші сондай рұқсатпен жасаған токен үшін ғана — жаңалық сұраған қол қоюшылардың поштасы мен пошта индексі. Әр құралға өз токенін беріп, қажет болмай қалған бойда оны кері қайтарыңыз.
staff-admin-tokens-none = Әзірге токендер жоқ.
staff-admin-tokens-caption-all = Барлық токендер, ең жаңасы бірінші
staff-admin-tokens-caption-yours = Сіздің токендеріңіз, ең жаңасы бірінші
staff-admin-tokens-name = Атауы
staff-admin-tokens-campaigns = Науқандар
staff-admin-tokens-reads = Оқитыны
staff-admin-tokens-created-at = Жасалған
staff-admin-tokens-last-used = Соңғы пайдаланылған
staff-admin-tokens-state = Күйі
staff-admin-tokens-reads-contacts = Жаңалық сұраған қол қоюшылардың аты-жөні, поштасы және пошта индексі
staff-admin-tokens-reads-names = Тек аты-жөні мен елі
staff-admin-tokens-by = жасаған: { $who }
staff-admin-tokens-revoked-at = Кері қайтарылды: { $when }
staff-admin-tokens-active = Белсенді
staff-admin-tokens-revoke = Кері қайтару
staff-admin-tokens-revoke-name = { $name } кері қайтару
staff-admin-tokens-create-heading = Токен жасау
staff-admin-tokens-name-hint = Оны не пайдаланатынын жазыңыз, мысалы «CRM синхрондау».
staff-admin-tokens-campaigns-legend = Ол оқи алатын науқандар
staff-admin-tokens-contacts-legend = Қол қоюшылардың байланыс деректері
staff-admin-tokens-contacts = Жаңалық сұраған қол қоюшылардың поштасы мен пошта индексін оқи алады (әр оқу аудит журналына жазылады)
staff-admin-tokens-create = Токенді жасау
staff-admin-tokens-openapi-heading = API сипаттамасы
staff-admin-tokens-openapi = API-дің әр жолы, параметрі, жауабы және тақырыптамасы оның OpenAPI құжатында, { $document }, сипатталған; құралдар оны оқып, клиент жасай алады немесе өздерін тексере алады.
