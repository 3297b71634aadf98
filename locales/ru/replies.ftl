# Missive: страница ответа «ответил ли ваш депутат?» (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

replies-unknown-title = Ссылка не распознана
replies-unknown-heading = Мы не узнаём эту ссылку
replies-unknown = Проверьте, что вы скопировали ссылку из письма целиком. Если она старше кампании, кампания могла закрыться, а её данные — быть удалены.
replies-front-page = На главную страницу
replies-title = Ответил(а) ли { $official }?
replies-title-error = Ошибка: ответил(а) ли { $official }?
replies-thanks = Спасибо: ваш ответ учтён.
replies-heading = Ответил(а) ли { $official } на ваше письмо?
replies-went-to = Ваше письмо о «{ $campaign }» ушло адресату: { $official }, { $office }.
replies-your-answer = Ваш ответ: { $answer }. Его можно изменить ниже; он учитывается один раз.
replies-legend = Вы получили ответ?
replies-error = Ошибка:
replies-choose = Выберите один из четырёх ответов.
replies-never-named = Ваш ответ никогда не показывается с вашим именем. На странице кампании видно, как часто отвечал каждый адресат, когда ответят пять или больше авторов.
replies-answer-yes = Да, я получил(а) ответ
replies-answer-not-addressed = Да, но мои доводы в нём не рассмотрены
replies-answer-acknowledged = Только подтверждение получения
replies-answer-no = Ответа нет
