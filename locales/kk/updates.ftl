# Missive: ұйымдастырушы жаңалығының жақтастарға хаттағы тұрақты сөздері (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

update-email-why = Сіз бұл хатты «{ $headline }» хатына қол қойып, науқан барысы туралы хабарлауды сұрағаныңыз үшін алып отырсыз.
update-email-stop = Бұл хаттарды тоқтату үшін (қолыңыз бәрібір есептеледі) мына сілтемені ашып, түймені басыңыз:
update-email-unsubscribe = { $link } (қолыңыз бәрібір есептеледі).
update-email-unsubscribe-link = Бұл жаңалықтардан жазылымнан шығу

unsubscribe-title = Жаңалықтарды тоқтату
unsubscribe-already-heading = Сіз жазылымнан бұрын шыққансыз
unsubscribe-already = Сіз «{ $headline }» туралы жаңалықтарды енді алмайсыз. Қолыңыз бәрібір есептеледі.
unsubscribe-heading = Осы науқан туралы жаңалықтарды тоқтату керек пе?
unsubscribe-ask = Сіз «{ $headline }» хатына қол қойып, науқан барысы туралы хабарлауды сұрадыңыз. Түймені басыңыз, сонда біз сізге ол туралы жаңалықтарды енді жібермейміз.
unsubscribe-stays = Қолыңыз сақталады және бәрібір есептеледі.
unsubscribe-button = Жаңалықтардан жазылымнан шығу
unsubscribe-back = Науқанға оралу
unsubscribed-title = Жазылымнан шықтыңыз
unsubscribed-heading = Сіз жазылымнан шықтыңыз
unsubscribed-said = Осы сәттен бастап біз сізге «{ $headline }» туралы жаңалықтарды жібермейміз: жіберілуді күтіп тұрған жаңалықтар да сізге жетпейді.
unsubscribed-stays = Қолыңыз сақталады және бәрібір есептеледі. Басқа ештеңе істеудің қажеті жоқ.
unsubscribe-unknown-title = Сілтеме танылмады
unsubscribe-unknown-heading = Бұл сілтеме танылмады
unsubscribe-unknown = Сілтемені хаттан толық көшіргеніңізді тексеріңіз. Егер науқан анонимделген болса, мекенжайыңыз енді сақталмайды және сіз жаңалықтарды енді алмайсыз.
