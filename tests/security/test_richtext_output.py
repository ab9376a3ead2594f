"""Formatted text is sanitised on output too: text written around save() is safe (finding 10)."""

import json

import pytest
from django.core import serializers
from django.core.management import call_command

from events.models import Article
from tests.factories import ArticleFactory, InstitutionFactory
from universities.models import Institution

pytestmark = pytest.mark.django_db

ATTACK = (
    '<p>Kept</p><script>alert("x")</script><img src="x" onerror="alert(1)">'
    '<a href="javascript:alert(2)">link</a><iframe src="https://attacker.example/"></iframe>'
)
DANGEROUS = ["alert(", "onerror", "javascript:", "<iframe", "attacker.example"]


def _dangerous(text):
    return [word for word in DANGEROUS if word in text]


def test_a_queryset_update_cannot_put_markup_on_the_page_or_in_the_api(client):
    article = ArticleFactory(slug="updated-around-save")
    Article.objects.filter(pk=article.pk).update(body_en=ATTACK)
    page = client.get(article.get_absolute_url().replace("/kk/", "/en/")).content.decode()
    assert "<p>Kept</p>" in page
    assert _dangerous(page) == []
    api = client.get("/api/news/updated-around-save").json()
    assert api["body"]["en"].startswith("<p>Kept</p>")
    assert _dangerous(json.dumps(api)) == []


def test_loaddata_cannot_put_markup_on_the_page(client, tmp_path):
    institution = InstitutionFactory(slug="loaded-institution")
    fixture = json.loads(serializers.serialize("json", [institution]))
    fixture[0]["fields"]["description_en"] = ATTACK
    path = tmp_path / "institution.json"
    path.write_text(json.dumps(fixture))
    call_command("loaddata", str(path), verbosity=0)
    page = client.get("/en/institutions/loaded-institution/").content.decode()
    assert "<p>Kept</p>" in page
    assert _dangerous(page) == []
    assert _dangerous(Institution.objects.get(pk=institution.pk).description_en) == []
