# Missive: the staff pages for moderating letters (the queue, one letter, saved notes), signature
# review, the audit log and officials' responses.
# English is the source language. See docs/languages.md.
# $count is a number (it picks the plural form); $n is the same number as the language writes it.

## Moderation: the queue

staff-mod-queue-title = Letters to moderate
staff-mod-queue-error-title = Error: Letters to moderate
staff-mod-check-answers = Please check your answers
staff-mod-check-filter = Please check the filter
staff-mod-fix-filter = Fix the filter above to see letters.
staff-mod-queue-empty = No letters are waiting for moderation.
staff-mod-queue-none-match = No letters match.
staff-mod-queue-match = { $count ->
    [one] { $n } letter matches.
   *[other] { $n } letters match, oldest first.
}
# $first and $last: the letters this page shows; $page of $pages.
staff-mod-queue-match-pages = { $n } letters match, oldest first. Showing { $first }–{ $last }, page { $page } of { $pages }.
staff-mod-queue-unconfirmed = { $count ->
    [one] { $n } more letter waits for its writer to confirm their email address: it joins the queue once they do.
   *[other] { $n } more letters wait for their writers to confirm their email address: each joins the queue once its writer does.
}
staff-mod-pages = Pages of letters
staff-mod-page-previous = Previous page
staff-mod-page-next = Next page
staff-mod-page-of = Page { $page } of { $pages }
staff-mod-letter-number = letter { $id }
staff-mod-published = Recently published letters
staff-mod-published-caption = Recently published letters (open one to hide it)
staff-mod-published-letter = Letter
staff-mod-published-shown-as = Shown as
staff-mod-published-approved = Approved

## The queue's filter

staff-mod-filter-legend = Filter the letters
staff-mod-filter-campaign = Campaign
staff-mod-filter-status = Status
staff-mod-filter-similarity = Like the featured letter
staff-mod-filter-age = Waiting
staff-mod-filter-all-campaigns = All campaigns
staff-mod-filter-choice-status = { $value ->
    [pending] Waiting for moderation
    [unconfirmed] Waiting for the writer to confirm
    [approved] Approved
    [rejected] Rejected
   *[hidden] Hidden
}
staff-mod-filter-choice-likeness = { $value ->
    [near-copy] Near-copies of the featured letter
    [personal] In the writer’s own words
   *[other] Any
}
staff-mod-filter-any-time = Any time
staff-mod-filter-more-than = { $count ->
    [one] More than { $n } day
   *[other] More than { $n } days
}
staff-mod-filter-show = Show letters
staff-mod-filter-clear = Clear the filter

## What a moderator did, or why nothing was done

staff-mod-done-nothing = Nothing was changed.
staff-mod-done-approved = { $count ->
    [1] Letter approved. Its writer has been emailed and its deliveries have started.
   *[other] { $n } letters approved. Their writers have been emailed and their deliveries have started.
}
staff-mod-done-rejected = { $count ->
    [1] Letter rejected. Its writer has been emailed the reason.
   *[other] { $n } letters rejected. Their writers have been emailed the reason.
}
staff-mod-done-hidden = Letter hidden. It no longer appears on the campaign’s page.
staff-mod-done-restored = Letter shown again. It is back on the campaign’s page; its writer was not emailed.
staff-mod-done-redacted = Letter edited and approved. Its writer has been emailed what was changed and why, and its deliveries have started.
# $did is one of the staff-mod-done-* sentences; $count letters ticked were skipped.
staff-mod-done-skipped = { $did } { $count ->
    [one] { $n } ticked letter was no longer waiting for moderation, so it was left as it was.
   *[other] { $n } ticked letters were no longer waiting for moderation, so they were left as they were.
}
# $status is the letter's status: draft, unconfirmed, pending, approved, rejected, hidden, withdrawn.
staff-mod-unchanged = This letter is no longer waiting for moderation: it { $status ->
    [draft] is still a draft its writer has not sent
    [unconfirmed] is waiting for its writer to confirm their email address
    [pending] is waiting for moderation
    [approved] has already been approved
    [rejected] has already been rejected
    [hidden] has already been hidden
   *[withdrawn] has been deleted by its writer
}. Nothing was changed.
staff-mod-unchanged-hiding = Only an approved letter can be hidden, and this letter { $status ->
    [draft] is still a draft its writer has not sent
    [unconfirmed] is waiting for its writer to confirm their email address
    [pending] is waiting for moderation
    [approved] has already been approved
    [rejected] has already been rejected
    [hidden] has already been hidden
   *[withdrawn] has been deleted by its writer
}. Nothing was changed.
staff-mod-not-hidden = Only a hidden letter can be shown again, and this letter { $status ->
    [approved] is already shown
   *[other] is not hidden
}. Nothing was changed.
staff-mod-claim-refused = { $email } is reading this letter. Nothing was changed: take it over below if you mean to.

## One letter

staff-mod-back = Back to the letters to moderate
staff-mod-letter-heading = Letter { $id }: { $subject }
# $title is the page's title.
staff-mod-error-title = Error: { $title }
staff-mod-status-label = Status:
staff-mod-status-words = { $status ->
    [draft] a draft
    [unconfirmed] waiting for its writer to confirm their email address (not in the queue yet)
    [pending] waiting for moderation
    [approved] approved
    [rejected] rejected
    [hidden] hidden from the campaign’s page
   *[withdrawn] deleted by its writer after it was sent
}
staff-mod-time-utc = { $time } UTC
staff-mod-show-original = Show the writer’s original text (before a moderator edited it)
staff-mod-your-decision = Your decision

staff-mod-fact-submitted = Submitted
staff-mod-not-submitted = Not submitted
staff-mod-fact-from = From
# The writer's name and their constituency or country.
staff-mod-from-place = { $name }, { $place }
staff-mod-fact-to = To
staff-mod-to-nobody = Nobody: the campaign’s recipients are not set up
staff-mod-to-mp-unknown = Not their MP: their constituency is not known
staff-mod-fact-like = Like the featured letter
staff-mod-percent = { $n }%
staff-mod-like-featured = Mostly the featured letter
staff-mod-like-partly = Partly the writer’s own words
staff-mod-like-mostly-own = Mostly the writer’s own words
staff-mod-like-own = The writer’s own letter
staff-mod-near-copy = A near-copy: it goes to officials as a name on the joint letter.
staff-mod-fact-publish = Publish
# $name is the name it is published under, in quotation marks.
staff-mod-publish-as = Yes, as { $name }
staff-mod-publish-no = No
staff-mod-fact-campaign = Campaign

# $added and $removed are the words of staff-mod-diff-underlined and -struck, marked up.
staff-mod-diff-key = Words the writer added are { $added }; words they took out of the featured letter are { $removed }.
staff-mod-diff-underlined = underlined
staff-mod-diff-struck = struck through
staff-mod-body-written = The letter as written (mostly the writer’s own words)
staff-mod-body-show-changes = Show the changes from the featured letter
staff-mod-body-changes = The letter, as changes to the featured letter
staff-mod-body-show-written = Show the letter as written

staff-mod-history = History
staff-mod-history-none = No moderator has acted on this letter yet.
# $event is a staff-mod-event-* message, in bold; $actor a staff member's email.
staff-mod-history-entry = { $event } by { $actor }, { $time }
staff-mod-history-reason = { $label }: { $reason }
staff-mod-history-note = Note to the writer:
staff-mod-event-approve = Approved
staff-mod-event-reject = Rejected
staff-mod-event-hide = Hidden from the campaign’s page
staff-mod-event-restore = Shown again on the campaign’s page
staff-mod-event-redact = Edited before approval
staff-mod-event-claim = Claimed
staff-mod-taken-over = taken over from { $email }
staff-mod-reason = Reason
staff-mod-reason-hide = Reason for hiding
staff-mod-reason-restore = Reason for showing it again
staff-mod-reason-redact = What was changed and why
# $reason: offensive, defamatory, personal-data, spam, off-topic, duplicate.
staff-mod-reject-label = { $reason ->
    [offensive] Offensive
    [defamatory] Defamatory
    [personal-data] Personal data of others
    [spam] Spam
    [off-topic] Off-topic
   *[duplicate] Duplicate
}

## Claims

staff-mod-claim-mine = You are reading this letter (claimed { $time }).
# $reader is staff-mod-claim-reader, in bold.
staff-mod-claim-held = { $reader } since { $time }.
staff-mod-claim-reader = Being read by { $email }
staff-mod-take-over = Take over from { $email }
staff-mod-claim = Claim and read
# After a button's words, for screen readers only.
staff-mod-which-letter = letter { $id }

## Decisions

staff-mod-approve = Approve
staff-mod-reject = Reject
staff-mod-reject-letter = Reject letter { $id }
staff-mod-reject-reason = Reason for rejecting
staff-mod-choose-reason = Choose a reason
staff-mod-note = Note to the writer (optional)
staff-mod-note-hint = Sent with the reason, in your words. Up to { $n } characters.
staff-mod-saved-note = Or a saved note
staff-mod-saved-note-hint = Sent when the note box above is empty.
staff-mod-no-saved-note = No saved note
staff-mod-hide-legend = Hide this letter from the campaign’s page
staff-mod-hide-reason = Reason (optional)
staff-mod-hide-hint = Kept in the audit log; the writer is not emailed. Up to { $n } characters.
staff-mod-hide-button = Hide letter
staff-mod-restore-legend = Show this letter on the campaign’s page again
staff-mod-restore-hint = Kept in the letter’s history and the audit log; the writer is not emailed. Up to { $n } characters.
staff-mod-restore-button = Show letter again
staff-mod-redact-summary = Edit the letter, then approve it (instead of rejecting it)
staff-mod-redact-body = The letter’s text
staff-mod-redact-body-hint = Take out what must not be sent or published, such as a phone number or another person’s name. The letter is delivered and published as you leave it.
staff-mod-redact-note = What did you change, and why?
staff-mod-redact-note-hint = Emailed to the writer with the words you took out, and kept in the letter’s history. Do not repeat the removed details here. Up to { $n } characters.
staff-mod-redact-button = Approve with these changes

## Bulk decisions

staff-mod-tick = Tick letter { $id } to approve or reject it with others
staff-mod-bulk-legend = All the letters you ticked
staff-mod-bulk-approve = Approve ticked letters
staff-mod-bulk-reject = Reject ticked letters
staff-mod-bulk-reject-hint = To reject them, all for the same reason:
staff-mod-bulk-top-legend = Decide on the letters you tick
staff-mod-tick-all = Tick every letter on this page
staff-mod-untick-all = Untick all

## Saved notes

staff-mod-notes-title = Saved notes to writers
staff-mod-notes-error-title = Error: Saved notes to writers
staff-mod-notes-intro = Notes you send often when rejecting a letter. Each reject form lists them; the one picked is sent when its note box is left empty.
staff-mod-notes-none = No notes are saved yet.
staff-mod-notes-saved-by = Saved by { $email }, { $time }
staff-mod-notes-remove = Remove
staff-mod-notes-remove-which = this note
staff-mod-notes-body = A note to save
staff-mod-notes-body-hint = Up to { $n } characters, in words a writer reads.
staff-mod-notes-save = Save note
staff-mod-notes-added = Note saved. It is in the list of every reject form.
staff-mod-notes-removed = Note removed from the list.

## Signature review

staff-sig-title = Signature review
staff-sig-error-title = Error: Signature review
staff-sig-find = Find signatures
staff-sig-field-campaign = Campaign
staff-sig-field-email_domain = Email domain
staff-sig-field-email_domain-hint = The part after the @, like example.org
staff-sig-field-ip = IP address
staff-sig-field-ip-hint = A whole address, its start (like 203.0.113.) or a range (like 203.0.113.0/24)
staff-sig-field-postcode = Postcode
staff-sig-field-postcode-hint = A whole postcode or its start, like SW1A
staff-sig-field-constituency = Constituency
staff-sig-field-constituency-hint = Its name or code, like E14001172
staff-sig-field-from = Signed from
staff-sig-field-from-hint = UTC: a date and time, like 2026-11-28 14:30, or a date
staff-sig-field-to = Signed up to
staff-sig-field-to-hint = UTC, including that minute (or that whole day)
staff-sig-field-status = Status
staff-sig-status-all = All
staff-sig-status-suspect = Suspect only
staff-sig-status-invalidated = Invalidated
staff-sig-search = Search
staff-sig-matches = { $count ->
    [one] { $n } signature matches
   *[other] { $n } signatures match
}
staff-sig-newest-shown = The newest { $n } are shown.
staff-sig-why-invalidate = Why invalidate them?
staff-sig-why-genuine = Why are they genuine?
staff-sig-reason-hint = Required. It is kept in the audit log.
staff-sig-invalidate-button = Invalidate all { $n } matching
staff-sig-already-invalidated = { $count ->
    [one] { $n } already invalidated is left as it is.
   *[other] { $n } already invalidated are left as they are.
}
staff-sig-clear-button = { $count ->
    [one] Clear { $n } suspect signature as genuine
   *[other] Clear { $n } suspect signatures as genuine
}
staff-sig-narrow = To invalidate signatures, narrow the search by email domain, IP address, postcode, constituency, time or status.
staff-sig-moved-none = Nothing changed: no signatures match that action now.
staff-sig-moved = Nothing changed: the matching signatures changed since the page was shown, and { $n } match now. Check them and try again.
staff-sig-done-invalidated = { $count ->
    [one] Invalidated { $n } signature. It leaves the count within a second.
   *[other] Invalidated { $n } signatures. They leave the count within a second.
}
staff-sig-done-cleared = { $count ->
    [one] Cleared { $n } suspect signature: it counts once confirmed.
   *[other] Cleared { $n } suspect signatures: they count once confirmed.
}
staff-sig-done-reverted = { $count ->
    [one] Reverted the invalidation: { $n } signature restored.
   *[other] Reverted the invalidation: { $n } signatures restored.
}
staff-sig-nothing-to-revert = There is nothing to revert: that invalidation does not exist or was reverted already.
staff-sig-table = Matching signatures
staff-sig-table-caption = Matching signatures, newest first
staff-sig-col-name = Name
staff-sig-col-signed = Signed (UTC)
staff-sig-col-confirmed = Confirmed
staff-sig-col-suspect = Suspect
staff-sig-col-invalidated = Invalidated
staff-sig-yes = Yes
staff-sig-no = No
staff-sig-ip-unknown = unknown
staff-sig-recent = Recent invalidations
staff-sig-recent-none = None yet.
staff-sig-col-number = Number
staff-sig-col-when = When (UTC)
staff-sig-col-search = Search
staff-sig-col-signatures = Signatures
staff-sig-col-by = By
staff-sig-former-account = a former account
staff-sig-reverted-at = Reverted { $time }
staff-sig-revert-reason = Reason (optional)
staff-sig-revert = Revert
staff-sig-which-invalidation = invalidation { $id }
# A stored search in words: its criteria, joined by staff-sig-criteria-separator.
staff-sig-criterion-email-domain = email domain { $value }
staff-sig-criterion-ip = IP { $value }
staff-sig-criterion-postcode = postcode { $value }
staff-sig-criterion-constituency = constituency { $value }
staff-sig-criterion-from = signed from { $value }
staff-sig-criterion-to = signed up to { $value }
staff-sig-criterion-status = status { $value }
staff-sig-criteria-separator = {"; "}
staff-sig-criteria-every = every signature

## The audit log

staff-audit-title = Audit log
staff-audit-intro = Every staff action, newest first. Entries cannot be changed or removed from here.
staff-audit-moderation-title = Moderation log
staff-audit-moderation-intro = Every moderator’s decision on a letter (approve, reject, edit, hide, show again), newest first, with the reason given.
staff-audit-field-actor = Who (email)
staff-audit-field-action = Action (or its start, e.g. letter.)
staff-audit-field-subject-type = Subject type
staff-audit-field-subject-id = Subject id
staff-audit-field-letter = Letter number
staff-audit-field-since = From (date)
staff-audit-field-until = Until (date)
staff-audit-filter = Filter
staff-audit-entries = Audit log entries
staff-audit-count = { $count ->
    [one] { $n } entry
   *[other] { $n } entries
}
staff-audit-col-when = When (UTC)
staff-audit-col-who = Who
staff-audit-col-action = Action
staff-audit-col-subject = Subject
staff-audit-col-change = Change
staff-audit-col-reason = Reason
staff-audit-subject-letter = Letter { $id }
staff-audit-subject-account = Account { $id }
staff-audit-subject-unknown-account = An unknown account
staff-audit-subject-deleted-account = Account { $id } (since deleted)
staff-audit-subject-invalidation = Invalidation { $id }
staff-audit-subject-api-token = API token { $id }
staff-audit-subject-campaign = Campaign { $id }
staff-audit-subject-campaign-update = Campaign update { $id }
staff-audit-subject-official-response = Official response { $id }
staff-audit-subject-saved-note = Saved note { $id }
staff-audit-actor-unknown = an unknown account
staff-audit-change = { $before } → { $after }
# A bulk action on signatures: the search ($search, staff-audit-search) and how many it
# changed ($count, staff-audit-signatures).
staff-audit-change-search = { $search }: { $count }
staff-audit-search = signatures matching { $criteria }
staff-audit-signatures = { $count ->
    [one] { $n } signature
   *[other] { $n } signatures
}
# A letter's status before or after a decision.
staff-audit-letter-state = { $state ->
    [draft] draft
    [unconfirmed] unconfirmed
    [pending] pending
    [approved] approved
    [rejected] rejected
    [hidden] hidden
   *[withdrawn] withdrawn
}

## Officials' responses

staff-resp-heading = Responses from officials
staff-resp-correct-heading = Correct a response
# $heading is one of the two above; $headline the campaign's.
staff-resp-title = { $heading }: { $headline }
staff-resp-error-title = Error: { $heading }: { $headline }
staff-resp-public-page = Public page
staff-resp-dashboard = Dashboard
staff-resp-all = All responses
staff-resp-none = No responses recorded yet.
# $name (in bold) and $office: the official's; $summary as recorded.
staff-resp-item = { $name }, { $office } — received { $date }: { $summary }
staff-resp-correct = Correct
staff-resp-correct-which = the response from { $name }
staff-resp-emailed = Emailed { $time } UTC
staff-resp-record-heading = Record a response
staff-resp-official = Official who responded
staff-resp-choose = Choose…
staff-resp-targets = This campaign’s targets
staff-resp-others = Other officials
staff-resp-received = Date received
staff-resp-received-hint = Year-month-day, like 2026-12-04.
staff-resp-summary = Summary
staff-resp-summary-hint = One or two sentences, at most { $n } characters. Shown first on the campaign page and in the email.
staff-resp-body = The full response
staff-resp-body-hint = Markdown or plain text. Tick the box below if this is the text exactly as received.
staff-resp-as-received = This is the full text exactly as received (shown as it is, not formatted)
staff-resp-correcting = Correcting a response changes the campaign page and the public data at once. Nobody is emailed again.
staff-resp-save-correction = Save the correction
staff-resp-recording = Recording it publishes it on the campaign page and emails it, once, to signers who asked to hear about progress and to everyone whose letter went to this official.
staff-resp-record = Record and send the response
staff-resp-recorded = Response recorded and published. { $count ->
    [one] { $n } email is on its way.
   *[other] { $n } emails are on their way.
}
staff-resp-corrected = Correction saved. Nobody was emailed again.
