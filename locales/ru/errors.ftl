# Missive: сообщения об ошибках в формах (Russian).
# REVIEW: drafted by a developer; awaits review by a native Russian speaker.
# See docs/languages.md.

error-country-empty = Выберите страну
error-country-unknown = Выберите страну из списка
error-postcode-empty = Введите почтовый индекс
error-postcode-invalid = Введите британский почтовый индекс, например SW1A 1AA
error-name-empty = Введите полное имя
error-name-too-long = Имя должно содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-name-bad-characters = В имени есть символы, которые мы не можем принять
error-name-formula = Имя не может начинаться с = + - или @
error-email-empty = Введите адрес электронной почты
error-email-too-long = Адрес электронной почты должен содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-email-invalid = Введите адрес электронной почты в правильном формате, например name@example.com
error-address-line-empty = Введите первую строку адреса
error-address-town-empty = Введите город или населённый пункт
error-address-too-long = Каждая часть адреса должна содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-address-bad-characters = В адресе есть символы, которые мы не можем принять
error-address-formula = Адрес не может начинаться с = + - или @
error-slug-invalid = Используйте строчные латинские буквы, цифры и одиночные дефисы
error-link-invalid = Эта ссылка недействительна
error-target-invalid = Адресат — own-mp или код должностного лица, например prime-minister
error-password-too-short = Используйте не менее { $min-shown } { $min ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-password-too-long = Используйте не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-password-common = Этот пароль слишком распространён: выберите пароль, которого нет в списках утёкших паролей
error-password-has-email = Не используйте в пароле свой адрес электронной почты
error-letter-empty = Напишите письмо
error-letter-too-short = Письмо должно содержать не менее { $min-shown } { $min ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-letter-too-long = Письмо должно содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-letter-bad-characters = В письме есть символы, которые мы не можем принять
error-subject-empty = Введите тему
error-subject-too-long = Тема должна содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-subject-bad-characters = В теме есть символы, которые мы не можем принять
error-postcode-abroad = Почтовые индексы — только для адресов в Великобритании: очистите это поле или выберите «Великобритания»
error-public-name-too-long = Имя для показа должно содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-constituency-unknown = Выберите избирательный округ из списка
error-mp-search-too-long = Для поиска введите не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-search-ip = Введите начало IP-адреса, например 203.0.113. или 2001:db8:0:, или диапазон, например 203.0.113.0/24
error-search-ipv6-groups = Введите начало IPv6-адреса полными группами, например 2001:db8:0:, или укажите диапазон, например 2001:db8::/32
error-search-range-too-wide = Этот диапазон слишком широк: для адресов такого вида используйте /{ $min } или уже
error-search-ipv6-length = Для диапазона IPv6 используйте длину, кратную 16 (например, /48 или /64), или отличающуюся от такой не более чем на 8 (например, /56)
error-search-domain = Введите домен электронной почты, например example.org
error-search-postcode = Введите почтовый индекс или его начало, например SW1A или SW1A 1
error-search-when = Введите дату и время, например 2026-11-28 14:30, или только дату
error-search-constituency = Введите название или код избирательного округа, например E14001172
error-status-unknown = Выберите статус из списка
error-audit-reason-empty = Укажите причину: она попадёт в журнал аудита
error-audit-reason-too-long = Сократите причину до { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-campaign-choose = Выберите кампанию
error-search-range-order = Конец периода должен быть позже его начала
error-response-official = Выберите должностное лицо, которое ответило
error-response-date-future = Дата не может быть в будущем
error-response-date-too-early = Введите дату не ранее 2000 года
error-response-date-empty = Введите дату получения ответа
error-response-date-invalid = Введите дату в формате год-месяц-день, например 2026-12-04
error-response-summary-empty = Напишите краткое изложение ответа
error-response-summary-too-long = Краткое изложение должно содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    } (сейчас { $count-shown })
error-response-body-empty = Вставьте или наберите полный текст ответа
error-response-body-too-long = Полный текст ответа должен содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-update-subject-too-long = Тема должна содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-update-body-empty = Напишите новость
error-update-body-too-long = Сократите новость до { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    } (сейчас { $count-shown })
error-update-when-invalid = Введите время в виде 2027-01-31T18:00 или оставьте поле пустым, чтобы отправить сейчас
error-update-when-past = Выберите время в будущем или оставьте поле пустым, чтобы отправить сейчас
error-token-name-empty = Введите название токена, например название программы, которая будет им пользоваться
error-token-name-too-long = Название должно содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-token-campaigns-unknown = Выберите кампании из списка
error-token-campaigns-none = Выберите хотя бы одну кампанию, данные которой токен сможет читать
error-token-contacts-admin = Только администраторы могут давать токену доступ к контактным данным подписавших
error-campaign-unknown = Выберите кампанию из списка
error-queue-similarity = Выберите почти-копии, письма своими словами или все
error-queue-age = Укажите срок ожидания целым числом дней, от 0 до { $max-shown }
error-queue-page = Номер страницы должен быть целым числом от 1
error-restore-reason-empty = Укажите, почему письмо нужно снова показать
error-bulk-none-ticked = Сначала отметьте хотя бы одно письмо
error-note-empty = Напишите заметку, которую нужно сохранить
error-note-too-long = Заметка должна содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    } (сейчас { $count-shown })
error-reply-answer = Выберите один из четырёх ответов.
error-role-choose = Выберите роль
error-password-current-wrong = Текущий пароль введён неверно
error-reject-reason-choose = Выберите, почему письмо нельзя отправить
error-reject-note-too-long = Заметка должна содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    } (сейчас { $count-shown })
error-hide-reason-too-long = Причина должна содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    } (сейчас { $count-shown })
error-redact-unchanged = Текст не изменён: отредактируйте его или одобрите письмо как есть
error-redact-empty = Текст не может быть пустым: вместо этого отклоните письмо
error-redact-too-short = Письмо должно содержать не менее { $min-shown } { $min ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-redact-too-long = Письмо должно содержать не более { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
error-redact-bad-characters = В письме есть символы, которые мы не можем принять
error-redact-note-empty = Напишите, что вы изменили и почему
error-redact-note-too-long = Сократите это до { $max-shown } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    } (сейчас { $count-shown })
error-address-needed-for-mp = Введите первую строку адреса: по ней ваш депутат узнает, что вы живёте в его округе
error-postcode-other-constituency = Индекс { $postcode } относится к округу { $found }, а не { $chosen }: проверьте почтовый индекс или выберите округ { $found }
error-password-confirm-different = Два новых пароля не совпадают
error-campaign-no-such-address = Кампании с таким адресом нет: выберите кампанию из списка
error-audit-date = Введите дату в виде 2026-11-28
error-note-saved-already = Такая заметка уже сохранена
error-account-email-taken = Учётная запись с этим адресом электронной почты уже существует
error-account-none = Такой учётной записи нет
error-account-last-admin = Это последний включённый администратор: сначала добавьте или включите другого администратора, чтобы кто-то мог управлять учётными записями
error-photo-too-large = Фото больше 5 МБ: выберите фото поменьше (или сохраните его в меньшем размере)
error-photo-wrong-type = Файл не является фото в формате JPEG, PNG или WebP: выберите файл одного из этих форматов (SVG и другие форматы не принимаются)
error-photo-unreadable = Не удалось прочитать фото (файл может быть повреждён или в нём слишком много пикселей): выберите другое
error-photo-alt-required = Опишите, что изображено на фото, для тех, кто не может его увидеть (обязательно, если есть фото)
error-photo-upload-lost = Загруженное ранее фото не найдено: выберите его снова
error-campaign-goal-empty = Введите цель: сколько подписей должна собрать кампания
error-campaign-goal-not-number = Введите цель целым числом, например 10000
error-campaign-threshold = Введите число от 0 до 1, например 0.8
error-campaign-when = Введите дату и время по UTC, например 2027-01-31T12:00
error-campaign-milestones-number = Этапы должны быть целыми числами не меньше 1 через запятую (а не «{ $word }»). Введите просто числа через запятую, например 100, 1000, 10000
error-campaign-milestones-too-many = Введите не более { $max-shown } { $max ->
        [one] этапа
        [few] этапов
        [many] этапов
       *[other] этапа
    } — просто числа через запятую, например 100, 1000, 10000
error-campaign-slug-empty = Введите веб-адрес кампании, например save-our-library
error-campaign-slug-invalid = Используйте строчные латинские буквы, цифры и одиночные дефисы, например save-our-library
error-campaign-headline-empty = Введите заголовок
error-campaign-author-empty = Введите имя автора
error-campaign-letter-empty = Введите текст письма
error-campaign-goal-too-small = Введите цель не меньше { $min-shown } { $min ->
        [one] подписи
        [few] подписей
        [many] подписей
       *[other] подписи
    }
error-campaign-closes-before = Время закрытия должно быть позже времени открытия
error-campaign-target-invalid = «{ $entry }» — не адресат. Адресат — own-mp или код должностного лица, например prime-minister
error-campaign-target-twice = «{ $entry }» указан больше одного раза: укажите каждого адресата один раз
error-campaign-targets-unknown = { $count ->
    [one] Ни у одного должностного лица нет кода { $last }: найдите должностных лиц ниже и добавьте их или исправьте код
   *[other] Ни у одного должностного лица нет кодов { $codes } и { $last }: найдите должностных лиц ниже и добавьте их или исправьте коды
}
error-campaign-image-path = Введите путь внутри static/, например images/photo.jpg (не начинающийся с / и без ..)
error-campaign-other = { $problem }
error-campaign-slug-taken = Этот веб-адрес уже занят другой кампанией: выберите другой
error-constituency-no-match = Под этот поиск не подходит ни один округ: попробуйте ввести часть названия
error-letter-campaign-closed = Эта кампания закрыта, поэтому отправить через неё письмо больше нельзя
