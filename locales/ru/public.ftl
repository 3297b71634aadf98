# Missive: прочие публичные страницы (виджет для встраивания, отзыв подписи и удаление письма, источники данных, страницы ошибок, новости, ответы и статистика на странице кампании) и ответ чиновника, разосланный по почте (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

## The embeddable counter

public-embed-closed = Завершена
public-embed-goal = % от цели в { $goal }
public-embed-sign = Подписать
public-embed-read = Читать
public-embed-new-tab = письмо (откроется в новой вкладке)

## Share links (names of the services)

public-share-whatsapp = WhatsApp
public-share-x = X (Twitter)
public-share-facebook = Facebook

## Withdrawing a signature, deleting a letter

public-back-to-letter = Вернуться к письму
public-withdraw-title = Отзыв подписи
public-withdraw-heading = Отозвать подпись?
public-withdraw-about = Вы собираетесь отозвать свою подпись под письмом «{ $headline }».
public-withdraw-what = Она больше не будет учитываться, а мы удалим ваше имя, адрес электронной почты и почтовый индекс. Если передумаете, сможете подписать снова, пока кампания открыта.
public-withdraw-button = Отозвать мою подпись
public-withdraw-keep = Нет, оставить подпись
public-withdraw-closed-title = Кампания завершена
public-withdraw-closed-on = Кампания «{ $headline }» завершилась { $date }. Её итоговый счёт окончателен, поэтому отозвать подпись больше нельзя.
public-withdraw-closed-erased = Мы храним имена, адреса электронной почты и индексы подписавших только до { $date }. Затем мы удаляем их навсегда и оставляем только цифры.
public-withdrawn-title = Подпись отозвана
public-withdrawn-heading = Ваша подпись отозвана
public-withdrawn-body = Ваша подпись больше не учитывается в кампании «{ $headline }», а ваше имя, адрес электронной почты и почтовый индекс мы удалили.
public-withdrawn-thanks = Спасибо за вашу поддержку. Если передумаете, вы можете снова подписать письмо, пока кампания открыта.
public-withdrawn-letter = Если вы также написали письмо, ссылка в сообщении о нём позволит удалить и его.

public-delete-draft-title = Удалить этот черновик?
public-delete-draft-body = Ваш черновик к кампании «{ $headline }» будет удалён навсегда вместе с вашим именем, адресом электронной почты и почтовым индексом. Эта ссылка перестанет работать.
public-delete-title = Удалить ваше письмо?
public-delete-unsent = Ничего не было отправлено или опубликовано: ваше письмо будет удалено навсегда вместе с вашим именем, адресом электронной почты и почтовым индексом, а эта ссылка перестанет работать.
public-delete-signature = Ваша подпись под «{ $headline }» останется. Чтобы отозвать и её, воспользуйтесь ссылкой из письма с подтверждением.
public-delete-sent = Ваше письмо уже ушло некоторым адресатам, а отправленное письмо нельзя вернуть: у получивших его чиновников останется их копия.
public-delete-sent-what = Если удалить его сейчас, оно исчезнет со страницы кампании, ещё не отправленные копии не уйдут, а ваше имя, адрес электронной почты, почтовый индекс и текст письма будут стёрты из Missive. Эта ссылка перестанет работать.
public-delete-button = Да, удалить моё письмо
public-delete-keep = Нет, оставить
public-deleted-title = Письмо удалено
public-deleted-heading = Ваше письмо удалено
public-deleted-sent = Уже отправленные копии остаются у получивших их чиновников. Всё остальное удалено из Missive: ваше имя, адрес электронной почты, почтовый индекс и текст письма.
public-deleted-gone = Оно удалено навсегда вместе с вашим именем, адресом электронной почты и почтовым индексом.
public-deleted-thanks = Спасибо, что написали о кампании «{ $headline }». Вы можете написать снова.

## Data sources and licences (the sources' and licences' names as their owners write them)

public-sources-title = Источники данных и лицензии
public-sources-mps-heading = Члены парламента и избирательные округа
public-sources-mps = Имена, партии и парламентские адреса электронной почты 650 членов парламента, а также названия и коды вестминстерских избирательных округов (границы 2024 года) взяты из набора { $lookup }, который публикует аналитическая служба Министерства образования Великобритании на основе { $members } и { $geography }.
public-sources-mp-lookup = MP lookup
public-sources-members-api = UK Parliament Members API
public-sources-geoportal = ONS Open Geography Portal
public-sources-opl = Содержит парламентскую информацию, распространяемую по лицензии { $licence }.
public-sources-opl-name = Open Parliament Licence v3.0
public-sources-ons = Источник: Управление национальной статистики Великобритании, данные по лицензии { $licence }.
public-sources-ogl-name = Open Government Licence v3.0
public-sources-postcodes-heading = Почтовые индексы
public-sources-postcodes = Почтовые индексы сопоставляются с округами по справочнику ONS National Statistics Postcode Lookup (Open Government Licence v3.0; содержит данные OS © Crown copyright and database right и данные Royal Mail © Royal Mail copyright and database right), если сайт его импортировал, а иначе — через { $postcodes }, который предоставляет те же открытые данные.
public-sources-postcodes-io = postcodes.io
public-sources-licence = Сам Missive — свободная программа под лицензией GNU Affero General Public Licence версии 3 или более поздней.

## Error pages

public-error-home = К основному письму
public-error-staff-home = Вернуться к страницам сотрудников
public-error-not-found-title = Страница не найдена
public-error-not-found = Если вы ввели адрес вручную, проверьте, правильный ли он. Если вы перешли по ссылке, она могла устареть.
public-error-staff-not-found-heading = Страница для сотрудников не найдена
public-error-staff-not-found = По этому адресу нет страницы для сотрудников. Если вы перешли по ссылке, то, на что она указывала, могло быть удалено.
public-error-bad-request-title = С этим запросом что-то не так
public-error-bad-request-heading = Мы не смогли прочитать отправленное
public-error-bad-request = Вернитесь назад, обновите страницу и попробуйте ещё раз.
public-error-server-title = Извините, что-то пошло не так
public-error-server-heading = Извините, у нас что-то пошло не так
public-error-server = Вы ничего не сделали неправильно: попробуйте ещё раз через минуту.
public-error-no-campaigns = Кампаний пока нет
public-error-no-campaigns-how = Организатор может добавить кампанию командой { $command }.
public-error-forbidden-title = Доступ запрещён
public-error-forbidden-heading = У вас нет доступа к этой странице
public-error-forbidden = Ваша роль не включает этот раздел Missive. Обратитесь к администратору, если он вам нужен.
public-error-csrf-title = Форма устарела
public-error-csrf-heading = Срок действия формы истёк
public-error-csrf = Ради вашей безопасности мы ничего не сделали. Вернитесь назад, обновите страницу и попробуйте ещё раз.
public-error-too-large-title = Слишком много данных
public-error-too-large-heading = Отправлено слишком много
public-error-too-large = Отправленное больше, чем мы принимаем. Сократите его и попробуйте ещё раз.
public-error-headers-title = Слишком большой запрос
public-error-headers-heading = Ваш браузер отправил больше, чем мы принимаем
public-error-headers = Удалите файлы cookie этого сайта и обновите страницу.
public-error-method-title = Метод не разрешён
public-error-method-heading = Этот адрес не принимает такой запрос
public-error-method = Он отвечает только на { $allow }. Если вы перешли по ссылке или отправили форму, вернитесь назад и обновите страницу.

## The campaign page: updates, officials' responses, reply rates, statistics

public-updates-heading = Новости кампании
public-updates-edited = изменено { $date }

public-responses-heading = Ответы чиновников
public-responses-received = Получен { $date }
public-responses-corrected = исправлен { $date }
public-responses-full = Полный текст ответа
public-responses-full-as-received = Полный текст ответа в том виде, в каком он получен

public-rates-heading = Ответили ли чиновники?
public-rates-lead = Через две недели после доставки каждого письма мы спрашивали автора, получил ли он ответ. Чиновники, о которых есть не меньше { $count } ответов:
public-rates-region = Ответы по чиновникам
public-rates-caption = Ответы на письма сторонников, по чиновникам
public-rates-who = { $name }, { $office }
public-rates-col-who = Кто
public-rates-col-replied = Ответили
public-rates-col-yes = Да
public-rates-col-not-addressed = Да, но не по существу
public-rates-col-acknowledged = Только подтвердили получение
public-rates-col-no = Нет ответа
public-rates-col-answers = Ответов

public-stats-heading = Кто подписал
public-stats-per-day = Подписи по дням
public-stats-top = Округа с наибольшим числом подписей
public-stats-constituency = Округ
public-stats-mp = Депутат
public-stats-signatures = Подписи
public-stats-note = Только засчитанные подписи: подтверждённые по почте и проверенные на злоупотребления. Обновляется каждые несколько секунд.

## Charts (the bars' dates and hours are written 2026-11-28 and 2026-11-28 14:00)

public-chart-none = Подписей пока нет.
public-chart-empty = { $title }: подписей пока нет.
public-chart-figures = { $title }: цифры
public-chart-day = День (UTC)
public-chart-hour = Час (UTC)
public-chart-signatures = Подписи
public-chart-bar = { $label }: { $count }
public-chart-desc-day = Столбчатая диаграмма за { $periods_figure } { $periods ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
} с { $first } по { $last } (UTC): всего { $total_figure } { $total ->
    [one] подпись
    [few] подписи
    [many] подписей
   *[other] подписи
}, больше всего за один день — { $top }, { $top_label }.
public-chart-desc-hour = Столбчатая диаграмма за { $periods_figure } { $periods ->
    [one] час
    [few] часа
    [many] часов
   *[other] часа
} с { $first } по { $last } (UTC): всего { $total_figure } { $total ->
    [one] подпись
    [few] подписи
    [many] подписей
   *[other] подписи
}, больше всего за один час — { $top }, { $top_label }.
public-chart-desc-day-empty = Столбчатая диаграмма за { $periods_figure } { $periods ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
} с { $first } по { $last } (UTC): всего { $total_figure } { $total ->
    [one] подпись
    [few] подписи
    [many] подписей
   *[other] подписи
}.
public-chart-desc-hour-empty = Столбчатая диаграмма за { $periods_figure } { $periods ->
    [one] час
    [few] часа
    [many] часов
   *[other] часа
} с { $first } по { $last } (UTC): всего { $total_figure } { $total ->
    [one] подпись
    [few] подписи
    [many] подписей
   *[other] подписи
}.

## An official's answer, emailed to supporters and writers (in their signature's or letter's language)

public-response-subject = Ответ от { $official }: { $headline }
public-response-responded = { $official } ({ $office }) ответил(а) на кампанию «{ $headline }». Ответ получен { $date }.
public-response-in-short = Коротко: { $summary }
public-response-in-short-html = { $label } { $summary }
public-response-in-short-label = Коротко:
public-response-read = Прочитать на странице кампании
public-response-why-supporter = Вы получили это письмо, потому что при подписании попросили сообщать о ходе кампании.
public-response-why-writer = Вы получили это письмо, потому что ваше письмо было отправлено адресату: { $official }.
