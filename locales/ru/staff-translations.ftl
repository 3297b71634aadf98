# Missive: раздел переводов в форме кампании для сотрудников (Russian).
# REVIEW: machine-drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

staff-tr-legend = На других языках (необязательно)
staff-tr-hint = Укажите тексты кампании на валлийском, русском или казахском для посетителей, читающих сайт на этом языке. Любая незаполненная часть показывается на английском с пометкой, что она не переведена. Письма, которые сторонники пишут должностным лицам, всегда остаются в их собственных словах.
staff-tr-kicker = Надзаголовок
staff-tr-headline = Заголовок
staff-tr-summary = Краткое описание
staff-tr-letter = Письмо (Markdown)
staff-tr-image_alt = Описание фотографии (alt)
staff-tr-image_caption = Подпись к фотографии
