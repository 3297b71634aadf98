# Missive: adran gyfieithiadau ffurflen ymgyrch y staff (Welsh).
# REVIEW: machine-drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

staff-tr-legend = Mewn ieithoedd eraill (dewisol)
staff-tr-hint = Rhowch eiriau’r ymgyrch yn Gymraeg, Rwsieg neu Kazakh i ymwelwyr sy’n darllen y wefan yn yr iaith honno. Dangosir unrhyw ran a adewir yn wag yn Saesneg, gyda nodyn yn dweud nad yw wedi’i chyfieithu. Mae’r llythyrau y mae cefnogwyr yn eu hysgrifennu at swyddogion bob amser yn aros yn eu geiriau eu hunain.
staff-tr-kicker = Llinell uwchben
staff-tr-headline = Pennawd
staff-tr-summary = Crynodeb
staff-tr-letter = Llythyr (Markdown)
staff-tr-image_alt = Testun amgen y llun
staff-tr-image_caption = Capsiwn y llun
