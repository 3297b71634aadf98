# Missive: form error messages (every form, public and staff) and parse errors.
# English is the source language. See docs/languages.md.
# A bound or count comes as a number ($max, $min, $count: it chooses the plural form) and
# is shown as $max-shown (grouped as the language writes numbers, 10,000).

error-country-empty = Choose your country
error-country-unknown = Choose a country from the list
error-postcode-empty = Enter your postcode
error-postcode-invalid = Enter a UK postcode, like SW1A 1AA
error-name-empty = Enter your full name
error-name-too-long = Your name must be { $max-shown } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-name-bad-characters = Your name contains characters we cannot accept
error-name-formula = Your name cannot start with = + - or @
error-email-empty = Enter your email address
error-email-too-long = Your email address must be { $max-shown } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-email-invalid = Enter an email address in the correct format, like name@example.com
error-address-line-empty = Enter the first line of your address
error-address-town-empty = Enter your town or city
error-address-too-long = Each part of your address must be { $max-shown } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-address-bad-characters = Your address contains characters we cannot accept
error-address-formula = Your address cannot start with = + - or @
error-slug-invalid = Use lower-case letters, digits and single hyphens
error-link-invalid = This link is not valid
error-target-invalid = A target is own-mp or an official's code, like prime-minister
error-password-too-short = Use at least { $min-shown } { $min ->
        [one] character
       *[other] characters
    }
error-password-too-long = Use at most { $max-shown } { $max ->
        [one] character
       *[other] characters
    }
error-password-common = That password is too common: choose one that is not on lists of leaked passwords
error-password-has-email = Do not use your email address in your password
error-letter-empty = Write your letter
error-letter-too-short = Your letter must be at least { $min-shown } { $min ->
        [one] character
       *[other] characters
    } long
error-letter-too-long = Your letter must be { $max-shown } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-letter-bad-characters = Your letter contains characters we cannot accept
error-subject-empty = Enter a subject
error-subject-too-long = The subject must be { $max-shown } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-subject-bad-characters = The subject contains characters we cannot accept
error-postcode-abroad = Postcodes are for UK addresses only: clear this box, or choose United Kingdom
error-public-name-too-long = The name to show must be { $max-shown } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-constituency-unknown = Choose a constituency from the list
error-mp-search-too-long = Search for at most { $max-shown } { $max ->
        [one] character
       *[other] characters
    }
error-search-ip = Enter the start of an IP address, like 203.0.113. or 2001:db8:0:, or a range, like 203.0.113.0/24
error-search-ipv6-groups = Write the start of an IPv6 address in full groups, like 2001:db8:0:, or give a range, like 2001:db8::/32
error-search-range-too-wide = That range is too wide: use /{ $min } or narrower for this kind of address
error-search-ipv6-length = For an IPv6 range, use a length that is a multiple of 16 (like /48 or /64) or within 8 of one (like /56)
error-search-domain = Enter an email domain, like example.org
error-search-postcode = Enter a postcode or the start of one, like SW1A or SW1A 1
error-search-when = Enter a date and time, like 2026-11-28 14:30, or a date
error-search-constituency = Enter a constituency name or code, like E14001172
error-status-unknown = Choose a status from the list
error-audit-reason-empty = Give a reason: it goes in the audit log
error-audit-reason-too-long = Keep the reason to { $max-shown } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-campaign-choose = Choose a campaign
error-search-range-order = The end of the time range must be after its start
error-response-official = Choose the official who responded
error-response-date-future = The date cannot be in the future
error-response-date-too-early = Enter a date from 2000 onwards
error-response-date-empty = Enter the date the response was received
error-response-date-invalid = Enter the date as year-month-day, like 2026-12-04
error-response-summary-empty = Write a summary of the response
error-response-summary-too-long = The summary must be { $max } { $max ->
        [one] character
       *[other] characters
    } or fewer (it has { $count })
error-response-body-empty = Paste or type the full response
error-response-body-too-long = The full response must be { $max } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-update-subject-too-long = Enter a subject of { $max } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-update-body-empty = Write the update
error-update-body-too-long = Shorten the update to { $max-shown } { $max ->
        [one] character
       *[other] characters
    } or fewer (it has { $count })
error-update-when-invalid = Enter the time like 2027-01-31T18:00, or leave it empty to send now
error-update-when-past = Choose a time in the future, or leave it empty to send now
error-token-name-empty = Enter a name for the token, like the tool that will use it
error-token-name-too-long = Enter a name of { $max } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-token-campaigns-unknown = Choose campaigns from the list
error-token-campaigns-none = Choose at least one campaign the token may read
error-token-contacts-admin = Only admins may give a token signers’ contact details
error-campaign-unknown = Choose a campaign from the list
error-queue-similarity = Choose near-copies, letters in the writer’s own words, or any
error-queue-age = Give the wait as a whole number of days, from 0 to { $max }
error-queue-page = The page number must be a whole number from 1
error-restore-reason-empty = Say why the letter should be shown again
error-bulk-none-ticked = Tick at least one letter first
error-note-empty = Write the note to save
error-note-too-long = The note must be { $max } { $max ->
        [one] character
       *[other] characters
    } or fewer (it has { $count })
error-reply-answer = Choose one of the four answers.
error-role-choose = Choose a role
error-password-current-wrong = Your current password is wrong
error-reject-reason-choose = Choose why the letter cannot be sent
error-reject-note-too-long = The note must be { $max } { $max ->
        [one] character
       *[other] characters
    } or fewer (it has { $count })
error-hide-reason-too-long = The reason must be { $max } { $max ->
        [one] character
       *[other] characters
    } or fewer (it has { $count })
error-redact-unchanged = The text is unchanged: edit it, or approve the letter as it is
error-redact-empty = The text cannot be empty: reject the letter instead
error-redact-too-short = The letter must be at least { $min-shown } { $min ->
        [one] character
       *[other] characters
    } long
error-redact-too-long = The letter must be { $max-shown } { $max ->
        [one] character
       *[other] characters
    } or fewer
error-redact-bad-characters = The letter contains characters we cannot accept
error-redact-note-empty = Say what you changed and why
error-redact-note-too-long = Keep this to { $max } { $max ->
        [one] character
       *[other] characters
    } or fewer (it has { $count })
error-address-needed-for-mp = Enter the first line of your address: your MP needs it to know you are their constituent
error-postcode-other-constituency = { $postcode } is in { $found }, not { $chosen }: check your postcode, or choose { $found } as your constituency
error-password-confirm-different = The two new passwords are different
error-campaign-no-such-address = No campaign has that address: choose one from the list
error-audit-date = Enter a date like 2026-11-28
error-note-saved-already = This note is saved already
error-account-email-taken = An account with this email address already exists
error-account-none = There is no such account
error-account-last-admin = This is the last enabled admin: add or enable another admin first, so that someone can still manage accounts
error-photo-too-large = The photo is larger than 5 MB: choose a smaller one (or save it smaller)
error-photo-wrong-type = The file is not a JPEG, PNG or WebP photo: choose one of those (SVG and other kinds are not accepted)
error-photo-unreadable = The photo could not be read (the file may be damaged, or too many pixels): choose another
error-photo-alt-required = Describe what the photo shows, for people who cannot see it (required with a photo)
error-photo-upload-lost = The photo uploaded earlier was not found: choose it again
error-campaign-goal-empty = Enter a goal: how many signatures the campaign aims for
error-campaign-goal-not-number = Enter the goal as a whole number, like 10000
error-campaign-threshold = Enter a number from 0 to 1, like 0.8
error-campaign-when = Enter a date and time in UTC, like 2027-01-31T12:00
error-campaign-milestones-number = Milestones must be whole numbers of at least 1, separated by commas (not “{ $word }”). Enter plain numbers separated by commas, like 100, 1000, 10000
error-campaign-milestones-too-many = Enter at most { $max } { $max ->
        [one] milestone
       *[other] milestones
    }, as plain numbers separated by commas, like 100, 1000, 10000
error-campaign-slug-empty = Enter the campaign’s web address, like save-our-library
error-campaign-slug-invalid = Use lower-case letters, digits and single hyphens, like save-our-library
error-campaign-headline-empty = Enter a headline
error-campaign-author-empty = Enter the author’s name
error-campaign-letter-empty = Enter the letter
error-campaign-goal-too-small = Enter a goal of at least { $min } { $min ->
        [one] signature
       *[other] signatures
    }
error-campaign-closes-before = The closing time must be later than the opening time
error-campaign-target-invalid = “{ $entry }” is not a target. A target is own-mp or an official's code, like prime-minister
error-campaign-target-twice = “{ $entry }” is listed more than once: list each target once
error-campaign-targets-unknown = { $count ->
    [one] No official has the code { $last }: find the officials below and add them, or correct the code
   *[other] No official has the codes { $codes } and { $last }: find the officials below and add them, or correct the codes
}
error-campaign-image-path = Enter a path inside static/, like images/photo.jpg (not starting with / and without ..)
error-campaign-other = { $problem }
error-campaign-slug-taken = A campaign already uses this web address: choose another
error-constituency-no-match = No constituency matches that search: try part of its name
error-letter-campaign-closed = This campaign has closed, so letters can no longer be sent through it
