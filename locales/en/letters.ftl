# Missive: writing a letter, the writer's private page, supporters' published letters, the versions of a campaign's letter and the print page.
# English is the source language. See docs/languages.md.

## The editor

letters-editor-title = Write your own letter
letters-editor-error-title = Error: Write your own letter
# $blank and $featured are links: "start with a blank page", "with the featured letter".
letters-editor-start = Start from the featured letter and make it yours, or { $blank } (or { $featured }).
letters-editor-start-blank = start with a blank page
letters-editor-start-featured = with the featured letter
letters-editor-why = Officials read a letter in your own words far more closely than a copy: it shows you care enough to write. Letters that are mostly the featured text still count: they reach each official together, as one joint letter with every name on it and the paragraphs each writer added quoted under their name.
letters-save = Save draft
letters-submit = Send for moderation
letters-honeypot = Leave this empty
letters-editor-saving-note = Saving emails you a private link to come back to your letter on any device. A moderator reads every letter before it is sent or published.
letters-delete-draft = Delete this draft

# The editor's script shows these beside the buttons while it saves ($time and $reason are
# filled in by the script).
letters-autosave-saving = Saving…
letters-autosave-saved = Saved at { $time }
letters-autosave-not-saved = Not saved: { $reason }
letters-autosave-use-button = please use the Save button
letters-autosave-offline = check your connection, then press Save draft
letters-autosave-unsaved = Unsaved changes
letters-autosave-sent = This letter has been sent for moderation and can no longer change.

letters-about-you = About you
letters-full-name = Full name
letters-email = Email address
letters-email-hint = We send your private link here. Officials who reply will reply to this address.
letters-postcode = UK postcode
letters-postcode-hint = To find your MP. Leave empty if you live outside the UK.
letters-address-hint = Your MP acts for constituents they can check, and may reply by post, so a letter to your MP needs your address. It goes only in your letter, never on a public page.
letters-address-line-1 = Address line 1
letters-address-line-2 = Address line 2 (optional)
letters-town = Town or city
letters-country = Country

letters-your-mp = Your MP
# $name is the constituency's name, in bold.
letters-your-constituency = Your constituency: { $name }.
letters-search-or-ministers = Search for your constituency by name below, or leave it and your letter goes only to the ministers.
letters-search-constituencies = Search constituencies
letters-find = Find
letters-constituency = Constituency
letters-from-postcode = Find it from my postcode

# What the writer's postcode told us. $postcode is the postcode as typed.
letters-lookup-enter = Enter your postcode above to find your MP.
letters-lookup-invalid = “{ $postcode }” is not a UK postcode: check it to find your MP.
letters-lookup-unknown = We could not find the postcode { $postcode }: check it, or use your current postcode.
# $month is the month's number (1 to 12), $year the year.
letters-lookup-terminated-month = The postcode { $postcode } is no longer in use since { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }: enter your current postcode to find your MP.
letters-lookup-terminated-year = The postcode { $postcode } is no longer in use since { $year }: enter your current postcode to find your MP.
letters-lookup-terminated = The postcode { $postcode } is no longer in use: enter your current postcode to find your MP.
# $where is channel-islands, isle-of-man or other; $place is the place's English name.
letters-lookup-no-mp = The postcode { $postcode } is in { $where ->
    [channel-islands] the Channel Islands
    [isle-of-man] the Isle of Man
   *[other] { $place }
}, which has no MP in the UK Parliament.
letters-lookup-no-constituency = The postcode { $postcode } is not in a UK Parliament constituency.
letters-lookup-unavailable = Our postcode lookup is unavailable just now, so we cannot find your MP from your postcode.

letters-your-letter = Your letter
letters-goes-to = It goes to:
# $name (in bold) and $office: "Jane Smith, Minister for Schools".
letters-recipient = { $name }, { $office }
letters-your-mp-later = your MP, once we know your constituency
letters-subject = Subject
letters-body = Letter
letters-body-hint = Between 50 and 10,000 characters. We add “Dear …” and your name for each recipient.

letters-what-happens = What happens when you send it
# $joint is "the joint letter of 5 December 2026", in bold.
letters-route-joint = Your letter is mostly the featured letter, so once a moderator approves it, it goes to each recipient in { $joint }: the featured letter once, then every writer’s name.
letters-route-joint-of = the joint letter of { $date }
# $paragraphs: how many paragraphs the writer added or changed.
letters-route-joint-own = { $paragraphs ->
    [0] Yours will be your name only: add paragraphs of your own and they are quoted under your name.
    [one] The paragraph you added or changed is quoted under your name.
   *[other] The { $paragraphs } paragraphs you added or changed are quoted under your name.
}
letters-route-joint-more = Make it more your own and it goes on its own instead.
# $own is "on its own", in bold.
letters-route-own = Your letter is your own, so once a moderator approves it, it goes { $own } to each recipient: by email, or, to those who take letters only by post, ready for you to print.
letters-route-own-strong = on its own
letters-route-confirm = If you have not yet confirmed your email address on this campaign, we email you a button to confirm it: your letter goes to moderation once you press it.

# $percent is the figure, "72%".
letters-meter-label = How much of this letter is your own: { $percent }
letters-meter-mostly-featured = Mostly the featured letter
letters-meter-partly-own = Partly your own words
letters-meter-mostly-own = Mostly your own words
letters-meter-own = Your own letter

letters-publishing = Publishing
letters-publish = Publish my letter on the campaign’s page once a moderator approves it
letters-public-name = Name to show with it
letters-public-name-hint = Leave empty to use your full name; a first name or initials is fine.

letters-preview = Preview
letters-preview-empty = Your letter’s recipients appear here.
# Where the writer's name goes in the preview before they type it.
letters-preview-your-name = Your name

## The banner after saving or sending

letters-notice-confirm = Almost done: check your email and confirm your address to send your letter to moderation.
letters-notice-saved = Saved. We have emailed you a private link to this page.
letters-notice-submitted = Sent for moderation.
letters-notice-saved-not-emailed = Saved. We have not emailed you a link this time, because a lot of letters have been started from your internet connection lately. Bookmark this page now: its address is your private link to this letter.
letters-notice-submitted-not-emailed = Sent. We have not emailed you a link to it, because a lot of letters have been started from your internet connection lately. Bookmark this page now to follow your letter’s progress.

## The writer's private page once the letter is sent

letters-yours-title = Your letter
# $label is "Status:" in bold, $status one of the letters-status-* sentences.
letters-status = { $label } { $status }
letters-status-label = Status:
letters-status-unconfirmed = Waiting for you to confirm your email address. Confirm your email to send your letter to moderation: open the email we sent you and press its button. Until then nothing is sent.
letters-status-pending = Waiting for a moderator. We will email you when it has been read.
letters-status-approved = Approved.
letters-status-rejected = Not approved. Our email to you gave the reason.
letters-status-hidden = Approved, but no longer shown on the campaign’s page.
letters-status-withdrawn = Deleted by you.
letters-status-draft = Draft.
letters-deliveries = Where your letter has got to
letters-deliveries-to = To
letters-deliveries-how = How
letters-deliveries-status = Status
letters-method-email = By email
letters-method-print = By post (you print it)
letters-method-joint = In a joint letter
letters-delivery-queued = Being emailed now
letters-delivery-sent-joint = Sent on { $date }, in the joint letter
letters-delivery-sent = Sent on { $date }
letters-delivery-failed = Not sent yet
letters-delivery-bundled-sending = In the joint letter, being emailed now
letters-delivery-bundled = Waiting for the joint letter of { $date }
letters-delivery-joint-print = In a joint letter the campaign posts
letters-delivery-print = Ready to print
letters-printable = Printable letter
letters-own-email = Send from my own email
letters-own-email-instead = Send it from my own email instead
letters-no-email = We have no email address for { $name }: print your letter, sign it and post it to the address at its top.
letters-reaches = What reaches them
letters-reaches-joint = Your letter is mostly the featured letter, so it goes in the joint letter: the featured letter once, then every writer’s name and constituency.
letters-reaches-joint-next = Your letter is mostly the featured letter, so once a moderator approves it, it goes in the next joint letter (the next is on { $date }): the featured letter once, then every writer’s name and constituency.
letters-reaches-name-only = Under your name: your name only (you did not add paragraphs of your own).
letters-reaches-quoted = Under your name, quoted in your words:
letters-reaches-whole = Your whole letter, on its own, signed with your name.
letters-as-written = Your letter as you wrote it
letters-delete-mine = Delete my letter

## The print page (the letter itself stays as officials receive it)

letters-print-title = Letter to { $name }
letters-print-how = Print this page (Ctrl+P or ⌘P), sign it, and post it. The address shows through a window envelope (DL) when folded in three.
letters-print-button = Print this letter

## Supporters' published letters

letters-published-heading = Letters from supporters
letters-published-title = Letters from supporters: { $headline }
# $link is "Write yours", a link.
letters-published-lead = Supporters wrote these letters in their own words to their MPs and to ministers. { $link }.
letters-published-write = Write yours
letters-published-none = No letters have been published yet.
# Shown instead of a name when the writer gave none to publish.
letters-published-anonymous = A supporter
letters-published-pages = Pages of letters
letters-published-newer = Newer letters
letters-published-older = Older letters
letters-published-page = Page { $page } of { $pages }

## The versions of a campaign's letter

letters-versions-title = Versions of “{ $headline }”
letters-versions-lead = Each signature keeps the version of the letter that was current when it was made.
letters-versions-back = Back to the campaign
# $number is the version's number, $when its date and time.
letters-version = Version { $number }, from { $when } UTC
letters-version-current = Version { $number }, from { $when } UTC (current)

## In the writer's emails

# A passage of the writer's letter, quoted (the moderator's changes).
letters-quoted = “{ $text }”
