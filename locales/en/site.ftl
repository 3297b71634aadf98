# Missive: the page frame (header, footer, language switcher), form errors and sharing.
# English is the source language: every key here must exist in cy, ru and kk too
# (tests/i18n_files.rs checks). See docs/languages.md.

site-skip = Skip to content
site-tagline = Letters that change minds
site-footer-about = Missive is open-source software for letter-writing campaigns. We ask only for what a campaign needs, and never show anyone whether an address has signed.
site-footer-sources = Data sources and licences
site-languages = Language

form-error-prefix = Error:{" "}
form-error-summary = There is a problem

share-heading = Share this letter
share-email = Email
share-copy = Copy link
share-native = Share…
share-invitation = Sign the letter: { $headline }
share-email-body = Read it and add your name: { $url }
share-copied = Copied
share-copied-status = Link copied to the clipboard
share-copy-failed = Could not copy: select the text and copy it yourself
share-open-failed = Could not open sharing
