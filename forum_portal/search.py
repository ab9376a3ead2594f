"""Site search: published news, sessions, speakers, institutions, branch campuses, forums, and
the cities and countries of the branch campus directory.

Search forgives, the same way on every database: each word is folded (``core.textsearch``:
Kazakh letters, Cyrillic and Latin scripts and romanisations meet in one spelling key) and
looked up in the search index (``forum_portal.search_index``) by its trigrams, so that typos,
inflections and another script still find the text: "Tokaev" finds Тоқаев, "Хериот"
Heriot-Watt, "Ақтөбе", "Актобе" and "Aqtobe" the campuses of Aktobe. A search is a fixed number
of SQL queries: two index lookups, then one query per kind of content found.

Ranking: for each word of the query, its best match in an object — its resemblance, times the
weight of the field (a title counts most) and of the language (the visitor's first); objects
matching the most query words come first, ordered by the mean of those scores plus a share for
how much of a text (a title counts most) the query covers. The groups of results follow their
best result.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from math import ceil
from urllib.parse import urlencode

from django.db import connections
from django.db.models import Count
from django.db.models.signals import post_delete, post_migrate, post_save
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.languages import fallback_order, language_codes, localized
from core.richtext import html_to_text
from core.textsearch import WORD, fold_word
from events.models import Article, Forum, Session, Speaker
from forum_portal import search_index
from forum_portal.models import SearchEntry, SearchTrigram
from universities.models import BranchCampus, City, Country, Institution

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
RESULTS_PER_KIND = 20
SNIPPET_LENGTH = 220
OTHER_LANGUAGE = 0.9  # weight of a match in a text the visitor's page does not show
COVERAGE_SHARE = 0.15  # what a query covering a whole title adds to the score
TITLE = 1.0  # the weight of a title (and of a field that names the object like one)
PLACE = 0.7  # the city or country of an institution or a campus
SUMMARY = 0.6
TEXT = 0.4


def clean_query(raw):
    """The words to look for: at most MAX_TERMS of them, from the first MAX_QUERY_LENGTH chars."""
    text = " ".join(str(raw or "").split())[:MAX_QUERY_LENGTH]
    terms = WORD.findall(text)[:MAX_TERMS]
    return " ".join(terms), terms


@dataclass
class Result:
    obj: object  # its title is shown with ``{% translated result.obj result.title_field %}``
    title_field: str
    snippet: str  # safe HTML: escaped text with <mark> around the matched words
    snippet_lang: str | None  # set when the snippet is in another language than the page
    url: str


class Matcher:
    """The words of a text that the search matched (their folded form resembles a query word),
    with the interface of a compiled pattern (``search``, ``finditer``) for ``highlight``."""

    def __init__(self, similar):
        self.keys = {key: frozenset(words) for key, words in similar.items()}
        self.words = frozenset().union(*self.keys.values())

    def finditer(self, text):
        return (m for m in WORD.finditer(text) if fold_word(m.group()) in self.words)

    def search(self, text):
        return next(self.finditer(text), None)

    def keys_found(self, text):
        """How many of the query's words the text has."""
        found = {fold_word(m.group()) for m in self.finditer(text)}
        return sum(1 for words in self.keys.values() if words & found)


@dataclass
class Kind:
    key: str
    label: str
    model: type
    title_field: str
    fields: dict  # field → weight, the title first, then the texts in snippet order
    queryset: object  # callable returning the published objects of this kind
    places: tuple = ()  # foreign keys to a City or Country whose names are indexed too
    result_of: object = None  # callable(kind, obj, matcher, language) for a special result
    weights: dict = field(init=False)

    def __post_init__(self):
        self.weights = {**self.fields, "place": PLACE}

    @property
    def text_fields(self):
        return [name for name in self.fields if name != self.title_field]

    def texts(self, obj):
        """What the index holds of ``obj``: (field, language, text, the page languages that
        show that text)."""
        for name in self.fields:
            yield from _texts(obj, name, name)
        for place in filter(None, (getattr(obj, fk) for fk in self.places)):
            yield from _texts(place, "name", "place")

    def all_objects(self):
        return self.model._default_manager.select_related(*self.places)

    def found(self, ranked, matcher, language):
        """The published objects among ``ranked`` [(score, pk)], best first, as results."""
        ids = [pk for _score, pk in ranked[: RESULTS_PER_KIND * 2]]
        objects = self.queryset().in_bulk(ids)
        rows = [objects[pk] for _score, pk in ranked if pk in objects][:RESULTS_PER_KIND]
        result_of = self.result_of or Kind.result
        return [result_of(self, obj, matcher, language) for obj in rows]

    def result(self, obj, matcher, language):
        snippet, snippet_lang = _best_snippet(obj, self, matcher, language)
        return Result(obj, self.title_field, snippet, snippet_lang, obj.get_absolute_url())


def _texts(obj, name, indexed_as):
    """Each language's text of a field, with the page languages that show it (its own language,
    and those that fall back to it, as ``{% translated %}`` does)."""
    values = {code: getattr(obj, localized(name, code)) for code in language_codes()}
    shown_to = defaultdict(list)
    for page in language_codes():
        shown = next((code for code in fallback_order(page) if values.get(code)), None)
        shown_to[shown].append(page)
    for code, text in values.items():
        yield indexed_as, code, text, shown_to[code]


def _best_snippet(obj, kind, matcher, language):
    """A passage of the text that has the most of the query's words: the page's language first,
    then the other texts before the title."""
    codes = [language] + [c for c in language_codes() if c != language]
    fields = (*kind.text_fields, kind.title_field)
    fallback, best, most = "", None, 0
    for code in codes:
        for name in fields:
            text = " ".join(html_to_text(getattr(obj, localized(name, code))).split())
            if not fallback and code == language and name != kind.title_field:
                fallback = text
            found = matcher.keys_found(text) if text else 0
            if found > most:
                best, most = (text, code), found
    if best:
        text, code = best
        return highlight(text, matcher), (None if code == language else code)
    if not fallback and kind.text_fields:
        # the current language with its fallback
        fallback = " ".join(html_to_text(getattr(obj, kind.text_fields[0])).split())
    return highlight(fallback, matcher), None


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


def _place_result(kind, place, matcher, language):
    """A city or a country: the campus directory filtered by it, and how many campuses it has."""
    snippet = ngettext(
        "%(counter)s branch campus", "%(counter)s branch campuses", place.campus_count
    ) % {"counter": place.campus_count}
    parameter = {"city": place.slug} if kind.model is City else {"country": place.code}
    url = f"{reverse('universities:campus-list')}?{urlencode(parameter)}"
    return Result(place, kind.title_field, escape(snippet), None, url)


def _with_campuses(model):
    """The cities or countries the campus directory can be filtered by, with their count."""

    def queryset():
        return model.objects.filter(branch_campuses__in=BranchCampus.objects.published()).annotate(
            campus_count=Count("branch_campuses", distinct=True)
        )

    return queryset


KINDS = [
    Kind(
        "news",
        _("News"),
        Article,
        "title",
        {"title": TITLE, "lead": SUMMARY, "body": TEXT},
        lambda: Article.objects.published(),
    ),
    Kind(
        "sessions",
        _("Sessions"),
        Session,
        "title",
        {"title": TITLE, "description": TEXT},
        lambda: Session.objects.published(),
    ),
    Kind(
        "speakers",
        _("Speakers"),
        Speaker,
        "name",
        {"name": TITLE, "position": SUMMARY, "affiliation_text": SUMMARY, "biography": TEXT},
        lambda: Speaker.objects.published(),
    ),
    Kind(
        "institutions",
        _("Institutions"),
        Institution,
        "name",
        {"name": TITLE, "short_name": TITLE, "description": TEXT},
        lambda: Institution.objects.published(),
        places=("city", "country"),
    ),
    Kind(
        "campuses",
        _("Branch campuses"),
        BranchCampus,
        "name",
        {"name": TITLE, "description": TEXT, "programmes_summary": SUMMARY},
        lambda: BranchCampus.objects.published(),
        places=("city", "country"),
    ),
    Kind(
        "forums",
        _("Forums"),
        Forum,
        "title",
        {"title": TITLE, "summary": SUMMARY, "venue": SUMMARY, "description": TEXT},
        lambda: Forum.objects.published(),
    ),
    Kind(
        "cities",
        _("Cities"),
        City,
        "name",
        {"name": TITLE, "region": SUMMARY},
        _with_campuses(City),
        result_of=_place_result,
    ),
    Kind(
        "countries",
        _("Countries"),
        Country,
        "name",
        {"name": TITLE},
        _with_campuses(Country),
        result_of=_place_result,
    ),
]
KIND_OF_LABEL = {search_index.label_of(kind.model): kind for kind in KINDS}


def _scores(entries, similar, keys, language):
    """{(model label, pk): score} of the objects that match the most query words."""
    best = defaultdict(lambda: [0.0] * len(keys))
    hits = defaultdict(set)  # (object, language, field) → indexes of the keys found there
    texts = {}  # (object, language, field) → (weight of the field, its number of words)
    for label, pk, code, shown_to, name, word, length in entries:
        if label not in KIND_OF_LABEL:
            continue  # a kind no longer searched, until the index is rebuilt
        weight = KIND_OF_LABEL[label].weights.get(name, TEXT)
        if language not in shown_to.split():
            weight *= OTHER_LANGUAGE
        for index, key in enumerate(keys):
            resemblance = similar[key].get(word)
            if resemblance:
                best[label, pk][index] = max(best[label, pk][index], resemblance * weight)
                hits[label, pk, code, name].add(index)
                texts[label, pk, code, name] = (weight, length)
    coverage = defaultdict(float)  # how much of its best text (title first) the query covers
    for text, found in hits.items():
        weight, length = texts[text]
        share = weight * min(1.0, len(found) / max(length, 1))
        coverage[text[:2]] = max(coverage[text[:2]], share)
    matched = {obj: sum(1 for score in per_key if score) for obj, per_key in best.items()}
    most = max(matched.values(), default=0)
    if most < ceil(len(keys) / 2):
        return {}
    return {
        obj: sum(per_key) / len(keys) + COVERAGE_SHARE * coverage[obj]
        for obj, per_key in best.items()
        if matched[obj] == most
    }


def search(raw_query, language):
    """Groups of results, [(kind, [Result, ...]), ...], only kinds that found something, the
    group of the best result first."""
    query, terms = clean_query(raw_query)
    keys = list(dict.fromkeys(key for key in map(fold_word, terms) if key))
    similar = search_index.resembling(keys)
    words = set().union(*similar.values()) if similar else set()
    if not words:
        return query, []
    scores = _scores(search_index.entries_for(words), similar, keys, language)
    matcher = Matcher(similar)
    groups = []
    for order, kind in enumerate(KINDS):
        label = search_index.label_of(kind.model)
        ranked = sorted((-score, pk) for (lbl, pk), score in scores.items() if lbl == label)
        ranked = [(-negative, pk) for negative, pk in ranked]
        results = kind.found(ranked, matcher, language) if ranked else []
        if results:
            best = max(scores[label, result.obj.pk] for result in results)
            groups.append((-best, order, kind, results))
    groups.sort(key=lambda group: group[:2])
    return query, [(kind, results) for _best, _order, kind, results in groups]


# The index follows the content.


def _reindex(kind, objects):
    search_index.index_objects(kind.model, objects, kind.texts)


def _saved(sender, instance, raw=False, **kwargs):
    if raw:
        return  # fixtures: ``rebuild_search_index`` afterwards
    _reindex(KIND_OF_LABEL[search_index.label_of(sender)], [instance])
    for kind in KINDS:  # the institutions and campuses that carry this place's name
        for fk in kind.places:
            if kind.model._meta.get_field(fk).related_model is sender:
                _reindex(kind, kind.all_objects().filter(**{fk: instance}))


def _deleted(sender, instance, **kwargs):
    search_index.remove_objects(sender, [instance.pk])


def rebuild_index():
    """Write the whole index anew; returns the number of its rows."""
    return search_index.rebuild([(kind.model, kind.all_objects(), kind.texts) for kind in KINDS])


def _migrated(plan=None, using="default", **kwargs):
    """After migrations were applied (data migrations change content without signals), once
    the index and every indexed table exist (not when migrating one app, or backwards)."""
    if not plan:
        return
    tables = set(connections[using].introspection.table_names())
    models = [SearchEntry, SearchTrigram, *(kind.model for kind in KINDS)]
    if all(model._meta.db_table in tables for model in models):
        rebuild_index()


def connect_signals(app_config):
    for kind in KINDS:
        uid = f"search-index-{kind.key}"
        post_save.connect(_saved, sender=kind.model, dispatch_uid=uid)
        post_delete.connect(_deleted, sender=kind.model, dispatch_uid=uid)
    post_migrate.connect(_migrated, sender=app_config, dispatch_uid="search-index-migrate")
