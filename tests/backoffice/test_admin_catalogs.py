"""The back office is whole in Kazakh and Russian: no string of the English catalogs of Django's
admin, auth, contenttypes, django-simple-history, django-import-export, django-axes and
django-modeltranslation is left in English.

Two checks: every msgid of those catalogs (locale_vendor/pot/, refreshed by
``scripts/vendor_catalogs.py extract``) has a translation at run time; and each kind of admin
screen, rendered in kk and in ru, shows none of those msgids verbatim (text and the attributes
a browser shows or reads out: title, placeholder, aria-label, alt, button values).
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

from events.models import Session
from tests import factories
from tests.backoffice.admin_html import attrs, find, shown_texts, tree
from universities.models import Institution
from universities.resources import InstitutionResource

pytestmark = pytest.mark.django_db

POT = Path(settings.BASE_DIR) / "locale_vendor" / "pot"
LANGUAGES = ["kk", "ru"]
# Written the same in Kazakh and Russian (technical names, brands, punctuation).
SAME_IN_EVERY_LANGUAGE = {
    "%(class_name)s %(instance)s",
    "%(from)s-%(to)s relationship",
    "%(from)s-%(to)s relationships",
    "%(truncated_text)s…",
    "(Hidden field %(name)s) %(error)s",
    "…",
    ":",
    ":?.!",
    "HTTP Accept",
    "IPv4",
    "IPv6",
    "User Agent",
    "Esperanto",
    "Interlingua",
    "Ido",
    "Django",
    "URL",
    ", ",
}
# A msgid's literal parts: what is left between its placeholders and tags.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdfr]|%[sdfr]|\{\w*\}|<[^>]*>|&\w+;")


def _templates():
    """(domain, catalog template) of each package: <package>.<domain>.pot."""
    return [(path.suffixes[-2][1:], polib.pofile(str(path))) for path in sorted(POT.glob("*.pot"))]


def _english_fragments():
    """{fragment: msgid} for every literal part with a word of two letters or more."""
    fragments = {}
    for _domain, pot in _templates():
        for entry in pot:
            if entry.msgid in SAME_IN_EVERY_LANGUAGE:
                continue
            for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                for part in PLACEHOLDER.split(msgid):
                    part = " ".join(part.split()).strip(" .,:;—-–()“”\"'?!")
                    if re.search(r"[A-Za-z]{2}", part):
                        fragments.setdefault(part, msgid)
    return fragments


FRAGMENTS = _english_fragments()
FRAGMENT_PATTERN = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(f) for f in sorted(FRAGMENTS, key=len, reverse=True))
    + r")(?![\w-])"
)


def _runtime_translation(entry, domain, code):
    with translation.override(code):
        if domain == "djangojs":
            catalog = DjangoTranslation(code, domain="djangojs")
            if entry.msgid_plural:
                return [catalog.ngettext(entry.msgid, entry.msgid_plural, n) for n in (1, 3, 5)]
            msgid = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
            return [catalog.gettext(msgid)]
        if entry.msgid_plural:
            return [
                translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n)
                if entry.msgctxt
                else translation.ngettext(entry.msgid, entry.msgid_plural, n)
                for n in (1, 3, 5)
            ]
        if entry.msgctxt:
            return [translation.pgettext(entry.msgctxt, entry.msgid)]
        return [translation.gettext(entry.msgid)]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_msgid_of_the_vendor_catalogs_has_a_translation(code):
    untranslated = [
        f"{domain}: {entry.msgid}"
        for domain, pot in _templates()
        for entry in pot
        if entry.msgid not in SAME_IN_EVERY_LANGUAGE
        and any(
            text in (entry.msgid, entry.msgid_plural)
            for text in _runtime_translation(entry, domain, code)
        )
    ]
    assert not untranslated, "untranslated:\n" + "\n".join(untranslated)


def test_kazakh_keeps_the_noun_singular_after_a_numeral():
    """Kazakh plural forms: both forms use the singular noun («3 нәтиже», never «3 нәтижелер»)."""
    with translation.override("kk"):
        assert translation.ngettext("%(counter)s result", "%(counter)s results", 3) == (
            "%(counter)s нәтиже"
        )
        pot = polib.pofile(str(Path(settings.BASE_DIR) / "locale_vendor/kk/LC_MESSAGES/django.po"))
        for entry in pot:
            if entry.msgid_plural and PLACEHOLDER.search(entry.msgid):
                assert entry.msgstr_plural[0] == entry.msgstr_plural[1] or (
                    entry.msgid == "%(total_count)s selected"
                ), entry.msgid


def _untranslated_on(page, code):
    found = {}
    for chunk in shown_texts(page, language=code):
        for match in FRAGMENT_PATTERN.finditer(" ".join(chunk.split())):
            found[match.group(1)] = FRAGMENTS[match.group(1)]
    return found


@pytest.fixture
def content():
    forum = factories.ForumFactory(title_en="Форум", city=None)
    factories.KeyFigureFactory(forum=forum, label_en="филиал")
    topic = factories.TopicFactory(name_en="Тақырып")
    session = factories.SessionFactory(forum=forum, title_en="Пленарлық отырыс")
    session.topics.add(topic)
    factories.ParticipationFactory(
        session=session, speaker=factories.SpeakerFactory(name_en="Спикер")
    )
    factories.SessionMaterialFactory(session=session, title_en="Слайдтар")
    session.title_kk = "Пленарлық отырыс (өзгертілген)"
    session.save()
    factories.SessionFactory.create_batch(2, forum=forum)
    factories.SessionFactory(forum=forum, status=Session.Status.DRAFT)  # filtered out: "3 of 4"
    institution = factories.InstitutionFactory(name_en="Университет")
    Institution.objects.filter(pk=institution.pk).update(logo="logos/logo.png")
    return {"session": session, "forum": forum, "institution": institution}


@pytest.fixture
def chief(client):
    user = get_user_model().objects.create_superuser(
        username="chief", password="chief-password-2026", email="chief@example.org"
    )
    client.force_login(user)
    return user


def _screens(client, chief, content):
    """(name, response) for each kind of admin screen, in the client's current language."""
    session, forum = content["session"], content["forum"]
    base = f"/admin/events/session/{session.pk}"
    history_id = session.history.first().history_id
    yield "index", client.get("/admin/")
    yield "changelist with filters", client.get("/admin/events/session/?status__exact=published")
    yield "changelist with counts", client.get("/admin/events/session/?_facets=True")
    yield "changelist with dates", client.get("/admin/events/forum/")
    yield "changelist search without results", client.get("/admin/events/session/?q=жоқ")
    yield "add form with inlines", client.get("/admin/events/session/add/")
    yield "change form with inlines", client.get(f"{base}/change/")
    yield "change form with a tabular inline", client.get(f"/admin/events/forum/{forum.pk}/change/")
    yield (
        "change form with an image",
        client.get(f"/admin/universities/institution/{content['institution'].pk}/change/"),
    )
    yield "change form with errors", client.post(f"{base}/change/", {"slug": ""})
    yield "delete confirmation", client.get(f"{base}/delete/")
    yield (
        "delete selected confirmation",
        client.post(
            "/admin/events/session/",
            {"action": "delete_selected", "_selected_action": [session.pk]},
        ),
    )
    yield "history list", client.get(f"{base}/history/")
    yield "history detail", client.get(f"{base}/history/{history_id}/")
    yield "import", client.get("/admin/universities/institution/import/")
    yield "import preview", _import_preview(client)
    yield "export", client.get("/admin/universities/institution/export/")
    yield "user change form", client.get(f"/admin/auth/user/{chief.pk}/change/")
    yield "user add form", client.get("/admin/auth/user/add/")
    yield "set a user's password", client.get(f"/admin/auth/user/{chief.pk}/password/")
    yield "password change", client.get("/admin/password_change/")
    yield "password change done", client.get("/admin/password_change/done/")
    yield "login lockouts", client.get("/admin/axes/accessattempt/")
    yield "deleted, with a message", client.post(f"{base}/delete/", {"post": "yes"}, follow=True)
    yield "logged out", client.post("/admin/logout/")
    yield "login", client.get("/admin/login/")
    yield "login with errors", client.post("/admin/login/", {"username": "chief", "password": ""})


def _import_preview(client):
    """The institutions exported as CSV, uploaded again: the preview before confirming."""
    csv = InstitutionResource().export().csv.encode()
    upload = SimpleUploadedFile("institutions.csv", csv, content_type="text/csv")
    return client.post(
        "/admin/universities/institution/import/",
        {"resource": "0", "format": "0", "import_file": upload},
    )


# «3 сессиялар»: a numeral followed by a plural noun, wrong in Kazakh.
NUMERAL_AND_PLURAL = re.compile(r"\b\d+\s+[а-яёәғқңөұүһі]+(?:лар|лер|дар|дер|тар|тер)\b", re.I)
# What the issue found in English or wrong, as a Kazakh editor now reads it.
KAZAKH = {
    "index": ["Сайтқа өту", "Соңғы әрекеттер", "Менің әрекеттерім"],
    "changelist with filters": [
        "Өзгерту үшін сессия таңдаңыз",
        "Сандарын көрсету",
        "Сүзу үшін теріп бастаңыз…",
        "3 нәтиже",
        "3 сессия",
        "барлығы 4",
        "Барлық сүзгіні тазарту",
    ],
    "changelist with counts": ["Сандарын жасыру"],
    "change form with inlines": ["Өзгерту: сессия", "Қазіргі:", "Ауыстыру:", "Тарих"],
    "add form with inlines": ["Жаңа сессия қосу", "Тағы бір"],
    "changelist with dates": ["Жаңа форум қосу"],
    "delete confirmation": ["Иә, сенімдімін", "Жоқ, артқа қайту"],
    "history list": ["Өзгерістер тарихы:", "Кім өзгертті", "Өзгерту себебі"],
    "history detail": ["Қайтару"],
    "import preview": ["Импортты растау"],
    "deleted, with a message": ["Сәтті жойылды: сессия «Пленарлық отырыс (өзгертілген)»."],
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_admin_screen_is_whole_in_the_language(client, chief, content, code):
    client.post("/admin/language/", {"language": code, "next": "/admin/"})
    left_in_english = {}
    for name, response in _screens(client, chief, content):
        assert response.status_code == 200, name
        page = tree(response.content)
        assert attrs(find(page, "html"))["lang"] == code, name
        found = _untranslated_on(page, code)
        if found:
            left_in_english[name] = found
        if code == "kk":
            shown = " ".join(" ".join(shown_texts(page)).split())
            missing = [phrase for phrase in KAZAKH.get(name, []) if phrase not in shown]
            assert not missing, f"{name}: {missing}"
            wrong = [n for chunk in shown_texts(page) for n in NUMERAL_AND_PLURAL.findall(chunk)]
            assert not wrong, name
    assert not left_in_english, "left in English:\n" + "\n".join(
        f"{name}: {fragment!r} (from {msgid!r})"
        for name, found in left_in_english.items()
        for fragment, msgid in found.items()
    )
    assert not Session.objects.filter(pk=content["session"].pk).exists()
