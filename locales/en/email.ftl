# Missive: the emails to supporters (plain text and HTML share these words).
# English is the source language. See docs/languages.md.

email-hello = Hello,
email-see-campaign = See the campaign
email-campaign-at = The campaign: { $url }

confirm-email-subject = Please confirm your signature: { $headline }
confirm-email-thanks = Thank you for signing “{ $headline }”.
confirm-email-counts = Your signature counts only once you confirm it. Open this link and press the Confirm button:
confirm-email-link = Confirm my signature
# $days is a number: it chooses the plural form.
confirm-email-valid = The link works for { $days ->
    [one] { $days } day
   *[other] { $days } days
}. If you did not sign, ignore this email and nothing will be counted.
confirm-email-keep = Keep this email: if you change your mind later, the same link lets you withdraw your signature, until the campaign closes.

already-email-subject = You have already signed: { $headline }
already-email-body = Someone, probably you, tried to sign “{ $headline }” with this email address. You have already signed and confirmed, so your signature is counted once; there is nothing more to do.
