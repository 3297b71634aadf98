# Missive: письма автору письма (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

letter-thanks = Спасибо, что написали.
letter-list-and = { $rest } и { $last }

letter-draft-subject = Ваше письмо: { $headline }
letter-draft-saved = Ваше письмо сохранено. Откройте эту личную ссылку, чтобы продолжить писать на любом устройстве:
letter-draft-link = Продолжить моё письмо
letter-draft-keep = Сохраните это письмо: любой, у кого есть ссылка, может прочитать и изменить ваш черновик. Если вы не начинали письмо, просто не обращайте внимания на это сообщение.

letter-submitted-subject = Ваше письмо у модераторов: { $headline }
letter-submitted-subject-unconfirmed = Подтвердите адрес, чтобы отправить письмо: { $headline }
letter-submitted-next = Модератор прочитает ваше письмо перед отправкой; мы сообщим вам, когда это произойдёт.
letter-submitted-next-unconfirmed = Ваше письмо попадёт к модераторам, как только вы подтвердите адрес электронной почты: откройте другое письмо, которое мы только что вам отправили, и нажмите в нём кнопку. До тех пор ничего не отправляется.
letter-submitted-progress = Следить за вашим письмом можно здесь:
letter-submitted-link = Посмотреть, что с моим письмом

letter-approved-subject = Ваше письмо одобрено: { $headline }
letter-approved-body = Ваше письмо одобрено.
letter-approved-follow = Следить за ним можно здесь:
letter-approved-link = Моё письмо
letter-ahead-emailed = Мы отправляем его сейчас по электронной почте: { $names }, отдельным письмом, с вашим адресом для ответа.
letter-ahead-joint = Оно в основном совпадает с основным письмом кампании, поэтому уйдёт адресатам ({ $names }) в совместном письме { $date }, { $paragraphs ->
    [0] с вашим именем
    [one] с вашим именем и цитатой добавленного вами абзаца
    [few] с вашим именем и цитатой { $paragraphs } добавленных вами абзацев
    [many] с вашим именем и цитатой { $paragraphs } добавленных вами абзацев
   *[other] с вашим именем и цитатой добавленных вами абзацев ({ $paragraphs })
}.
letter-ahead-print = { $names } { $count ->
    [one] принимает
   *[other] принимают
} письма только по почте: на вашей странице есть копия, готовая к печати, подписи и отправке, и ссылка, чтобы вместо этого отправить её с вашего собственного адреса.

letter-rejected-subject = Ваше письмо не одобрено: { $headline }
letter-rejected-reason = Модератор прочитал ваше письмо «{ $subject }», и мы не можем его отправить, потому что { $reason }.
letter-rejected-note = Заметка модератора:
letter-rejected-after = Ваша подпись под кампанией остаётся в силе. Вы можете написать новое письмо:
letter-rejected-link = Написать новое письмо
letter-because-offensive = в нём есть оскорбительные или грубые выражения
letter-because-defamatory = в нём есть утверждения о людях, которые могут быть клеветой (вредят их репутации без доказательств)
letter-because-personal-data = в нём есть личные данные других людей, например их контакты или частная информация
letter-because-spam = оно похоже на спам или рекламу
letter-because-off-topic = оно не о том, чего добивается эта кампания
letter-because-duplicate = оно повторяет письмо, которое нам уже присылали

letter-redacted-subject = Перед отправкой мы изменили ваше письмо: { $headline }
letter-redacted-intro = Модератор одобрил ваше письмо «{ $subject }», но сначала немного его изменил. Оно отправляется и показывается как изменённое.
letter-redacted-removed = Мы убрали:
letter-redacted-added = Мы добавили:
letter-redacted-reason = Причина, по словам модератора:
letter-redacted-undo = Если вы не хотите, чтобы письмо ушло в изменённом виде, вы можете удалить его по личной ссылке из письма о его одобрении.

reply-question-subject = Ответил(а) ли { $official } на ваше письмо?
reply-reminder-subject = Напоминание: ответил(а) ли { $official } на ваше письмо?
reply-question-asked = Две недели назад или раньше ваше письмо о «{ $headline }» было доставлено адресату: { $official }. Вы получили ответ?
reply-question-tell = Сообщите нам здесь (один щелчок на странице):
reply-question-link = Сообщить, ответил(а) ли { $official }
reply-question-counted = Ваш ответ учитывается, но никогда не показывается с вашим именем; кампания публикует, как часто отвечает каждый адресат.
reply-question-only-reminder = Это единственное напоминание, которое мы отправляем.
