# Missive: рамка страницы, ошибки форм и «поделиться» (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

site-skip = Перейти к содержанию
site-tagline = Письма, которые меняют мнения
site-footer-about = Missive — открытое программное обеспечение для кампаний по написанию писем. Мы просим только то, что нужно кампании, и никому не раскрываем, подписывал ли письмо владелец того или иного адреса.
site-footer-sources = Источники данных и лицензии
site-languages = Язык

form-error-prefix = Ошибка:{" "}
form-error-summary = Возникла проблема

share-heading = Поделитесь этим письмом
share-email = Эл. почта
share-copy = Скопировать ссылку
share-native = Поделиться…
share-invitation = Подпишите письмо: { $headline }
share-email-body = Прочитайте его и добавьте своё имя: { $url }
share-copied = Скопировано
share-copied-status = Ссылка скопирована в буфер обмена
share-copy-failed = Не удалось скопировать: выделите текст и скопируйте его сами
share-open-failed = Не удалось открыть меню «Поделиться»
