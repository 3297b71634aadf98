# Missive: the staff campaign form's translations section (English).
# See docs/languages.md.

staff-tr-legend = In other languages (optional)
staff-tr-hint = Give the campaign's words in Welsh, Russian or Kazakh for visitors who read the site in that language. Any part left empty is shown in English, with a note saying it has not been translated. Letters supporters write to officials always stay in their own words.
staff-tr-kicker = Kicker
staff-tr-headline = Headline
staff-tr-summary = Summary
staff-tr-letter = Letter (Markdown)
staff-tr-image_alt = Photo's alt text
staff-tr-image_caption = Photo caption
