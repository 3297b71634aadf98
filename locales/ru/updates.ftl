# Missive: постоянные слова вокруг новости организатора в письме сторонникам (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

update-email-why = Вы получили это письмо, потому что подписали «{ $headline }» и попросили сообщать о ходе кампании.
update-email-stop = Чтобы больше не получать эти письма (ваша подпись по-прежнему учитывается), откройте эту ссылку и нажмите кнопку:
update-email-unsubscribe = { $link } (ваша подпись по-прежнему учитывается).
update-email-unsubscribe-link = Отписаться от этих новостей

unsubscribe-title = Отписаться от новостей
unsubscribe-already-heading = Вы уже отписались
unsubscribe-already = Вы больше не получаете новостей о «{ $headline }». Ваша подпись по-прежнему учитывается.
unsubscribe-heading = Отписаться от новостей этой кампании?
unsubscribe-ask = Вы подписали «{ $headline }» и попросили сообщать о ходе кампании. Нажмите кнопку, и мы больше не будем присылать вам новости о ней.
unsubscribe-stays = Ваша подпись остаётся и по-прежнему учитывается.
unsubscribe-button = Отписаться от новостей
unsubscribe-back = Вернуться к кампании
unsubscribed-title = Вы отписались
unsubscribed-heading = Вы отписались
unsubscribed-said = С этого момента мы больше не будем присылать вам новости о «{ $headline }»: новости, уже ожидающие отправки, до вас тоже не дойдут.
unsubscribed-stays = Ваша подпись остаётся и по-прежнему учитывается. Больше ничего делать не нужно.
unsubscribe-unknown-title = Ссылка не распознана
unsubscribe-unknown-heading = Эта ссылка не распознана
unsubscribe-unknown = Проверьте, что вы скопировали ссылку из письма целиком. Если кампания была обезличена, ваш адрес больше не хранится и новостей вы больше не получите.
