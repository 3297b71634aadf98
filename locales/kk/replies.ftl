# Missive: «депутатыңыз жауап берді ме?» жауап беті (Kazakh, Cyrillic).
# REVIEW: drafted by a developer; awaits review by a native Kazakh speaker.
# See docs/languages.md.

replies-unknown-title = Сілтеме танылмады
replies-unknown-heading = Біз бұл сілтемені танымаймыз
replies-unknown = Сілтемені хаттан толық көшіргеніңізді тексеріңіз. Егер ол науқаннан ескі болса, науқан жабылып, оның деректері өшірілген болуы мүмкін.
replies-front-page = Басты бетке өту
replies-title = Жауап келді ме? { $official }
replies-title-error = Қате: жауап келді ме? { $official }
replies-thanks = Рахмет: жауабыңыз есептелді.
replies-heading = Хатыңызға жауап келді ме? { $official }
replies-went-to = Сіздің «{ $campaign }» туралы хатыңыз жіберілді. Алушы: { $official }, { $office }.
replies-your-answer = Сіздің жауабыңыз: { $answer }. Оны төменде өзгерте аласыз; ол бір рет есептеледі.
replies-legend = Жауап алдыңыз ба?
replies-error = Қате:
replies-choose = Төрт жауаптың бірін таңдаңыз.
replies-never-named = Жауабыңыз ешқашан атыңызбен көрсетілмейді. Бес немесе одан көп автор жауап бергенде, науқан беті әр лауазымды тұлғаның қаншалықты жиі жауап бергенін көрсетеді.
replies-answer-yes = Иә, жауап алдым
replies-answer-not-addressed = Иә, бірақ онда менің дәлелдерім қаралмады
replies-answer-acknowledged = Тек алғаны туралы растау
replies-answer-no = Жауап жоқ
