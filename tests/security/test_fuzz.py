"""Every URL of the site, the admin and the API, fuzzed (hypothesis): no 5xx, no debug page, no
reflected markup, API errors as JSON.

The URL patterns come from walking the resolver, so a page added later is fuzzed for free. Each
pattern gets its path parameters and query string generated from values that broke web apps
before: empty, huge, unicode, control characters (NUL included), markup, SQL fragments, path
tricks, and repeated parameters (arrays), mixed with the real slugs and ids of a small world.
Runs as the visitor who would use the URL: anonymous, a partner (partner area) or a superuser
(admin). Bounded: few examples per pattern, derandomized, no example database.
"""

import os
import re
from urllib.parse import quote, urlencode

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.factories import (
    ArticleFactory,
    BranchCampusFactory,
    ParticipationFactory,
    PartnerAccountFactory,
    PartnerDocumentFactory,
    UpdateProposalFactory,
    UserFactory,
)

MARKER = '<fz-probe onmouseover="alert(1)">'
NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x01\x1f\x7f",
    "\r\n",
    "\t",
    "x" * 3000,
    "9" * 40,
    "-1",
    "0",
    "1e309",
    "NaN",
    "ﬁ𝔘𝔫𝔦\u202e\u200bқазақ",
    "\ud7ff\ue000\ufffd",
    MARKER,
    f'"><script>{MARKER}</script>',
    "' OR '1'='1' --",
    "1; DROP TABLE auth_user; --",
    "%00",
    "%",
    "../../../../etc/passwd",
    "..",
    "//attacker.example/",
    "javascript:alert(1)",
    "{{ 7*7 }}",
    "${7*7}",
    "__proto__",
    "[]",
    "null",
]
QUERY_NAMES = [
    "q", "page", "limit", "offset", "forum", "topic", "country", "city", "kind", "level",
    "field", "status", "sort", "day", "hall", "year", "o", "p", "e", "next", "format",
    "_to_field", "_popup", "missing_language", "status__exact", "term", "app_label",
    "model_name", "field_name",
]  # fmt: skip
EXAMPLES, ADMIN_EXAMPLES = 5, 2
ONLY = os.environ.get("FUZZ_ONLY", "")  # a part of the patterns to fuzz, when debugging
SKIP_NAMES = {"logout"}  # a GET is refused (405) and must stay so; nothing else to fuzz


def _text():
    return st.one_of(
        st.sampled_from(NASTY),
        st.text(max_size=40),
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=12),
    )


def _route_template(pattern):
    """``(template, parameter names)`` of one pattern: ``forums/{slug}/``."""
    if isinstance(pattern, LocalePrefixPattern):
        return "{language}/", ["language"]
    if isinstance(pattern, RegexPattern):
        regex = pattern._regex.lstrip("^").rstrip("$")
        names = []

        def placeholder(match):
            names.append(match.group(1) or f"arg{len(names)}")
            return "{" + names[-1] + "}"

        template = re.sub(r"\((?:\?P<(\w+)>)?[^()]*\)", placeholder, regex)
        return template.replace("\\", ""), names
    route = str(pattern)
    names = re.findall(r"<(?:\w+:)?(\w+)>", route)
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route), names


def url_patterns(patterns=None, prefix="", names=()):
    """Every URL pattern as ``(template, parameter names, URL name)``."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        template, params = _route_template(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from url_patterns(pattern.url_patterns, prefix + template, (*names, *params))
        elif isinstance(pattern, URLPattern):
            yield prefix + template, (*names, *params), pattern.name


PATTERNS = sorted(
    {
        (template, params, name or "")
        for template, params, name in url_patterns()
        if name not in SKIP_NAMES
    }
)


@pytest.fixture
def world(db):
    """A little of everything, so that real slugs and ids reach the views' deeper paths."""
    participation = ParticipationFactory()
    campus = BranchCampusFactory()
    article = ArticleFactory(forum=participation.session.forum)
    partner = UserFactory(username="fuzz-partner")
    PartnerAccountFactory(user=partner, institutions=[campus.parent])
    document = PartnerDocumentFactory(institution=campus.parent)
    proposal = UpdateProposalFactory(institution=campus.parent, proposed_by=partner)
    superuser = UserFactory(username="fuzz-root", is_staff=True, is_superuser=True)
    anonymous, as_partner, as_superuser = (Client(raise_request_exception=False) for _ in range(3))
    as_partner.force_login(partner)
    as_superuser.force_login(superuser)
    session = participation.session
    known = [
        session.slug, session.forum.slug, participation.speaker.slug, article.slug,
        campus.slug, campus.parent.slug, str(document.pk), str(proposal.pk), str(partner.pk),
        "universities", "institution", "events", "en",
    ]  # fmt: skip
    return {
        "clients": {"anonymous": anonymous, "partner": as_partner, "superuser": as_superuser},
        "known": known,
    }


def _client_for(world, template):
    if template.startswith("admin/"):
        return world["clients"]["superuser"]
    if "partner/" in template:
        return world["clients"]["partner"]
    return world["clients"]["anonymous"]


@st.composite
def requests(draw, params, known):
    values = {}
    for name in params:
        if name == "language":
            values[name] = draw(st.sampled_from([code for code, _ in settings.LANGUAGES]))
        else:
            values[name] = quote(draw(st.one_of(st.sampled_from(known), _text())), safe="")
    query = draw(
        st.lists(st.tuples(st.one_of(st.sampled_from(QUERY_NAMES), _text()), _text()), max_size=4)
    )
    return values, urlencode(query, doseq=True)


def check(response, url):
    status = response.status_code
    body = b"" if response.streaming else response.content
    assert status < 500, f"{status} for {url}"
    text = body.decode("utf-8", "replace")
    assert "Traceback" not in text and "DEBUG = True" not in text, url
    if response.get("Content-Type", "").startswith("text/html"):
        assert "<fz-probe" not in text, f"markup reflected unescaped by {url}"
    if url.startswith("/api/") and status >= 400:
        assert response["Content-Type"].startswith("application/json"), url


def fuzz_pattern(client, template, params, known, examples):
    @hypothesis_settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
    )
    @given(requests(params, known))
    def fuzz(request):
        values, query = request
        path = "/" + template.format(**values)
        response = client.get(f"{path}?{query}" if query else path)
        check(response, f"{path}?{query}")

    fuzz()


def test_every_url_survives_hostile_parameters(world):
    """One world, every pattern in turn (the admin's many look-alike patterns get fewer
    examples); every failing pattern is reported, each with its smallest failing request."""
    failures = []
    for template, params, name in [p for p in PATTERNS if ONLY in p[0]]:
        examples = ADMIN_EXAMPLES if template.startswith("admin/") else EXAMPLES
        try:
            fuzz_pattern(_client_for(world, template), template, params, world["known"], examples)
        except Exception as error:  # collected: every failing pattern is reported at once
            failures.append(f"{name or 'unnamed'} {template}: {error!r}"[:600])
    assert not failures, "\n".join(failures)
