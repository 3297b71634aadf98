# Missive: the emails to a letter's writer (plain text and HTML share these words), in the
# language the letter was started in (`letters.language`).
# English is the source language. See docs/languages.md.

letter-thanks = Thank you for writing.
# $rest is the names before the last, joined by commas.
letter-list-and = { $rest } and { $last }

letter-draft-subject = Your letter: { $headline }
letter-draft-saved = Your letter is saved. Open this private link to carry on writing, on any device:
letter-draft-link = Carry on with my letter
letter-draft-keep = Keep this email: anyone with the link can read and change your draft. If you did not start a letter, ignore this email.

letter-submitted-subject = Your letter is with our moderators: { $headline }
letter-submitted-subject-unconfirmed = Confirm your email to send your letter: { $headline }
letter-submitted-next = A moderator will read your letter before it is sent; we will email you when that happens.
letter-submitted-next-unconfirmed = Your letter goes to our moderators once you confirm your email address: open the other email we have just sent you and press its button. Until then nothing is sent.
letter-submitted-progress = You can see your letter's progress here:
letter-submitted-link = See my letter’s progress

letter-approved-subject = Your letter is approved: { $headline }
letter-approved-body = Your letter has been approved.
letter-approved-follow = You can follow it here:
letter-approved-link = See my letter
letter-ahead-emailed = We are emailing it now to { $names }, on its own, with your email address to reply to.
# $paragraphs is a number: how many paragraphs the writer added or changed.
letter-ahead-joint = It is mostly the featured letter, so it goes to { $names } in the joint letter of { $date }, { $paragraphs ->
    [0] with your name on it
    [one] with your name and the paragraph you added quoted under it
   *[other] with your name and the { $paragraphs } paragraphs you added quoted under it
}.
# $count is how many officials $names holds.
letter-ahead-print = { $names } { $count ->
    [one] takes
   *[other] take
} letters only by post: your page has a copy ready to print, sign and send, and a link to send it from your own email instead.

letter-rejected-subject = Your letter was not approved: { $headline }
# $reason is one of the letter-because-* messages.
letter-rejected-reason = A moderator has read your letter “{ $subject }” and we cannot send it, because { $reason }.
letter-rejected-note = A note from the moderator:
letter-rejected-after = Your signature on the campaign is not affected. You are welcome to write a new letter:
letter-rejected-link = Write a new letter
letter-because-offensive = it contains language that is abusive or offensive
letter-because-defamatory = it makes claims about people that could be defamatory (damage their reputation without evidence)
letter-because-personal-data = it includes personal details of other people, such as their contact details or private information
letter-because-spam = it looks like spam or advertising
letter-because-off-topic = it is not about what this campaign is asking for
letter-because-duplicate = it repeats a letter that has already been sent to us

letter-redacted-subject = We changed your letter before sending it: { $headline }
letter-redacted-intro = A moderator has approved your letter “{ $subject }”, but only after changing it a little. It is sent and shown as changed.
letter-redacted-removed = We took out:
letter-redacted-added = We put in:
letter-redacted-reason = The moderator’s reason:
letter-redacted-undo = If you would rather it were not sent as changed, you can delete your letter from the private link in the email about its approval.

reply-question-subject = Did { $official } reply to your letter?
reply-reminder-subject = A reminder: did { $official } reply to your letter?
reply-question-asked = Two weeks or more ago your letter about “{ $headline }” was delivered to { $official }. Did you get a reply?
reply-question-tell = Tell us here (one click on the page):
reply-question-link = Tell us whether { $official } replied
reply-question-counted = Your answer is counted, never shown with your name; the campaign publishes how often each official replies.
reply-question-only-reminder = This is the only reminder we send.
