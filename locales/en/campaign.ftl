# Missive: the campaign page (the letter, the count, the sign form).
# English is the source language. See docs/languages.md.

campaign-error-title = Error: { $headline }
campaign-opens = Opens on { $when } UTC
campaign-opens-later = You can sign this letter from then. Come back when it opens.
campaign-write-heading = Write your own version
campaign-write-lead = A letter in your own words, to your MP and the ministers who decide, carries far more weight than a copy.
campaign-read-letters = Read letters from supporters
campaign-edited = This letter was edited on { $date }. Everyone who signed keeps the text they signed: { $versions }.
campaign-edited-versions = read every version
campaign-photo-credit-licence = Photo: { $credit } ({ $licence })
campaign-photo-credit = Photo: { $credit }
campaign-photo-licence = Photo licence: { $licence }
campaign-photo-not-shown = Published with a photo, not shown here.

# The word after the count, "1,234 signatures". $count is the number (it chooses the
# plural form); the figure itself is shown before it.
campaign-count-noun = { $count ->
    [one] signature
   *[other] signatures
}
# After the percentage figure: "45% of the goal of 1,000".
campaign-aim-goal = % of the goal of { $goal }
campaign-aim-milestone = % of the next milestone, { $milestone } (the goal is { $goal })
campaign-open-until = Open until { $when } UTC
campaign-closed-heading = This campaign has closed
campaign-closed-on = It is no longer taking signatures (it closed on { $date }). The count above is final. Thank you to everyone who signed.
campaign-closed = It is no longer taking signatures. The count above is final. Thank you to everyone who signed.

sign-heading = Sign this letter
sign-lead = Add your name. We will email you a link to confirm it; it counts once you do.
sign-full-name = Full name
sign-email = Email address
sign-email-hint = Only to confirm your signature, and for updates if you ask for them.
sign-postcode = UK postcode
sign-postcode-hint = Leave empty if you live outside the UK and choose your country below.
sign-country = Country
sign-updates = Email me about this campaign’s progress (at most once a month; stop any time)
sign-honeypot = Leave this empty
sign-button = Sign

# A note above a campaign shown (wholly or partly) in the language it was written in,
# because its organisers have not translated it (or those parts) into the page's language.
campaign-in-original = This campaign is shown in English, the language it was written in: it has not been translated yet.
campaign-partly-in-original = Parts of this campaign are shown in English, the language it was written in: they have not been translated yet.
