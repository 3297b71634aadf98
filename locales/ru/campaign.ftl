# Missive: страница кампании (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

campaign-error-title = Ошибка: { $headline }
campaign-opens = Открывается { $when } UTC
campaign-opens-later = С этого момента письмо можно будет подписать. Возвращайтесь, когда оно откроется.
campaign-write-heading = Напишите свой вариант
campaign-write-lead = Письмо своими словами вашему депутату и министрам, которые принимают решения, весит гораздо больше, чем копия.
campaign-read-letters = Читать письма сторонников
campaign-edited = Это письмо было отредактировано { $date }. Каждый подписавший сохраняет тот текст, который подписал: { $versions }.
campaign-edited-versions = прочитать все версии
campaign-photo-credit-licence = Фото: { $credit } ({ $licence })
campaign-photo-credit = Фото: { $credit }
campaign-photo-licence = Лицензия фото: { $licence }
campaign-photo-not-shown = Опубликовано с фотографией, которая здесь не показана.

# 1 подпись, 2 подписи, 5 подписей, 21 подпись, 1,5 подписи.
campaign-count-noun = { $count ->
    [one] подпись
    [few] подписи
    [many] подписей
   *[other] подписи
}
campaign-aim-goal = % от цели в { $goal }
campaign-aim-milestone = % от следующего рубежа, { $milestone } (цель — { $goal })
campaign-open-until = Открыто до { $when } UTC
campaign-closed-heading = Эта кампания завершена
campaign-closed-on = Подписи больше не принимаются (кампания закрылась { $date }). Счётчик выше окончательный. Спасибо всем, кто подписал.
campaign-closed = Подписи больше не принимаются. Счётчик выше окончательный. Спасибо всем, кто подписал.

sign-heading = Подпишите это письмо
sign-lead = Укажите своё имя. Мы отправим вам ссылку для подтверждения; подпись засчитывается после подтверждения.
sign-full-name = Имя и фамилия
sign-email = Адрес электронной почты
sign-email-hint = Только для подтверждения подписи и для новостей, если вы их попросите.
sign-postcode = Почтовый индекс в Великобритании
sign-postcode-hint = Оставьте пустым, если вы живёте не в Великобритании, и выберите свою страну ниже.
sign-country = Страна
sign-updates = Сообщайте мне по почте о ходе этой кампании (не чаще раза в месяц; отписаться можно в любой момент)
sign-honeypot = Оставьте это поле пустым
sign-button = Подписать

campaign-in-original = Эта кампания показана на английском языке, на котором она написана: на русский её пока не перевели.
campaign-partly-in-original = Некоторые части этой кампании показаны на английском языке, на котором она написана: на русский их пока не перевели.
