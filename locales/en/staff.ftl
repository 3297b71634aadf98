# Missive: the staff pages' frame (navigation, sign-out), the staff home, sign-in and
# password-reset pages, and the password-reset email.
# English is the source language. See docs/languages.md.

staff-nav-label = Staff
staff-nav-home = Staff home
staff-nav-moderation = Letters to moderate
staff-nav-moderation-log = Moderation log
staff-nav-signatures = Signature review
staff-nav-campaigns = Campaigns
staff-nav-api-tokens = API tokens
staff-nav-accounts = Staff accounts
staff-nav-audit = Audit log
staff-nav-password = Your password
# Beside the sign-out button: the account's email and its role (a staff-who-role-* message).
staff-signed-in-who = { $email } ({ $role })
staff-sign-out = Sign out

staff-who-role-admin = admin
staff-who-role-moderator = moderator
staff-who-role-organiser = organiser

staff-home-title = Staff
staff-home-heading = Staff pages
staff-home-signed-in = You are signed in as { $email }, { $role }.
staff-waiting-heading = Waiting for staff
# $count is the number (it picks the form), $n the same number as written.
staff-waiting-letters = { $count ->
    [one] { $n } letter waits for moderation
   *[other] { $n } letters wait for moderation
}
staff-waiting-campaign-letters = { $count ->
    [one] { $n } letter
   *[other] { $n } letters
}: { $headline }
staff-waiting-unconfirmed = { $count ->
    [one] { $n } letter waits for its writer to confirm their address
   *[other] { $n } letters wait for their writers to confirm their address
}
staff-waiting-suspects = { $count ->
    [one] { $n } suspect signature waits for review
   *[other] { $n } suspect signatures wait for review
}
staff-waiting-campaign-signatures = { $count ->
    [one] { $n } signature
   *[other] { $n } signatures
}: { $headline }

staff-login-title = Staff sign-in
staff-login-error-title = Error: Staff sign-in
staff-login-email = Email address
staff-login-password = Password
staff-login-button = Sign in
staff-login-supporters = Supporters do not need an account: this page is for campaign staff.
staff-login-wrong = Email or password is wrong
staff-login-disabled = Your account is disabled. Ask an admin to enable it again.
staff-login-too-many = Too many failed sign-ins for this account or from your network. Wait 15 minutes, then try again, or sign in from where you usually do.

staff-reset-title = Choose a new password
staff-reset-error-title = Error: Choose a new password
# $email is the account's address, in bold.
staff-reset-for = For the staff account { $email }. Every session of this account ends when the new password is set.
staff-reset-password = New password
staff-reset-password-hint = At least 12 characters, not a common or leaked password, not containing your email.
staff-reset-again = New password again
staff-reset-button = Set the new password
staff-reset-done-title = Password set
# $link is a link reading staff-reset-sign-in.
staff-reset-done = Your new password works now, and every earlier session has ended: { $link }.
staff-reset-sign-in = sign in
staff-reset-gone-title = This link no longer works
staff-reset-gone = A password-reset link works once, for an hour. Ask an admin to send you a new one.

staff-reset-email-subject = Choose a new password for Missive
staff-reset-email-asked = An admin asked Missive to let you choose a new password for your staff account. Open this link and type the new password twice:
staff-reset-email-link = Choose a new password
staff-reset-email-valid = The link works once, for { $count ->
    [one] { $n } minute
   *[other] { $n } minutes
}. If you did not expect it, ignore this email: your password stays as it is.
