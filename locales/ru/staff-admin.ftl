# Missive: страницы администрирования для сотрудников (учётные записи, ваш пароль, токены API) (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

staff-admin-cancel = Отмена
staff-admin-never = никогда
staff-admin-utc = { $when } UTC
staff-admin-role-admin = администратор
staff-admin-role-moderator = модератор
staff-admin-role-organiser = организатор
staff-admin-refused-email-taken = Учётная запись с этим адресом электронной почты уже существует
staff-admin-refused-no-account = Такой учётной записи нет
staff-admin-refused-last-admin = Это последний активный администратор: сначала добавьте или включите другого администратора, чтобы кто-то мог управлять учётными записями

## Staff accounts

staff-admin-users-title = Учётные записи сотрудников
staff-admin-users-caption = Все, кто может входить на страницы сотрудников
staff-admin-users-email = Эл. почта
staff-admin-users-role = Роль
staff-admin-users-status = Состояние
staff-admin-users-last-sign-in = Последний вход
staff-admin-users-password = Пароль
staff-admin-users-role-of = Роль { $email }
staff-admin-users-change-role = Изменить роль
staff-admin-users-disabled = Отключена
staff-admin-users-enabled = Включена
staff-admin-users-enable = Включить
staff-admin-users-disable = Отключить
staff-admin-users-send-reset = Отправить ссылку для сброса
staff-admin-users-send-reset-to = Отправить ссылку для сброса на { $email }
staff-admin-users-set-password = Задать пароль
staff-admin-users-set-password-for = Задать пароль для { $email }
staff-admin-users-add-heading = Добавить учётную запись
staff-admin-users-email-address = Адрес электронной почты
staff-admin-users-first-password = Первый пароль
staff-admin-users-add = Добавить учётную запись
staff-admin-notice-added = Учётная запись добавлена. Передайте первый пароль надёжным способом; его можно сменить в разделе «Ваш пароль».
staff-admin-notice-role = Роль изменена. Сеансы этого сотрудника завершены; ему нужно войти снова.
staff-admin-notice-enabled = Учётная запись включена.
staff-admin-notice-password-set = Пароль задан. Сеансы этого сотрудника завершены; передайте пароль надёжным способом.
staff-admin-notice-reset-sent = Ссылка для сброса отправлена. Она действует один раз в течение часа; пароль не меняется, пока ею не воспользуются.
staff-admin-notice-disabled = Учётная запись отключена. Сеансы этого сотрудника завершены.
staff-admin-notice-unchanged = Менять нечего.

## Setting a colleague's password, disabling an account

staff-admin-set-password-title = Задать пароль
staff-admin-set-password-heading = Задать пароль для { $email }
staff-admin-set-password-intro = Когда пароль будет задан, сеансы этого сотрудника завершатся. Передайте пароль надёжным способом или вместо этого { $link }, чтобы его знал только сам сотрудник.
staff-admin-set-password-reset-link = отправьте ссылку для сброса
staff-admin-set-password-button = Задать пароль
staff-admin-new-password = Новый пароль
staff-admin-new-password-again = Новый пароль ещё раз
staff-admin-password-hint-theirs = Не меньше 12 символов, не распространённый и не утёкший пароль, без адреса почты сотрудника.
staff-admin-password-hint-yours = Не меньше 12 символов, не распространённый и не утёкший пароль, без вашего адреса почты.
staff-admin-disable-title = Отключить учётную запись
staff-admin-disable-heading = Отключить { $email }?
staff-admin-disable-explain = Сотрудник сразу выходит из системы везде, не сможет войти снова, пока администратор не включит учётную запись, а все созданные им токены API отзываются.
staff-admin-disable-button = Отключить { $email }

## Your password

staff-admin-password-title = Ваш пароль
staff-admin-password-changed = Пароль изменён. Все сеансы завершены, включая этот: { $link }.
staff-admin-password-sign-in-again = войдите снова
staff-admin-password-current = Текущий пароль
staff-admin-password-change = Сменить пароль

## API tokens

staff-admin-tokens-title = Токены API
staff-admin-tokens-notice-revoked = Токен отозван. Запросы с ним отныне отклоняются.
staff-admin-tokens-notice-already = Этот токен уже был отозван.
staff-admin-tokens-notice-missing = Такого токена нет.
staff-admin-tokens-created = Токен «{ $name }» создан
staff-admin-tokens-copy-now = Скопируйте его сейчас: он показывается только один раз.
staff-admin-tokens-hash-only = Missive хранит только его хеш, поэтому никто не сможет показать его снова; если он потерян, отзовите его и создайте другой.
staff-admin-tokens-the-token = Токен
staff-admin-tokens-try = Попробуйте: { $example }
staff-admin-tokens-intro = Токен позволяет инструменту, понимающему OSDI (например, API Action Network), читать петиции и подтверждённые подписи указанных в нём кампаний по адресу { $address }: имена и страны подписантов, а — только для токена, созданного администратором с таким правом, — адрес почты и почтовый индекс подписантов, просивших сообщать новости. Дайте каждому инструменту свой токен и отзывайте токен, как только он больше не нужен.
staff-admin-tokens-none = Токенов пока нет.
staff-admin-tokens-caption-all = Все токены, сначала новые
staff-admin-tokens-caption-yours = Ваши токены, сначала новые
staff-admin-tokens-name = Название
staff-admin-tokens-campaigns = Кампании
staff-admin-tokens-reads = Доступ
staff-admin-tokens-created-at = Создан
staff-admin-tokens-last-used = Последнее использование
staff-admin-tokens-state = Состояние
staff-admin-tokens-reads-contacts = Имена, адреса почты и почтовые индексы подписантов, просивших сообщать новости
staff-admin-tokens-reads-names = Только имена и страны
staff-admin-tokens-by = создал: { $who }
staff-admin-tokens-revoked-at = Отозван { $when }
staff-admin-tokens-active = Действует
staff-admin-tokens-revoke = Отозвать
staff-admin-tokens-revoke-name = Отозвать { $name }
staff-admin-tokens-create-heading = Создать токен
staff-admin-tokens-name-hint = Укажите, что будет его использовать, например «Синхронизация CRM».
staff-admin-tokens-campaigns-legend = Кампании, которые он может читать
staff-admin-tokens-contacts-legend = Контактные данные подписантов
staff-admin-tokens-contacts = Может читать адрес почты и почтовый индекс подписантов, просивших сообщать новости (каждое чтение записывается в журнал аудита)
staff-admin-tokens-create = Создать токен
staff-admin-tokens-openapi-heading = Описание API
staff-admin-tokens-openapi = Каждый путь, параметр, ответ и заголовок API описан в его документе OpenAPI, { $document }, по которому инструменты могут построить клиент или проверить себя.
