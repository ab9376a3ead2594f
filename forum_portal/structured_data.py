"""schema.org JSON-LD for the public pages: what search engines read about each object.

``structured_data(obj, request)`` returns a dict with an ``@graph``: the object itself (an
``Event``, ``Person``, ``NewsArticle``, ``CollegeOrUniversity`` or ``Organization``) and the
``BreadcrumbList`` of its page. Built from the already loaded object and its prefetched
relations: no query of its own beyond what the page renders anyway.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.richtext import html_to_text
from core.structured_data import register
from events.models import Article, Forum, Session, Speaker
from universities.models import BranchCampus, Institution

UNIVERSITY_KINDS = {
    Institution.Kind.FOREIGN_UNIVERSITY,
    Institution.Kind.KAZAKH_UNIVERSITY,
}


def _shorten(text, limit):
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _text(html, limit=300):
    """Formatted text (sanitised HTML) as plain text of at most ``limit`` characters."""
    return _shorten(html_to_text(html), limit)


def _clean(data):
    """Drop empty values, so that no property is present without content."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


class Builder:
    def __init__(self, request):
        self.request = request

    def url(self, path):
        return self.request.build_absolute_uri(path)

    def image(self, field_file):
        if not field_file:
            return None
        from core.images import rendition

        try:
            src, width, height = rendition(field_file, 1200)
        except (OSError, ValueError):
            return None
        return {"@type": "ImageObject", "url": self.url(src), "width": width, "height": height}

    def ministry(self):
        return {
            "@type": "GovernmentOrganization",
            "name": _("Ministry of Science and Higher Education of the Republic of Kazakhstan"),
            "url": self.url(reverse("home")),
            "logo": self.url(static("img/emblem.svg")),
        }

    def breadcrumbs(self, trail):
        return {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": n, "name": name, "item": self.url(url)}
                for n, (name, url) in enumerate(trail, start=1)
            ],
        }

    def place(self, name, city, address="", country="KZ"):
        return _clean(
            {
                "@type": "Place",
                "name": name or (city.name if city else ""),
                "address": _clean(
                    {
                        "@type": "PostalAddress",
                        "streetAddress": address,
                        "addressLocality": city.name if city else "",
                        "addressCountry": country,
                    }
                ),
            }
        )

    def organization(self, institution):
        return _clean(
            {
                "@type": "CollegeOrUniversity"
                if institution.kind in UNIVERSITY_KINDS
                else "Organization",
                "name": institution.name,
                "url": self.url(institution.get_absolute_url()),
            }
        )

    # --- one method per kind of page ---

    def forum(self, forum, programme=False):
        trail = [
            (_("Forums"), reverse("events:forum-list")),
            (forum.title, forum.get_absolute_url()),
        ]
        if programme:
            trail.append((_("Programme"), forum.get_programme_url()))
        event = _clean(
            {
                "@type": "Event",
                "name": forum.title,
                "description": _text(forum.summary or forum.description),
                "startDate": forum.start_date,
                "endDate": forum.end_date,
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                "location": self.place(forum.venue, forum.city),
                "organizer": self.ministry(),
                "image": self.image(forum.hero_image),
                "url": self.url(forum.get_absolute_url()),
                "inLanguage": get_language(),
            }
        )
        return [event, self.breadcrumbs(trail)]

    def session(self, session):
        forum = session.forum
        zone = ZoneInfo(settings.TIME_ZONE)
        day = session.day or forum.start_date
        start = (
            datetime.datetime.combine(day, session.start_time, zone) if session.start_time else day
        )
        end = (
            datetime.datetime.combine(day, session.end_time, zone)
            if session.end_time and session.start_time
            else None
        )
        hall = session.hall
        performers = [
            _clean(
                {
                    "@type": "Person",
                    "name": p.speaker.name,
                    "url": self.url(p.speaker.get_absolute_url()),
                }
            )
            for p in session.participations.all()
        ]
        event = _clean(
            {
                "@type": "Event",
                "name": session.title,
                "description": _text(session.description),
                "startDate": start,
                "endDate": end,
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                "location": self.place(
                    hall.name if hall else forum.venue, forum.city, hall.address if hall else ""
                ),
                "performer": performers,
                "organizer": self.ministry(),
                "superEvent": {
                    "@type": "Event",
                    "name": forum.title,
                    "url": self.url(forum.get_absolute_url()),
                },
                "url": self.url(session.get_absolute_url()),
                "inLanguage": get_language(),
            }
        )
        trail = [
            (forum.title, forum.get_absolute_url()),
            (_("Programme"), forum.get_programme_url()),
            (session.title, session.get_absolute_url()),
        ]
        return [event, self.breadcrumbs(trail)]

    def speaker(self, speaker):
        affiliation = (
            self.organization(speaker.affiliation)
            if speaker.affiliation
            else _clean({"@type": "Organization", "name": speaker.affiliation_text})
        )
        person = _clean(
            {
                "@type": "Person",
                "name": speaker.name,
                "jobTitle": speaker.position,
                "affiliation": affiliation if affiliation.get("name") else None,
                "nationality": _clean(
                    {"@type": "Country", "name": speaker.country.name if speaker.country else ""}
                )
                if speaker.country
                else None,
                "description": _text(speaker.biography),
                "image": self.image(speaker.photo),
                "url": self.url(speaker.get_absolute_url()),
            }
        )
        trail = [
            (_("Speakers"), reverse("events:speaker-list")),
            (speaker.name, speaker.get_absolute_url()),
        ]
        return [person, self.breadcrumbs(trail)]

    def article(self, article):
        news = _clean(
            {
                "@type": "NewsArticle",
                "headline": _shorten(article.title, 110),
                "description": _text(article.lead),
                "datePublished": article.published_on,
                "dateModified": article.updated_at,
                "image": self.image(article.image),
                "author": self.ministry(),
                "publisher": self.ministry(),
                "mainEntityOfPage": self.url(article.get_absolute_url()),
                "url": self.url(article.get_absolute_url()),
                "inLanguage": get_language(),
            }
        )
        trail = [
            (_("News"), reverse("events:article-list")),
            (article.title, article.get_absolute_url()),
        ]
        return [news, self.breadcrumbs(trail)]

    def institution(self, institution):
        data = self.organization(institution)
        data.update(
            _clean(
                {
                    "alternateName": institution.short_name,
                    "description": _text(institution.description),
                    "sameAs": institution.website,
                    "logo": self.image(institution.logo),
                    "address": self.place(
                        "", institution.city, country=institution.country.code
                    ).get("address")
                    if institution.country
                    else None,
                }
            )
        )
        return [data]

    def campus(self, campus):
        data = _clean(
            {
                "@type": "CollegeOrUniversity",
                "name": campus.name,
                "description": _text(campus.description),
                "url": self.url(campus.get_absolute_url()),
                "sameAs": campus.website,
                "foundingDate": str(campus.year_opened) if campus.year_opened else None,
                "parentOrganization": self.organization(campus.parent) if campus.parent else None,
                "address": self.place("", campus.city).get("address") if campus.city else None,
            }
        )
        trail = [
            (_("Branch campuses"), reverse("universities:campus-list")),
            (campus.name, campus.get_absolute_url()),
        ]
        return [data, self.breadcrumbs(trail)]


def register_describers():
    """Tell ``core.structured_data`` how to describe each public model (called once, from
    ``ForumPortalConfig.ready``)."""
    describers = {
        Forum: lambda b, obj, page: b.forum(obj, programme=page == "programme"),
        Session: lambda b, obj, page: b.session(obj),
        Speaker: lambda b, obj, page: b.speaker(obj),
        Article: lambda b, obj, page: b.article(obj),
        Institution: lambda b, obj, page: b.institution(obj),
        BranchCampus: lambda b, obj, page: b.campus(obj),
    }
    for model, build in describers.items():
        register(model, lambda obj, request, page, build=build: build(Builder(request), obj, page))
