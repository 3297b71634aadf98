# Missive: the "did your MP reply?" answer page (/replies/{token}), in the visitor's language.
# English is the source language. See docs/languages.md.

replies-unknown-title = Link not recognised
replies-unknown-heading = We do not recognise this link
replies-unknown = Check that you copied the whole link from the email. If it is older than the campaign, the campaign may have closed and its details been erased.
replies-front-page = Go to the front page
replies-title = Did { $official } reply?
replies-title-error = Error: Did { $official } reply?
replies-thanks = Thank you: your answer is counted.
replies-heading = Did { $official } reply to your letter?
# $campaign is a link to the campaign, whose words are its headline.
replies-went-to = Your letter about “{ $campaign }” went to { $official }, { $office }.
# $answer is the answer given, in bold (one of the replies-answer-* messages).
replies-your-answer = Your answer: { $answer }. You can change it below; it counts once.
replies-legend = Did you get a reply?
replies-error = Error:
replies-choose = Choose one of the four answers.
replies-never-named = Your answer is never shown with your name. The campaign page shows how often each official replied, once five or more writers have answered.
replies-answer-yes = Yes, I had a reply
replies-answer-not-addressed = Yes, but it did not address my points
replies-answer-acknowledged = Only an acknowledgement
replies-answer-no = No reply
