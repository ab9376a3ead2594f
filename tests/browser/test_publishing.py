"""An editor writes and schedules an article, a translator fixes a word, history shows both,
and the article appears on the site by itself when its time comes."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from PIL import Image

from events.models import Article
from forum_portal.roles import EDITOR, TRANSLATOR

pytestmark = pytest.mark.browser

PASSWORD = "Portal-test-pass-2025"


def _staff(username, role):
    user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))


def _login(page, base, username):
    page.set_extra_http_headers({"Accept-Language": "en"})
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")


def test_scheduled_article_with_translation_fix_and_history(
    browser, page, live_server, transactional_db, tmp_path, assert_accessible, clock
):
    _staff("newsroom", EDITOR)
    _staff("linguist", TRANSLATOR)
    base = live_server.url
    picture = tmp_path / "forum.png"
    buffer = BytesIO()
    Image.new("RGB", (800, 500), "teal").save(buffer, format="PNG")
    picture.write_bytes(buffer.getvalue())

    _login(page, base, "newsroom")
    page.goto(f"{base}/admin/events/article/add/")
    page.fill("#id_title_kk", "Форум жаңалығы")
    page.fill("#id_title_ru", "Новость форума")
    page.fill("#id_title_en", "Forum newz")
    page.set_input_files("#id_image", str(picture))
    page.fill("#id_image_alt_kk", "Форум залы")
    page.fill("#id_image_alt_ru", "Зал форума")
    page.fill("#id_image_alt_en", "The forum hall")
    page.select_option("#id_status", "published")
    when = timezone.localtime() + timedelta(hours=2)
    page.fill("#id_publish_at_0", when.strftime("%Y-%m-%d"))
    page.fill("#id_publish_at_1", when.strftime("%H:%M:%S"))
    page.locator("input[name=_save]").click()
    page.wait_for_url(f"{base}/admin/events/article/")
    assert page.get_by_text("Scheduled for").count() == 1

    translator = browser.new_context(bypass_csp=True).new_page()
    _login(translator, base, "linguist")
    article = Article.objects.get(title_en="Forum newz")
    translator.goto(f"{base}/admin/events/article/{article.pk}/change/")
    assert translator.locator("#id_status").count() == 0  # translators cannot publish
    translator.fill("#id_title_en", "Forum news")
    translator.locator("input[name=_save]").click()
    translator.wait_for_url(f"{base}/admin/events/article/")

    translator.goto(f"{base}/admin/events/article/{article.pk}/history/")
    rows = translator.locator("#change-history tbody tr")
    assert rows.count() == 2
    assert rows.nth(0).inner_text().count("linguist") == 1
    assert "Forum newz" in rows.nth(0).inner_text() and "Forum news" in rows.nth(0).inner_text()
    assert "newsroom" in rows.nth(1).inner_text()
    translator.context.close()

    visitor = browser.new_context(bypass_csp=True).new_page()
    response = visitor.goto(f"{base}/en/news/{article.slug}/")
    assert response.status == 404
    article.refresh_from_db()
    assert article.publish_at == when.replace(microsecond=0)
    # Time passes on Django's clock (no waiting): a minute before, then at its time.
    clock.advance(article.publish_at - timezone.now() - timedelta(minutes=1))
    assert visitor.goto(f"{base}/en/news/{article.slug}/").status == 404
    clock.advance(timedelta(minutes=1))
    response = visitor.goto(f"{base}/en/news/{article.slug}/")
    assert response.status == 200
    assert visitor.locator("h1").inner_text() == "Forum news"
    image = visitor.locator("main img").first
    assert image.get_attribute("alt") == "The forum hall"
    assert image.get_attribute("width") and image.get_attribute("height")
    assert_accessible(visitor)
    visitor.context.close()
