# Missive: страницы сотрудников для кампаний (список, форма, адресаты, новости, выгрузки, встраивание, панель) (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

staff-camp-error-title = Ошибка: { $title }
staff-camp-back-to-campaigns = Назад к кампаниям

## The list of campaigns

staff-camp-list-title = Кампании
staff-camp-list-saved = Сохранено: «{ $headline }».
staff-camp-list-see-public = Открыть её публичную страницу
staff-camp-list-create = Создать кампанию
staff-camp-list-none = Кампаний пока нет.
staff-camp-list-caption = Все кампании, сначала новые
staff-camp-list-headline = Заголовок
staff-camp-list-address = Адрес
staff-camp-list-status = Состояние
staff-camp-list-front-page = Главная страница
staff-camp-list-signatures = Подписи
staff-camp-list-actions = Действия
staff-camp-list-featured = На главной
staff-camp-list-count = { $count } из { $goal_shown }
staff-camp-list-dashboard = Панель
staff-camp-list-dashboard-of = кампании «{ $headline }»
staff-camp-list-edit = Изменить
staff-camp-list-edit-of = «{ $headline }»
staff-camp-list-updates = Новости
staff-camp-list-updates-of = для сторонников «{ $headline }»
staff-camp-list-responses = Ответы
staff-camp-list-responses-of = на «{ $headline }»
staff-camp-list-exports = Выгрузки
staff-camp-list-exports-of = кампании «{ $headline }»
staff-camp-list-embed = Встроить и поделиться
staff-camp-list-embed-of = «{ $headline }»
staff-camp-status-closed = Закрыта
staff-camp-status-open = Открыта
staff-camp-status-opens = Откроется { $when } UTC

## A new campaign: paste the published letter

staff-camp-new-title = Новая кампания
staff-camp-new-intro = Начните с опубликованного письма. Вставьте его простым текстом, как оно выглядит на странице: надзаголовок, заголовок, подпись к фото, автор, абзацы и где оно вышло. Missive подскажет, какая часть чем является; вы проверяете каждую часть, прежде чем что-либо будет сохранено.
staff-camp-new-letter = Опубликованное письмо
staff-camp-new-letter-hint = Короткие строки между абзацами становятся подзаголовками.
staff-camp-new-read = Прочитать письмо
staff-camp-new-empty = Начать с пустой формы

## The campaign form

staff-camp-form-parsed = Missive прочитал письмо так, как показано ниже. Проверьте каждую часть, исправьте ошибки, затем задайте веб-адрес и цель.
staff-camp-form-create = Создать кампанию
staff-camp-form-save = Сохранить изменения
staff-camp-form-edit-heading = Изменить «{ $headline }»
staff-camp-form-letter-legend = Письмо
staff-camp-form-kicker = Надзаголовок (необязательно)
staff-camp-form-kicker-hint = Короткая строка над заголовком, например «Письмо недели: „Британские ценности“».
staff-camp-form-headline = Заголовок
staff-camp-form-summary = Краткое описание (необязательно)
staff-camp-form-summary-hint = Одно-два предложения под заголовком с просьбой подписать.
staff-camp-form-author-name = Имя автора
staff-camp-form-author-role = Должность автора (необязательно)
staff-camp-form-author-role-hint = Например «Секретарь, Campaign Kazakhstan».
staff-camp-form-body = Письмо
staff-camp-form-body-hint = Markdown: пустая строка между абзацами; «## Слово» — подзаголовок.
staff-camp-form-attribution = Где оно вышло (необязательно)
staff-camp-form-attribution-hint = Например «Вариант этого письма также вышел в Guardian 3 ноября».
staff-camp-form-photo-legend = Фото (необязательно)
staff-camp-form-image-caption = Подпись
staff-camp-form-image-credit = Фотограф или источник
staff-camp-form-image-licence = Лицензия
staff-camp-form-image-licence-hint = Например «Creative Commons».
staff-camp-form-image-file = Или файл, уже лежащий на сервере (необязательно)
staff-camp-form-image-file-hint = Путь внутри static/, например images/blood-on-hand.jpg; загруженное фото важнее. Оставьте оба поля пустыми, чтобы показать только подпись.
staff-camp-form-image-alt = Альтернативный текст (обязателен при фото)
staff-camp-form-image-alt-hint = Что изображено на фото — для тех, кто не может его увидеть.
staff-camp-form-photo-uploaded = Загруженное фото.
staff-camp-form-photo-kept = Ваше фото загружено и сохранено: выбирать его снова не нужно.
staff-camp-form-photo-remove = Убрать это фото
staff-camp-form-photo-replace = Заменить фото (необязательно)
staff-camp-form-photo-upload = Загрузить фото (необязательно)
staff-camp-form-photo-hint = Файл JPEG, PNG или WebP не больше 5 МБ. Он сохраняется без метаданных (например, места съёмки).
staff-camp-form-campaign-legend = Кампания
staff-camp-form-slug = Веб-адрес
staff-camp-form-slug-hint = Страница кампании будет /campaigns/ и затем это. Строчные латинские буквы, цифры и дефисы; потом его изменить нельзя.
staff-camp-form-slug-fixed = Веб-адрес: { $address } (изменить нельзя).
staff-camp-form-goal = Цель
staff-camp-form-goal-hint = Сколько подписей кампания хочет собрать.
staff-camp-form-similarity = Сходство для совместных писем
staff-camp-form-similarity-hint = От 0 до 1. Письма, похожие на главное письмо хотя бы настолько, доставляются одним совместным письмом. Обычно 0.8.
staff-camp-form-opens-at = Открывается (необязательно, UTC)
staff-camp-form-opens-at-hint = До этого страница показывает письмо и время начала сбора подписей. Например 2027-01-01T09:00.
staff-camp-form-closes-at = Закрывается (необязательно, UTC)
staff-camp-form-closes-at-hint = После этого страница показывает итоговое число и не принимает подписи. Например 2027-01-31T12:00.
staff-camp-form-featured = Показывать на главной странице (вместо любой другой кампании)
staff-camp-form-milestones = Рубежи (необязательно)
staff-camp-form-milestones-hint = Числа подписей, на которых кампания отмечает успех, например 100, 1000, 10000. Оставьте пустым для 100, 1 000, 10 000 … ниже цели, а затем самой цели. Полоса прогресса показывает следующий рубеж.
staff-camp-form-milestone-letters = Писать депутатам на каждом рубеже: каждый депутат, среди избирателей которого есть подписавшие, получает короткое письмо о том, сколько человек подписало, с главным письмом (без имён)
staff-camp-form-reason = Заметка для журнала аудита (необязательно)
staff-camp-form-reason-hint = Почему вы внесли это изменение.

## The target picker

staff-camp-targets-legend = Адресаты
staff-camp-targets-label = Адресаты, по одному в строке
staff-camp-targets-hint = Кому идут письма сторонников: own-mp — депутату каждого автора, или код должностного лица. Найдите должностных лиц ниже и добавьте их; Missive не принимает код, которого нет ни у кого.
staff-camp-targets-chosen = Выбранные адресаты
staff-camp-targets-remove = Убрать
staff-camp-targets-add-own-mp = Добавить депутата каждого автора
staff-camp-targets-find = Найти должностное лицо по имени, должности или округу
staff-camp-targets-search = Искать должностных лиц
staff-camp-targets-no-match = Никто не найден по запросу «{ $query }».
staff-camp-targets-matches = { $count ->
    [one] По запросу «{ $query }» найдено { $shown } должностное лицо.
    [few] По запросу «{ $query }» найдено { $shown } должностных лица.
    [many] По запросу «{ $query }» найдено { $shown } должностных лиц.
   *[other] По запросу «{ $query }» найдено { $shown } должностного лица.
}
staff-camp-targets-found = Найденные должностные лица
staff-camp-targets-already = Выбран
staff-camp-targets-add = Добавить
staff-camp-targets-first = Показаны первые { $count }: введите имя подробнее, чтобы сузить список.
staff-camp-targets-own-mp = Депутат каждого автора
staff-camp-targets-unknown-code = { $code } (ни у кого нет такого кода)
staff-camp-warning-heading = Проверьте перед сохранением
staff-camp-warning-nothing-saved = Пока ничего не сохранено.
staff-camp-warning-confirm = Я понимаю: сохранить эти изменения
staff-camp-warning-text-changed = { $count ->
    [one] { $shown } человек подписал прежний текст; у него останется текст, который он подписал. На странице кампании будет сказано, что письмо изменено { $date }.
    [few] { $shown } человека подписали прежний текст; у них останется текст, который они подписали. На странице кампании будет сказано, что письмо изменено { $date }.
    [many] { $shown } человек подписали прежний текст; у них останется текст, который они подписали. На странице кампании будет сказано, что письмо изменено { $date }.
   *[other] { $shown } человека подписали прежний текст; у них останется текст, который они подписали. На странице кампании будет сказано, что письмо изменено { $date }.
}
staff-camp-warning-closes = Время закрытия, { $when } UTC, уже прошло: кампания закроется сразу после сохранения и больше не будет принимать подписи.

## Updates to supporters

staff-camp-updates-title = Новости: { $headline }
staff-camp-updates-heading = Новости для сторонников
staff-camp-updates-intro = Для «{ $campaign }». Новость отправляется по электронной почте каждому подтвердившему подписанту, который просил сообщать о ходе кампании и не отписался, каждому один раз, и появляется на странице кампании с момента отправки.
staff-camp-updates-write = Написать новость
staff-camp-updates-subject = Тема
staff-camp-updates-subject-hint = До { $max } символов. Это тема письма и заголовок на странице кампании.
staff-camp-updates-body = Новость
staff-camp-updates-body-hint = До { $max } символов Markdown: пустая строка между абзацами, **жирный**, [ссылка](https://example.org). Сторонники видят её в письме и на странице кампании.
staff-camp-updates-send-at = Когда отправить (необязательно)
staff-camp-updates-send-at-hint = По UTC. Оставьте пустым, чтобы отправить сразу после подтверждения; до тех пор её можно изменить.
staff-camp-updates-preview = Прислать мне пробную копию
staff-camp-updates-review = Отправить сторонникам…
staff-camp-updates-so-far = Уже написанные новости
staff-camp-updates-none = Пока нет.
staff-camp-updates-goes-out = Отправка { $when } UTC
staff-camp-updates-not-sent = Не отправлена
staff-camp-updates-by = автор: { $who }
staff-camp-updates-edited = изменена { $when } UTC
staff-camp-updates-progress = { $waiting ->
    [one] Отправлено: { $sent }, ждёт отправки: { $waiting_shown }.
   *[other] Отправлено: { $sent }, ждут отправки: { $waiting_shown }.
}
staff-camp-updates-edit = Изменить
staff-camp-updates-edit-of = «{ $subject }»
staff-camp-updates-confirm-title = Отправить эту новость?
staff-camp-updates-people = { $count ->
    [one] { $shown } человек
    [few] { $shown } человека
    [many] { $shown } человек
   *[other] { $shown } человека
}
staff-camp-updates-confirm-who = { $count ->
    [one] «{ $subject }» получит { $people }: каждый подтвердивший подписант «{ $headline }», который просил сообщать о ходе кампании и не отписался, по одному разу.
   *[other] «{ $subject }» получат { $people }: каждый подтвердивший подписант «{ $headline }», который просил сообщать о ходе кампании и не отписался, по одному разу.
}
staff-camp-updates-confirm-at = Отправка в { $when } UTC.
staff-camp-updates-confirm-edit = Её можно изменить, пока письма ждут отправки; ещё не отправленные письма тогда получат новый текст.
staff-camp-updates-confirm-send = { $count ->
    [one] Да, отправить { $shown } человеку
   *[other] Да, отправить { $shown } людям
}
staff-camp-updates-confirm-back = Нет, вернуться к редактированию
staff-camp-updates-edit-title = Изменить новость
staff-camp-updates-edit-about = «{ $subject }» для «{ $headline }»:
staff-camp-updates-edit-explain = Сохранение меняет новость на странице кампании и во всех ещё не отправленных письмах; кто уже получил её, сохранит прежний текст, и никто не получит оба.
staff-camp-updates-back = Назад к новостям
staff-camp-updates-queued = { $count ->
    [one] Новость сохранена и поставлена в очередь для { $shown } человека. Она появится на странице кампании с момента отправки.
   *[other] Новость сохранена и поставлена в очередь для { $shown } человек. Она появится на странице кампании с момента отправки.
}
staff-camp-updates-preview-sent = Пробная копия отправлена на { $address }. Сторонникам ничего не ушло.
staff-camp-updates-saved = { $replaced ->
    [one] Сохранено. { $replaced_shown } ожидающее письмо теперь содержит новый текст; уже отправленные или отправляемые ({ $kept_shown }) сохраняют прежний.
    [few] Сохранено. { $replaced_shown } ожидающих письма теперь содержат новый текст; уже отправленные или отправляемые ({ $kept_shown }) сохраняют прежний.
    [many] Сохранено. { $replaced_shown } ожидающих писем теперь содержат новый текст; уже отправленные или отправляемые ({ $kept_shown }) сохраняют прежний.
   *[other] Сохранено. { $replaced_shown } ожидающего письма теперь содержат новый текст; уже отправленные или отправляемые ({ $kept_shown }) сохраняют прежний.
}

## Exports

staff-camp-exports-title = Выгрузки
staff-camp-exports-heading = Выгрузки: { $headline }
staff-camp-exports-intro = Файлы — это CSV в UTF-8 со строкой заголовков или массив JSON. Ячейки, которые электронная таблица приняла бы за формулу, начинаются с ', чтобы остаться текстом. Время указано по UTC.
staff-camp-exports-csv = CSV
staff-camp-exports-json = JSON
staff-camp-exports-of = — { $what }
staff-camp-exports-item = { $what }:
staff-camp-exports-counts = Число подтверждённых подписей
staff-camp-exports-by-day = Подписи по дням
staff-camp-exports-by-hour = Подписи по часам
staff-camp-exports-by-constituency = Подписи по округам, с депутатом
staff-camp-exports-by-country = Подписи по странам
staff-camp-exports-letters = Письма
staff-camp-exports-letters-plain = Отправленные письма (без имён и адресов):
staff-camp-exports-letters-label = письма
staff-camp-exports-letters-writers = Отправленные письма с именами и адресами их авторов:
staff-camp-exports-letters-writers-label = письма с авторами
staff-camp-exports-signers-heading = Подписанты, просившие сообщать новости
staff-camp-exports-signers-intro = Имя, адрес электронной почты, почтовый индекс, округ и время подтвердивших подписантов, поставивших галочку, и больше никого. Каждая выгрузка записывается в журнал аудита.
staff-camp-exports-signers = Подписанты:
staff-camp-exports-signers-label = подписанты
staff-camp-exports-terminal = Из терминала
staff-camp-exports-back = Назад к кампаниям

## The embed code page

staff-camp-embed-title = Встроить и поделиться
staff-camp-embed-heading = Встроить «{ $headline }» и поделиться
staff-camp-embed-intro = Разместите живой счётчик этой кампании на другом сайте: её заголовок, число подписей (обновляется каждые 10 секунд), продвижение к цели и ссылку { $sign }, открывающую кампанию в новой вкладке.
staff-camp-embed-sign = Подписать
staff-camp-embed-code = Код для вставки в HTML вашей страницы
staff-camp-embed-code-hint = Выделите его целиком и скопируйте. Счётчик размером 320 на 160 пикселей.
staff-camp-embed-copy = Скопировать код
staff-camp-embed-copied = Скопировано
staff-camp-embed-copied-status = Код скопирован в буфер обмена
staff-camp-embed-copy-failed = Не удалось скопировать: выделите текст и скопируйте его сами
staff-camp-embed-preview = Предпросмотр
staff-camp-embed-preview-title = Предпросмотр: подписи за «{ $headline }»
staff-camp-embed-frame-title = Подписи: { $headline }
staff-camp-embed-see-page = Открыть страницу кампании

## The dashboard

staff-camp-dash-title = Панель: { $headline }
staff-camp-dash-heading = Панель
staff-camp-dash-public-page = Публичная страница
staff-camp-dash-edit = Изменить кампанию
staff-camp-dash-responses = Ответы должностных лиц
staff-camp-dash-all-campaigns = Все кампании
staff-camp-dash-signatures = Подписи
staff-camp-dash-sig-by-status = Подписи по состоянию
staff-camp-dash-sig-confirmed = Подтверждены (засчитаны)
staff-camp-dash-sig-pending = Ждут подтверждения по почте
staff-camp-dash-sig-suspect = Подозрительные (ждут проверки)
staff-camp-dash-sig-invalidated = Аннулированы
staff-camp-dash-status = Состояние
staff-camp-dash-number = Число
staff-camp-dash-goal = { $goal ->
    [one] { $confirmed } из цели в { $goal_shown } подпись ({ $percent } %)
    [few] { $confirmed } из цели в { $goal_shown } подписи ({ $percent } %)
    [many] { $confirmed } из цели в { $goal_shown } подписей ({ $percent } %)
   *[other] { $confirmed } из цели в { $goal_shown } подписи ({ $percent } %)
}
staff-camp-dash-percent = { $percent } %
staff-camp-dash-opted-in = { $confirmed ->
    [one] { $opted_in } из { $confirmed_shown } засчитанного подписанта просили сообщать о ходе кампании ({ $percent } %).
   *[other] { $opted_in } из { $confirmed_shown } засчитанных подписантов просили сообщать о ходе кампании ({ $percent } %).
}
staff-camp-dash-over-time = Подписи во времени
staff-camp-dash-per-hour = Подписи по часам за последние 48 часов
staff-camp-dash-per-day = Подписи по дням с начала кампании
staff-camp-dash-letters = Письма
staff-camp-dash-letters-by-status = Письма сторонников по состоянию
staff-camp-dash-letters-none = Писем пока нет.
staff-camp-dash-deliveries-by-status = Доставка должностным лицам по состоянию
staff-camp-dash-deliveries-none = Доставок пока нет.
staff-camp-dash-letter-draft = Черновики (не отправлены)
staff-camp-dash-letter-unconfirmed = Ждут, пока авторы подтвердят почту
staff-camp-dash-letter-pending = Ждут модерации
staff-camp-dash-letter-approved = Одобрены
staff-camp-dash-letter-rejected = Отклонены
staff-camp-dash-letter-hidden = Скрыты
staff-camp-dash-delivery-queued = В очереди на отправку
staff-camp-dash-delivery-bundled = В совместном письме
staff-camp-dash-delivery-print = Готовы к печати и отправке почтой
staff-camp-dash-delivery-sent = Отправлены
staff-camp-dash-delivery-failed = Не удалось
staff-camp-dash-personal-heading = Личные письма и почти-копии
staff-camp-dash-personal-none = Одобренных писем пока нет.
staff-camp-dash-part = { $count } ({ $percent } %)
staff-camp-dash-personal = { $total ->
    [one] Из { $total_shown } одобренного письма { $personal } — личные, а { $near_copies } — почти-копии главного письма (сходство { $similar } % и больше), которые доходят до должностных лиц совместными письмами.
   *[other] Из { $total_shown } одобренных писем { $personal } — личные, а { $near_copies } — почти-копии главного письма (сходство { $similar } % и больше), которые доходят до должностных лиц совместными письмами.
}
staff-camp-dash-replies = Ответили ли должностные лица?
staff-camp-dash-replies-none = Ответов пока нет. Авторов спрашивают через 14 дней после доставки письма и напоминают один раз неделей позже.
staff-camp-dash-replies-note = «Ответили» считает и ответы по существу, и ответы не по существу. Публичная страница показывает цифры должностного лица, когда у него наберётся { $from } ответов.
staff-camp-dash-answers-by-official = Ответы по должностным лицам
staff-camp-dash-answers-by-party = Ответы по партиям
staff-camp-dash-milestones = Рубежи
staff-camp-dash-milestones-list = Рубежи: { $list }.
staff-camp-dash-milestones-letters = На каждом пишем каждому депутату, среди избирателей которого есть подписавшие.
staff-camp-dash-milestones-no-letters = Депутатам не пишем (включите это в настройках кампании).
staff-camp-dash-milestones-none = Ни один рубеж пока не достигнут.
staff-camp-dash-milestones-reached = Достигнутые рубежи
staff-camp-dash-milestone = Рубеж
staff-camp-dash-reached-at = Достигнут (UTC)
staff-camp-dash-mps-written = Написали депутатам
staff-camp-dash-mps-skipped = Не написали: нет адреса почты

## The dashboard's tables of places

staff-camp-places-by-constituency = По округам
staff-camp-places-no-uk = Засчитанных подписей из Великобритании пока нет.
staff-camp-places-constituency-caption = Засчитанные подписи из Великобритании по вестминстерским округам
staff-camp-places-constituency = Округ
staff-camp-places-mp = Депутат
staff-camp-places-signatures = Подписи
staff-camp-places-unknown-constituency = Неизвестный округ
staff-camp-places-by-country = По странам
staff-camp-places-none = Засчитанных подписей пока нет.
staff-camp-places-country-caption = Засчитанные подписи по странам
staff-camp-places-country = Страна
staff-camp-places-sorted-ascending = (по возрастанию)
staff-camp-places-sorted-descending = (по убыванию)
staff-camp-places-sort-by = (сортировать по этому столбцу)

## Answers to "did your MP reply?", by official or party


## Bar charts of signatures over time

