# Missive: қызметкерлердің науқан формасындағы аудармалар бөлімі (Kazakh).
# REVIEW: machine-drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

staff-tr-legend = Басқа тілдерде (міндетті емес)
staff-tr-hint = Сайтты сол тілде оқитын келушілер үшін науқан мәтінін валлий, орыс немесе қазақ тілінде беріңіз. Бос қалдырылған кез келген бөлік ағылшын тілінде, аударылмағаны туралы ескертпемен көрсетіледі. Жақтастардың лауазымды тұлғаларға жазған хаттары әрқашан өз сөздерінде қалады.
staff-tr-kicker = Тақырып үстіндегі жол
staff-tr-headline = Тақырып
staff-tr-summary = Қысқаша мазмұны
staff-tr-letter = Хат (Markdown)
staff-tr-image_alt = Суреттің балама мәтіні
staff-tr-image_caption = Суреттің жазуы
