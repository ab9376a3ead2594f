"""Partner documents live outside the media folder; only the checking view sends them."""

import pytest
from django.core.files.base import ContentFile

from tests.html import parse
from tests.partners.conftest import png_bytes

pytestmark = pytest.mark.django_db


def test_documents_are_stored_outside_media_root(document_a, settings):
    assert document_a.file.path.startswith(str(settings.PARTNER_FILES_ROOT))
    assert not (settings.MEDIA_ROOT / document_a.file.name).exists()


@pytest.mark.urls("tests.media_urls")  # /media/ served from MEDIA_ROOT, as in the deployment
@pytest.mark.parametrize("prefix", ["", "documents/", "private/"])
def test_guessing_a_media_path_gives_nothing(client, superuser, document_a, institution_a, prefix):
    institution_a.logo.save("alpha.png", ContentFile(png_bytes()), save=True)
    client.force_login(superuser)
    # What /media/ does serve: a public upload (200 for the real thing) ...
    response = client.get(f"/media/{institution_a.logo.name}")
    assert (response.status_code, b"".join(response.streaming_content)) == (200, png_bytes())
    # ... but not a partner document, whatever path is guessed.
    name = document_a.file.name.rsplit("/", 1)[-1]
    for path in (document_a.file.name, f"{prefix}{name}"):
        response = client.get(f"/media/{path}", HTTP_ACCEPT_LANGUAGE="en")
        assert (response.status_code, parse(response.content).h1) == (404, ["Page not found"])


@pytest.mark.urls("tests.media_urls")
def test_climbing_out_of_the_media_folder_is_refused(client, document_a, settings):
    path = f"../{settings.PARTNER_FILES_ROOT.name}/{document_a.file.name}"
    assert str((settings.MEDIA_ROOT / path).resolve()) == document_a.file.path  # it is there
    response = client.get(f"/media/{path}", HTTP_ACCEPT_LANGUAGE="en")
    assert (response.status_code, parse(response.content).h1) == (400, ["Bad request"])


def test_private_files_have_no_public_url(document_a):
    with pytest.raises(ValueError, match="no public URL"):
        document_a.file.url  # noqa: B018


def test_documents_are_listed_on_the_partner_institution_page(
    client, partner_a, document_a, document_b, institution_a
):
    client.force_login(partner_a)
    response = client.get(f"/en/partner/institutions/{institution_a.slug}/")
    links = [(href, text) for href, text, _ in parse(response.content).links]
    assert (f"/en/partner/documents/{document_a.pk}/", "Alpha memorandum") in links
    assert f"/en/partner/documents/{document_b.pk}/" not in [href for href, _ in links]


def test_a_missing_file_gives_404_not_500(client, partner_a, document_a):
    client.force_login(partner_a)
    response = client.get(f"/en/partner/documents/{document_a.pk}/")
    assert b"".join(response.streaming_content) == b"%PDF-1.4 private memorandum"
    document_a.file.storage.delete(document_a.file.name)
    response = client.get(f"/en/partner/documents/{document_a.pk}/")
    assert parse(response.content).h1 == ["Page not found"]


def test_admin_change_page_links_a_document_through_the_checking_view(admin_client):
    """Regression: the admin's file widget asked private storage for a public URL (500)."""
    from tests.factories import PartnerDocumentFactory

    document = PartnerDocumentFactory()
    response = admin_client.get(
        f"/admin/partners/partnerdocument/{document.pk}/change/", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    url = f"/admin/partners/partnerdocument/{document.pk}/private-file/"
    assert f'href="{url}"' in response.content.decode()


def test_staff_open_a_partner_document_through_the_admin_with_its_permission(
    client, document_a, partner_manager, editor
):
    """Staff reach partner files in the admin (view permission), not in the partner area."""
    url = f"/admin/partners/partnerdocument/{document_a.pk}/private-file/"
    client.force_login(partner_manager)
    response = client.get(url)
    assert (response.status_code, b"".join(response.streaming_content)) == (
        200,
        b"%PDF-1.4 private memorandum",
    )
    assert "no-store" in response["Cache-Control"]
    page = client.get(f"/admin/partners/partnerdocument/{document_a.pk}/change/").content.decode()
    assert f'href="{url}"' in page
    assert client.get(f"/en/partner/documents/{document_a.pk}/").status_code == 404
    client.force_login(editor)  # editors have no permission on partner documents
    assert client.get(url).status_code == 403
