# Missive: ffrâm y dudalen, gwallau ffurflenni a rhannu (Welsh).
# REVIEW: machine-drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

site-skip = Neidio i'r cynnwys
site-tagline = Llythyrau sy'n newid meddyliau
site-footer-about = Meddalwedd cod agored ar gyfer ymgyrchoedd ysgrifennu llythyrau yw Missive. Gofynnwn am ddim ond yr hyn sydd ei angen ar ymgyrch, ac ni fyddwn byth yn dangos i neb a yw cyfeiriad wedi llofnodi.
site-footer-sources = Ffynonellau data a thrwyddedau
site-languages = Iaith

form-error-prefix = Gwall:{" "}
form-error-summary = Mae problem

share-heading = Rhannu'r llythyr hwn
share-email = E-bost
share-copy = Copïo'r ddolen
share-native = Rhannu…
share-invitation = Llofnodwch y llythyr: { $headline }
share-email-body = Darllenwch ef ac ychwanegwch eich enw: { $url }
share-copied = Wedi'i gopïo
share-copied-status = Dolen wedi'i chopïo i'r clipfwrdd
share-copy-failed = Methu copïo: dewiswch y testun a'i gopïo eich hun
share-open-failed = Methu agor y ddewislen rannu
