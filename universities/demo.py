# ruff: noqa: E501 -- data rows copied from the sourced CSV
"""Demo content: the 37 foreign branch campuses of /work/shared/data/branch_campuses.csv.

Every fact comes from that file (with its source addresses), from kk_ru_en_terms.md (city names)
or is a plain geographic fact (country names, city coordinates). A Kazakh or Russian text that the
data does not give is left empty, so the page falls back to another language marked with its
``lang``. Created once; a second run never overwrites what an editor changed in the admin.
"""

from django.db import transaction

from universities.models import BranchCampus, City, Country, Institution, Programme

PUBLISHED = BranchCampus.Status.PUBLISHED

# code: (kk, ru, en)
COUNTRIES = {
    "KZ": ("Қазақстан", "Казахстан", "Kazakhstan"),
    "GB": ("Ұлыбритания", "Великобритания", "United Kingdom"),
    "US": ("Америка Құрама Штаттары", "Соединённые Штаты Америки", "United States"),
    "RU": ("Ресей", "Россия", "Russia"),
    "CN": ("Қытай", "Китай", "China"),
    "KR": ("Корея Республикасы", "Республика Корея", "Republic of Korea"),
    "TR": ("Түркия", "Турция", "Turkey"),
    "DE": ("Германия", "Германия", "Germany"),
    "IT": ("Италия", "Италия", "Italy"),
    "FR": ("Франция", "Франция", "France"),
    "UZ": ("Өзбекстан", "Узбекистан", "Uzbekistan"),
}

# slug: (kk, ru, en, latitude, longitude). Kazakh names only where kk_ru_en_terms.md gives them.
CITIES = {
    "astana": ("Астана", "Астана", "Astana", "51.16940", "71.44910"),
    "almaty": ("Алматы", "Алматы", "Almaty", "43.23890", "76.88970"),
    "shymkent": ("Шымкент", "Шымкент", "Shymkent", "42.34170", "69.59010"),
    "aktobe": ("Ақтөбе", "Актобе", "Aktobe", "50.28390", "57.16700"),
    "oskemen": ("Өскемен", "Усть-Каменогорск", "Oskemen", "49.94830", "82.62750"),
    "turkistan": ("Түркістан", "Туркестан", "Turkistan", "43.29730", "68.25180"),
    "kyzylorda": ("Қызылорда", "Кызылорда", "Kyzylorda", "44.85280", "65.50920"),
    "taraz": ("Тараз", "Тараз", "Taraz", "42.90000", "71.36670"),
    "atyrau": ("Атырау", "Атырау", "Atyrau", "47.11670", "51.88330"),
    "kostanay": ("Қостанай", "Костанай", "Kostanay", "53.21440", "63.62460"),
    "baikonur": ("Байқоңыр", "", "Baikonur", "45.61670", "63.31670"),
    "zhezkazgan": ("Жезқазған", "", "Zhezkazgan", "47.78330", "67.76670"),
    "petropavl": ("", "", "Petropavl", "54.87530", "69.16280"),
    "taldykorgan": ("", "", "Taldykorgan", "45.01560", "78.37390"),
    "kaskelen": ("", "", "Kaskelen", "43.20000", "76.62000"),
}

# Parent institutions: slug: (English name, short name, country)
PARENTS = {
    "de-montfort-university": ("De Montfort University", "DMU", "GB"),
    "coventry-university": ("Coventry University", "", "GB"),
    "cardiff-university": ("Cardiff University", "", "GB"),
    "heriot-watt-university": ("Heriot-Watt University", "", "GB"),
    "university-of-exeter": ("University of Exeter", "", "GB"),
    "university-of-glasgow": ("University of Glasgow", "", "GB"),
    "university-of-arizona": ("University of Arizona", "", "US"),
    "arizona-state-university": ("Arizona State University", "ASU", "US"),
    "new-york-film-academy": ("New York Film Academy", "NYFA", "US"),
    "colorado-school-of-mines": ("Colorado School of Mines", "", "US"),
    "university-of-minnesota": ("University of Minnesota", "", "US"),
    "lomonosov-moscow-state-university": ("Lomonosov Moscow State University", "MSU", "RU"),
    "national-research-nuclear-university-mephi": (
        "National Research Nuclear University MEPhI",
        "MEPhI",
        "RU",
    ),
    "gubkin-russian-state-university-of-oil-and-gas": (
        "Gubkin Russian State University of Oil and Gas",
        "",
        "RU",
    ),
    "mgimo-university": ("MGIMO University", "MGIMO", "RU"),
    "d-mendeleev-university-of-chemical-technology-of-russia": (
        "D. Mendeleev University of Chemical Technology of Russia",
        "",
        "RU",
    ),
    "chelyabinsk-state-university": ("Chelyabinsk State University", "", "RU"),
    "moscow-aviation-institute": ("Moscow Aviation Institute", "MAI", "RU"),
    "st-petersburg-humanitarian-university-of-trade-unions": (
        "St. Petersburg Humanitarian University of Trade Unions",
        "SPbGUP",
        "RU",
    ),
    "moscow-state-university-of-economics-statistics-and-informatics": (
        "Moscow State University of Economics, Statistics and Informatics",
        "MESI",
        "RU",
    ),
    "beijing-language-and-culture-university": (
        "Beijing Language and Culture University",
        "BLCU",
        "CN",
    ),
    "northwestern-polytechnical-university": (
        "Northwestern Polytechnical University",
        "NWPU",
        "CN",
    ),
    "tianjin-vocational-institute": ("Tianjin Vocational Institute", "", "CN"),
    "northwest-a-f-university": ("Northwest A&F University", "NWAFU", "CN"),
    "woosong-university": ("Woosong University", "", "KR"),
    "seoul-national-university-of-science-and-technology": (
        "Seoul National University of Science and Technology",
        "SeoulTech",
        "KR",
    ),
    "dong-eui-university": ("Dong-Eui University", "", "KR"),
    "kaist": ("KAIST", "KAIST", "KR"),
    "gazi-university": ("Gazi University", "", "TR"),
    "anhalt-university-of-applied-sciences": (
        "Anhalt University of Applied Sciences",
        "Hochschule Anhalt",
        "DE",
    ),
    "universita-politecnica-delle-marche": ("Università Politecnica delle Marche", "", "IT"),
    "universite-de-lorraine": ("Université de Lorraine", "", "FR"),
    "sorbonne-paris-cite": ("Sorbonne Paris Cité / Paris Sorbonne", "", "FR"),
    "tiiame-national-research-university": ("TIIAME National Research University", "TIIAME", "UZ"),
}

# Kazakh host partners: slug: (English name, short name, city)
HOST_PARTNERS = {
    "k-zhubanov-aktobe-regional-university": (
        "K. Zhubanov Aktobe Regional University",
        "",
        "aktobe",
    ),
    "manash-kozybayev-north-kazakhstan-university": (
        "Manash Kozybayev North Kazakhstan University",
        "",
        "petropavl",
    ),
    "q-university": ("Q University", "", "almaty"),
    "mukhtar-auezov-south-kazakhstan-university": (
        "Mukhtar Auezov South Kazakhstan University",
        "",
        "shymkent",
    ),
    "energo-university": (
        "Almaty University of Power Engineering and Telecommunications",
        "Energo University",
        "almaty",
    ),
    "al-farabi-kazakh-national-university": ("Al-Farabi Kazakh National University", "", "almaty"),
    "safi-utebayev-atyrau-oil-and-gas-university": (
        "Safi Utebayev Atyrau Oil and Gas University",
        "",
        "atyrau",
    ),
    "l-n-gumilyov-eurasian-national-university": (
        "L.N. Gumilyov Eurasian National University",
        "ENU",
        "astana",
    ),
    "m-kh-dulaty-taraz-regional-university": (
        "M.Kh. Dulaty Taraz Regional University",
        "",
        "taraz",
    ),
    "astana-international-university": ("Astana International University", "", "astana"),
    "d-serikbayev-east-kazakhstan-technical-university": (
        "D. Serikbayev East Kazakhstan Technical University",
        "",
        "oskemen",
    ),
    "academy-of-logistics-and-transport": ("Academy of Logistics and Transport", "", "almaty"),
    "s-seifullin-kazakh-agrotechnical-research-university": (
        "S. Seifullin Kazakh AgroTechnical (Research) University",
        "",
        "astana",
    ),
    "korkyt-ata-kyzylorda-university": ("Korkyt Ata Kyzylorda University", "", "kyzylorda"),
    "a-baitursynuly-kostanay-regional-university": (
        "A. Baitursynuly Kostanay Regional University",
        "",
        "kostanay",
    ),
    "satbayev-university": ("Satbayev University", "", "almaty"),
    "ozbekali-zhanibekov-south-kazakhstan-pedagogical-university": (
        "Ozbekali Zhanibekov South Kazakhstan Pedagogical University",
        "",
        "shymkent",
    ),
    "ilyas-zhansugurov-zhetysu-university": (
        "Ilyas Zhansugurov Zhetysu University",
        "",
        "taldykorgan",
    ),
    "abai-kazakh-national-pedagogical-university": (
        "Abai Kazakh National Pedagogical University",
        "",
        "almaty",
    ),
    "kazakh-national-agrarian-research-university": (
        "Kazakh National Agrarian Research University",
        "KazNARU",
        "almaty",
    ),
}

CAMPUSES = [
    {
        "slug": "de-montfort-university-kazakhstan-dmuk",
        "name_en": "De Montfort University Kazakhstan (DMUK)",
        "name_ru": "",
        "parent": "de-montfort-university",
        "country": "GB",
        "city": "almaty",
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2021,
        "partner_note_en": "",
        "notes_en": "Sources differ on the opening year: 2021 or 2022.",
        "programmes_summary_en": "business, finance, design (bachelor's); first foreign university "
        "campus in Almaty",
        "website": "https://dmuk.edu.kz",
        "source_urls": "https://en.inform.kz/news/world-s-leading-university-to-open-its-branch-in-kazakh-capital_a3964625/\n"
        "https://timesca.com/category/kazakhstan/kazakhstan-opinions/page/15/\n"
        "https://dmuk.edu.kz/blog-post/de-montfort-university-kazakhstan-dmuk-head-of-campus-attends-connected-2024-rethinking-the-future-conference",
        "confidence": "high",
    },
    {
        "slug": "coventry-university-kazakhstan",
        "name_en": "Coventry University Kazakhstan",
        "name_ru": "Coventry University Kazakhstan",
        "parent": "coventry-university",
        "country": "GB",
        "city": "astana",
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2024,
        "partner_note_en": "Operating partner: Primus Education (not a Kazakh university).",
        "notes_en": "A 2025 source lists the campus as opening 2025-26 at L.N. Gumilyov Eurasian "
        "National University, so the host partner is ambiguous.",
        "programmes_summary_en": "business, international relations, economics, finance, computer "
        "science (BSc/BA); MBA Global Business, Executive MBA",
        "website": "https://coventry.edu.kz",
        "source_urls": "https://oq.gov.kz/en/qazalemnews/1265\n"
        "https://tengrinews.kz/tengri-institutions/pochemu-astane-i-ne-otkryili-filial-michiganskogo-541526\n"
        "https://www.timeshighereducation.com/node/741019\n"
        "https://coventry.edu.kz/en/scholarships",
        "confidence": "high",
    },
    {
        "slug": "cardiff-university-kazakhstan",
        "name_en": "Cardiff University Kazakhstan",
        "name_ru": "Cardiff University Kazakhstan",
        "parent": "cardiff-university",
        "country": "GB",
        "city": "astana",
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2025,
        "first_campus_abroad": True,  # kazpravda: its first campus outside the UK
        "partner_note_en": "Funding partner: Qualified Centre of Education Public Foundation (QCEF), not "
        "a university.",
        "notes_en": "Opened on 3 September 2025.",
        "programmes_summary_en": "computer science, business management, civil engineering, "
        "geology/exploration (bachelor's, English-medium); opened 3 Sep 2025",
        "website": "",
        "source_urls": "https://oq.gov.kz/en/qazalemnews/1265\n"
        "https://kazrena.kz/?p=1071\n"
        "https://astanatimes.com/2024/11/cardiff-university-to-open-branch-in-kazakhstan/\n"
        "https://kazpravda.kz/n/v-astane-otkrylsya-pervyy-kampus-cardiff-university-za-predelami-velikobritanii/",
        "confidence": "high",
    },
    {
        "slug": "heriot-watt-university-branch-at-zhubanov-university",
        "name_en": "Heriot-Watt University branch at Zhubanov University",
        "name_ru": "",
        "parent": "heriot-watt-university",
        "country": "GB",
        "city": "aktobe",
        "host_partner": "k-zhubanov-aktobe-regional-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2023,
        "partner_note_en": "",
        "notes_en": "Agreement signed 1 February 2023; the opening year is inferred from the first "
        "admission.",
        "programmes_summary_en": "oil and gas business, electric power engineering, computer engineering "
        "(English-medium BSc, double diploma)",
        "website": "",
        "source_urls": "https://astanatimes.com/2023/02/uk-based-heriot-watt-university-to-open-branch-in-kazakhstan/\n"
        "https://astanatimes.com/2026/01/heriot-watt-sees-kazakhstan-as-strategic-partner-in-higher-education\n"
        "https://silkwaytv.kz/en/eight-foreign-universities-to-open-their-branches-by-year-end_43049",
        "confidence": "high",
    },
    {
        "slug": "university-of-exeter-announced-branch",
        "name_en": "University of Exeter (announced branch)",
        "name_ru": "",
        "parent": "university-of-exeter",
        "country": "GB",
        "city": None,
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "announced",
        "year_opened": None,
        "partner_note_en": "",
        "notes_en": "Announced; status not confirmed.",
        "programmes_summary_en": "",
        "website": "",
        "source_urls": "https://financnenoviny.com/v-roku-2025-v-kazachstane-otvori-11-pobociek-zahranicnych-univerzit/",
        "confidence": "low",
    },
    {
        "slug": "university-of-glasgow-announced-branch",
        "name_en": "University of Glasgow (announced branch)",
        "name_ru": "",
        "parent": "university-of-glasgow",
        "country": "GB",
        "city": None,
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "announced",
        "year_opened": None,
        "partner_note_en": "",
        "notes_en": "Announced; status not confirmed.",
        "programmes_summary_en": "",
        "website": "",
        "source_urls": "https://financnenoviny.com/v-roku-2025-v-kazachstane-otvori-11-pobociek-zahranicnych-univerzit/",
        "confidence": "low",
    },
    {
        "slug": "university-of-arizona-at-kozybayev-university",
        "name_en": "University of Arizona at Kozybayev University",
        "name_ru": "филиал Университета Arizona в Северо-Казахстанском университете имени М. Козыбаева",
        "parent": "university-of-arizona",
        "country": "US",
        "city": "petropavl",
        "host_partner": "manash-kozybayev-north-kazakhstan-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2022,
        "partner_note_en": "",
        "notes_en": "Dual-degree micro-campus.",
        "programmes_summary_en": "biotechnology, information systems, inclusive education (dual degree); "
        ">1,000 students (2025)",
        "website": "",
        "source_urls": "https://www.inform.kz/ru/priem-studentov-filiala-universiteta-arizona-v-sku-imeni-m-kozybaeva-planiruetsya-v-sentyabre_a3920052\n"
        "https://astanatimes.com/2022/04/university-of-arizona-campus-in-kazakhstan-prepares-to-welcome-first-students-in-september/\n"
        "https://qazinform.com/news/kozybayev-university-deepens-ties-with-university-of-arizona-2c75d2\n"
        "https://astanatimes.com/2025/08/kozybayev-university-students-study-in-us-under-dual-degree-program/",
        "confidence": "high",
    },
    {
        "slug": "arizona-state-university-campus-almaty",
        "name_en": "Arizona State University campus (Almaty)",
        "name_ru": "",
        "parent": "arizona-state-university",
        "country": "US",
        "city": "almaty",
        "host_partner": "q-university",
        "kind": "branch_campus",
        "campus_status": "opening",
        "year_opened": None,
        "partner_note_en": "Reported as commissioning the campus.",
        "notes_en": "Being commissioned in 2025.",
        "programmes_summary_en": "planned school of medicine and university clinic; 'Science City' "
        "project",
        "website": "",
        "source_urls": "https://qazinform.com/news/asu-to-open-school-of-medicine-and-university-clinic-on-its-campus-in-kazakhstan-44126e",
        "confidence": "medium",
    },
    {
        "slug": "arizona-state-university-second-branch-honors-college-at-auezov-university",
        "name_en": "Arizona State University second branch / Honors College at Auezov University",
        "name_ru": "",
        "parent": "arizona-state-university",
        "country": "US",
        "city": "shymkent",
        "host_partner": "mukhtar-auezov-south-kazakhstan-university",
        "kind": "branch_campus",
        "campus_status": "opening",
        "year_opened": 2026,
        "partner_note_en": "",
        "notes_en": "Planned for September 2026.",
        "programmes_summary_en": "programmes for academically gifted students (Honors College model)",
        "website": "",
        "source_urls": "https://astanatimes.com/2025/04/kazakhstan-advances-research-partnership-with-american-south-korean-universities/\n"
        "https://dknews.kz/en/articles-in-english/382025-kazakhstan-and-leading-us-universities-launch-new",
        "confidence": "medium",
    },
    {
        "slug": "new-york-film-academy-kazakhstan",
        "name_en": "New York Film Academy Kazakhstan",
        "name_ru": "",
        "parent": "new-york-film-academy",
        "country": "US",
        "city": "kaskelen",
        "host_partner": "energo-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2025,
        "partner_note_en": "At the Creative Industries Park.",
        "notes_en": "Opened on 27 September 2025.",
        "programmes_summary_en": "one-year and short-term programmes in five film/creative disciplines; "
        "opened 27 Sep 2025",
        "website": "",
        "source_urls": "https://timesca.com/tag/official-opening/\n"
        "https://timesca.com/tag/higher-education/",
        "confidence": "high",
    },
    {
        "slug": "colorado-school-of-mines-programmes-at-new-technical-university-in-zhezkazgan",
        "name_en": "Colorado School of Mines programmes at new Technical University in Zhezkazgan",
        "name_ru": "",
        "parent": "colorado-school-of-mines",
        "country": "US",
        "city": "zhezkazgan",
        "host_partner": None,
        "kind": "joint_campus",
        "campus_status": "opening",
        "year_opened": 2026,
        "partner_note_en": "A new technical university in Zhezkazgan, with Kazakhmys Corporation.",
        "notes_en": "Planned for 2026; partner programmes.",
        "programmes_summary_en": "oil and gas, geology, geophysics, mining (4 bachelor's programmes)",
        "website": "",
        "source_urls": "https://qazinform.com/news/colorado-school-of-mines-to-open-its-branch-in-kazakhstan-6d8718",
        "confidence": "medium",
    },
    {
        "slug": "university-of-minnesota-partnership-kostanay-region",
        "name_en": "University of Minnesota partnership (Kostanay region)",
        "name_ru": "",
        "parent": "university-of-minnesota",
        "country": "US",
        "city": "kostanay",
        "host_partner": None,
        "kind": "joint_campus",
        "campus_status": "announced",
        "year_opened": None,
        "partner_note_en": "",
        "notes_en": "A partnership whose form the source does not state.",
        "programmes_summary_en": "",
        "website": "",
        "source_urls": "https://astanatimes.com/2025/09/exclusive-kazakhstan-cements-status-as-regional-academic-hub",
        "confidence": "low",
    },
    {
        "slug": "lomonosov-moscow-state-university-kazakhstan-branch",
        "name_en": "Lomonosov Moscow State University, Kazakhstan Branch",
        "name_ru": "Казахстанский филиал Московского государственного университета имени М.В. Ломоносова",
        "parent": "lomonosov-moscow-state-university",
        "country": "RU",
        "city": "astana",
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2001,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "",
        "website": "https://www.msu.kz",
        "source_urls": "https://farabi.university/news/86884?lang=en\n"
        "https://msu.kz/ru/information/smi-o-filiale/detail.php?ELEMENT_ID=8409",
        "confidence": "high",
    },
    {
        "slug": "mephi-national-research-nuclear-university-almaty-branch",
        "name_en": "MEPhI (National Research Nuclear University) Almaty Branch",
        "name_ru": "Алматинский филиал НИЯУ МИФИ",
        "parent": "national-research-nuclear-university-mephi",
        "country": "RU",
        "city": "almaty",
        "host_partner": "al-farabi-kazakh-national-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2022,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "nuclear physics, IT (secure high-performance computing), elementary "
        "particle and space physics",
        "website": "",
        "source_urls": "https://eng.mephi.ru/news/120840\n"
        "https://vestikavkaza.ru/news/rossia-i-kazahstan-dogovorilis-o-podgotovke-specialistov-po-atomnoj-energetike.html\n"
        "https://en.inform.kz/news/two-leading-russian-universities-to-open-branches-in-kazakhstan_a3963274/",
        "confidence": "high",
    },
    {
        "slug": "gubkin-russian-state-university-of-oil-and-gas-atyrau-branch",
        "name_en": "Gubkin Russian State University of Oil and Gas, Atyrau Branch",
        "name_ru": "филиал Российского университета нефти и газа имени Губкина (Атырау)",
        "parent": "gubkin-russian-state-university-of-oil-and-gas",
        "country": "RU",
        "city": "atyrau",
        "host_partner": "safi-utebayev-atyrau-oil-and-gas-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2022,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "oil and gas exploration/development/operation, mechanization and "
        "automation of oil and gas fields, oil and gas transport",
        "website": "",
        "source_urls": "https://russkiymir.ru/news/313422/\n"
        "https://en.inform.kz/news/world-s-leading-university-to-open-its-branch-in-kazakh-capital_a3964625/\n"
        "https://en.inform.kz/news/two-leading-russian-universities-to-open-branches-in-kazakhstan_a3963274/",
        "confidence": "high",
    },
    {
        "slug": "mgimo-astana-branch",
        "name_en": "MGIMO Astana Branch",
        "name_ru": "филиал МГИМО (Астана)",
        "parent": "mgimo-university",
        "country": "RU",
        "city": "astana",
        "host_partner": "l-n-gumilyov-eurasian-national-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2025,
        "partner_note_en": "Per a 2025 list; a separate building is planned.",
        "notes_en": "First 100 students admitted in 2025.",
        "programmes_summary_en": "100 first students 2025; planned programmes: business informatics, two "
        "foreign languages, tourism & hospitality, creative industries "
        "management",
        "website": "",
        "source_urls": "https://www.5-tv.ru/news/5036507/cernysenko-filial-mgimo-vkazahstane-prinal-v2025-godu-100-pervyh-studentov/\n"
        "https://astanatimes.com/2025/06/seven-international-university-branches-to-open-in-kazakhstan-next-year/\n"
        "https://kz24.news/news/obschestvo/chtoby-postupit-v-mgimo-kazahstantsam-ne-pridetsya-ehat-v-moskvu.html\n"
        "https://qazinform.com/news/president-tokayev-commends-business-engagement-in-higher-education-development-a0c4ad",
        "confidence": "high",
    },
    {
        "slug": "mendeleev-university-of-chemical-technology-taraz-branch",
        "name_en": "Mendeleev University of Chemical Technology, Taraz Branch",
        "name_ru": "филиал РХТУ им. Менделеева (Тараз)",
        "parent": "d-mendeleev-university-of-chemical-technology-of-russia",
        "country": "RU",
        "city": "taraz",
        "host_partner": "m-kh-dulaty-taraz-regional-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2024,
        "partner_note_en": "Industrial partner: Kazphosphate LLP.",
        "notes_en": "The ministerial order was signed in 2024; a representative office existed earlier.",
        "programmes_summary_en": "chemical industry specialists (double diploma, network campus)",
        "website": "",
        "source_urls": "https://news.myseldon.com/ru/news/index/310695450\n"
        "https://aqjolgazet.kz/167629/sheteldik-universitettin-filialy-ashylady/aleumet/\n"
        "https://www.inform.kz/ru/kasim-zhomart-tokaev-otmetil-uchastie-biznesa-v-razvitii-visshego-obrazovaniya-6ff225",
        "confidence": "medium",
    },
    {
        "slug": "chelyabinsk-state-university-kostanay-branch",
        "name_en": "Chelyabinsk State University, Kostanay Branch",
        "name_ru": "",
        "parent": "chelyabinsk-state-university",
        "country": "RU",
        "city": "kostanay",
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": None,
        "partner_note_en": "",
        "notes_en": "Intergovernmental agreement of 27 November 2024, ratified in 2025.",
        "programmes_summary_en": "economics, management, law, philology, linguistics (intergovernmental "
        "agreement 27 Nov 2024, ratified 2025)",
        "website": "",
        "source_urls": "https://qazinform.com/news/kazakh-president-signs-law-ratifying-operation-of-chelyabinsk-state-university-branch-campus-in-kostanay-c148ba\n"
        "https://farabi.university/news/86884?lang=en",
        "confidence": "high",
    },
    {
        "slug": "moscow-aviation-institute-branch-voskhod-baikonur",
        "name_en": "Moscow Aviation Institute branch 'Voskhod' (Baikonur)",
        "name_ru": "филиал Московского авиационного института в городе Байконыр",
        "parent": "moscow-aviation-institute",
        "country": "RU",
        "city": "baikonur",
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": None,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "space-industry specialities",
        "website": "",
        "source_urls": "https://farabi.university/news/86884?lang=en\n"
        "https://kmw.online.nis.edu.kz/book/N_A_Nazarbayev_kazakhstanskii_put'/files/assets/basic-html/page402.html",
        "confidence": "high",
    },
    {
        "slug": "st-petersburg-humanitarian-university-of-trade-unions-almaty-branch",
        "name_en": "St. Petersburg Humanitarian University of Trade Unions, Almaty Branch",
        "name_ru": "Алматинский филиал Санкт-Петербургского гуманитарного университета профсоюзов",
        "parent": "st-petersburg-humanitarian-university-of-trade-unions",
        "country": "RU",
        "city": "almaty",
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": None,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "",
        "website": "https://gup.kz",
        "source_urls": "https://gup.kz/novosti/1-marta-almatinskiy-filial-sankt-peterburgskogo-gumanitarnogo-universiteta-otprazdnoval?language=ru\n"
        "https://www.kommersant.ru/doc/8058909",
        "confidence": "high",
    },
    {
        "slug": "mesi-branch-ust-kamenogorsk",
        "name_en": "MESI branch (Ust-Kamenogorsk)",
        "name_ru": "",
        "parent": "moscow-state-university-of-economics-statistics-and-informatics",
        "country": "RU",
        "city": "oskemen",
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": None,
        "partner_note_en": "",
        "notes_en": "Rests on a single weak source.",
        "programmes_summary_en": "",
        "website": "",
        "source_urls": "https://news-pravda.com/world/2024/06/26/597004.html",
        "confidence": "low",
    },
    {
        "slug": "beijing-language-and-culture-university-kazakhstan-blcu-kazakhstan",
        "name_en": "Beijing Language and Culture University Kazakhstan (BLCU Kazakhstan)",
        "name_ru": "филиал Пекинского университета языков и культуры",
        "parent": "beijing-language-and-culture-university",
        "country": "CN",
        "city": "astana",
        "host_partner": "astana-international-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2024,
        "partner_note_en": "EXPO campus.",
        "notes_en": "",
        "programmes_summary_en": "Chinese-language teachers and translators; foundation year; 3+1 "
        "double-degree bachelor's; HSK test centre",
        "website": "",
        "source_urls": "http://english.blcu.edu.cn/info/1061/1102.htm\n"
        "https://tengrinews.kz/tengri-institutions/pochemu-astane-i-ne-otkryili-filial-michiganskogo-541526\n"
        "http://en.people.cn/n3/2024/0704/c90000-20189235.html\n"
        "https://www.aiu.kz/en/news/1117",
        "confidence": "high",
    },
    {
        "slug": "northwestern-polytechnical-university-kazakhstan-branch",
        "name_en": "Northwestern Polytechnical University Kazakhstan Branch",
        "name_ru": "казахстанский филиал Северо-Западного политехнического университета (СЗПУ)",
        "parent": "northwestern-polytechnical-university",
        "country": "CN",
        "city": "almaty",
        "host_partner": "al-farabi-kazakh-national-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2023,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "master's: materials science, information and communication "
        "engineering, computer science",
        "website": "",
        "source_urls": "https://farabi.university/news/84690?lang=en\n"
        "https://translation1.mil-osi.com/?p=406\n"
        "https://russian.milnz.co.nz/2025/05/16/%d0%ba%d0%b8%d1%82%d0%b0%d0%b9%d1%81%d0%ba%d0%be-%d0%ba%d0%b0%d0%b7%d0%b0%d1%85%d1%81%d1%82%d0%b0%d0%bd%d1%81%d0%ba%d0%b8%d0%b9-%d1%8d%d0%bb%d0%b8%d1%82%d0%bd%d1%8b%d0%b9-%d0%b8%d0%bd%d0%b6%d0%b5\n"
        "https://farabi.university/news/82161?lang=en",
        "confidence": "high",
    },
    {
        "slug": "luban-workshop-1st-at-east-kazakhstan-technical-university",
        "name_en": "Luban Workshop (1st) at East Kazakhstan Technical University",
        "name_ru": "мастерская Лу Баня при Восточно-Казахстанском техническом университете им. Д. "
        "Серикбаева",
        "parent": "tianjin-vocational-institute",
        "country": "CN",
        "city": "oskemen",
        "host_partner": "d-serikbayev-east-kazakhstan-technical-university",
        "kind": "luban_workshop",
        "campus_status": "operating",
        "year_opened": 2023,
        "partner_note_en": "",
        "notes_en": "With CATARC.",
        "programmes_summary_en": "vehicle technology: maintenance, fuel systems, new-energy and "
        "intelligent connected vehicles",
        "website": "",
        "source_urls": "https://regional.chinadaily.com.cn/tianjin/lubanws/2024-10/15/c_1037099.htm\n"
        "https://kazpravda.kz/n/sostoyalos-otkrytie-masterskih-lu-banya-v-kazahstane/\n"
        "https://ektu.kz/newsevents/predsedatel-mazhilisa-erlan-koshanov-posetil-masterskuyu-lu-ban-v-vktu-im-d-serikbaeva.aspx?lang=en",
        "confidence": "high",
    },
    {
        "slug": "luban-workshop-2nd-at-gumilyov-eurasian-national-university",
        "name_en": "Luban Workshop (2nd) at Gumilyov Eurasian National University",
        "name_ru": "вторая мастерская Лу Баня (Евразийский национальный университет им. Л.Н. Гумилева)",
        "parent": "tianjin-vocational-institute",
        "country": "CN",
        "city": "astana",
        "host_partner": "l-n-gumilyov-eurasian-national-university",
        "kind": "luban_workshop",
        "campus_status": "operating",
        "year_opened": 2025,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "artificial intelligence / information-technology applications",
        "website": "",
        "source_urls": "https://qazinform.com/news/two-more-chinese-vocational-training-centers-open-in-kazakhstan-ed0da9\n"
        "https://kazpravda.kz/n/sostoyalos-otkrytie-masterskih-lu-banya-v-kazahstane/\n"
        "http://www.ecns.cn/news/culture/2024-07-08/detail-iheecsuk6415024.shtml",
        "confidence": "high",
    },
    {
        "slug": "luban-workshop-3rd-at-academy-of-logistics-and-transport",
        "name_en": "Luban Workshop (3rd) at Academy of Logistics and Transport",
        "name_ru": "третья мастерская Лу Баня (Академия логистики и транспорта)",
        "parent": None,
        "country": "CN",
        "city": "almaty",
        "host_partner": "academy-of-logistics-and-transport",
        "kind": "luban_workshop",
        "campus_status": "operating",
        "year_opened": 2025,
        "partner_note_en": "",
        "notes_en": "The source does not name the Chinese partner institution.",
        "programmes_summary_en": "",
        "website": "",
        "source_urls": "https://qazinform.com/news/two-more-chinese-vocational-training-centers-open-in-kazakhstan-ed0da9\n"
        "https://kazpravda.kz/n/sostoyalos-otkrytie-masterskih-lu-banya-v-kazahstane/",
        "confidence": "high",
    },
    {
        "slug": "northwest-af-university-nwafu-branch-kazakh-chinese-center-for-agricultural-science-and-education",
        "name_en": "Northwest A&F University (NWAFU) branch / Kazakh-Chinese Center for Agricultural "
        "Science and Education",
        "name_ru": "",
        "parent": "northwest-a-f-university",
        "country": "CN",
        "city": None,
        "host_partner": "s-seifullin-kazakh-agrotechnical-research-university",
        "kind": "joint_campus",
        "campus_status": "operating",
        "year_opened": 2024,
        "partner_note_en": "Also M. Kozybayev North Kazakhstan University.",
        "notes_en": "The location is not stated: the partners are in Astana and Petropavl.",
        "programmes_summary_en": "agricultural science and education",
        "website": "",
        "source_urls": "https://translation1.mil-osi.com/?p=406\n"
        "https://el.kz./en/amp/22-students-from-china-arrive-at-kozybayev-university-to-exchange-experience-in-agro-industry_129954",
        "confidence": "low",
    },
    {
        "slug": "woosong-university-kazakhstan",
        "name_en": "Woosong University Kazakhstan",
        "name_ru": "Woosong University Kazakhstan",
        "parent": "woosong-university",
        "country": "KR",
        "city": "turkistan",
        "host_partner": None,
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2025,
        "partner_note_en": "Building and grants provided by Turkistan region.",
        "notes_en": "Opened on 25 September 2025.",
        "programmes_summary_en": "AI & big data analysis, software engineering, "
        "4th-industrial-revolution IT, multimedia & web design; opened 25 Sep "
        "2025",
        "website": "",
        "source_urls": "https://rus.baq.kz/v-turkestane-otkryli-filial-koreyskogo-universiteta_300023178/\n"
        "https://www.zakon.kz/sobytiia/6492166-v-turkestane-poyavilsya-filial-odnogo-iz-vedushchikh-universitetov-yuzhnoy-korei.html\n"
        "https://informkz.com/en/politika-2/v-turkestane-obsudili-otkryitie-filiala-1\n"
        "https://www.kt.kz/eng/society/astana_to_launch_first_lrt_train_on_sept_29_30_1377982544.html",
        "confidence": "high",
    },
    {
        "slug": "seoultech-higher-school-of-ai-and-computer-science-kyzylorda",
        "name_en": "SeoulTech Higher School of AI and Computer Science (Kyzylorda)",
        "name_ru": "",
        "parent": "seoul-national-university-of-science-and-technology",
        "country": "KR",
        "city": "kyzylorda",
        "host_partner": "korkyt-ata-kyzylorda-university",
        "kind": "joint_campus",
        "campus_status": "operating",
        "year_opened": 2023,
        "partner_note_en": "",
        "notes_en": "Dual diploma school.",
        "programmes_summary_en": "artificial intelligence, computer science (dual diploma)",
        "website": "",
        "source_urls": "https://qazmonitor.com/news/2642/woosong-university-to-open-branch-in-turkistan-region\n"
        "https://qazinform.com/news/kazakhstan-s-korea-launching-joint-educational-projects-36f3b7",
        "confidence": "medium",
    },
    {
        "slug": "dong-eui-university-branch-kostanay",
        "name_en": "Dong-Eui University branch (Kostanay)",
        "name_ru": "",
        "parent": "dong-eui-university",
        "country": "KR",
        "city": "kostanay",
        "host_partner": "a-baitursynuly-kostanay-regional-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2025,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "specialists for machine-building / automobile (KIA) plants in Kostanay",
        "website": "",
        "source_urls": "https://astanatimes.com/2025/06/seven-international-university-branches-to-open-in-kazakhstan-next-year/\n"
        "https://qazinform.com/news/kazakhstan-s-korea-launching-joint-educational-projects-36f3b7\n"
        "https://thegulfobserver.com/kazakhstan-and-south-korea-strengthen-educational-cooperation/",
        "confidence": "medium",
    },
    {
        "slug": "kaist-satbayev-university-rare-earth-materials-processing-centre-planned",
        "name_en": "KAIST - Satbayev University rare-earth materials processing centre (planned)",
        "name_ru": "",
        "parent": "kaist",
        "country": "KR",
        "city": "almaty",
        "host_partner": "satbayev-university",
        "kind": "joint_campus",
        "campus_status": "announced",
        "year_opened": None,
        "partner_note_en": "",
        "notes_en": "A joint research centre is planned; a branch was announced.",
        "programmes_summary_en": "rare-earth materials processing",
        "website": "",
        "source_urls": "https://qazinform.com/news/kazakhstan-s-korea-launching-joint-educational-projects-36f3b7\n"
        "https://financnenoviny.com/v-roku-2025-v-kazachstane-otvori-11-pobociek-zahranicnych-univerzit/",
        "confidence": "low",
    },
    {
        "slug": "gazi-university-shymkent-branch",
        "name_en": "Gazi University Shymkent Branch",
        "name_ru": "",
        "parent": "gazi-university",
        "country": "TR",
        "city": "shymkent",
        "host_partner": "ozbekali-zhanibekov-south-kazakhstan-pedagogical-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2025,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "joint diploma programmes",
        "website": "",
        "source_urls": "https://www.dailysabah.com/turkiye/turkiyes-gazi-university-expands-with-new-branch-in-kazakhstan/news\n"
        "https://astanatimes.com/2025/06/seven-international-university-branches-to-open-in-kazakhstan-next-year/",
        "confidence": "medium",
    },
    {
        "slug": "anhalt-international-university-in-kazakhstan-branch-of-anhalt-university-of-applied-sciences",
        "name_en": "Anhalt International University in Kazakhstan (branch of Anhalt University of "
        "Applied Sciences)",
        "name_ru": "филиал прикладного университета Анхальт",
        "parent": "anhalt-university-of-applied-sciences",
        "country": "DE",
        "city": "almaty",
        "host_partner": "energo-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2024,
        "partner_note_en": "",
        "notes_en": "The outpost opened in September 2024; teaching from 2025/26.",
        "programmes_summary_en": "electrical and computer engineering, biomedical engineering, applied "
        "computer science / AI (English-medium bachelor's)",
        "website": "",
        "source_urls": "https://rus.baq.kz/chislo-inostrannyh-studentov-v-kazahstane-dostiglo-rekordnyh-35-tysyach_300029964/\n"
        "https://www.mz.de/lokal/koethen/hochschule-anhalt-eroffnet-aussenstelle-in-kasachstan-warum-die-expertise-aus-deutschland-gefragt-ist-3918655\n"
        "https://anhalt.university/de/news/die-hochschule-anhalt-eroffnet-eine-ausenstelle-in-kasachstan-warum-deutsche-expertise-so-gefragt-ist\n"
        "https://daz.asia/blog/zweigstelle-der-hochschule-anhalt-in-almaty-eroeffnet/",
        "confidence": "high",
    },
    {
        "slug": "marche-polytechnic-university-branch-taldykorgan",
        "name_en": "Marche Polytechnic University branch (Taldykorgan)",
        "name_ru": "филиал Политехнического университета Марке",
        "parent": "universita-politecnica-delle-marche",
        "country": "IT",
        "city": "taldykorgan",
        "host_partner": "ilyas-zhansugurov-zhetysu-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2025,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "agronomy, agricultural science and technologies (double degree); "
        "planned food engineering, tourism, economics, digital technologies",
        "website": "",
        "source_urls": "https://www.inform.kz/ru/filial-vedushego-vuza-italii-otkrili-v-taldikorgane-b4b19c\n"
        "https://qazinform.com/news/italys-marche-polytechnic-university-opens-its-branch-in-taldykorgan-75a5ad\n"
        "https://www.freshplaza.com/europe/article/9753129/italian-research-merges-with-that-of-kazakhstan",
        "confidence": "high",
    },
    {
        "slug": "university-of-lorraine-branch-at-abai-university",
        "name_en": "University of Lorraine branch at Abai University",
        "name_ru": "",
        "parent": "universite-de-lorraine",
        "country": "FR",
        "city": "almaty",
        "host_partner": "abai-kazakh-national-pedagogical-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2024,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "7 areas incl. public administration, international relations, "
        "international law; French-language teacher training",
        "website": "",
        "source_urls": "https://astanatimes.com/2024/12/french-university-of-lorraine-opens-branch-at-almaty-based-abai-university/",
        "confidence": "high",
    },
    {
        "slug": "sorbonne-kazakhstan-institute",
        "name_en": "Sorbonne-Kazakhstan Institute",
        "name_ru": "Институт Сорбонна-Казахстан",
        "parent": "sorbonne-paris-cite",
        "country": "FR",
        "city": "almaty",
        "host_partner": "abai-kazakh-national-pedagogical-university",
        "kind": "joint_campus",
        "campus_status": "operating",
        "year_opened": 2014,
        "partner_note_en": "",
        "notes_en": "",
        "programmes_summary_en": "co-diploma master's programmes",
        "website": "https://sorbonne.kz",
        "source_urls": "https://en.tengrinews.kz/edu/sorbonne-branch-opens-in-almaty-257821\n"
        "https://ifeac.hypotheses.org/1983",
        "confidence": "medium",
    },
    {
        "slug": "tiiame-tashkent-institute-of-irrigation-and-agricultural-mechanization-engineers-branch",
        "name_en": "TIIAME (Tashkent Institute of Irrigation and Agricultural Mechanization Engineers) "
        "branch",
        "name_ru": "филиал Ташкентского института инженеров ирригации и механизации сельского хозяйства",
        "parent": "tiiame-national-research-university",
        "country": "UZ",
        "city": "almaty",
        "host_partner": "kazakh-national-agrarian-research-university",
        "kind": "branch_campus",
        "campus_status": "operating",
        "year_opened": 2024,
        "partner_note_en": "",
        "notes_en": "Double-degree programmes.",
        "programmes_summary_en": "irrigation / agricultural mechanization (double-degree)",
        "website": "",
        "source_urls": "https://www.inform.kz/ru/perviy-forum-rektorov-vuzov-v-formate-tsa-rossiya-mozhet-proyti-v-kazahstane-70ab44\n"
        "https://aikyn.kz/266907/k-os-diplomdyk--bag-darlamanyn--bereri-mol",
        "confidence": "high",
    },
]

# Programme rows only where the CSV's programs_or_fields names both the subject and the level;
# fields are ISCED-F broad fields; the language only where the row says "English-medium".
B, M, F = Programme.Level.BACHELOR, Programme.Level.MASTER, Programme.Level.FOUNDATION
PROGRAMMES = {
    "de-montfort-university-kazakhstan-dmuk": [
        ("Business", B, "04", ""),
        ("Finance", B, "04", ""),
        ("Design", B, "02", ""),
    ],
    "coventry-university-kazakhstan": [
        ("Business", B, "04", ""),
        ("International relations", B, "03", ""),
        ("Economics", B, "03", ""),
        ("Finance", B, "04", ""),
        ("Computer science", B, "06", ""),
        ("MBA Global Business", M, "04", ""),
        ("Executive MBA", M, "04", ""),
    ],
    "cardiff-university-kazakhstan": [
        ("Computer science", B, "06", "en"),
        ("Business management", B, "04", "en"),
        ("Civil engineering", B, "07", "en"),
        ("Geology and exploration", B, "05", "en"),
    ],
    "heriot-watt-university-branch-at-zhubanov-university": [
        ("Oil and gas business", B, "04", "en"),
        ("Electric power engineering", B, "07", "en"),
        ("Computer engineering", B, "07", "en"),
    ],
    "northwestern-polytechnical-university-kazakhstan-branch": [
        ("Materials science", M, "07", ""),
        ("Information and communication engineering", M, "07", ""),
        ("Computer science", M, "06", ""),
    ],
    "beijing-language-and-culture-university-kazakhstan-blcu-kazakhstan": [
        ("Foundation year", F, "00", ""),
        ("Chinese language teaching and translation (3+1 double degree)", B, "02", ""),
    ],
    "colorado-school-of-mines-programmes-at-new-technical-university-in-zhezkazgan": [
        ("Oil and gas", B, "07", ""),
        ("Geology", B, "05", ""),
        ("Geophysics", B, "05", ""),
        ("Mining", B, "07", ""),
    ],
    "anhalt-international-university-in-kazakhstan-branch-of-anhalt-university-of-applied-sciences": [
        ("Electrical and computer engineering", B, "07", "en"),
        ("Biomedical engineering", B, "07", "en"),
        ("Applied computer science / AI", B, "06", "en"),
    ],
}


def load(with_passwords):
    with transaction.atomic():
        countries = {
            code: Country.objects.get_or_create(
                code=code, defaults={"name_kk": kk, "name_ru": ru, "name_en": en}
            )[0]
            for code, (kk, ru, en) in COUNTRIES.items()
        }
        cities = {
            slug: City.objects.get_or_create(
                slug=slug,
                defaults={
                    "name_kk": kk,
                    "name_ru": ru,
                    "name_en": en,
                    "country": countries["KZ"],
                    "latitude": lat,
                    "longitude": lon,
                },
            )[0]
            for slug, (kk, ru, en, lat, lon) in CITIES.items()
        }
        institutions = {}
        for slug, (name, short_name, code) in PARENTS.items():
            institutions[slug] = _institution(
                slug, name, short_name, Institution.Kind.FOREIGN_UNIVERSITY, countries[code], None
            )
        for slug, (name, short_name, city) in HOST_PARTNERS.items():
            institutions[slug] = _institution(
                slug,
                name,
                short_name,
                Institution.Kind.KAZAKH_UNIVERSITY,
                countries["KZ"],
                cities[city],
            )
        for row in CAMPUSES:
            row = dict(row)
            slug = row.pop("slug")
            row["parent"] = institutions.get(row["parent"])
            row["host_partner"] = institutions.get(row["host_partner"])
            row["city"] = cities.get(row["city"])
            row["country"] = countries[row["country"]]
            campus, created = BranchCampus.objects.get_or_create(
                slug=slug, defaults={**row, "status": PUBLISHED}
            )
            if created:
                Programme.objects.bulk_create(
                    Programme(
                        campus=campus,
                        title_en=title,
                        level=level,
                        field=field,
                        language=language,
                        order=order,
                    )
                    for order, (title, level, field, language) in enumerate(
                        PROGRAMMES.get(slug, [])
                    )
                )
    return []


# Russian names of parent institutions where a source gives them (kk_ru_en_terms.md:
# «бранч-кампус британского университета Ковентри», tengrinews.kz).
RUSSIAN_NAMES = {"coventry-university": "Университет Ковентри"}


def _institution(slug, name, short_name, kind, country, city):
    return Institution.objects.get_or_create(
        slug=slug,
        defaults={
            "name_ru": RUSSIAN_NAMES.get(slug, ""),
            "name_en": name,
            "short_name_en": short_name,
            "kind": kind,
            "country": country,
            "city": city,
            "status": PUBLISHED,
        },
    )[0]
