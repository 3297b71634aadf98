# Missive: бет жақтауы, форма қателері және бөлісу (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

site-skip = Мазмұнға өту
site-tagline = Көзқарасты өзгертетін хаттар
site-footer-about = Missive — хат жазу науқандарына арналған ашық бастапқы кодты бағдарлама. Біз науқанға қажеттісін ғана сұраймыз және қай мекенжайдан қол қойылғанын ешкімге ешқашан көрсетпейміз.
site-footer-sources = Деректер көздері және лицензиялар
site-languages = Тіл

form-error-prefix = Қате:{" "}
form-error-summary = Қате бар

share-heading = Бұл хатпен бөлісіңіз
share-email = Эл. пошта
share-copy = Сілтемені көшіру
share-native = Бөлісу…
share-invitation = Хатқа қол қойыңыз: { $headline }
share-email-body = Оқып шығып, атыңызды қосыңыз: { $url }
share-copied = Көшірілді
share-copied-status = Сілтеме алмасу буферіне көшірілді
share-copy-failed = Көшіру мүмкін болмады: мәтінді белгілеп, өзіңіз көшіріңіз
share-open-failed = Бөлісу терезесін ашу мүмкін болмады
