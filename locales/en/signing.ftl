# Missive: the pages after the sign form (check your email, confirm, thank you, links).
# English is the source language. See docs/languages.md.

check-title = Check your email
check-sent-to = We have sent a link to { $address }. Open it and press { $confirm } to add your signature to “{ $headline }”.
check-sent = We have sent a link to the address you gave. Open it and press { $confirm } to add your signature to “{ $headline }”.
check-confirm-word = Confirm
check-counts = Your signature counts once you confirm. The link works for 7 days.
check-no-email = No email after a few minutes? Look in your spam or junk folder. If you signed this letter before, you will get a note saying so instead.
check-wrong-address = Wrong address? { $link }.
check-sign-again = Sign again with the right one
check-back = Back to the letter

own-heading = Write your own letter
own-lead-waiting = While you wait: a letter in your own words, to your MP and the ministers who decide, carries far more weight than a signature. Start from the featured letter and make it yours.
own-lead-more = One more thing you can do: a letter in your own words, to your MP and the ministers who decide, carries far more weight than a signature. Start from the featured letter and make it yours.

confirm-title = Confirm your signature
confirm-on = You are confirming your signature on “{ $headline }”.
confirm-button = Confirm my signature
confirm-not-you = Did not sign this, or changed your mind? { $link }.
confirm-withdraw = Withdraw the signature instead

confirmed-title = Signature confirmed
confirmed-heading = Thank you: your signature counts
confirmed-body = Your signature on “{ $headline }” is confirmed. The count on the letter’s page includes you within a few seconds.
confirmed-share = Share the letter with people who would sign it too.
confirmed-withdraw = Changed your mind? { $link } (possible until the campaign closes).
confirmed-withdraw-link = Withdraw my signature
confirmed-withdraw-email = Changed your mind? The link in your email lets you withdraw your signature until the campaign closes.

link-unknown-title = Link not recognised
link-unknown-heading = We do not recognise this link
link-unknown-body = Check that you copied the whole link from the email. If it still does not work, sign again and we will send a new one.
link-unknown-home = Go to the featured letter

link-expired-title = Link expired
link-expired-heading = This link has expired
link-expired-body = Confirmation links work for 7 days. Sign again with the same email address and we will send you a new link.
link-expired-sign-again = Sign again
link-expired-not-you = Did not sign this? An unconfirmed signature never counts, or you can { $link }.
link-expired-withdraw = withdraw it now
