"""The state of each language of each translated object: missing, draft, reviewed, out of date.

Used by the admin (list filters, list column, the review panel of the change form, the
translation status page and the dashboard); the public never sees it.

- **Missing**: a required field is empty in that language, or an optional field is filled in
  another language but not in this one.
- **Draft**: written, but not reviewed — never reviewed (texts loaded by the demo or imported
  are drafts: a draft is the absence of a review), or its own texts changed since the review
  (whoever saved them; a reviewer who corrects a text marks it reviewed again in the same save).
- **Reviewed**: someone with the ``core.review_translation`` permission marked it reviewed, and
  no text of the object changed since.
- **Out of date**: reviewed, its own texts unchanged, but the *source* changed since: the texts
  of the object's other languages (every translated field in every other language). A
  translation is checked against all of them, as there is no record of which language an object
  was first written in; so a change in any other language (a text added, corrected, removed)
  asks for the review again.

A review (``core.models.TranslationReview``) keeps two fingerprints (MD5 of the texts joined,
used to detect a change, not for security): of the language's own texts and of the source
texts. The same fingerprints are computed by the database (``text_fingerprint_expression``), so
the filters and the counts are one query each, whatever the number of objects.
"""

import hashlib
import operator
from functools import reduce

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Exists, F, Func, OuterRef, Q, TextField, Value
from django.db.models.functions import MD5, Coalesce
from django.utils import timezone
from django.utils.translation import pgettext_lazy
from modeltranslation.translator import NotRegistered, translator

from core.languages import language_codes, localized
from core.models import TranslationReview

SEPARATOR = "\x1f"  # between the texts in a fingerprint: a character no text contains


class State(models.TextChoices):
    MISSING = "missing", pgettext_lazy("translation state", "Missing")
    DRAFT = "draft", pgettext_lazy("translation state", "Draft")
    OUT_OF_DATE = "out_of_date", pgettext_lazy("translation state", "Out of date")
    REVIEWED = "reviewed", pgettext_lazy("translation state", "Reviewed")


def translated_fields(model):
    try:
        return sorted(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return []


def _empty(field, code):
    name = localized(field, code)
    return Q(**{name: ""}) | Q(**{f"{name}__isnull": True})


def missing_language_q(model, code):
    """A Q matching the objects of ``model`` that lack any text in language ``code``."""
    gaps = []
    for field in translated_fields(model):
        gap = _empty(field, code)
        if model._meta.get_field(field).blank:  # optional: a gap only if filled elsewhere
            others = [~_empty(field, other) for other in language_codes() if other != code]
            gap &= reduce(operator.or_, others)
        gaps.append(gap)
    return reduce(operator.or_, gaps) if gaps else Q(pk__in=[])


def missing_languages(obj):
    """The language codes in which ``obj`` lacks some text (computed without a query)."""
    missing = []
    fields = translated_fields(type(obj))
    for code in language_codes():
        for field in fields:
            value = getattr(obj, localized(field, code))
            if value:
                continue
            required = not type(obj)._meta.get_field(field).blank
            others = [
                getattr(obj, localized(field, other)) for other in language_codes() if other != code
            ]
            if required or any(others):
                missing.append(code)
                break
    return missing


# --- fingerprints ----------------------------------------------------------------------------


def _columns(model, codes):
    return [localized(field, code) for code in codes for field in translated_fields(model)]


def _source_codes(code):
    return [other for other in language_codes() if other != code]


def _fingerprint(obj, columns):
    text = SEPARATOR.join(getattr(obj, column) or "" for column in columns)
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


class _Joined(Func):
    """``a || b || c``: flat, where Django's ``Concat`` nests one level per text (too deep for
    SQLite's parser with the texts of every language of a model)."""

    template = "(%(expressions)s)"
    arg_joiner = " || "
    output_field = TextField()


def _fingerprint_expression(columns, ref):
    parts = []
    for column in columns:
        parts += [Value(SEPARATOR), Coalesce(ref(column), Value(""), output_field=TextField())]
    return MD5(_Joined(*parts[1:]))


def fingerprints(obj, code):
    """The fingerprints of ``obj``'s texts in ``code`` and of its source texts, now."""
    model = type(obj)
    return (
        _fingerprint(obj, _columns(model, [code])),
        _fingerprint(obj, _columns(model, _source_codes(code))),
    )


def fingerprint_expressions(model, code, ref=F):
    """The same two fingerprints computed by the database (``ref=OuterRef`` in a subquery)."""
    return (
        _fingerprint_expression(_columns(model, [code]), ref),
        _fingerprint_expression(_columns(model, _source_codes(code)), ref),
    )


# --- states in the database: filters and counts ----------------------------------------------


def _review_exists(model, code, **match):
    text, source = fingerprint_expressions(model, code, ref=OuterRef)
    reviews = TranslationReview.objects.filter(
        content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
        object_id=OuterRef("pk"),
        language=code,
        text_fingerprint=text,
    )
    if "source_matches" in match:
        source_q = Q(source_fingerprint=source)
        reviews = reviews.filter(source_q if match["source_matches"] else ~source_q)
    return Exists(reviews)


def state_q(model, code, state):
    """A Q matching the objects of ``model`` whose language ``code`` is in ``state``."""
    missing = missing_language_q(model, code)
    if state == State.MISSING:
        return missing
    if state == State.DRAFT:
        return ~missing & ~_review_exists(model, code)
    return ~missing & _review_exists(model, code, source_matches=state == State.REVIEWED)


def state_counts(queryset):
    """{language: {state: number of objects}} for the objects of ``queryset``, in one query."""
    model = queryset.model
    aggregates = {"total": Count("pk")}
    for code in language_codes():
        for state in (State.MISSING, State.OUT_OF_DATE, State.REVIEWED):
            aggregates[f"{code}_{state}"] = Count("pk", filter=state_q(model, code, state))
    counts = queryset.aggregate(**aggregates)
    result = {}
    for code in language_codes():
        result[code] = {state: counts[f"{code}_{state}"] for state in State if state != State.DRAFT}
        result[code][State.DRAFT] = counts["total"] - sum(result[code].values())
    return result


# --- states of objects in hand ---------------------------------------------------------------


def reviews_for(objects):
    """{(model, pk, language): review} for ``objects`` (any models), one query per model."""
    by_model = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj.pk)
    found = {}
    for model, pks in by_model.items():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        for review in TranslationReview.objects.filter(
            content_type=content_type, object_id__in=pks
        ).select_related("reviewed_by"):
            found[(model, review.object_id, review.language)] = review
    return found


def language_states(obj, reviews):
    """[(language, state, the review or None)] for ``obj``, ``reviews`` from ``reviews_for``."""
    missing = set(missing_languages(obj))
    states = []
    for code in language_codes():
        review = reviews.get((type(obj), obj.pk, code))
        if code in missing:
            state = State.MISSING
        elif review is None:
            state = State.DRAFT
        else:
            text, source = fingerprints(obj, code)
            if review.text_fingerprint != text:
                state = State.DRAFT
            elif review.source_fingerprint != source:
                state = State.OUT_OF_DATE
            else:
                state = State.REVIEWED
        states.append((code, state, review if state != State.DRAFT else None))
    return states


def mark_reviewed(objects, code, user):
    """Mark language ``code`` of each of ``objects`` reviewed by ``user`` now, with their texts
    as they are (one query: a new review replaces an earlier one). Objects that lack text in
    ``code`` are left out. Returns how many were marked."""
    now = timezone.now()
    reviews = []
    for obj in objects:
        if code in missing_languages(obj):
            continue
        text, source = fingerprints(obj, code)
        reviews.append(
            TranslationReview(
                content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
                object_id=obj.pk,
                language=code,
                text_fingerprint=text,
                source_fingerprint=source,
                reviewed_by=user,
                reviewed_at=now,
            )
        )
    TranslationReview.objects.bulk_create(
        reviews,
        update_conflicts=True,
        unique_fields=["content_type", "object_id", "language"],
        update_fields=["text_fingerprint", "source_fingerprint", "reviewed_by", "reviewed_at"],
    )
    return len(reviews)


def forget_reviews(sender, instance, **kwargs):
    """post_delete receiver: a deleted object's reviews go with it."""
    TranslationReview.objects.filter(
        content_type=ContentType.objects.get_for_model(sender, for_concrete_model=False),
        object_id=instance.pk,
    ).delete()
