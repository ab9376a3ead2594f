"""Demo content of the events app, from the sourced facts in the shared data folder only.

Sources: forum_facts.md and ii_forum_2025_report.txt (facts taken, text written afresh).
Idempotent: rows are created when missing and never updated, so editors' changes survive.
Unknown facts (the hour of every session, the day of most) stay empty.
"""

import datetime

from core.languages import in_every_language
from events.models import Article, Forum, KeyFigure, Participation, Session, Speaker, Topic
from universities.models import City, Country, Institution

PUBLISHED = "published"

ENIC_2025 = "https://enic-kazakhstan.edu.kz/en/post/271"
KAZPRAVDA_PANELS = "https://kazpravda.kz/n/hab-bolshih-vozmozhnostey/"
ZAKON_TOKAYEV = (
    "https://www.zakon.kz/sobytiia/6496201-tokaev-obrazovanie-i-nauka--eto-dvizhushchie-sily-"
    "sposobnye-izmenit-mir.html"
)
BAQ_QS = (
    "https://rus.baq.kz/pyat-kazahstanskih-vuzov-voshli-v-prestizhnyy-reyting-times-higher-"
    "education_300025945/"
)
QAZMONITOR_TOKAYEV = (
    "https://en.qazmonitor.com/news/3090/president-tokayev-kazakhstan-sets-course-for-global-"
    "knowledge-market"
)
SHAKARIM_2025 = "https://shakarim.edu.kz/en/news/zogary-bilimnin-bolasagyn-aiqyndagan-us-kun"
ASTANA_TIMES_2024 = "https://astanatimes.com/?p=92707"


def _tr(field, *texts):
    return dict(zip(in_every_language(field), texts, strict=True))


TOPICS = [
    # slug, colour, kk, ru, en — the topics named in the sources on the II Forum
    ("ai-in-education", "#6a1b9a", "Білім берудегі жасанды интеллект",
     "Искусственный интеллект в образовании", "Artificial intelligence in education"),
    ("transnational-education", "#005a70", "Трансұлттық білім беру",
     "Транснациональное образование", "Transnational education"),
    ("commercialisation-of-science", "#7a5c00", "Ғылымды коммерцияландыру",
     "Коммерциализация науки", "Commercialisation of science"),
    ("technology-transfer", "#2e7d32", "Технологиялар трансферті", "Трансфер технологий",
     "Technology transfer"),
    ("higher-education-development", "#1c5d99", "Жоғары білім беруді дамыту",
     "Развитие высшего образования", "Development of higher education"),
    ("science-and-innovation", "#ad1457", "Ғылым және инновациялар", "Наука и инновации",
     "Science and innovation"),
    ("digitalisation", "#37474f", "Цифрландыру", "Цифровизация", "Digitalisation"),
    ("academic-mobility", "#bf360c", "Академиялық ұтқырлық", "Академическая мобильность",
     "Academic mobility"),
]  # fmt: skip


def load(with_passwords):
    kazakhstan, _ = Country.objects.get_or_create(
        code="KZ", defaults=_tr("name", "Қазақстан", "Казахстан", "Kazakhstan")
    )
    astana, _ = City.objects.get_or_create(
        slug="astana",
        defaults={"country": kazakhstan, **_tr("name", "Астана", "Астана", "Astana")},
    )
    topics = {}
    for order, (slug, colour, kk, ru, en) in enumerate(TOPICS):
        topics[slug], _ = Topic.objects.get_or_create(
            slug=slug, defaults={"colour": colour, "order": order, **_tr("name", kk, ru, en)}
        )
    _load_2024_forum(astana)
    forum = _load_2025_forum(astana)
    speakers = _load_speakers(kazakhstan)
    _load_2025_sessions(forum, topics, speakers)
    _load_2025_article(forum)
    return []


def _key_figures(forum, figures):
    if forum.key_figures.exists():
        return
    for order, (value, label, source_url) in enumerate(figures):
        KeyFigure.objects.create(
            forum=forum,
            order=order,
            source_url=source_url,
            **_tr("value", *value),
            **_tr("label", *label),
        )


def _load_2024_forum(astana):
    forum, created = Forum.objects.get_or_create(
        slug="strategic-partners-forum-2024",
        defaults={
            "number": 1,
            "status": PUBLISHED,
            "start_date": datetime.date(2024, 10, 17),
            "end_date": datetime.date(2024, 10, 18),
            "city": astana,
            "source_url": ASTANA_TIMES_2024,
            **_tr(
                "title",
                "ConnectED 2024 аясындағы Стратегиялық серіктестер форумы",
                "Форум стратегических партнёров в рамках ConnectED 2024",
                "Strategic Partners Forum within ConnectED 2024",
            ),
            **_tr(
                "venue",
                "ConnectED 2024 конференциясы",
                "Конференция ConnectED 2024",
                "ConnectED 2024 conference",
            ),
            **_tr(
                "summary",
                "2024 жылғы басылым: Астанадағы ConnectED 2024 конференциясы аясында өткен "
                "Стратегиялық серіктестер форумы.",
                "Выпуск 2024 года: Форум стратегических партнёров, прошедший в рамках "
                "конференции ConnectED 2024 в Астане.",
                "The 2024 edition: the Strategic Partners Forum, held within the ConnectED 2024 "
                "conference in Astana.",
            ),
            **_tr(
                "description",
                "<p>Бұл — ConnectED 2024 конференциясы аясында өткен Стратегиялық серіктестер "
                "форумы (порталда форумның бірінші басылымы ретінде көрсетілген). «ConnectED "
                "2024: Rethinking the Future» конференциясын Ғылым және жоғары білім министрлігі "
                "ұйымдастырды; ол ұзақ мерзімді серіктестікке арналды.</p>"
                "<p>Талқыланған тақырыптар: трансұлттық білім беру, жаһандық серіктестік және "
                "қазақстандық жоғары білімнің стратегиялары. Трансұлттық білім беруді "
                "қадағалайтын халықаралық кеңес құру ұсынылды.</p>"
                "<p>18 қазанда Премьер-Министрдің орынбасары Тамара Дүйсенова шетелдік "
                "университеттердің басшыларымен кездесіп, стратегиялық әріптестік жөніндегі "
                "кеңес құруды ұсынды.</p>",
                "<p>Это Форум стратегических партнёров, прошедший в рамках конференции "
                "ConnectED 2024 (на портале он показан как первый выпуск форума). Конференцию "
                "«ConnectED 2024: Rethinking the Future» организовало Министерство науки и "
                "высшего образования; форум был посвящён долгосрочному партнёрству.</p>"
                "<p>Обсуждались транснациональное образование, глобальные партнёрства и "
                "стратегии казахстанского высшего образования. Было предложено создать "
                "международный совет, курирующий транснациональное образование.</p>"
                "<p>18 октября заместитель Премьер-Министра Тамара Дуйсенова встретилась с "
                "руководителями зарубежных университетов и предложила создать Совет по "
                "стратегическому партнёрству.</p>",
                "<p>This is the Strategic Partners Forum held within the ConnectED 2024 "
                "conference (the portal lists it as the forum's first edition). The conference, "
                "“ConnectED 2024: Rethinking the Future”, was organised by the Ministry of "
                "Science and Higher Education; the forum focused on long-term partnerships.</p>"
                "<p>Transnational education, global partnerships and strategies for Kazakh higher "
                "education were discussed, and an international council to oversee "
                "transnational education was proposed.</p>"
                "<p>On 18 October Deputy Prime Minister Tamara Duissenova met the heads of "
                "foreign universities and proposed a council for strategic partnership.</p>",
            ),
        },
    )
    if created:
        _key_figures(
            forum,
            [
                (("112", "112", "112"), ("делегат", "делегатов", "delegates"), ASTANA_TIMES_2024),
                (
                    ("67", "67", "67"),
                    ("университет", "университетов", "universities"),
                    ASTANA_TIMES_2024,
                ),
                (
                    ("10", "10", "10"),
                    (
                        "халықаралық ұйым",
                        "международных организаций",
                        "international organisations",
                    ),
                    ASTANA_TIMES_2024,
                ),
                (("22", "22", "22"), ("ел", "страны", "countries"), ASTANA_TIMES_2024),
            ],
        )
    return forum


def _load_2025_forum(astana):
    forum, created = Forum.objects.get_or_create(
        slug="ii-forum-2025",
        defaults={
            "number": 2,
            "status": PUBLISHED,
            "start_date": datetime.date(2025, 10, 29),
            "end_date": datetime.date(2025, 10, 31),
            "city": astana,
            "source_url": SHAKARIM_2025,
            **_tr(
                "title",
                "«Қазақстан – академиялық білім аймағы» II форумы",
                "II Форум «Казахстан – территория академических знаний»",
                "II Forum “Kazakhstan – Territory of Academic Knowledge”",
            ),
            **_tr(
                "summary",
                "Ғылым және жоғары білім министрлігінің бастамасымен Астанада 29–31 қазанда "
                "өткен халықаралық стратегиялық серіктестер форумы.",
                "Международный форум стратегических партнёров, проведённый по инициативе "
                "Министерства науки и высшего образования в Астане 29–31 октября.",
                "The international forum of strategic partners, initiated by the Ministry of "
                "Science and Higher Education and held in Astana on 29–31 October.",
            ),
            **_tr(
                "description",
                "<p>Форумға Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев қатысып, "
                "негізгі баяндама жасады. Шетелдік жетекші университеттердің басшылары, "
                "халықаралық аккредиттеу және рейтингтік агенттіктердің өкілдері мен "
                "қазақстандық университеттердің ректорлары жиналды. Форум аясында "
                "Стратегиялық серіктестер кеңесінің отырысы өтті.</p>"
                "<p>Панельдік сессиялар мен дөңгелек үстелдер Coventry University Kazakhstan "
                "және Л.Н. Гумилев атындағы Еуразия ұлттық университетінде өтті.</p>"
                "<p>Қараған мәселелер: білім берудегі жасанды интеллект, трансұлттық білім беру, "
                "ғылымды коммерцияландыру, технологиялар трансферті, өндірістік сапарлар.</p>",
                "<p>В форуме участвовал Президент Республики Казахстан Касым-Жомарт Токаев, "
                "выступивший с основной речью. Собрались руководители ведущих зарубежных "
                "университетов, представители международных аккредитационных и рейтинговых "
                "агентств и ректоры казахстанских вузов. В рамках форума прошло заседание Совета "
                "стратегических партнёров.</p>"
                "<p>Панельные сессии и круглые столы проходили в Coventry University Kazakhstan "
                "и в Евразийском национальном университете имени Л. Н. Гумилёва.</p>"
                "<p>Темы: искусственный интеллект в образовании, транснациональное образование, "
                "коммерциализация науки, трансфер технологий, промышленные визиты.</p>",
                "<p>President of the Republic of Kazakhstan Kassym-Jomart Tokayev took part and "
                "gave the keynote speech. Heads of leading foreign universities, representatives "
                "of international accreditation and ranking agencies and rectors of Kazakh "
                "universities came together, and the Council of Strategic Partners met within "
                "the forum.</p>"
                "<p>Panel sessions and round tables took place at Coventry University "
                "Kazakhstan and at L.N. Gumilyov Eurasian National University.</p>"
                "<p>Topics: artificial intelligence in education, transnational education, "
                "commercialisation of science, technology transfer, industrial visits.</p>",
            ),
        },
    )
    if created:
        _key_figures(
            forum,
            [
                (
                    ("40", "40", "40"),
                    (
                        "жетекші шетелдік университеттің филиалы Қазақстанда",
                        "филиалов ведущих зарубежных университетов в Казахстане",
                        "branches of leading foreign universities in Kazakhstan",
                    ),
                    ENIC_2025,
                ),
                (
                    ("31 000+", "31 000+", "31,000+"),
                    ("шетелдік студент", "иностранных студентов", "international students"),
                    QAZMONITOR_TOKAYEV,
                ),
                (
                    ("3 есе", "в 3 раза", "3×"),
                    (
                        "2019 жылдан бері білім мен ғылымды қаржыландырудың өсуі",
                        "рост финансирования образования и науки с 2019 года",
                        "growth in funding for education and science since 2019",
                    ),
                    QAZMONITOR_TOKAYEV,
                ),
            ],
        )
    return forum


MINISTER = _tr(
    "position",
    "Қазақстан Республикасының Ғылым және жоғары білім министрі",
    "Министр науки и высшего образования Республики Казахстан",
    "Minister of Science and Higher Education of the Republic of Kazakhstan",
)
VICE_MINISTER = _tr(
    "position",
    "Қазақстан Республикасының Ғылым және жоғары білім вице-министрі",
    "Вице-министр науки и высшего образования Республики Казахстан",
    "Vice-Minister of Science and Higher Education of the Republic of Kazakhstan",
)
PRESIDENT = _tr(
    "position",
    "Қазақстан Республикасының Президенті",
    "Президент Республики Казахстан",
    "President of the Republic of Kazakhstan",
)
QS_PRESIDENT = _tr(
    "position",
    "QS халықаралық рейтингтік агенттігінің президенті",
    "Президент международного рейтингового агентства QS",
    "President of the QS international ranking agency",
)
COVENTRY_PRESIDENT = _tr(
    "position",
    "Coventry University Kazakhstan президенті",
    "Президент Coventry University Kazakhstan",
    "President of Coventry University Kazakhstan",
)

SPEAKERS = [
    # slug, (kk, ru, en) name, position, country is Kazakhstan, source
    ("sayasat-nurbek", ("Саясат Нұрбек", "Саясат Нурбек", "Sayasat Nurbek"), MINISTER, True,
     ENIC_2025),
    ("kassym-jomart-tokayev",
     ("Қасым-Жомарт Тоқаев", "Касым-Жомарт Токаев", "Kassym-Jomart Tokayev"), PRESIDENT, True,
     ZAKON_TOKAYEV),
    ("nunzio-quacquarelli",
     ("Нунцио Куаккарелли", "Нунцио Куаккарелли", "Nunzio Quacquarelli"), QS_PRESIDENT, False,
     BAQ_QS),
    ("talgat-yeshenkulov", ("Талғат Ешенқұлов", "Талгат Ешенкулов", "Talgat Yeshenkulov"),
     VICE_MINISTER, True, KAZPRAVDA_PANELS),
    ("miras-daulenov", ("Мирас Дәуленов", "Мирас Дауленов", "Miras Daulenov"),
     COVENTRY_PRESIDENT, True, KAZPRAVDA_PANELS),
]  # fmt: skip


def _load_speakers(kazakhstan):
    qs, _ = Institution.objects.get_or_create(
        slug="qs-quacquarelli-symonds",
        defaults={
            "kind": Institution.Kind.RANKING_AGENCY,
            "status": PUBLISHED,
            **_tr("name", "QS Quacquarelli Symonds", "QS Quacquarelli Symonds",
                  "QS Quacquarelli Symonds"),
            "short_name": "QS",
        },
    )  # fmt: skip
    speakers = {}
    for slug, names, position, from_kazakhstan, source_url in SPEAKERS:
        defaults = {
            "status": PUBLISHED,
            "country": kazakhstan if from_kazakhstan else None,
            "source_url": source_url,
            **_tr("name", *names),
            **position,
        }
        if slug == "nunzio-quacquarelli":
            defaults["affiliation"] = qs
        speakers[slug], _ = Speaker.objects.get_or_create(slug=slug, defaults=defaults)
    return speakers


def _session(forum, slug, defaults, topics, people):
    session, created = Session.objects.get_or_create(
        slug=slug, defaults={"forum": forum, "status": PUBLISHED, **defaults}
    )
    if created:
        session.topics.set(topics)
        for order, (speaker, role, position, source_url) in enumerate(people):
            Participation.objects.create(
                session=session,
                speaker=speaker,
                role=role,
                order=order,
                source_url=source_url,
                **position,
            )
    return session


def _load_2025_sessions(forum, topics, speakers):
    role = Participation.Role
    _session(
        forum,
        "ii-forum-2025-plenary-session",
        {
            "kind": Session.Kind.PLENARY,
            "day": datetime.date(2025, 10, 31),
            "order": 1,
            "source_url": ENIC_2025,
            **_tr("title", "Пленарлық отырыс", "Пленарное заседание", "Plenary session"),
            **_tr(
                "description",
                "<p>Министр Саясат Нұрбек Қазақстанда 40 жетекші шетелдік университеттің "
                "филиалы жұмыс істейтінін айтты: Ресейден 9, Қытайдан 6 (оның ішінде үш Лу Бань "
                "шеберханасы), АҚШ-тан 7, Ұлыбританиядан 8, сондай-ақ Франция, Италия, Германия, "
                "Польша, Түркия және Корея Республикасының университеттері.</p>"
                "<p>Президент Қасым-Жомарт Тоқаев 31 қазанда негізгі баяндама жасады. QS "
                "президенті Нунцио Куаккарелли баяндама жасады.</p>",
                "<p>Министр Саясат Нурбек сообщил, что в Казахстане работают филиалы 40 ведущих "
                "зарубежных университетов: 9 из России, 6 из Китая (в том числе три мастерские "
                "Лу Баня), 7 из США, 8 из Великобритании, а также университеты Франции, Италии, "
                "Германии, Польши, Турции и Республики Корея.</p>"
                "<p>Президент Касым-Жомарт Токаев выступил с основной речью 31 октября. "
                "Президент QS Нунцио Куаккарелли представил доклад.</p>",
                "<p>Minister Sayasat Nurbek reported that branches of 40 leading foreign "
                "universities operate in Kazakhstan: 9 from Russia, 6 from China (three of them "
                "Luban Workshops), 7 from the USA and 8 from the UK, as well as universities "
                "from France, Italy, Germany, Poland, Turkey and the Republic of Korea.</p>"
                "<p>President Kassym-Jomart Tokayev gave the keynote speech on 31 October. "
                "QS President Nunzio Quacquarelli presented a report.</p>",
            ),
        },
        [topics["transnational-education"], topics["higher-education-development"]],
        [
            (speakers["kassym-jomart-tokayev"], role.KEYNOTE, PRESIDENT, ZAKON_TOKAYEV),
            (speakers["sayasat-nurbek"], role.MODERATOR, MINISTER, ENIC_2025),
            (speakers["nunzio-quacquarelli"], role.SPEAKER, QS_PRESIDENT, BAQ_QS),
        ],
    )
    _session(
        forum,
        "ii-forum-2025-panel-sessions",
        {
            "kind": Session.Kind.PANEL,
            "order": 2,
            "source_url": KAZPRAVDA_PANELS,
            **_tr("title", "Панельдік сессиялар", "Панельные сессии", "Panel sessions"),
            **_tr(
                "description",
                "<p>Панельдік сессиялар мен дөңгелек үстелдер Coventry University Kazakhstan "
                "және Л.Н. Гумилев атындағы Еуразия ұлттық университетінде өтті. Шетелдік "
                "серіктестер, қазақстандық университеттер мен ғылыми ұйымдардың өкілдері "
                "қатысты.</p>",
                "<p>Панельные сессии и круглые столы прошли в Coventry University Kazakhstan "
                "и в Евразийском национальном университете имени Л. Н. Гумилёва, с участием "
                "зарубежных партнёров, казахстанских вузов и научных организаций.</p>",
                "<p>Panel sessions and round tables took place at Coventry University "
                "Kazakhstan and at L.N. Gumilyov Eurasian National University, with foreign "
                "partners, Kazakh universities and research organisations.</p>",
            ),
        },
        [
            topics[slug]
            for slug in (
                "higher-education-development",
                "science-and-innovation",
                "digitalisation",
                "academic-mobility",
                "transnational-education",
                "technology-transfer",
                "ai-in-education",
                "commercialisation-of-science",
            )
        ],
        [
            (speakers["talgat-yeshenkulov"], role.MODERATOR, VICE_MINISTER, KAZPRAVDA_PANELS),
            (speakers["miras-daulenov"], role.MODERATOR, COVENTRY_PRESIDENT, KAZPRAVDA_PANELS),
        ],
    )
    _session(
        forum,
        "ii-forum-2025-council-of-strategic-partners",
        {
            "kind": Session.Kind.COUNCIL_MEETING,
            "order": 3,
            "source_url": ENIC_2025,
            **_tr(
                "title",
                "Стратегиялық серіктестер кеңесінің отырысы",
                "Заседание Совета стратегических партнёров",
                "Meeting of the Council of Strategic Partners",
            ),
            **_tr(
                "description",
                "<p>2024 жылы құрылған кеңестің отырысына шетелдік жетекші университеттердің "
                "басшылары, халықаралық аккредиттеу және рейтингтік агенттіктердің өкілдері "
                "және қазақстандық университеттердің ректорлары қатысты.</p>",
                "<p>В заседании Совета, созданного в 2024 году, участвовали руководители "
                "ведущих зарубежных университетов, представители международных "
                "аккредитационных и рейтинговых агентств и ректоры казахстанских вузов.</p>",
                "<p>The Council, set up in 2024, brought together heads of leading foreign "
                "universities, representatives of international accreditation and ranking "
                "agencies and rectors of Kazakh universities.</p>",
            ),
        },
        [topics["transnational-education"]],
        [],
    )


def _load_2025_article(forum):
    Article.objects.get_or_create(
        slug="ii-forum-2025-international-academic-cooperation",
        defaults={
            "status": PUBLISHED,
            "forum": forum,
            "source_url": ENIC_2025,
            **_tr(
                "title",
                "II форум: халықаралық академиялық ынтымақтастық күшейді",
                "II форум: международное академическое сотрудничество укрепляется",
                "II Forum strengthens international academic cooperation",
            ),
            **_tr(
                "lead",
                "Астанада Президент Қасым-Жомарт Тоқаевтың қатысуымен «Қазақстан – академиялық "
                "білім аймағы» II форумы өтті.",
                "В Астане при участии Президента Касым-Жомарта Токаева прошёл II Форум "
                "«Казахстан – территория академических знаний».",
                "Astana hosted the II Forum “Kazakhstan – Territory of Academic Knowledge”, with "
                "President Kassym-Jomart Tokayev taking part.",
            ),
            **_tr(
                "body",
                "<p>Форум ғылым мен жоғары білімді дамытудың стратегиялық бағыттарын "
                "талқылайтын алаң болды. Оның аясында Стратегиялық серіктестер кеңесі "
                "жиналды: шетелдік жетекші университеттердің басшылары, халықаралық "
                "аккредиттеу және рейтингтік агенттіктердің өкілдері, отандық "
                "университеттердің ректорлары.</p>"
                "<p>Пленарлық отырысты Ғылым және жоғары білім министрі Саясат Нұрбек жүргізді. "
                "Министрдің айтуынша, Қазақстанда 40 жетекші шетелдік университеттің филиалы "
                "бар: Ресейден тоғыз, Қытайдан алты (үшеуі – Лу Бань шеберханалары), АҚШ-тан "
                "жеті, Ұлыбританиядан сегіз, сондай-ақ Франция, Италия, Германия, Польша, "
                "Түркия және Корея Республикасынан. Олардың көбі шетелдегі алғашқы филиалын "
                "Қазақстанда ашты.</p>"
                "<p>Министр былтыр құрылған Стратегиялық серіктестер кеңесі институционалдық "
                "ынтымақтастықтың тиімді тетігіне айналғанын атап өтті.</p>"
                "<p>Панельдік сессияларда шетелдік серіктестер, қазақстандық университеттер "
                "мен ғылыми ұйымдар білім берудегі жасанды интеллектіні, трансұлттық білім "
                "беруді, ғылымды коммерцияландыруды және технологиялар трансфертін талқылады. "
                "Бірлескен жобалар мен ғылым мен өндірісті тереңірек ықпалдастыру бойынша "
                "ұсыныстар әзірленді.</p>",
                "<p>Форум стал площадкой для обсуждения стратегических направлений развития "
                "науки и высшего образования. В его рамках собрался Совет стратегических "
                "партнёров: руководители ведущих зарубежных университетов, представители "
                "международных аккредитационных и рейтинговых агентств, ректоры отечественных "
                "вузов.</p>"
                "<p>Пленарное заседание вёл министр науки и высшего образования Саясат Нурбек. "
                "По его данным, в Казахстане работают филиалы 40 ведущих зарубежных "
                "университетов: девять из России, шесть из Китая (три из них – мастерские "
                "Лу Баня), семь из США, восемь из Великобритании, а также из Франции, Италии, "
                "Германии, Польши, Турции и Республики Корея. Многие из них впервые открыли "
                "филиал за рубежом именно в Казахстане.</p>"
                "<p>Министр отметил, что созданный в прошлом году Совет стратегических "
                "партнёров стал действенным механизмом институционального сотрудничества.</p>"
                "<p>На панельных сессиях зарубежные партнёры, казахстанские вузы и научные "
                "организации обсудили искусственный интеллект в образовании, "
                "транснациональное образование, коммерциализацию науки и трансфер технологий. "
                "Итогом стали предложения о совместных проектах и более тесной интеграции "
                "науки и производства.</p>",
                "<p>The forum served as a platform for discussing where science and higher "
                "education should go next. The Council of Strategic Partners met within it, "
                "bringing together heads of leading foreign universities, representatives of "
                "international accreditation and ranking agencies, and rectors of Kazakh "
                "universities.</p>"
                "<p>Minister of Science and Higher Education Sayasat Nurbek chaired the plenary "
                "session. He reported that branches of 40 leading foreign universities now "
                "operate in Kazakhstan: nine from Russia, six from China (three of them Luban "
                "Workshops), seven from the United States and eight from the United Kingdom, "
                "along with universities from France, Italy, Germany, Poland, Turkey and the "
                "Republic of Korea. For many of them it is their first branch abroad.</p>"
                "<p>The Minister said that the Council of Strategic Partners, set up the year "
                "before, has become an effective tool of institutional cooperation.</p>"
                "<p>In the panel sessions, foreign partners, Kazakh universities and research "
                "organisations discussed artificial intelligence in education, transnational "
                "education, commercialisation of science and technology transfer, and put "
                "forward proposals for joint projects and closer links between science and "
                "industry.</p>",
            ),
        },
    )
