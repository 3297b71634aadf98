# Missive: страницы сотрудников для модерации писем, проверки подписей, журнала действий и ответов должностных лиц (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

## Moderation: the queue

staff-mod-queue-title = Письма на модерации
staff-mod-queue-error-title = Ошибка: Письма на модерации
staff-mod-check-answers = Проверьте ответы
staff-mod-check-filter = Проверьте фильтр
staff-mod-fix-filter = Исправьте фильтр выше, чтобы увидеть письма.
staff-mod-queue-empty = Писем, ожидающих модерации, нет.
staff-mod-queue-none-match = Подходящих писем нет.
staff-mod-queue-match = { $count ->
    [one] Подходит { $n } письмо, сначала самые старые.
    [few] Подходят { $n } письма, сначала самые старые.
   *[many] Подходят { $n } писем, сначала самые старые.
}
staff-mod-queue-match-pages = { $count ->
    [one] Подходит { $n } письмо, сначала самые старые.
    [few] Подходят { $n } письма, сначала самые старые.
   *[many] Подходят { $n } писем, сначала самые старые.
} Показаны { $first }–{ $last }, страница { $page } из { $pages }.
staff-mod-queue-unconfirmed = { $count ->
    [one] Ещё { $n } письмо ждёт, пока автор подтвердит адрес электронной почты: оно попадёт в очередь после этого.
    [few] Ещё { $n } письма ждут, пока авторы подтвердят адреса электронной почты: каждое попадёт в очередь, как только его автор это сделает.
   *[many] Ещё { $n } писем ждут, пока авторы подтвердят адреса электронной почты: каждое попадёт в очередь, как только его автор это сделает.
}
staff-mod-pages = Страницы писем
staff-mod-page-previous = Предыдущая страница
staff-mod-page-next = Следующая страница
staff-mod-page-of = Страница { $page } из { $pages }
staff-mod-letter-number = письмо { $id }
staff-mod-published = Недавно опубликованные письма
staff-mod-published-caption = Недавно опубликованные письма (откройте письмо, чтобы скрыть его)
staff-mod-published-letter = Письмо
staff-mod-published-shown-as = Подпись под письмом
staff-mod-published-approved = Одобрено

## The queue's filter

staff-mod-filter-legend = Фильтр писем
staff-mod-filter-campaign = Кампания
staff-mod-filter-status = Статус
staff-mod-filter-similarity = Сходство с образцом письма
staff-mod-filter-age = Ждёт
staff-mod-filter-all-campaigns = Все кампании
staff-mod-filter-choice-status = { $value ->
    [pending] Ждёт модерации
    [unconfirmed] Ждёт подтверждения автора
    [approved] Одобрено
    [rejected] Отклонено
   *[hidden] Скрыто
}
staff-mod-filter-choice-likeness = { $value ->
    [near-copy] Почти копии образца письма
    [personal] Своими словами автора
   *[other] Любое
}
staff-mod-filter-any-time = Любой срок
staff-mod-filter-more-than = { $count ->
    [one] Больше { $n } дня
   *[other] Больше { $n } дней
}
staff-mod-filter-show = Показать письма
staff-mod-filter-clear = Сбросить фильтр

## What a moderator did, or why nothing was done

staff-mod-done-nothing = Ничего не изменилось.
staff-mod-done-approved = { $count ->
    [1] Письмо одобрено. Автору отправлено уведомление, отправка письма адресатам началась.
    [one] { $n } письмо одобрено. Авторам отправлены уведомления, отправка писем адресатам началась.
    [few] { $n } письма одобрены. Авторам отправлены уведомления, отправка писем адресатам началась.
   *[many] { $n } писем одобрено. Авторам отправлены уведомления, отправка писем адресатам началась.
}
staff-mod-done-rejected = { $count ->
    [1] Письмо отклонено. Автору отправлена причина.
    [one] { $n } письмо отклонено. Авторам отправлена причина.
    [few] { $n } письма отклонены. Авторам отправлена причина.
   *[many] { $n } писем отклонено. Авторам отправлена причина.
}
staff-mod-done-hidden = Письмо скрыто. Его больше нет на странице кампании.
staff-mod-done-restored = Письмо снова показано. Оно вернулось на страницу кампании; автору ничего не отправлено.
staff-mod-done-redacted = Письмо отредактировано и одобрено. Автору отправлено, что и почему изменено, отправка письма адресатам началась.
staff-mod-done-skipped = { $did } { $count ->
    [one] { $n } отмеченное письмо уже не ждало модерации, поэтому его оставили как есть.
    [few] { $n } отмеченных письма уже не ждали модерации, поэтому их оставили как есть.
   *[many] { $n } отмеченных писем уже не ждали модерации, поэтому их оставили как есть.
}
staff-mod-unchanged = Это письмо уже не ждёт модерации: { $status ->
    [draft] это всё ещё черновик, который автор не отправил
    [unconfirmed] оно ждёт, пока автор подтвердит адрес электронной почты
    [pending] оно ждёт модерации
    [approved] оно уже одобрено
    [rejected] оно уже отклонено
    [hidden] оно уже скрыто
   *[withdrawn] автор его удалил
}. Ничего не изменилось.
staff-mod-unchanged-hiding = Скрыть можно только одобренное письмо, а { $status ->
    [draft] это письмо всё ещё черновик, который автор не отправил
    [unconfirmed] это письмо ждёт, пока автор подтвердит адрес электронной почты
    [pending] это письмо ждёт модерации
    [approved] это письмо уже одобрено
    [rejected] это письмо уже отклонено
    [hidden] это письмо уже скрыто
   *[withdrawn] это письмо автор удалил
}. Ничего не изменилось.
staff-mod-not-hidden = Снова показать можно только скрытое письмо, а { $status ->
    [approved] это письмо уже показано
   *[other] это письмо не скрыто
}. Ничего не изменилось.
staff-mod-claim-refused = Это письмо читает { $email }. Ничего не изменилось: если нужно, возьмите его себе ниже.

## One letter

staff-mod-back = Назад к письмам на модерации
staff-mod-letter-heading = Письмо { $id }: { $subject }
staff-mod-error-title = Ошибка: { $title }
staff-mod-status-label = Статус:
staff-mod-status-words = { $status ->
    [draft] черновик
    [unconfirmed] ждёт, пока автор подтвердит адрес электронной почты (ещё не в очереди)
    [pending] ждёт модерации
    [approved] одобрено
    [rejected] отклонено
    [hidden] скрыто со страницы кампании
   *[withdrawn] удалено автором после отправки
}
staff-mod-time-utc = { $time } UTC
staff-mod-show-original = Показать исходный текст автора (до правки модератором)
staff-mod-your-decision = Ваше решение

staff-mod-fact-submitted = Отправлено
staff-mod-not-submitted = Не отправлено
staff-mod-fact-from = От кого
staff-mod-from-place = { $name }, { $place }
staff-mod-fact-to = Кому
staff-mod-to-nobody = Никому: адресаты кампании не настроены
staff-mod-to-mp-unknown = Не их депутату: избирательный округ неизвестен
staff-mod-fact-like = Сходство с образцом письма
staff-mod-percent = { $n } %
staff-mod-like-featured = В основном образец письма
staff-mod-like-partly = Отчасти своими словами автора
staff-mod-like-mostly-own = В основном своими словами автора
staff-mod-like-own = Собственное письмо автора
staff-mod-near-copy = Почти копия: оно идёт должностным лицам как имя под совместным письмом.
staff-mod-fact-publish = Публиковать
staff-mod-publish-as = Да, под именем { $name }
staff-mod-publish-no = Нет
staff-mod-fact-campaign = Кампания

staff-mod-diff-key = Слова, добавленные автором, { $added }; слова, убранные из образца письма, { $removed }.
staff-mod-diff-underlined = подчёркнуты
staff-mod-diff-struck = зачёркнуты
staff-mod-body-written = Письмо в авторском виде (в основном своими словами автора)
staff-mod-body-show-changes = Показать изменения относительно образца письма
staff-mod-body-changes = Письмо как изменения образца письма
staff-mod-body-show-written = Показать письмо в авторском виде

staff-mod-history = История
staff-mod-history-none = Модераторы ещё ничего не делали с этим письмом.
staff-mod-history-entry = { $event }: { $actor }, { $time }
staff-mod-history-reason = { $label }: { $reason }
staff-mod-history-note = Примечание для автора:
staff-mod-event-approve = Одобрено
staff-mod-event-reject = Отклонено
staff-mod-event-hide = Скрыто со страницы кампании
staff-mod-event-restore = Снова показано на странице кампании
staff-mod-event-redact = Отредактировано перед одобрением
staff-mod-event-claim = Взято на чтение
staff-mod-taken-over = забрано у { $email }
staff-mod-reason = Причина
staff-mod-reason-hide = Причина скрытия
staff-mod-reason-restore = Причина повторного показа
staff-mod-reason-redact = Что изменено и почему
staff-mod-reject-label = { $reason ->
    [offensive] Оскорбительное
    [defamatory] Клевета
    [personal-data] Личные данные других людей
    [spam] Спам
    [off-topic] Не по теме
   *[duplicate] Повтор
}

## Claims

staff-mod-claim-mine = Вы читаете это письмо (взято { $time }).
staff-mod-claim-held = { $reader } с { $time }.
staff-mod-claim-reader = Читает { $email }
staff-mod-take-over = Забрать у { $email }
staff-mod-claim = Взять и прочитать
staff-mod-which-letter = письмо { $id }

## Decisions

staff-mod-approve = Одобрить
staff-mod-reject = Отклонить
staff-mod-reject-letter = Отклонить письмо { $id }
staff-mod-reject-reason = Причина отказа
staff-mod-choose-reason = Выберите причину
staff-mod-note = Примечание для автора (необязательно)
staff-mod-note-hint = Отправляется вместе с причиной, вашими словами. Не более { $n } { $count ->
    [one] символа
   *[other] символов
}.
staff-mod-saved-note = Или сохранённое примечание
staff-mod-saved-note-hint = Отправляется, если поле примечания выше пустое.
staff-mod-no-saved-note = Без сохранённого примечания
staff-mod-hide-legend = Скрыть это письмо со страницы кампании
staff-mod-hide-reason = Причина (необязательно)
staff-mod-hide-hint = Сохраняется в журнале действий; автору ничего не отправляется. Не более { $n } { $count ->
    [one] символа
   *[other] символов
}.
staff-mod-hide-button = Скрыть письмо
staff-mod-restore-legend = Снова показать это письмо на странице кампании
staff-mod-restore-hint = Сохраняется в истории письма и в журнале действий; автору ничего не отправляется. Не более { $n } { $count ->
    [one] символа
   *[other] символов
}.
staff-mod-restore-button = Снова показать письмо
staff-mod-redact-summary = Отредактировать письмо и одобрить его (вместо отказа)
staff-mod-redact-body = Текст письма
staff-mod-redact-body-hint = Уберите то, что нельзя отправлять или публиковать, например номер телефона или имя другого человека. Письмо отправят и опубликуют в том виде, в каком вы его оставите.
staff-mod-redact-note = Что вы изменили и почему?
staff-mod-redact-note-hint = Отправляется автору вместе с убранными словами и сохраняется в истории письма. Не повторяйте здесь убранные сведения. Не более { $n } { $count ->
    [one] символа
   *[other] символов
}.
staff-mod-redact-button = Одобрить с этими изменениями

## Bulk decisions

staff-mod-tick = Отметьте письмо { $id }, чтобы одобрить или отклонить его вместе с другими
staff-mod-bulk-legend = Все отмеченные письма
staff-mod-bulk-approve = Одобрить отмеченные письма
staff-mod-bulk-reject = Отклонить отмеченные письма
staff-mod-bulk-reject-hint = Чтобы отклонить их все по одной причине:
staff-mod-bulk-top-legend = Решение по отмеченным письмам
staff-mod-tick-all = Отметить все письма на этой странице
staff-mod-untick-all = Снять все отметки

## Saved notes

staff-mod-notes-title = Сохранённые примечания для авторов
staff-mod-notes-error-title = Ошибка: Сохранённые примечания для авторов
staff-mod-notes-intro = Примечания, которые вы часто отправляете при отказе. Они перечислены в каждой форме отказа; выбранное отправляется, если поле примечания оставлено пустым.
staff-mod-notes-none = Сохранённых примечаний пока нет.
staff-mod-notes-saved-by = Сохранил(а) { $email }, { $time }
staff-mod-notes-remove = Удалить
staff-mod-notes-remove-which = это примечание
staff-mod-notes-body = Примечание для сохранения
staff-mod-notes-body-hint = Не более { $n } { $count ->
    [one] символа
   *[other] символов
}, словами, понятными автору.
staff-mod-notes-save = Сохранить примечание
staff-mod-notes-added = Примечание сохранено. Оно есть в списке каждой формы отказа.
staff-mod-notes-removed = Примечание удалено из списка.

## Signature review

staff-sig-title = Проверка подписей
staff-sig-error-title = Ошибка: Проверка подписей
staff-sig-find = Найти подписи
staff-sig-field-campaign = Кампания
staff-sig-field-email_domain = Домен почты
staff-sig-field-email_domain-hint = Часть после @, например example.org
staff-sig-field-ip = IP-адрес
staff-sig-field-ip-hint = Полный адрес, его начало (например 203.0.113.) или диапазон (например 203.0.113.0/24)
staff-sig-field-postcode = Почтовый индекс
staff-sig-field-postcode-hint = Полный индекс или его начало, например SW1A
staff-sig-field-constituency = Избирательный округ
staff-sig-field-constituency-hint = Его название или код, например E14001172
staff-sig-field-from = Подписано с
staff-sig-field-from-hint = UTC: дата и время, например 2026-11-28 14:30, или дата
staff-sig-field-to = Подписано по
staff-sig-field-to-hint = UTC, включая эту минуту (или весь этот день)
staff-sig-field-status = Статус
staff-sig-status-all = Все
staff-sig-status-suspect = Только подозрительные
staff-sig-status-invalidated = Аннулированные
staff-sig-search = Искать
staff-sig-matches = { $count ->
    [one] Подходит { $n } подпись
    [few] Подходят { $n } подписи
   *[many] Подходят { $n } подписей
}
staff-sig-newest-shown = Показаны { $n } самых новых.
staff-sig-why-invalidate = Почему их нужно аннулировать?
staff-sig-why-genuine = Почему они настоящие?
staff-sig-reason-hint = Обязательно. Сохраняется в журнале действий.
staff-sig-invalidate-button = { $count ->
    [one] Аннулировать { $n } подходящую подпись
    [few] Аннулировать все { $n } подходящие подписи
   *[many] Аннулировать все { $n } подходящих подписей
}
staff-sig-already-invalidated = { $count ->
    [one] { $n } уже аннулированная остаётся как есть.
   *[other] { $n } уже аннулированных остаются как есть.
}
staff-sig-clear-button = { $count ->
    [one] Признать { $n } подозрительную подпись настоящей
    [few] Признать { $n } подозрительные подписи настоящими
   *[many] Признать { $n } подозрительных подписей настоящими
}
staff-sig-narrow = Чтобы аннулировать подписи, сузьте поиск по домену почты, IP-адресу, индексу, округу, времени или статусу.
staff-sig-moved-none = Ничего не изменилось: под это действие сейчас не подходит ни одна подпись.
staff-sig-moved = Ничего не изменилось: подходящие подписи изменились с тех пор, как была показана страница, и сейчас подходит { $n }. Проверьте их и попробуйте снова.
staff-sig-done-invalidated = { $count ->
    [one] Аннулирована { $n } подпись. Она уйдёт из счётчика в течение секунды.
    [few] Аннулированы { $n } подписи. Они уйдут из счётчика в течение секунды.
   *[many] Аннулировано { $n } подписей. Они уйдут из счётчика в течение секунды.
}
staff-sig-done-cleared = { $count ->
    [one] { $n } подозрительная подпись признана настоящей: она засчитывается после подтверждения.
    [few] { $n } подозрительные подписи признаны настоящими: они засчитываются после подтверждения.
   *[many] { $n } подозрительных подписей признаны настоящими: они засчитываются после подтверждения.
}
staff-sig-done-reverted = { $count ->
    [one] Аннулирование отменено: восстановлена { $n } подпись.
    [few] Аннулирование отменено: восстановлены { $n } подписи.
   *[many] Аннулирование отменено: восстановлено { $n } подписей.
}
staff-sig-nothing-to-revert = Отменять нечего: такого аннулирования нет или оно уже отменено.
staff-sig-table = Подходящие подписи
staff-sig-table-caption = Подходящие подписи, сначала самые новые
staff-sig-col-name = Имя
staff-sig-col-signed = Подписано (UTC)
staff-sig-col-confirmed = Подтверждена
staff-sig-col-suspect = Подозрительная
staff-sig-col-invalidated = Аннулирована
staff-sig-yes = Да
staff-sig-no = Нет
staff-sig-ip-unknown = неизвестен
staff-sig-recent = Недавние аннулирования
staff-sig-recent-none = Пока нет.
staff-sig-col-number = Номер
staff-sig-col-when = Когда (UTC)
staff-sig-col-search = Поиск
staff-sig-col-signatures = Подписи
staff-sig-col-by = Кто
staff-sig-former-account = бывшая учётная запись
staff-sig-reverted-at = Отменено { $time }
staff-sig-revert-reason = Причина (необязательно)
staff-sig-revert = Отменить
staff-sig-which-invalidation = аннулирование { $id }
staff-sig-criterion-email-domain = домен почты { $value }
staff-sig-criterion-ip = IP { $value }
staff-sig-criterion-postcode = индекс { $value }
staff-sig-criterion-constituency = округ { $value }
staff-sig-criterion-from = подписано с { $value }
staff-sig-criterion-to = подписано по { $value }
staff-sig-criterion-status = статус { $value }
staff-sig-criteria-separator = {"; "}
staff-sig-criteria-every = все подписи

## The audit log

staff-audit-title = Журнал действий
staff-audit-intro = Все действия сотрудников, сначала самые новые. Записи нельзя изменить или удалить отсюда.
staff-audit-moderation-title = Журнал модерации
staff-audit-moderation-intro = Все решения модераторов по письмам (одобрение, отказ, правка, скрытие, повторный показ), сначала самые новые, с указанной причиной.
staff-audit-field-actor = Кто (почта)
staff-audit-field-action = Действие (или его начало, например letter.)
staff-audit-field-subject-type = Тип объекта
staff-audit-field-subject-id = Идентификатор объекта
staff-audit-field-letter = Номер письма
staff-audit-field-since = С (дата)
staff-audit-field-until = По (дата)
staff-audit-filter = Отфильтровать
staff-audit-entries = Записи журнала действий
staff-audit-count = { $count ->
    [one] { $n } запись
    [few] { $n } записи
   *[many] { $n } записей
}
staff-audit-col-when = Когда (UTC)
staff-audit-col-who = Кто
staff-audit-col-action = Действие
staff-audit-col-subject = Объект
staff-audit-col-change = Изменение
staff-audit-col-reason = Причина
staff-audit-subject-letter = Письмо { $id }
staff-audit-subject-account = Учётная запись { $id }
staff-audit-subject-unknown-account = Неизвестная учётная запись
staff-audit-subject-deleted-account = Учётная запись { $id } (удалена)
staff-audit-subject-invalidation = Аннулирование { $id }
staff-audit-subject-api-token = Токен API { $id }
staff-audit-subject-campaign = Кампания { $id }
staff-audit-subject-campaign-update = Новость кампании { $id }
staff-audit-subject-official-response = Ответ должностного лица { $id }
staff-audit-subject-saved-note = Сохранённое примечание { $id }
staff-audit-actor-unknown = неизвестная учётная запись
staff-audit-change = { $before } → { $after }
staff-audit-change-search = { $search }: { $count }
staff-audit-search = подписи, подходящие под условия: { $criteria }
staff-audit-signatures = { $count ->
    [one] { $n } подпись
    [few] { $n } подписи
   *[many] { $n } подписей
}
staff-audit-letter-state = { $state ->
    [draft] черновик
    [unconfirmed] не подтверждено
    [pending] ждёт модерации
    [approved] одобрено
    [rejected] отклонено
    [hidden] скрыто
   *[withdrawn] удалено автором
}

## Officials' responses

staff-resp-heading = Ответы должностных лиц
staff-resp-correct-heading = Исправить ответ
staff-resp-title = { $heading }: { $headline }
staff-resp-error-title = Ошибка: { $heading }: { $headline }
staff-resp-public-page = Публичная страница
staff-resp-dashboard = Панель
staff-resp-all = Все ответы
staff-resp-none = Ответов пока не записано.
staff-resp-item = { $name }, { $office } — получен { $date }: { $summary }
staff-resp-correct = Исправить
staff-resp-correct-which = ответ от { $name }
staff-resp-emailed = Разослан { $time } UTC
staff-resp-record-heading = Записать ответ
staff-resp-official = Должностное лицо, которое ответило
staff-resp-choose = Выберите…
staff-resp-targets = Адресаты этой кампании
staff-resp-others = Другие должностные лица
staff-resp-received = Дата получения
staff-resp-received-hint = Год-месяц-день, например 2026-12-04.
staff-resp-summary = Краткое содержание
staff-resp-summary-hint = Одно-два предложения, не более { $n } { $count ->
    [one] символа
   *[other] символов
}. Показывается первым на странице кампании и в письме.
staff-resp-body = Полный текст ответа
staff-resp-body-hint = Markdown или простой текст. Отметьте поле ниже, если это текст в точности таким, каким он получен.
staff-resp-as-received = Это полный текст в точности таким, каким он получен (показывается как есть, без форматирования)
staff-resp-correcting = Исправление ответа сразу меняет страницу кампании и открытые данные. Повторно никому ничего не отправляется.
staff-resp-save-correction = Сохранить исправление
staff-resp-recording = Запись ответа публикует его на странице кампании и один раз рассылает его подписавшим, которые просили сообщать о ходе кампании, и всем, чьё письмо ушло этому должностному лицу.
staff-resp-record = Записать и разослать ответ
staff-resp-recorded = Ответ записан и опубликован. { $count ->
    [one] { $n } письмо уже в пути.
    [few] { $n } письма уже в пути.
   *[many] { $n } писем уже в пути.
}
staff-resp-corrected = Исправление сохранено. Повторно никому ничего не отправлено.
