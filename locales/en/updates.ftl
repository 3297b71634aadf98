# Missive: the fixed words around an organiser's update as emailed to a supporter, in the
# language the signature was made in (`signatures.language`), and the unsubscribe page.
# English is the source language. See docs/languages.md.

update-email-why = You are receiving this because you signed “{ $headline }” and asked to hear about its progress.
update-email-stop = To stop these emails (your signature still counts), open this link and press the button:
# $link is a link whose words are update-email-unsubscribe-link.
update-email-unsubscribe = { $link } (your signature still counts).
update-email-unsubscribe-link = Unsubscribe from these updates

unsubscribe-title = Stop updates
unsubscribe-already-heading = You are already unsubscribed
unsubscribe-already = You get no more updates about “{ $headline }”. Your signature still counts.
unsubscribe-heading = Stop updates about this campaign?
unsubscribe-ask = You signed “{ $headline }” and asked to hear about its progress. Press the button and we will send you no more updates about it.
unsubscribe-stays = Your signature stays and still counts.
unsubscribe-button = Unsubscribe from updates
unsubscribe-back = Back to the campaign
unsubscribed-title = Unsubscribed
unsubscribed-heading = You are unsubscribed
unsubscribed-said = We will send you no more updates about “{ $headline }”, starting now: updates already waiting to go will not reach you either.
unsubscribed-stays = Your signature stays and still counts. You do not need to do anything else.
unsubscribe-unknown-title = Link not recognised
unsubscribe-unknown-heading = This link is not recognised
unsubscribe-unknown = Check that you copied the whole link from the email. If the campaign has been anonymised, your address is no longer kept and you will get no more updates.
