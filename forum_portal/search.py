"""Site search: published news, sessions, speakers, institutions, branch campuses and forums.

Every language's columns are searched (a Latin "Nurbek" finds Нұрбек, "Ковентри" finds
Coventry); matches in the visitor's language rank first. One SQL query per kind of content,
whatever the amount of data.

On PostgreSQL: full-text search with each language's dictionary (``russian``, ``english``,
``simple`` for Kazakh, which has no stemmer) plus trigram word similarity (``pg_trgm``) on
names and titles, for typos. Elsewhere (SQLite): substring matching over the same columns.
"""

import re
from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, FloatField, IntegerField, Q, Value, When
from django.db.models.functions import Greatest
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from core.languages import TEXT_SEARCH_CONFIGS, in_every_language, language_codes, localized
from core.richtext import html_to_text
from events.models import Article, Forum, Session, Speaker
from universities.models import BranchCampus, Institution

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
RESULTS_PER_KIND = 20
SNIPPET_LENGTH = 220
TRIGRAM_THRESHOLD = 0.5


def clean_query(raw):
    """The words to look for: at most MAX_TERMS of them, from the first MAX_QUERY_LENGTH chars."""
    text = " ".join(str(raw or "").split())[:MAX_QUERY_LENGTH]
    terms = re.findall(r"\w+", text)[:MAX_TERMS]
    return " ".join(terms), terms


@dataclass
class Result:
    obj: object  # its title is shown with ``{% translated result.obj result.title_field %}``
    title_field: str
    snippet: str  # safe HTML: escaped text with <mark> around the matched words
    snippet_lang: str | None  # set when the snippet is in another language than the page
    url: str


@dataclass
class Kind:
    key: str
    label: str
    title_field: str
    text_fields: tuple
    queryset: object  # callable returning the published objects of this kind

    def columns(self, field):
        return in_every_language(field)

    def filter(self, terms):
        if connection.vendor == "postgresql":
            return _postgres_filter(self, terms)
        return _substring_filter(self, terms)

    def search(self, query, terms, language):
        objects = self.queryset().filter(self.filter(terms))
        ranked = objects.annotate(search_rank=self.rank(query, terms, language))
        rows = ranked.order_by("-search_rank", "pk")[:RESULTS_PER_KIND]
        return [self.result(obj, terms, language) for obj in rows]

    def rank(self, query, terms, language):
        if connection.vendor == "postgresql":
            return _postgres_rank(self, query, language)
        return _substring_rank(self, terms, language)

    def result(self, obj, terms, language):
        snippet, snippet_lang = _best_snippet(obj, self, terms, language)
        return Result(obj, self.title_field, snippet, snippet_lang, obj.get_absolute_url())


def _variants(term):
    """SQLite folds case for ASCII only: also try the lower-case and capitalised spellings."""
    return {term, term.lower(), term.capitalize(), term.upper()}


def _substring_filter(kind, terms):
    condition = Q()
    for term in terms:
        matches_term = Q()
        for field in (kind.title_field, *kind.text_fields):
            for column in kind.columns(field):
                for variant in _variants(term):
                    matches_term |= Q(**{f"{column}__icontains": variant})
        condition &= matches_term
    return condition


def _substring_rank(kind, terms, language):
    """Title in the page's language, then a title in any language, then the rest."""
    first = terms[0] if terms else ""
    own_title = Q()
    any_title = Q()
    for variant in _variants(first):
        own_title |= Q(**{f"{localized(kind.title_field, language)}__icontains": variant})
        for column in kind.columns(kind.title_field):
            any_title |= Q(**{f"{column}__icontains": variant})
    return Case(
        When(own_title, then=Value(3)),
        When(any_title, then=Value(2)),
        default=Value(1),
        output_field=IntegerField(),
    )


def _vector(kind, code):
    from django.contrib.postgres.search import SearchVector

    fields = [localized(field, code) for field in (kind.title_field, *kind.text_fields)]
    return SearchVector(*fields, config=TEXT_SEARCH_CONFIGS[code])


def _text_query(query, code):
    from django.contrib.postgres.search import SearchQuery

    return SearchQuery(query, config=TEXT_SEARCH_CONFIGS[code], search_type="plain")


def _postgres_filter(kind, terms):
    from django.contrib.postgres.search import SearchVectorExact

    query = " ".join(terms)
    condition = Q()
    for code in language_codes():
        title = localized(kind.title_field, code)
        condition |= Q(**{f"{title}__trigram_word_similar": query})
        condition |= Q(**{f"{title}__icontains": query})
        condition |= Q(SearchVectorExact(_vector(kind, code), _text_query(query, code)))
    return condition


def _postgres_rank(kind, query, language):
    """Text rank or name similarity, whichever is higher; the page's language counts double."""
    from django.contrib.postgres.search import SearchRank, TrigramWordSimilarity

    ranks = []
    for code in language_codes():
        weight = 2.0 if code == language else 1.0
        text_rank = SearchRank(_vector(kind, code), _text_query(query, code))
        similarity = TrigramWordSimilarity(query, localized(kind.title_field, code))
        ranks.append(Greatest(text_rank, similarity, output_field=FloatField()) * Value(weight))
    return Greatest(*ranks, output_field=FloatField())


def _pattern(terms):
    """Each term, or (for longer words, to catch inflections) its stem without the last two
    letters; a match runs to the end of its word."""
    stems = sorted({t if len(t) < 5 else t[:-2] for t in terms}, key=len, reverse=True)
    if not stems:
        return None
    return re.compile("(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)


def _best_snippet(obj, kind, terms, language):
    """A passage of the first text that contains a term: the page's language first."""
    pattern = _pattern(terms)
    codes = [language] + [c for c in language_codes() if c != language]
    fields = (*kind.text_fields, kind.title_field)
    fallback = ""
    for code in codes:
        for field in fields:
            text = " ".join(html_to_text(getattr(obj, localized(field, code))).split())
            if not fallback and code == language and field != kind.title_field:
                fallback = text
            if text and pattern and pattern.search(text):
                return highlight(text, pattern), (None if code == language else code)
    if not fallback:
        # the current language with its fallback
        fallback = " ".join(html_to_text(getattr(obj, kind.text_fields[0])).split())
    return highlight(fallback, pattern), None


def highlight(text, pattern):
    """Cut a window of SNIPPET_LENGTH characters around the first match, escape it, and wrap
    every match in <mark>."""
    match = pattern.search(text) if pattern else None
    start = max(0, match.start() - SNIPPET_LENGTH // 3) if match else 0
    window = text[start : start + SNIPPET_LENGTH]
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_LENGTH < len(text) else ""
    if not pattern:
        # The window is escaped.
        return mark_safe(prefix + escape(window) + suffix)  # nosec B308, B703
    pieces, last = [], 0
    for found in pattern.finditer(window):
        pieces.append(escape(window[last : found.start()]))
        pieces.append(f"<mark>{escape(found.group())}</mark>")
        last = found.end()
    pieces.append(escape(window[last:]))
    # Every piece is escaped.
    return mark_safe(prefix + "".join(pieces) + suffix)  # nosec B308, B703


KINDS = [
    Kind(
        "news",
        _("News"),
        "title",
        ("lead", "body"),
        lambda: Article.objects.published(),
    ),
    Kind(
        "sessions",
        _("Sessions"),
        "title",
        ("description",),
        lambda: Session.objects.published(),
    ),
    Kind(
        "speakers",
        _("Speakers"),
        "name",
        ("position", "affiliation_text", "biography"),
        lambda: Speaker.objects.published(),
    ),
    Kind(
        "institutions",
        _("Institutions"),
        "name",
        ("short_name", "description"),
        lambda: Institution.objects.published(),
    ),
    Kind(
        "campuses",
        _("Branch campuses"),
        "name",
        ("description", "programmes_summary"),
        lambda: BranchCampus.objects.published(),
    ),
    Kind(
        "forums",
        _("Forums"),
        "title",
        ("summary", "venue", "description"),
        lambda: Forum.objects.published(),
    ),
]


def search(raw_query, language):
    """Groups of results, [(kind, [Result, ...]), ...], only kinds that found something."""
    query, terms = clean_query(raw_query)
    if not terms:
        return query, []
    groups = []
    for kind in KINDS:
        results = kind.search(query, terms, language)
        if results:
            groups.append((kind, results))
    return query, groups
