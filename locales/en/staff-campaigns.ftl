# Missive: the staff pages for campaigns (list, form, targets, updates, exports, embed, dashboard), in the staff member's language.
# English is the source language. See docs/languages.md.

staff-camp-error-title = Error: { $title }
staff-camp-back-to-campaigns = Back to campaigns

## The list of campaigns

staff-camp-list-title = Campaigns
# $headline is the campaign's headline, as written.
staff-camp-list-saved = Saved “{ $headline }”.
staff-camp-list-see-public = See its public page
staff-camp-list-create = Create a campaign
staff-camp-list-none = There are no campaigns yet.
staff-camp-list-caption = Every campaign, newest first
staff-camp-list-headline = Headline
staff-camp-list-address = Address
staff-camp-list-status = Status
staff-camp-list-front-page = Front page
staff-camp-list-signatures = Signatures
staff-camp-list-actions = Actions
staff-camp-list-featured = Featured
# $count is the number of signatures, $goal_shown the goal (both written out as numbers).
staff-camp-list-count = { $count } of { $goal_shown }
staff-camp-list-dashboard = Dashboard
# Read by screen readers after the link's word.
staff-camp-list-dashboard-of = of “{ $headline }”
staff-camp-list-edit = Edit
staff-camp-list-edit-of = “{ $headline }”
staff-camp-list-updates = Updates
staff-camp-list-updates-of = to supporters of “{ $headline }”
staff-camp-list-responses = Responses
staff-camp-list-responses-of = to “{ $headline }”
staff-camp-list-exports = Exports
staff-camp-list-exports-of = of “{ $headline }”
staff-camp-list-embed = Embed and share
staff-camp-list-embed-of = “{ $headline }”
staff-camp-status-closed = Closed
staff-camp-status-open = Open
# $when is a date and time.
staff-camp-status-opens = Opens { $when } UTC

## A new campaign: paste the published letter

staff-camp-new-title = New campaign
staff-camp-new-intro = Start from a published letter. Paste it as plain text, as it appears on the page: kicker, headline, photo caption, author, paragraphs and where it appeared. Missive suggests which part is which; you check every part before anything is saved.
staff-camp-new-letter = Published letter
staff-camp-new-letter-hint = Short lines between paragraphs become subheadings.
staff-camp-new-read = Read the letter
staff-camp-new-empty = Start with an empty form instead

## The campaign form

staff-camp-form-parsed = Missive has read the letter as below. Check every part, correct what it got wrong, then set the web address and goal.
staff-camp-form-create = Create campaign
staff-camp-form-save = Save changes
staff-camp-form-edit-heading = Edit “{ $headline }”
staff-camp-form-letter-legend = The letter
staff-camp-form-kicker = Kicker (optional)
staff-camp-form-kicker-hint = A short line above the headline, like “Featured letter: ‘British values’”.
staff-camp-form-headline = Headline
staff-camp-form-summary = Summary (optional)
staff-camp-form-summary-hint = One or two sentences under the headline, asking people to sign.
staff-camp-form-author-name = Author’s name
staff-camp-form-author-role = Author’s role (optional)
staff-camp-form-author-role-hint = Like “Secretary, Campaign Kazakhstan”.
staff-camp-form-body = Letter
staff-camp-form-body-hint = Markdown: a blank line between paragraphs; “## Word” for a subheading.
staff-camp-form-attribution = Where it appeared (optional)
staff-camp-form-attribution-hint = Like “A version of this letter also appeared in the Guardian on 3 November”.
staff-camp-form-photo-legend = Photo (optional)
staff-camp-form-image-caption = Caption
staff-camp-form-image-credit = Photographer or source
staff-camp-form-image-licence = Licence
staff-camp-form-image-licence-hint = Like “Creative Commons”.
staff-camp-form-image-file = Or a file already on the server (optional)
staff-camp-form-image-file-hint = A path under static/, like images/blood-on-hand.jpg; an uploaded photo wins over it. Leave both empty to show the caption alone.
staff-camp-form-image-alt = Alt text (required with a photo)
staff-camp-form-image-alt-hint = What the photo shows, for people who cannot see it.
staff-camp-form-photo-uploaded = The uploaded photo.
staff-camp-form-photo-kept = Your photo is uploaded and kept: you do not need to choose it again.
staff-camp-form-photo-remove = Remove this photo
staff-camp-form-photo-replace = Replace the photo (optional)
staff-camp-form-photo-upload = Upload a photo (optional)
staff-camp-form-photo-hint = A JPEG, PNG or WebP file of at most 5 MB. It is stored without its metadata (such as where it was taken).
staff-camp-form-campaign-legend = The campaign
staff-camp-form-slug = Web address
staff-camp-form-slug-hint = The campaign’s page will be /campaigns/ followed by this. Lower-case letters, digits and hyphens; it cannot change later.
# $address is the page's address, like /campaigns/british-values.
staff-camp-form-slug-fixed = Web address: { $address } (it cannot change).
staff-camp-form-goal = Goal
staff-camp-form-goal-hint = How many signatures the campaign aims for.
staff-camp-form-similarity = Similarity for joint letters
staff-camp-form-similarity-hint = From 0 to 1. Letters at least this similar to the featured letter are delivered as one joint letter. Usually 0.8.
staff-camp-form-opens-at = Opens at (optional, UTC)
staff-camp-form-opens-at-hint = Before this the page shows the letter and when signing opens. Like 2027-01-01T09:00.
staff-camp-form-closes-at = Closes at (optional, UTC)
staff-camp-form-closes-at-hint = After this the page shows the final count and takes no signatures. Like 2027-01-31T12:00.
staff-camp-form-featured = Feature on the front page (instead of any other campaign)
staff-camp-form-milestones = Milestones (optional)
staff-camp-form-milestones-hint = Counts at which the campaign marks its progress, like 100, 1000, 10000. Leave empty for 100, 1,000, 10,000 … below the goal, then the goal. The progress bar shows the next one.
staff-camp-form-milestone-letters = Write to MPs at each milestone: each MP with constituents among the signers gets a short letter saying how many signed, with the featured letter (no names)
staff-camp-form-reason = Note for the audit log (optional)
staff-camp-form-reason-hint = Why you made this change.

## The target picker

staff-camp-targets-legend = Targets
staff-camp-targets-label = Targets, one a line
staff-camp-targets-hint = Whom supporters’ letters go to: own-mp for each writer’s MP, or an official’s code. Find officials below and add them; Missive refuses a code no official has.
staff-camp-targets-chosen = Chosen targets
staff-camp-targets-remove = Remove
staff-camp-targets-add-own-mp = Add each writer’s own MP
staff-camp-targets-find = Find an official by name, office or constituency
staff-camp-targets-search = Search officials
staff-camp-targets-no-match = No official matches “{ $query }”.
# $count chooses the form; $shown is the number as written.
staff-camp-targets-matches = { $count ->
    [one] { $shown } official matches “{ $query }”.
   *[other] { $shown } officials match “{ $query }”.
}
staff-camp-targets-found = Officials found
staff-camp-targets-already = Chosen
staff-camp-targets-add = Add
staff-camp-targets-first = Showing the first { $count }: type more of the name to narrow the list.
staff-camp-targets-own-mp = Each writer’s own MP
# $code is the line as typed.
staff-camp-targets-unknown-code = { $code } (no official has this code)
staff-camp-warning-heading = Check before saving
staff-camp-warning-nothing-saved = Nothing has been saved yet.
staff-camp-warning-confirm = I understand: save these changes
# $count chooses the form; $shown is the number as written; $date is a day.
staff-camp-warning-text-changed = { $count ->
    [one] { $shown } person signed the earlier text; they will keep the text they signed. The campaign page will say the letter was edited on { $date }.
   *[other] { $shown } people signed the earlier text; they will keep the text they signed. The campaign page will say the letter was edited on { $date }.
}
staff-camp-warning-closes = The closing time, { $when } UTC, is in the past: the campaign closes as soon as you save and takes no more signatures.

## Updates to supporters (the update's own words stay as the organiser wrote them)

staff-camp-updates-title = Updates: { $headline }
staff-camp-updates-heading = Updates to supporters
# $campaign is a link whose words are the campaign's headline.
staff-camp-updates-intro = For “{ $campaign }”. An update is emailed to every confirmed signer who asked to hear about progress and has not unsubscribed, each person once, and appears on the campaign page from the time it goes.
staff-camp-updates-write = Write an update
staff-camp-updates-subject = Subject
staff-camp-updates-subject-hint = Up to { $max } characters. It is the email’s subject and the heading on the campaign page.
staff-camp-updates-body = The update
staff-camp-updates-body-hint = Up to { $max } characters of Markdown: a blank line between paragraphs, **bold**, [a link](https://example.org). Supporters see it in the email and on the campaign page.
staff-camp-updates-send-at = When to send (optional)
staff-camp-updates-send-at-hint = In UTC. Leave empty to send as soon as you confirm; until then you can still edit it.
staff-camp-updates-preview = Send me a preview
staff-camp-updates-review = Send to supporters…
staff-camp-updates-so-far = Updates so far
staff-camp-updates-none = None yet.
staff-camp-updates-goes-out = Goes out { $when } UTC
staff-camp-updates-not-sent = Not sent
staff-camp-updates-by = by { $who }
staff-camp-updates-edited = edited { $when } UTC
# $sent and $waiting_shown are numbers as written; $waiting chooses the form.
staff-camp-updates-progress = { $waiting ->
   *[other] { $sent } sent, { $waiting_shown } waiting to go.
}
staff-camp-updates-edit = Edit
staff-camp-updates-edit-of = “{ $subject }”
staff-camp-updates-confirm-title = Send this update?
staff-camp-updates-people = { $count ->
    [one] { $shown } person
   *[other] { $shown } people
}
# $people is staff-camp-updates-people in bold; $count chooses the form.
staff-camp-updates-confirm-who = { $count ->
    [one] { $people } will receive “{ $subject }”: every confirmed signer of “{ $headline }” who asked to hear about progress and has not unsubscribed, each once.
   *[other] { $people } will receive “{ $subject }”: every confirmed signer of “{ $headline }” who asked to hear about progress and has not unsubscribed, each once.
}
staff-camp-updates-confirm-at = It goes at { $when } UTC.
staff-camp-updates-confirm-edit = You can still edit it while emails are waiting to go; those not yet sent then carry the new words.
staff-camp-updates-confirm-send = { $count ->
    [one] Yes, send it to { $shown } person
   *[other] Yes, send it to { $shown } people
}
staff-camp-updates-confirm-back = No, go back to editing
staff-camp-updates-edit-title = Edit update
staff-camp-updates-edit-about = “{ $subject }”, for “{ $headline }”:
staff-camp-updates-edit-explain = Saving changes the update on the campaign page and in every email not yet sent; people already sent it keep the earlier words, and nobody gets both.
staff-camp-updates-back = Back to the updates
staff-camp-updates-queued = { $count ->
    [one] Update saved and queued for { $shown } person. It appears on the campaign page from the time it goes.
   *[other] Update saved and queued for { $shown } people. It appears on the campaign page from the time it goes.
}
staff-camp-updates-preview-sent = Preview sent to { $address }. Nothing has gone to supporters.
# $replaced chooses the form; $replaced_shown and $kept_shown are numbers as written.
staff-camp-updates-saved = { $replaced ->
    [one] Saved. { $replaced_shown } waiting email now carries the new words; { $kept_shown } already sent or being sent keep the earlier ones.
   *[other] Saved. { $replaced_shown } waiting emails now carry the new words; { $kept_shown } already sent or being sent keep the earlier ones.
}

## Exports (the files' own column names stay English: they are a data format)

staff-camp-exports-title = Exports
staff-camp-exports-heading = Exports: { $headline }
staff-camp-exports-intro = Downloads are UTF-8 CSV with a header row, or a JSON array. Cells that a spreadsheet would read as a formula start with a ' so they stay text. Times are UTC.
staff-camp-exports-csv = CSV
staff-camp-exports-json = JSON
# Read by screen readers after CSV or JSON: $what names the export.
staff-camp-exports-of = of { $what }
staff-camp-exports-item = { $what }:
staff-camp-exports-counts = Counts of confirmed signatures
staff-camp-exports-by-day = Signatures by day
staff-camp-exports-by-hour = Signatures by hour
staff-camp-exports-by-constituency = Signatures by constituency, with the MP
staff-camp-exports-by-country = Signatures by country
staff-camp-exports-letters = Letters
staff-camp-exports-letters-plain = Submitted letters (no names or emails):
staff-camp-exports-letters-label = letters
staff-camp-exports-letters-writers = Submitted letters with their writers’ names and emails:
staff-camp-exports-letters-writers-label = letters with writers
staff-camp-exports-signers-heading = Signers who asked for updates
staff-camp-exports-signers-intro = Name, email, postcode, constituency and times of the confirmed signers who ticked the box, and nobody else. Each download is written to the audit log.
staff-camp-exports-signers = Signers:
staff-camp-exports-signers-label = signers
staff-camp-exports-terminal = From the terminal
staff-camp-exports-back = Back to the campaigns

## The embed code page

staff-camp-embed-title = Embed and share
staff-camp-embed-heading = Embed and share “{ $headline }”
# $sign is the word on the counter's link, in bold (staff-camp-embed-sign).
staff-camp-embed-intro = Put a live counter for this campaign on another website: its headline, the count (updated every 10 seconds), progress to the goal and a { $sign } link that opens the campaign in a new tab.
staff-camp-embed-sign = Sign
staff-camp-embed-code = Code to paste into your page’s HTML
staff-camp-embed-code-hint = Select it all and copy it. The counter is 320 by 160 pixels.
staff-camp-embed-copy = Copy code
staff-camp-embed-copied = Copied
staff-camp-embed-copied-status = Code copied to the clipboard
staff-camp-embed-copy-failed = Could not copy: select the text and copy it yourself
staff-camp-embed-preview = Preview
staff-camp-embed-preview-title = Preview: signatures for “{ $headline }”
# The title of the pasted frame, announced by screen readers on the other site.
staff-camp-embed-frame-title = Signatures: { $headline }
staff-camp-embed-see-page = See the campaign page

## The dashboard

staff-camp-dash-title = Dashboard: { $headline }
staff-camp-dash-heading = Dashboard
staff-camp-dash-public-page = Public page
staff-camp-dash-edit = Edit the campaign
staff-camp-dash-responses = Responses from officials
staff-camp-dash-all-campaigns = All campaigns
staff-camp-dash-signatures = Signatures
staff-camp-dash-sig-by-status = Signatures by status
staff-camp-dash-sig-confirmed = Confirmed (counted)
staff-camp-dash-sig-pending = Waiting for email confirmation
staff-camp-dash-sig-suspect = Suspect (waiting for review)
staff-camp-dash-sig-invalidated = Invalidated
staff-camp-dash-status = Status
staff-camp-dash-number = Number
# $confirmed and $goal_shown are numbers as written; $goal chooses the form.
staff-camp-dash-goal = { $goal ->
    [one] { $confirmed } of the goal of { $goal_shown } signature ({ $percent }%)
   *[other] { $confirmed } of the goal of { $goal_shown } signatures ({ $percent }%)
}
staff-camp-dash-percent = { $percent }%
# $confirmed chooses the form.
staff-camp-dash-opted-in = { $confirmed ->
    [one] { $opted_in } of the { $confirmed_shown } counted signer asked to hear about the campaign’s progress ({ $percent }%).
   *[other] { $opted_in } of the { $confirmed_shown } counted signers asked to hear about the campaign’s progress ({ $percent }%).
}
staff-camp-dash-over-time = Signatures over time
staff-camp-dash-per-hour = Signatures per hour, last 48 hours
staff-camp-dash-per-day = Signatures per day since launch
staff-camp-dash-letters = Letters
staff-camp-dash-letters-by-status = Supporters’ letters by status
staff-camp-dash-letters-none = No letters yet.
staff-camp-dash-deliveries-by-status = Deliveries to officials by status
staff-camp-dash-deliveries-none = No deliveries yet.
staff-camp-dash-letter-draft = Drafts (not submitted)
staff-camp-dash-letter-unconfirmed = Waiting for their writers to confirm their email
staff-camp-dash-letter-pending = Waiting for moderation
staff-camp-dash-letter-approved = Approved
staff-camp-dash-letter-rejected = Rejected
staff-camp-dash-letter-hidden = Hidden
staff-camp-dash-delivery-queued = Queued to send
staff-camp-dash-delivery-bundled = In a joint letter
staff-camp-dash-delivery-print = Ready to print and post
staff-camp-dash-delivery-sent = Sent
staff-camp-dash-delivery-failed = Failed
staff-camp-dash-personal-heading = Personal letters and near-copies
staff-camp-dash-personal-none = No letters have been approved yet.
# A number of letters and its share, shown in bold inside staff-camp-dash-personal.
staff-camp-dash-part = { $count } ({ $percent }%)
# $personal and $near_copies are staff-camp-dash-part in bold; $total chooses the form.
staff-camp-dash-personal = { $total ->
    [one] Of { $total_shown } approved letter, { $personal } are personal and { $near_copies } are near-copies of the featured letter ({ $similar }% similar or more), which reach officials as joint letters.
   *[other] Of { $total_shown } approved letters, { $personal } are personal and { $near_copies } are near-copies of the featured letter ({ $similar }% similar or more), which reach officials as joint letters.
}
staff-camp-dash-replies = Did officials reply?
staff-camp-dash-replies-none = No answers yet. Writers are asked 14 days after their letter is delivered, and reminded once a week later.
staff-camp-dash-replies-note = “Replied” counts replies that addressed the points and those that did not. The public page shows an official’s figures once they have { $from } answers.
staff-camp-dash-answers-by-official = Answers by official
staff-camp-dash-answers-by-party = Answers by party
staff-camp-dash-milestones = Milestones
# $list is the milestones, like "100, 1,000, 10,000".
staff-camp-dash-milestones-list = Milestones: { $list }.
staff-camp-dash-milestones-letters = At each, every MP with constituents among the signers is written to.
staff-camp-dash-milestones-no-letters = MPs are not written to (turn it on in the campaign’s settings).
staff-camp-dash-milestones-none = No milestone reached yet.
staff-camp-dash-milestones-reached = Milestones reached
staff-camp-dash-milestone = Milestone
staff-camp-dash-reached-at = Reached (UTC)
staff-camp-dash-mps-written = MPs written to
staff-camp-dash-mps-skipped = Not written to: no email address

## The dashboard's tables of places

staff-camp-places-by-constituency = By constituency
staff-camp-places-no-uk = No counted signatures from the UK yet.
staff-camp-places-constituency-caption = Counted UK signatures by Westminster constituency
staff-camp-places-constituency = Constituency
staff-camp-places-mp = MP
staff-camp-places-signatures = Signatures
staff-camp-places-unknown-constituency = Unknown constituency
staff-camp-places-by-country = By country
staff-camp-places-none = No counted signatures yet.
staff-camp-places-country-caption = Counted signatures by country
staff-camp-places-country = Country
# Read by screen readers after a column's name.
staff-camp-places-sorted-ascending = (sorted ascending)
staff-camp-places-sorted-descending = (sorted descending)
staff-camp-places-sort-by = (sort by this column)

## Answers to "did your MP reply?", by official or party


## Bar charts of signatures over time (the dates and hours stay as numbers, like 2026-11-28 14:00)

# $periods and $count choose the forms; $periods_shown, $shown and $top are numbers as written; $from, $to and $at are dates or hours.
