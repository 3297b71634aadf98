# Missive: письма сторонникам (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

email-hello = Здравствуйте!
email-see-campaign = Открыть страницу кампании
email-campaign-at = Кампания: { $url }

confirm-email-subject = Подтвердите подпись: { $headline }
confirm-email-thanks = Спасибо, что подписали письмо «{ $headline }».
confirm-email-counts = Подпись засчитывается только после подтверждения. Откройте эту ссылку и нажмите кнопку «Подтвердить»:
confirm-email-link = Подтвердить мою подпись
confirm-email-valid = Ссылка действует { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}. Если вы не подписывали, просто не обращайте внимания на это письмо: ничего засчитано не будет.
confirm-email-keep = Сохраните это письмо: если вы передумаете, по той же ссылке можно отозвать подпись до закрытия кампании.

already-email-subject = Вы уже подписали: { $headline }
already-email-body = Кто-то, вероятно вы, попытался подписать «{ $headline }» с этого адреса электронной почты. Вы уже подписали и подтвердили, поэтому ваша подпись учтена один раз; больше ничего делать не нужно.
