"""Dates as each language writes them.

Django's Kazakh catalogue capitalises month names and misspells Friday ("Жума"), and Kazakh
puts the year first ("2025 жылғы 29 қазан"); Russian and English use Django's own formats.
"""

import datetime

from django import template
from django.utils import formats, timezone
from django.utils.translation import get_language

register = template.Library()

KK_MONTHS = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)  # fmt: skip
KK_WEEKDAYS = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")


@register.filter
def long_date(value):
    """29 October 2025 · 29 октября 2025 · 2025 жылғы 29 қазан."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    if get_language() == "kk":
        return f"{value.year} жылғы {value.day} {KK_MONTHS[value.month - 1]}"
    return formats.date_format(value, "j E Y")


@register.filter
def day_and_weekday(value):
    """29 October, Wednesday · 29 октября, среда · 29 қазан, сәрсенбі."""
    if not value:
        return ""
    if get_language() == "kk":
        return f"{value.day} {KK_MONTHS[value.month - 1]}, {KK_WEEKDAYS[value.weekday()]}"
    weekday = formats.date_format(value, "l")
    if get_language() != "en":
        weekday = weekday.lower()
    return f"{formats.date_format(value, 'j E')}, {weekday}"


@register.filter
def time_datetime(value):
    """The ``datetime`` attribute of a ``<time>``: local time to the second, with its offset
    (2025-10-29T10:00:00+05:00). Django's "c" format writes microseconds; HTML allows at most
    three digits of a second's fraction."""
    if not value:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


def _day_month(value):
    if get_language() == "kk":
        return f"{value.day} {KK_MONTHS[value.month - 1]}"
    return formats.date_format(value, "j E")


@register.filter
def date_range(start, end):
    """29–31 October 2025 · 29–31 октября 2025 · 2025 жылғы 29–31 қазан (shared parts once)."""
    if not end or start == end:
        return long_date(start)
    if start.year != end.year:
        return f"{long_date(start)} – {long_date(end)}"
    if start.month == end.month:
        days = f"{start.day}–{_day_month(end)}"
    else:
        days = f"{_day_month(start)} – {_day_month(end)}"
    if get_language() == "kk":
        return f"{start.year} жылғы {days}"
    return f"{days} {start.year}"
