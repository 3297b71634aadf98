# Missive: the other public pages (embed, withdrawing and deleting, data sources, error pages, the campaign page's updates, replies and statistics) and an official's answer emailed to supporters and writers.
# English is the source language. See docs/languages.md.

## The embeddable counter

public-embed-closed = Closed
# After the percentage figure: "45% of the 1,000 goal".
public-embed-goal = % of the { $goal } goal
public-embed-sign = Sign
public-embed-read = Read
# Read by screen readers after "Sign" or "Read".
public-embed-new-tab = the letter (opens in a new tab)

## Share links (names of the services)

public-share-whatsapp = WhatsApp
public-share-x = X (Twitter)
public-share-facebook = Facebook

## Withdrawing a signature, deleting a letter

public-back-to-letter = Back to the letter
public-withdraw-title = Withdraw your signature
public-withdraw-heading = Withdraw your signature?
public-withdraw-about = You are about to withdraw your signature from “{ $headline }”.
public-withdraw-what = It will no longer be counted, and we will delete your name, email address and postcode. If you change your mind, you can sign again while the campaign is open.
public-withdraw-button = Withdraw my signature
public-withdraw-keep = No, keep my signature
public-withdraw-closed-title = This campaign has closed
public-withdraw-closed-on = “{ $headline }” closed on { $date }. Its final count stands, so signatures can no longer be withdrawn.
public-withdraw-closed-erased = We keep signers’ names, email addresses and postcodes only until { $date }. Then we erase them for good and keep only the figures.
public-withdrawn-title = Signature withdrawn
public-withdrawn-heading = Your signature has been withdrawn
public-withdrawn-body = Your signature no longer counts towards “{ $headline }”, and we have deleted your name, email address and postcode.
public-withdrawn-thanks = Thank you for your support so far. If you change your mind, you are welcome to sign again while the campaign is open.
public-withdrawn-letter = If you also wrote a letter, the link in the email about it lets you delete it too.

public-delete-draft-title = Delete this draft?
public-delete-draft-body = Your draft to go with “{ $headline }” will be deleted for good, with your name, email address and postcode. This link will stop working.
public-delete-title = Delete your letter?
public-delete-unsent = Nothing has been sent or published: your letter will be deleted for good, with your name, email address and postcode, and this link will stop working.
public-delete-signature = Your signature on “{ $headline }” is not affected. To withdraw it too, use the link in your confirmation email.
public-delete-sent = Your letter has already gone to some of its recipients, and a letter that has been sent cannot be unsent: officials who have it keep their copy.
public-delete-sent-what = Deleting it now takes it off the campaign’s page, stops any copies that have not gone yet, and erases your name, email address, postcode and the letter’s words from Missive. This link will stop working.
public-delete-button = Yes, delete my letter
public-delete-keep = No, keep it
public-deleted-title = Letter deleted
public-deleted-heading = Your letter has been deleted
public-deleted-sent = Copies that had already been sent stay with the officials who received them. Everything else is gone from Missive: your name, email address, postcode and the letter’s words.
public-deleted-gone = It is gone for good, with your name, email address and postcode.
public-deleted-thanks = Thank you for writing about “{ $headline }”. You are welcome to write again.

## Data sources and licences (the sources' and licences' names as their owners write them)

public-sources-title = Data sources and licences
public-sources-mps-heading = Members of Parliament and constituencies
# $lookup, $members and $geography are links named by the three messages below them.
public-sources-mps = The names, parties and parliamentary email addresses of the 650 Members of Parliament, and the names and codes of the Westminster constituencies (2024 boundaries), come from the { $lookup } published by the Department for Education’s analytical services, built from the { $members } and the { $geography }.
public-sources-mp-lookup = MP lookup
public-sources-members-api = UK Parliament Members API
public-sources-geoportal = ONS Open Geography Portal
# $licence is a link named by public-sources-opl-name or public-sources-ogl-name.
public-sources-opl = Contains Parliamentary information licensed under the { $licence }.
public-sources-opl-name = Open Parliament Licence v3.0
public-sources-ons = Source: Office for National Statistics licensed under the { $licence }.
public-sources-ogl-name = Open Government Licence v3.0
public-sources-postcodes-heading = Postcodes
public-sources-postcodes = Postcodes are matched to constituencies with the ONS National Statistics Postcode Lookup (Open Government Licence v3.0; contains OS data © Crown copyright and database right, Royal Mail data © Royal Mail copyright and database right) where the site has imported it, and otherwise through { $postcodes }, which serves the same public data.
public-sources-postcodes-io = postcodes.io
public-sources-licence = Missive itself is free software under the GNU Affero General Public Licence, version 3 or later.

## Error pages

public-error-home = Go to the featured letter
public-error-staff-home = Back to the staff pages
public-error-not-found-title = Page not found
public-error-not-found = If you typed the address, check it is correct. If you followed a link, it may be out of date.
public-error-staff-not-found-heading = Staff page not found
public-error-staff-not-found = There is no staff page at this address. If you followed a link, what it named may have been removed.
public-error-bad-request-title = Something was wrong with that request
public-error-bad-request-heading = We could not read what was sent
public-error-bad-request = Go back, reload the page and try again.
public-error-server-title = Sorry, something went wrong
public-error-server-heading = Sorry, something went wrong on our side
public-error-server = Nothing you sent was lost by you: please try again in a minute.
public-error-no-campaigns = No campaigns yet
# $command is the command, as typed.
public-error-no-campaigns-how = An organiser can add one with { $command }.
public-error-forbidden-title = Not allowed
public-error-forbidden-heading = You do not have access to this page
public-error-forbidden = Your role does not include this part of Missive. Ask an admin if you need it.
public-error-csrf-title = Form expired
public-error-csrf-heading = That form has expired
public-error-csrf = For your safety we did not act on it. Go back, reload the page and try again.
public-error-too-large-title = Too much was sent
public-error-too-large-heading = That was too much to send
public-error-too-large = What you sent is larger than we accept. Shorten it, then try again.
public-error-headers-title = Request too large
public-error-headers-heading = Your browser sent more than we accept
public-error-headers = Clear this site’s cookies, then reload the page.
public-error-method-title = Method not allowed
public-error-method-heading = This address does not take that kind of request
# $allow lists the methods, "GET, HEAD".
public-error-method = It answers only { $allow }. If you followed a link or sent a form, go back and reload the page.

## The campaign page: updates, officials' responses, reply rates, statistics

public-updates-heading = Updates from the campaign
# $date is when the update was edited.
public-updates-edited = edited { $date }

public-responses-heading = Responses from officials
public-responses-received = Received { $date }
public-responses-corrected = corrected { $date }
public-responses-full = The full response
public-responses-full-as-received = The full response, as received

public-rates-heading = Did officials reply?
# $count is the smallest number of answers an official needs to be listed.
public-rates-lead = Two weeks after each letter was delivered we asked its writer whether they had a reply. Officials with at least { $count } answers:
public-rates-region = Replies by official
public-rates-caption = Replies to supporters’ letters, by official
# An official's name and office.
public-rates-who = { $name }, { $office }
public-rates-col-who = Who
public-rates-col-replied = Replied
public-rates-col-yes = Yes
public-rates-col-not-addressed = Yes, not addressing the points
public-rates-col-acknowledged = Only acknowledged
public-rates-col-no = No reply
public-rates-col-answers = Answers

public-stats-heading = Who has signed
public-stats-per-day = Signatures per day
public-stats-top = Constituencies with the most signatures
public-stats-constituency = Constituency
public-stats-mp = MP
public-stats-signatures = Signatures
public-stats-note = Counted signatures only: confirmed by email, checked for abuse. Updated every few seconds.

## Charts (the bars' dates and hours are written 2026-11-28 and 2026-11-28 14:00)

public-chart-none = No signatures yet.
# $title is the chart's title.
public-chart-empty = { $title }: no signatures yet.
public-chart-figures = { $title }: the figures
public-chart-day = Day (UTC)
public-chart-hour = Hour (UTC)
public-chart-signatures = Signatures
# One bar's label and count.
public-chart-bar = { $label }: { $count }
# What a chart shows, for screen readers. $periods is the number of days (or hours), shown
# as $periods_figure; $total the signatures, shown as $total_figure; $top the most in one
# day (or hour), on $top_label.
public-chart-desc-day = Bar chart of { $periods_figure } { $periods ->
    [one] day
   *[other] days
} from { $first } to { $last } (UTC): { $total_figure } { $total ->
    [one] signature
   *[other] signatures
} in all, most in one day { $top } on { $top_label }.
public-chart-desc-hour = Bar chart of { $periods_figure } { $periods ->
    [one] hour
   *[other] hours
} from { $first } to { $last } (UTC): { $total_figure } { $total ->
    [one] signature
   *[other] signatures
} in all, most in one hour { $top } on { $top_label }.
public-chart-desc-day-empty = Bar chart of { $periods_figure } { $periods ->
    [one] day
   *[other] days
} from { $first } to { $last } (UTC): { $total_figure } { $total ->
    [one] signature
   *[other] signatures
} in all.
public-chart-desc-hour-empty = Bar chart of { $periods_figure } { $periods ->
    [one] hour
   *[other] hours
} from { $first } to { $last } (UTC): { $total_figure } { $total ->
    [one] signature
   *[other] signatures
} in all.

## An official's answer, emailed to supporters and writers (in their signature's or letter's language)

public-response-subject = { $official } has responded: { $headline }
# $date is when the answer was received.
public-response-responded = { $official } ({ $office }) has responded to the campaign “{ $headline }”. The response was received on { $date }.
public-response-in-short = In short: { $summary }
# $label is public-response-in-short-label, in bold.
public-response-in-short-html = { $label } { $summary }
public-response-in-short-label = In short:
public-response-read = Read it on the campaign page
public-response-why-supporter = You get this email because you asked to hear about progress when you signed.
public-response-why-writer = You get this email because your letter went to { $official }.
