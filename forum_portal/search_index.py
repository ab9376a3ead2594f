"""The site search's index: folded words (``core.textsearch``) and their trigrams, in two tables.

- ``SearchEntry``: one row per (object, language, field, folded word), with a database index on
  the word (the postings of the words found);
- ``SearchTrigram``: one row per (trigram, word) of the vocabulary, its unique index led by the
  trigram (the words that look like a query's word).

A search costs two lookups whatever the number of objects: the words sharing enough trigrams
with the query's words (``trigram IN (…)`` on the trigram index, grouped by word, at most
``MAX_CANDIDATE_WORDS``), then the entries of the words that resemble them (``word IN (…)`` on
the word index, for the ``MAX_WORDS_PER_KEY`` most resembling words of each query word, at most
``MAX_ENTRIES`` rows). Both read only index entries of those trigrams and words, never a table
from end to end; the similarity itself is computed in Python on that bounded set, the same way
on SQLite and PostgreSQL.

The index follows the content: ``forum_portal.search`` connects ``index_objects`` and
``remove_objects`` to each indexed model's ``post_save`` and ``post_delete``; ``rebuild`` (the
``rebuild_search_index`` command, ``load_demo``, and ``migrate`` after applying migrations)
writes it anew for changes that send no signal (``QuerySet.update``, data migrations).
"""

from math import ceil

from django.db import transaction
from django.db.models import Count

from core.richtext import html_to_text
from core.textsearch import fold, resemblance, trigrams
from forum_portal.models import SearchEntry, SearchTrigram

THRESHOLD = 0.45  # the least resemblance of an index word to a query's word
MAX_CANDIDATE_WORDS = 400
MAX_WORDS_PER_KEY = 40  # the most resembling words kept for each query word
MAX_ENTRIES = 5000
BATCH = 1000


def label_of(model):
    return model._meta.label_lower


def entries_of(obj, texts):
    """The index rows of one object; ``texts`` yields (field, language, text or HTML, the page
    languages that show this text: its own, and those that fall back to it)."""
    rows = {}
    for field, code, text, shown_to in texts:
        keys = fold(html_to_text(text or ""))
        for key in keys:
            rows[(field, code, key)] = SearchEntry(
                model=label_of(type(obj)),
                object_id=obj.pk,
                language=code,
                shown_to=" ".join(shown_to),
                field=field,
                word=key,
                length=len(keys),
            )
    return list(rows.values())


def _store(entries):
    SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
    words = {entry.word for entry in entries}
    SearchTrigram.objects.bulk_create(
        [SearchTrigram(trigram=gram, word=word) for word in words for gram in looked_up(word)],
        batch_size=BATCH,
        ignore_conflicts=True,
    )


@transaction.atomic
def index_objects(model, objects, texts_of):
    """Write the index rows of ``objects`` (of one model) anew: three queries."""
    objects = list(objects)
    remove_objects(model, [obj.pk for obj in objects])
    _store([entry for obj in objects for entry in entries_of(obj, texts_of(obj))])


def remove_objects(model, pks):
    SearchEntry.objects.filter(model=label_of(model), object_id__in=pks).delete()


@transaction.atomic
def rebuild(sources):
    """Empty the index and write it for every object of ``sources``, [(model, objects,
    texts_of)]; words no longer used leave the vocabulary. Returns the number of rows."""
    SearchEntry.objects.all().delete()
    SearchTrigram.objects.all().delete()
    entries = []
    for _model, objects, texts_of in sources:
        entries += [entry for obj in objects for entry in entries_of(obj, texts_of(obj))]
    _store(entries)
    return len(entries)


def is_empty():
    return not SearchEntry.objects.exists()


def looked_up(word):
    """The trigrams by which the index finds a word: all but the first letter's alone ("  t"),
    the most common of all, which says little."""
    return [gram for gram in trigrams(word) if not gram.startswith("  ")]


def resembling(keys):
    """For each folded query word, {index word: resemblance} of the words that resemble it
    (one query)."""
    keys = [key for key in keys if key]
    if not keys:
        return {}
    # A word resembling ``key`` shares at least ``least`` of these trigrams with it (Jaccard ≥
    # THRESHOLD, or a prefix of four letters or more).
    grams = {gram for key in keys for gram in looked_up(key)}
    least = min(min(ceil(THRESHOLD * len(trigrams(key))), 5) for key in keys) - 1
    candidates = (
        SearchTrigram.objects.filter(trigram__in=grams)
        .values("word")
        .annotate(shared=Count("word"))  # the index alone answers (trigram, word)
        .filter(shared__gte=max(least, 1))
        .order_by("-shared", "word")[:MAX_CANDIDATE_WORDS]
    )
    words = [row["word"] for row in candidates]
    found = {}
    for key in keys:
        scores = sorted(((resemblance(key, word), word) for word in words), reverse=True)
        found[key] = {
            word: score for score, word in scores[:MAX_WORDS_PER_KEY] if score >= THRESHOLD
        }
    return found


def entries_for(words):
    """The index rows of these words (one query): (model label, object id, language, page
    languages that show the text, field, word, length of the text)."""
    return list(
        SearchEntry.objects.filter(word__in=sorted(words)).values_list(
            "model", "object_id", "language", "shown_to", "field", "word", "length"
        )[:MAX_ENTRIES]
    )
