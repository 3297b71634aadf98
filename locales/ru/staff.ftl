# Missive: рамка страниц сотрудников, главная страница сотрудников, вход, смена пароля и её письмо (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

staff-nav-label = Сотрудники
staff-nav-home = Главная для сотрудников
staff-nav-moderation = Письма на модерации
staff-nav-moderation-log = Журнал модерации
staff-nav-signatures = Проверка подписей
staff-nav-campaigns = Кампании
staff-nav-api-tokens = Токены API
staff-nav-accounts = Учётные записи сотрудников
staff-nav-audit = Журнал действий
staff-nav-password = Ваш пароль
staff-signed-in-who = { $email } ({ $role })
staff-sign-out = Выйти

staff-who-role-admin = администратор
staff-who-role-moderator = модератор
staff-who-role-organiser = организатор

staff-home-title = Сотрудники
staff-home-heading = Страницы сотрудников
staff-home-signed-in = Вы вошли как { $email }, { $role }.
staff-waiting-heading = Ждёт сотрудников
staff-waiting-letters = { $count ->
    [one] { $n } письмо ждёт модерации
    [few] { $n } письма ждут модерации
   *[many] { $n } писем ждут модерации
}
staff-waiting-campaign-letters = { $count ->
    [one] { $n } письмо
    [few] { $n } письма
   *[many] { $n } писем
}: { $headline }
staff-waiting-unconfirmed = { $count ->
    [one] { $n } письмо ждёт, пока автор подтвердит свой адрес
    [few] { $n } письма ждут, пока авторы подтвердят свои адреса
   *[many] { $n } писем ждут, пока авторы подтвердят свои адреса
}
staff-waiting-suspects = { $count ->
    [one] { $n } подозрительная подпись ждёт проверки
    [few] { $n } подозрительные подписи ждут проверки
   *[many] { $n } подозрительных подписей ждут проверки
}
staff-waiting-campaign-signatures = { $count ->
    [one] { $n } подпись
    [few] { $n } подписи
   *[many] { $n } подписей
}: { $headline }

staff-login-title = Вход для сотрудников
staff-login-error-title = Ошибка: Вход для сотрудников
staff-login-email = Адрес электронной почты
staff-login-password = Пароль
staff-login-button = Войти
staff-login-supporters = Сторонникам учётная запись не нужна: эта страница для сотрудников кампаний.
staff-login-wrong = Неверный адрес или пароль
staff-login-disabled = Ваша учётная запись отключена. Попросите администратора снова её включить.
staff-login-too-many = Слишком много неудачных попыток входа в эту учётную запись или из вашей сети. Подождите 15 минут и попробуйте снова или войдите оттуда, откуда входите обычно.

staff-reset-title = Выберите новый пароль
staff-reset-error-title = Ошибка: Выберите новый пароль
staff-reset-for = Для учётной записи сотрудника { $email }. Когда новый пароль будет установлен, все сеансы этой учётной записи завершатся.
staff-reset-password = Новый пароль
staff-reset-password-hint = Не менее 12 символов; не распространённый и не утёкший пароль; без вашего адреса почты.
staff-reset-again = Новый пароль ещё раз
staff-reset-button = Установить новый пароль
staff-reset-done-title = Пароль установлен
staff-reset-done = Новый пароль уже действует, а все прежние сеансы завершены: { $link }.
staff-reset-sign-in = войти
staff-reset-gone-title = Эта ссылка больше не работает
staff-reset-gone = Ссылка для смены пароля работает один раз и в течение часа. Попросите администратора прислать новую.

staff-reset-email-subject = Выберите новый пароль для Missive
staff-reset-email-asked = Администратор попросил Missive дать вам выбрать новый пароль для вашей учётной записи сотрудника. Откройте эту ссылку и введите новый пароль дважды:
staff-reset-email-link = Выбрать новый пароль
staff-reset-email-valid = Ссылка работает один раз, в течение { $count ->
    [one] { $n } минуты
   *[other] { $n } минут
}. Если вы этого не ждали, не обращайте внимания на это письмо: ваш пароль останется прежним.
