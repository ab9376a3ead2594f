"""Fill an EMPTY benchmark database with a deterministic, made-up forum (``make bench``).

Every text is generated filler in Kazakh, Russian and English, marked as benchmark data; no
name, institution, date or figure in it is a fact. It refuses to run on a database whose name
does not say "bench", so it never reaches the real portal.

Scale 1 is the shape of a mid-size conference (one forum of 60 sessions over 2 days in 3 halls,
80 speakers with 3–9 sentence biographies, 40 campuses, 200 articles); scale 10 is ten times it.
"""

import random
from datetime import date, time, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from core.languages import language_codes
from events.models import Article, Forum, Hall, KeyFigure, Participation, Session, Speaker, Topic
from universities.models import BranchCampus, City, Country, Institution, Programme

PUBLISHED = "published"
# Filler words per language; "bench" marks every name so nobody mistakes it for a fact.
WORDS = {
    "kk": [
        "сынақ",
        "мәтін",
        "өлшем",
        "жылдамдық",
        "бет",
        "бағдарлама",
        "баяндама",
        "кесте",
        "зал",
        "ғылым",
        "білім",
    ],
    "ru": [
        "тестовый",
        "текст",
        "замер",
        "скорость",
        "страница",
        "программа",
        "доклад",
        "расписание",
        "зал",
        "наука",
    ],
    "en": [
        "benchmark",
        "filler",
        "measure",
        "speed",
        "page",
        "programme",
        "talk",
        "schedule",
        "hall",
        "science",
    ],
}
LABEL = {"kk": "Сынақ", "ru": "Тест", "en": "Bench"}
FORUM_START = date(2030, 5, 14)  # far in the future: the "current or next" forum on every page


class Text:
    """Deterministic filler: the same seed gives the same texts in the same order."""

    def __init__(self, seed):
        # nosec B311: filler text for the benchmark, not for anything secret
        self.random = random.Random(seed)  # nosec B311

    def sentence(self, code, words=8):
        chosen = [self.random.choice(WORDS[code]) for _ in range(words)]
        return " ".join(chosen).capitalize() + "."

    def sentences(self, code, count):
        return " ".join(self.sentence(code) for _ in range(count))

    def fields(self, name, make):
        """``{name_kk: make("kk"), name_ru: …, name_en: …}``."""
        return {f"{name}_{code}": make(code) for code in language_codes()}

    def label(self, name, kind, number):
        return self.fields(name, lambda code: f"{LABEL[code]} {kind} {number:04d}")


class Command(BaseCommand):
    help = "Fill an empty benchmark database with made-up, deterministic content (make bench)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, choices=[1, 10], default=1)

    def handle(self, *args, scale, **options):
        name = str(connection.settings_dict["NAME"])
        if "bench" not in name.lower():
            raise CommandError(f"Refusing to fill {name}: a benchmark database's name says bench.")
        if Session.objects.exists():
            self.stdout.write(f"{name} already holds data; nothing done.")
            return
        with transaction.atomic():
            build(scale)
        self.stdout.write(self.style.SUCCESS(f"Benchmark data at scale {scale} in {name}."))


def build(scale):
    text = Text(seed=scale)
    countries = Country.objects.bulk_create(
        Country(code=f"Q{chr(65 + i)}", **text.label("name", "country", i)) for i in range(12)
    )
    cities = City.objects.bulk_create(
        City(slug=f"bench-city-{i}", country=countries[0], **text.label("name", "city", i))
        for i in range(10)
    )
    institutions = Institution.objects.bulk_create(
        Institution(
            slug=f"bench-institution-{i:04d}",
            kind=Institution.Kind.FOREIGN_UNIVERSITY,
            status=PUBLISHED,
            country=countries[i % len(countries)],
            **text.label("name", "institution", i),
            **text.fields("description", lambda c: f"<p>{text.sentences(c, 3)}</p>"),
        )
        for i in range(40 * scale)
    )
    campuses = BranchCampus.objects.bulk_create(
        BranchCampus(
            slug=f"bench-campus-{i:04d}",
            status=PUBLISHED,
            parent=institutions[i % len(institutions)],
            country=countries[i % len(countries)],
            city=cities[i % len(cities)],
            year_opened=2000 + i % 25,
            **text.label("name", "campus", i),
            **text.fields("description", lambda c: f"<p>{text.sentences(c, 4)}</p>"),
            **text.fields("programmes_summary", lambda c: text.sentence(c)),
        )
        for i in range(40 * scale)
    )
    levels, fields = Programme.Level.values, Programme.Field.values
    Programme.objects.bulk_create(
        Programme(
            campus=campus,
            level=levels[(i + j) % len(levels)],
            field=fields[(i + j) % len(fields)],
            order=j,
            **text.label("title", "programme", i * 3 + j),
        )
        for i, campus in enumerate(campuses)
        for j in range(3)
    )
    forum = Forum.objects.create(
        number=99,
        slug="bench-forum",
        status=PUBLISHED,
        start_date=FORUM_START,
        end_date=FORUM_START + timedelta(days=1),
        city=cities[0],
        **text.label("title", "forum", 1),
        **text.fields("summary", lambda c: text.sentences(c, 2)),
        **text.fields("description", lambda c: f"<p>{text.sentences(c, 6)}</p>"),
    )
    KeyFigure.objects.bulk_create(
        KeyFigure(
            forum=forum,
            order=i,
            **text.fields("value", lambda c, n=i: str(n * 10)),
            **text.label("label", "figure", i),
        )
        for i in range(4)
    )
    topics = Topic.objects.bulk_create(
        Topic(slug=f"bench-topic-{i}", order=i, **text.label("name", "topic", i)) for i in range(6)
    )
    halls = Hall.objects.bulk_create(
        Hall(slug=f"bench-hall-{i}", **text.label("name", "hall", i)) for i in range(3 * scale)
    )
    speakers = Speaker.objects.bulk_create(
        Speaker(
            slug=f"bench-speaker-{i:04d}",
            status=PUBLISHED,
            affiliation=institutions[i % len(institutions)],
            country=countries[i % len(countries)],
            **text.label("name", "speaker", i),
            **text.fields("position", lambda c: text.sentence(c, 4)),
            **text.fields("biography", lambda c, n=3 + i % 7: f"<p>{text.sentences(c, n)}</p>"),
        )
        for i in range(80 * scale)
    )
    kinds = [Session.Kind.PLENARY, Session.Kind.PANEL, Session.Kind.ROUND_TABLE]
    count = 60 * scale
    per_day = count // 2
    sessions = Session.objects.bulk_create(
        Session(
            forum=forum,
            slug=f"bench-session-{i:04d}",
            status=PUBLISHED,
            kind=kinds[i % len(kinds)],
            day=FORUM_START + timedelta(days=i // per_day),
            start_time=time(9 + (i % per_day) * 9 // per_day, 0),
            end_time=time(9 + (i % per_day) * 9 // per_day, 50),
            hall=halls[i % len(halls)],
            order=i,
            **text.label("title", "session", i),
            **text.fields("description", lambda c: f"<p>{text.sentences(c, 3)}</p>"),
        )
        for i in range(count)
    )
    through = Session.topics.through
    through.objects.bulk_create(
        through(session=session, topic=topics[(i + j) % len(topics)])
        for i, session in enumerate(sessions)
        for j in range(1 + i % 2)
    )
    roles = Participation.Role.values
    Participation.objects.bulk_create(
        Participation(
            session=session,
            speaker=speakers[(i * 4 + j) % len(speakers)],
            role=roles[j % len(roles)],
            order=j,
        )
        for i, session in enumerate(sessions)
        for j in range(3 + i % 3)
    )
    Article.objects.bulk_create(
        Article(
            slug=f"bench-article-{i:04d}",
            status=PUBLISHED,
            forum=forum if i % 2 else None,
            **text.label("title", "article", i),
            **text.fields("lead", lambda c: text.sentences(c, 2)),
            **text.fields("body", lambda c: f"<p>{text.sentences(c, 8)}</p>"),
        )
        for i in range(200 * scale)
    )
