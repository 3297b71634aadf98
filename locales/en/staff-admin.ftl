# Missive: the staff pages for administration (staff accounts, your password, API tokens), in the staff member's language.
# English is the source language. See docs/languages.md.

staff-admin-cancel = Cancel
staff-admin-never = never
# $when is a date and time.
staff-admin-utc = { $when } UTC
staff-admin-role-admin = admin
staff-admin-role-moderator = moderator
staff-admin-role-organiser = organiser
staff-admin-refused-email-taken = An account with this email address already exists
staff-admin-refused-no-account = There is no such account
staff-admin-refused-last-admin = This is the last enabled admin: add or enable another admin first, so that someone can still manage accounts

## Staff accounts

staff-admin-users-title = Staff accounts
staff-admin-users-caption = Everyone who can sign in to the staff pages
staff-admin-users-email = Email
staff-admin-users-role = Role
staff-admin-users-status = Status
staff-admin-users-last-sign-in = Last sign-in
staff-admin-users-password = Password
staff-admin-users-role-of = Role of { $email }
staff-admin-users-change-role = Change role
staff-admin-users-disabled = Disabled
staff-admin-users-enabled = Enabled
staff-admin-users-enable = Enable
staff-admin-users-disable = Disable
staff-admin-users-send-reset = Send reset link
staff-admin-users-send-reset-to = Send reset link to { $email }
staff-admin-users-set-password = Set password
staff-admin-users-set-password-for = Set password for { $email }
staff-admin-users-add-heading = Add an account
staff-admin-users-email-address = Email address
staff-admin-users-first-password = First password
staff-admin-users-add = Add account
staff-admin-notice-added = Account added. Give them their first password by a safe route; they can change it under “Your password”.
staff-admin-notice-role = Role changed. Their sessions have ended; they sign in again.
staff-admin-notice-enabled = Account enabled.
staff-admin-notice-password-set = Password set. Their sessions have ended; give them the password by a safe route.
staff-admin-notice-reset-sent = Reset link sent. It works once, for an hour; their password stays as it is until they use it.
staff-admin-notice-disabled = Account disabled. Their sessions have ended.
staff-admin-notice-unchanged = Nothing to change.

## Setting a colleague's password, disabling an account

staff-admin-set-password-title = Set a password
staff-admin-set-password-heading = Set a password for { $email }
# $link is a link whose words are staff-admin-set-password-reset-link.
staff-admin-set-password-intro = Their sessions end when it is set. Give them the password by a safe route, or { $link } instead, so that only they know it.
staff-admin-set-password-reset-link = send them a reset link
staff-admin-set-password-button = Set the password
staff-admin-new-password = New password
staff-admin-new-password-again = New password again
staff-admin-password-hint-theirs = At least 12 characters, not a common or leaked password, not containing their email.
staff-admin-password-hint-yours = At least 12 characters, not a common or leaked password, not containing your email.
staff-admin-disable-title = Disable an account
staff-admin-disable-heading = Disable { $email }?
staff-admin-disable-explain = They are signed out everywhere at once, cannot sign in again until an admin enables the account, and every API token they made is revoked.
staff-admin-disable-button = Disable { $email }

## Your password

staff-admin-password-title = Your password
# $link is a link whose words are staff-admin-password-sign-in-again.
staff-admin-password-changed = Password changed. Every session has ended, this one too: { $link }.
staff-admin-password-sign-in-again = sign in again
staff-admin-password-current = Current password
staff-admin-password-change = Change password

## API tokens (the API itself answers in English)

staff-admin-tokens-title = API tokens
staff-admin-tokens-notice-revoked = Token revoked. Requests with it are refused from now on.
staff-admin-tokens-notice-already = That token was already revoked.
staff-admin-tokens-notice-missing = There is no such token.
staff-admin-tokens-created = Token “{ $name }” created
staff-admin-tokens-copy-now = Copy it now: it is shown only this once.
staff-admin-tokens-hash-only = Missive keeps only a hash of it, so nobody can show it again; if it is lost, revoke it and create another.
staff-admin-tokens-the-token = The token
# $example is a command line, shown as code.
staff-admin-tokens-try = Try it: { $example }
# $address is the API's address, shown as code.
staff-admin-tokens-intro = A token lets a tool that speaks OSDI (like Action Network’s API) read the petitions and confirmed signatures of the campaigns it names at { $address }: signers’ names and countries, and, only for a token an admin made with that scope, the email and postcode of signers who asked for updates. Give each tool its own token, and revoke one as soon as it is no longer needed.
staff-admin-tokens-none = There are no tokens yet.
staff-admin-tokens-caption-all = Every token, newest first
staff-admin-tokens-caption-yours = Your tokens, newest first
staff-admin-tokens-name = Name
staff-admin-tokens-campaigns = Campaigns
staff-admin-tokens-reads = Reads
staff-admin-tokens-created-at = Created
staff-admin-tokens-last-used = Last used
staff-admin-tokens-state = State
staff-admin-tokens-reads-contacts = Names, emails and postcodes of signers who asked for updates
staff-admin-tokens-reads-names = Names and countries only
staff-admin-tokens-by = by { $who }
staff-admin-tokens-revoked-at = Revoked { $when }
staff-admin-tokens-active = Active
staff-admin-tokens-revoke = Revoke
staff-admin-tokens-revoke-name = Revoke { $name }
staff-admin-tokens-create-heading = Create a token
staff-admin-tokens-name-hint = Say what will use it, like “CRM sync”.
staff-admin-tokens-campaigns-legend = Campaigns it may read
staff-admin-tokens-contacts-legend = Signers’ contact details
staff-admin-tokens-contacts = May read the email address and postcode of signers who asked for updates (each read is in the audit log)
staff-admin-tokens-create = Create token
staff-admin-tokens-openapi-heading = The API’s description
# $document is a link to the OpenAPI document, whose words are its address.
staff-admin-tokens-openapi = Every path, parameter, answer and header of the API is described in its OpenAPI document, { $document }, which tools can read to build a client or test against it.
