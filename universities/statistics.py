"""Figures for the statistics page: breakdowns of the branch campuses and the map's markers.

Everything is computed in Python from one list of campuses (already fetched with their related
rows), so the page costs the same number of queries whatever the data size.
"""

from collections import Counter

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from universities import kazakhstan_map
from universities.models import BranchCampus

# The ministry's own count of foreign branch campuses (II Forum, October 2025).
MINISTRY_TOTAL = 40

BAR_HEIGHT = 28
CHART_WIDTH = 600


def _rows(counter, label_of, order=None):
    keys = sorted(counter, key=order or (lambda k: (-counter[k], str(label_of(k)))))
    return [
        {
            "label": str(label_of(key)),
            "count": counter[key],
            "obj": key if hasattr(key, "name_en") else None,
        }
        for key in keys
    ]


def _chart(slug, column, title, rows):
    largest = max((row["count"] for row in rows), default=0) or 1
    for index, row in enumerate(rows):
        row["width"] = round(row["count"] / largest * (CHART_WIDTH - 60), 1)
        row["y"] = index * BAR_HEIGHT * 2
    return {
        "slug": slug,
        "title": title,
        "column": column,
        "description": "; ".join(f"{row['label']}: {row['count']}" for row in rows),
        "rows": rows,
        "width": CHART_WIDTH,
        "height": max(len(rows), 1) * BAR_HEIGHT * 2,
    }


COLUMN_COUNTRY = gettext_lazy("Country of origin")
COLUMN_CITY = gettext_lazy("Host city")
COLUMN_KIND = gettext_lazy("Kind")
COLUMN_STATUS = gettext_lazy("Status")
COLUMN_YEAR = gettext_lazy("Year opened")
TITLE_COUNTRY = gettext_lazy("Branch campuses by country of origin")
TITLE_CITY = gettext_lazy("Branch campuses by host city")
TITLE_KIND = gettext_lazy("Branch campuses by kind")
TITLE_STATUS = gettext_lazy("Branch campuses by status")
TITLE_YEAR = gettext_lazy("Branch campuses by year opened")


def charts(campuses):
    not_stated = _("not stated")

    def by(attribute, label_of, order=None):
        return _rows(Counter(getattr(c, attribute) for c in campuses), label_of, order)

    breakdowns = [
        ("country", COLUMN_COUNTRY, TITLE_COUNTRY, by("country", str)),
        ("city", COLUMN_CITY, TITLE_CITY, by("city", lambda city: city or not_stated)),
        ("kind", COLUMN_KIND, TITLE_KIND, by("kind", lambda v: BranchCampus.Kind(v).label)),
        (
            "status",
            COLUMN_STATUS,
            TITLE_STATUS,
            by("campus_status", lambda v: BranchCampus.CampusStatus(v).label),
        ),
        (
            "year",
            COLUMN_YEAR,
            TITLE_YEAR,
            by("year_opened", lambda year: year or not_stated, order=lambda year: year or 9999),
        ),
    ]
    return [_chart(*breakdown) for breakdown in breakdowns]


def city_counts(campuses):
    return Counter(c.city_id for c in campuses if c.city_id)


MAP_MARGIN = 24
LABEL_CHAR_WIDTH = 8  # a rough width of one character of a 14px label
LABEL_HEIGHT = 16


def _label_box(marker, place):
    """The label's anchor point, text-anchor and bounding box for one of four placements."""
    x, y, r = marker["x"], marker["y"], marker["r"]
    width = LABEL_CHAR_WIDTH * len(marker["name"])
    if place == "above":
        return x, y - r - 4, "middle", (x - width / 2, y - r - 4 - LABEL_HEIGHT, width)
    if place == "below":
        return x, y + r + LABEL_HEIGHT, "middle", (x - width / 2, y + r + 2, width)
    if place == "right":
        return x + r + 4, y + 5, "start", (x + r + 4, y - LABEL_HEIGHT / 2, width)
    return x - r - 4, y + 5, "end", (x - r - 4 - width, y - LABEL_HEIGHT / 2, width)


def _overlaps(box, other):
    (x1, y1, w1), (x2, y2, w2) = box, other
    return x1 < x2 + w2 and x2 < x1 + w1 and y1 < y2 + LABEL_HEIGHT and y2 < y1 + LABEL_HEIGHT


def _place_labels(markers):
    """Put each label where it does not cover a label placed before it (larger cities first)."""
    placed = []
    for marker in markers:
        options = [_label_box(marker, place) for place in ("above", "right", "below", "left")]
        choice = next(
            (o for o in options if not any(_overlaps(o[3], box) for box in placed)), options[0]
        )
        marker["label_x"], marker["label_y"], marker["anchor"], box = choice
        placed.append(box)


def campus_map(cities, counts):
    """Markers for the cities that have coordinates, on the offline outline of Kazakhstan."""
    markers = {}
    for city in cities:
        if city.pk in markers or city.latitude is None or city.longitude is None:
            continue
        x, y = kazakhstan_map.project(city.latitude, city.longitude)
        count = counts.get(city.pk, 0)
        markers[city.pk] = {
            "city": city,
            "name": str(city),
            "x": x,
            "y": y,
            "count": count,
            "r": 6 + 2 * min(count, 8),
        }
    ordered = sorted(markers.values(), key=lambda m: (-m["count"], m["name"]))
    _place_labels(ordered)
    return {
        "view_box": f"{-MAP_MARGIN} {-MAP_MARGIN} {kazakhstan_map.WIDTH + 2 * MAP_MARGIN} "
        f"{kazakhstan_map.HEIGHT + 2 * MAP_MARGIN}",
        "outline": kazakhstan_map.OUTLINE,
        "markers": ordered,
    }
