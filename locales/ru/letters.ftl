# Missive: написание письма, личная страница автора, опубликованные письма сторонников, версии письма кампании и страница для печати (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

## The editor

letters-editor-title = Напишите своё письмо
letters-editor-error-title = Ошибка: Напишите своё письмо
letters-editor-start = Начните с основного письма кампании и сделайте его своим или { $blank } (или { $featured }).
letters-editor-start-blank = начните с чистого листа
letters-editor-start-featured = с основного письма
letters-editor-why = Письмо, написанное своими словами, чиновники читают гораздо внимательнее, чем копию: оно показывает, что вам не всё равно. Письма, которые в основном повторяют основной текст, тоже учитываются: они приходят каждому адресату вместе, одним совместным письмом со всеми именами, а абзацы, добавленные каждым автором, приводятся под его именем.
letters-save = Сохранить черновик
letters-submit = Отправить на модерацию
letters-honeypot = Оставьте это поле пустым
letters-editor-saving-note = При сохранении мы отправим вам личную ссылку, чтобы вы могли вернуться к письму с любого устройства. Модератор читает каждое письмо, прежде чем оно будет отправлено или опубликовано.
letters-delete-draft = Удалить этот черновик

letters-autosave-saving = Сохраняем…
letters-autosave-saved = Сохранено в { $time }
letters-autosave-not-saved = Не сохранено: { $reason }
letters-autosave-use-button = воспользуйтесь кнопкой «Сохранить черновик»
letters-autosave-offline = проверьте подключение и нажмите «Сохранить черновик»
letters-autosave-unsaved = Есть несохранённые изменения
letters-autosave-sent = Это письмо уже отправлено на модерацию, и изменить его больше нельзя.

letters-about-you = О вас
letters-full-name = Полное имя
letters-email = Адрес электронной почты
letters-email-hint = Сюда мы отправим вашу личную ссылку. Чиновники, которые ответят, ответят на этот адрес.
letters-postcode = Почтовый индекс в Великобритании
letters-postcode-hint = Чтобы найти вашего депутата. Оставьте пустым, если вы живёте не в Великобритании.
letters-address-hint = Депутат представляет избирателей, которых может проверить, и может ответить по почте, поэтому в письме депутату нужен ваш адрес. Он указывается только в вашем письме и никогда не появляется на публичных страницах.
letters-address-line-1 = Адрес, строка 1
letters-address-line-2 = Адрес, строка 2 (необязательно)
letters-town = Город
letters-country = Страна

letters-your-mp = Ваш депутат
letters-your-constituency = Ваш избирательный округ: { $name }.
letters-search-or-ministers = Найдите свой округ по названию ниже или оставьте как есть — тогда письмо уйдёт только министрам.
letters-search-constituencies = Поиск округа
letters-find = Найти
letters-constituency = Избирательный округ
letters-from-postcode = Определить по моему индексу

letters-lookup-enter = Введите почтовый индекс выше, чтобы найти вашего депутата.
letters-lookup-invalid = «{ $postcode }» — не британский почтовый индекс: проверьте его, чтобы найти вашего депутата.
letters-lookup-unknown = Мы не нашли индекс { $postcode }: проверьте его или укажите ваш нынешний индекс.
letters-lookup-terminated-month = Индекс { $postcode } не используется с { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
} { $year } г.: укажите ваш нынешний индекс, чтобы найти депутата.
letters-lookup-terminated-year = Индекс { $postcode } не используется с { $year } г.: укажите ваш нынешний индекс, чтобы найти депутата.
letters-lookup-terminated = Индекс { $postcode } больше не используется: укажите ваш нынешний индекс, чтобы найти депутата.
letters-lookup-no-mp = Индекс { $postcode } относится { $where ->
    [channel-islands] к Нормандским островам
    [isle-of-man] к острову Мэн
   *[other] к территории { $place }
}, у которой нет депутата в парламенте Великобритании.
letters-lookup-no-constituency = Индекс { $postcode } не относится ни к одному избирательному округу парламента Великобритании.
letters-lookup-unavailable = Поиск по индексу сейчас недоступен, поэтому мы не можем определить вашего депутата по индексу.

letters-your-letter = Ваше письмо
letters-goes-to = Адресаты:
letters-recipient = { $name }, { $office }
letters-your-mp-later = ваш депутат, когда мы узнаем ваш округ
letters-subject = Тема
letters-body = Письмо
letters-body-hint = От 50 до 10 000 знаков. Обращение «Dear …» и ваше имя мы добавим для каждого адресата.

letters-what-happens = Что будет после отправки
letters-route-joint = Ваше письмо в основном повторяет основное письмо кампании, поэтому после одобрения модератором оно уйдёт каждому адресату в { $joint }: основное письмо один раз, затем имена всех авторов.
letters-route-joint-of = совместном письме { $date }
letters-route-joint-own = { $paragraphs ->
    [0] От вас будет только ваше имя: добавьте свои абзацы, и они будут приведены под вашим именем.
    [one] Добавленный или изменённый вами абзац будет приведён под вашим именем.
    [few] { $paragraphs } добавленных или изменённых вами абзаца будут приведены под вашим именем.
    [many] { $paragraphs } добавленных или изменённых вами абзацев будут приведены под вашим именем.
   *[other] Добавленные или изменённые вами абзацы ({ $paragraphs }) будут приведены под вашим именем.
}
letters-route-joint-more = Сделайте его более своим — и оно уйдёт отдельным письмом.
letters-route-own = Ваше письмо — ваше собственное, поэтому после одобрения модератором оно уйдёт каждому адресату { $own }: по электронной почте или, тем, кто принимает письма только по почте, в готовом для печати виде.
letters-route-own-strong = отдельным письмом
letters-route-confirm = Если вы ещё не подтвердили адрес электронной почты в этой кампании, мы пришлём вам письмо с кнопкой для подтверждения: ваше письмо уйдёт на модерацию, как только вы её нажмёте.

letters-meter-label = Насколько это письмо ваше: { $percent }
letters-meter-mostly-featured = В основном основное письмо
letters-meter-partly-own = Частично вашими словами
letters-meter-mostly-own = В основном вашими словами
letters-meter-own = Ваше собственное письмо

letters-publishing = Публикация
letters-publish = Опубликовать моё письмо на странице кампании после одобрения модератором
letters-public-name = Имя для публикации
letters-public-name-hint = Оставьте пустым, чтобы указать полное имя; подойдут имя или инициалы.

letters-preview = Предпросмотр
letters-preview-empty = Здесь появятся адресаты вашего письма.
letters-preview-your-name = Ваше имя

## The banner after saving or sending

letters-notice-confirm = Почти готово: проверьте почту и подтвердите адрес, чтобы отправить письмо на модерацию.
letters-notice-saved = Сохранено. Мы отправили вам личную ссылку на эту страницу.
letters-notice-submitted = Отправлено на модерацию.
letters-notice-saved-not-emailed = Сохранено. На этот раз мы не отправили вам ссылку, потому что с вашего интернет-подключения недавно начали много писем. Добавьте эту страницу в закладки: её адрес — ваша личная ссылка на это письмо.
letters-notice-submitted-not-emailed = Отправлено. Мы не отправили вам ссылку, потому что с вашего интернет-подключения недавно начали много писем. Добавьте эту страницу в закладки, чтобы следить за письмом.

## The writer's private page once the letter is sent

letters-yours-title = Ваше письмо
letters-status = { $label } { $status }
letters-status-label = Статус:
letters-status-unconfirmed = Ждём, пока вы подтвердите адрес электронной почты. Подтвердите адрес, чтобы отправить письмо на модерацию: откройте наше письмо и нажмите в нём кнопку. До тех пор ничего не отправляется.
letters-status-pending = Ждёт модератора. Мы сообщим вам, когда его прочитают.
letters-status-approved = Одобрено.
letters-status-rejected = Не одобрено. Причину мы указали в письме вам.
letters-status-hidden = Одобрено, но больше не показывается на странице кампании.
letters-status-withdrawn = Удалено вами.
letters-status-draft = Черновик.
letters-deliveries = Где сейчас ваше письмо
letters-deliveries-to = Кому
letters-deliveries-how = Как
letters-deliveries-status = Статус
letters-method-email = По электронной почте
letters-method-print = По почте (вы печатаете сами)
letters-method-joint = В совместном письме
letters-delivery-queued = Отправляется сейчас
letters-delivery-sent-joint = Отправлено { $date } в совместном письме
letters-delivery-sent = Отправлено { $date }
letters-delivery-failed = Ещё не отправлено
letters-delivery-bundled-sending = В совместном письме, отправляется сейчас
letters-delivery-bundled = Ждёт совместного письма { $date }
letters-delivery-joint-print = В совместном письме, которое кампания отправит по почте
letters-delivery-print = Готово к печати
letters-printable = Версия для печати
letters-own-email = Отправить со своей почты
letters-own-email-instead = Отправить со своей почты вместо этого
letters-no-email = У нас нет адреса электронной почты адресата ({ $name }): распечатайте письмо, подпишите его и отправьте по адресу, указанному вверху.
letters-reaches = Что получат адресаты
letters-reaches-joint = Ваше письмо в основном повторяет основное письмо кампании, поэтому оно уходит в совместном письме: основное письмо один раз, затем имена и округа всех авторов.
letters-reaches-joint-next = Ваше письмо в основном повторяет основное письмо кампании, поэтому после одобрения модератором оно уйдёт в ближайшем совместном письме (следующее — { $date }): основное письмо один раз, затем имена и округа всех авторов.
letters-reaches-name-only = Под вашим именем: только ваше имя (вы не добавили своих абзацев).
letters-reaches-quoted = Под вашим именем, вашими словами:
letters-reaches-whole = Всё ваше письмо, отдельно, с вашей подписью.
letters-as-written = Ваше письмо в том виде, в каком вы его написали
letters-delete-mine = Удалить моё письмо

## The print page (the letter itself stays as officials receive it)

letters-print-title = Письмо: { $name }
letters-print-how = Распечатайте эту страницу (Ctrl+P или ⌘P), подпишите и отправьте по почте. Если сложить лист втрое, адрес будет виден в окошке конверта (DL).
letters-print-button = Распечатать письмо

## Supporters' published letters

letters-published-heading = Письма сторонников
letters-published-title = Письма сторонников: { $headline }
letters-published-lead = Сторонники написали эти письма своими словами своим депутатам и министрам. { $link }.
letters-published-write = Напишите своё
letters-published-none = Пока не опубликовано ни одного письма.
letters-published-anonymous = Сторонник кампании
letters-published-pages = Страницы писем
letters-published-newer = Более новые письма
letters-published-older = Более ранние письма
letters-published-page = Страница { $page } из { $pages }

## The versions of a campaign's letter

letters-versions-title = Версии письма «{ $headline }»
letters-versions-lead = Каждая подпись сохраняет ту версию письма, которая действовала в момент подписания.
letters-versions-back = Вернуться к кампании
letters-version = Версия { $number } от { $when } UTC
letters-version-current = Версия { $number } от { $when } UTC (текущая)

## In the writer's emails

letters-quoted = «{ $text }»
