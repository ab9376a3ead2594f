"""The page cache (core.page_cache) and HTTP done right, as visitors, proxies and editors see it."""

import gzip
import os
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from datetime import timedelta

import brotli
import pytest
from django.conf import settings
from django.utils import timezone

from events.models import Article, Session
from tests.factories import ArticleFactory, SessionFactory, TopicFactory, UserFactory

NEWS = "/en/news/"


def get(client, path=NEWS, **headers):
    return client.get(path, **headers)


@pytest.mark.django_db
def test_an_anonymous_page_is_kept_and_served_without_the_database(
    client, django_assert_num_queries
):
    ArticleFactory(title_en="Opening of the forum")
    first = get(client)
    assert "Opening of the forum" in first.content.decode()
    assert "s-maxage=" in first["Cache-Control"] and "public" in first["Cache-Control"]
    assert "stale-while-revalidate=" in first["Cache-Control"]
    with django_assert_num_queries(0):
        again = get(client)
    assert again.content == first.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda a: Article.objects.filter(pk=a.pk).update(title_en="Renamed"), id="sql"
        ),
        pytest.param(lambda a: setattr(a, "title_en", "Renamed") or a.save(), id="save"),
        pytest.param(lambda a: ArticleFactory(title_en="Renamed"), id="create"),
    ],
)
def test_any_change_of_content_shows_on_the_next_request(client, change):
    article = ArticleFactory(title_en="Before")
    assert "Renamed" not in get(client).content.decode()
    change(article)
    assert "Renamed" in get(client).content.decode()


@pytest.mark.django_db
def test_a_deleted_article_disappears_at_once(client):
    article = ArticleFactory(title_en="Withdrawn notice")
    assert "Withdrawn notice" in get(client).content.decode()
    article.delete()
    assert "Withdrawn notice" not in get(client).content.decode()


@pytest.mark.django_db
def test_a_topic_added_to_a_session_shows_in_the_programme(client):
    session = SessionFactory()
    path = f"/en/forums/{session.forum.slug}/programme/"
    topic = TopicFactory(name_en="Digital universities")
    assert "Digital universities" not in get(client, path).content.decode()
    session.topics.add(topic)
    assert "Digital universities" in get(client, path).content.decode()


@pytest.mark.django_db
def test_scheduled_article_appears_at_its_time_without_any_job(client, clock):
    ArticleFactory(title_en="Embargoed results", publish_at=timezone.now() + timedelta(hours=1))
    assert "Embargoed results" not in get(client).content.decode()
    clock.advance(timedelta(minutes=59))
    assert "Embargoed results" not in get(client).content.decode()
    clock.advance(timedelta(minutes=2))
    assert "Embargoed results" in get(client).content.decode()


@pytest.mark.django_db
def test_staff_always_get_a_fresh_private_page(client):
    ArticleFactory(title_en="Public news")
    draft = ArticleFactory(title_en="Draft news", status=Article.Status.DRAFT)
    anonymous = get(client)
    assert "Draft news" not in anonymous.content.decode()
    staff = client.__class__()
    staff.force_login(UserFactory(is_staff=True))
    seen_by_staff = get(staff)
    assert "Draft news" in seen_by_staff.content.decode()
    assert "private" in seen_by_staff["Cache-Control"]
    assert "Draft news" not in get(client).content.decode()
    Article.objects.filter(pk=draft.pk).update(title_en="Draft news, edited")
    assert "Draft news, edited" in get(staff).content.decode()


@pytest.mark.django_db
def test_a_page_with_a_form_token_is_never_kept_nor_shared(client):
    path = "/en/partner/login/"
    first, second = get(client, path), client.__class__().get(path)
    for response in first, second:
        assert response.status_code == 200
        assert "csrftoken" in response.cookies
        assert "no-store" in response["Cache-Control"]
    token = 'name="csrfmiddlewaretoken" value="'
    first_token = first.content.decode().split(token)[1].split('"')[0]
    assert first_token not in second.content.decode()


def test_anonymous_visitors_get_no_session_cookie(demo, client):
    forum_slug = "forum-2025"
    for path in ("/kk/", "/en/news/", "/ru/campuses/", "/en/speakers/", "/en/search/?q=forum"):
        response = client.get(path, follow=True)
        assert settings.SESSION_COOKIE_NAME not in response.cookies, path
    assert forum_slug  # the programme too:
    programme = client.get("/en/programme/", follow=True)
    assert programme.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in programme.cookies


@pytest.mark.django_db
@pytest.mark.parametrize("path", [NEWS, "/api/news?limit=5"])
def test_pages_and_api_answers_are_compressed_as_the_client_accepts(client, path):
    for _ in range(3):
        ArticleFactory()
    plain = get(client, path)
    assert "Content-Encoding" not in plain
    as_brotli = get(client, path, HTTP_ACCEPT_ENCODING="gzip, deflate, br, zstd")
    assert as_brotli["Content-Encoding"] == "br"
    assert brotli.decompress(as_brotli.content) == plain.content
    as_gzip = get(client, path, HTTP_ACCEPT_ENCODING="gzip")
    assert as_gzip["Content-Encoding"] == "gzip"
    assert gzip.decompress(as_gzip.content) == plain.content
    assert "Accept-Encoding" in as_gzip["Vary"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", [NEWS, "/api/news"])
def test_an_unchanged_page_is_answered_304(client, path):
    ArticleFactory()
    first = get(client, path, HTTP_ACCEPT_ENCODING="br")
    etag = first["ETag"]
    assert get(client, path, HTTP_ACCEPT_ENCODING="br", HTTP_IF_NONE_MATCH=etag).status_code == 304
    if path == NEWS:
        since = first["Last-Modified"]
        assert get(client, path, HTTP_IF_MODIFIED_SINCE=since).status_code == 304
    ArticleFactory(title_en="Fresh")
    assert get(client, path, HTTP_ACCEPT_ENCODING="br", HTTP_IF_NONE_MATCH=etag).status_code == 200


# --- two app servers sharing one Redis --------------------------------------------------------


def _serve(port, env):
    server = subprocess.Popen(
        [
            os.path.join(os.path.dirname(sys.executable), "gunicorn"),
            "forum_portal.wsgi",
            "-w",
            "1",
            "-b",
            f"127.0.0.1:{port}",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    pytest.fail("the app server did not start")


def _page(port, path=NEWS):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        return response.read().decode()


def _free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_change_from_the_orm_shell_shows_on_every_app_server(redis_url, tmp_path):
    """Two gunicorn servers share one Redis; a third process (the ORM shell) edits an article."""
    database = tmp_path / "portal.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "CACHE_URL": redis_url,
        "CACHE_KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }

    def shell(code):
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=settings.BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )

    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
        timeout=300,
    )
    shell(
        "from events.models import Article;"
        "Article.objects.create(slug='notice', title_en='First notice', status='published')"
    )
    ports = [_free_port(), _free_port()]
    servers = [_serve(port, env) for port in ports]
    try:
        assert "First notice" in _page(ports[0])
        # Written behind Django's back: the second server still shows the page the first kept.
        with sqlite3.connect(database) as raw:
            raw.execute("UPDATE events_article SET title_en = 'Changed unseen'")
        assert "First notice" in _page(ports[1])
        # Through Django (here its shell): both servers show the change on their next request.
        shell("from events.models import Article; Article.objects.update(title_en='Second notice')")
        assert "Second notice" in _page(ports[1])
        assert "Second notice" in _page(ports[0])
    finally:
        for server in servers:
            server.terminate()
            server.wait(10)


def test_every_page_runs_at_most_15_queries_when_nothing_is_kept(
    demo, client, django_assert_max_num_queries
):
    from django.utils import translation

    from core.page_cache import new_generation
    from events.models import Forum, Speaker
    from universities.models import BranchCampus

    with translation.override("en"):
        objects = [
            Forum.objects.published().first(),
            Session.objects.published().first(),
            Speaker.objects.published().first(),
            Article.objects.published().first(),
            BranchCampus.objects.published().first(),
        ]
        pages = [obj.get_absolute_url() for obj in objects]
        pages.append(objects[0].get_programme_url())
    pages += ["/en/", "/en/speakers/", "/en/campuses/", "/en/campuses/statistics/", "/en/news/"]
    pages += ["/en/news/feed/", "/en/search/?q=university", "/api/sessions?limit=50"]
    for path in pages:
        new_generation()
        with django_assert_max_num_queries(15):
            assert client.get(path).status_code == 200, path
