"""Building blocks every app uses: publication state, fallback marking, safe text and images."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from PIL import Image

from core.images import validate_image
from core.templatetags.portal import translated
from tests.factories import InstitutionFactory
from tests.html import parse
from universities.models import Institution

pytestmark = pytest.mark.django_db


def test_only_published_content_whose_time_has_come_is_public(client, admin_user, clock):
    now = timezone.now()
    public = InstitutionFactory(slug="public")
    InstitutionFactory(slug="draft", status=Institution.Status.DRAFT)
    scheduled = InstitutionFactory(slug="scheduled", publish_at=now + timezone.timedelta(hours=1))
    assert list(Institution.objects.published()) == [public]
    assert parse(client.get("/en/institutions/public/").content).h1 == [public.name_en]
    assert client.get("/en/institutions/draft/").status_code == 404
    assert client.get("/en/institutions/scheduled/").status_code == 404
    clock.advance(timezone.timedelta(hours=1))  # the scheduled one's time comes
    # (a set: the list is in name order, and factory names depend on what ran before)
    assert set(Institution.objects.published()) == {public, scheduled}
    assert parse(client.get("/en/institutions/scheduled/").content).h1 == [scheduled.name_en]
    client.force_login(admin_user)
    assert client.get("/en/institutions/draft/").status_code == 200


def test_fallback_text_is_marked_with_its_own_language_and_a_note():
    institution = InstitutionFactory(name_kk="", name_ru="Университет Ковентри", name_en="Coventry")
    with translation.override("kk"):
        assert translated(institution, "name") == (
            '<span lang="ru">Университет Ковентри</span> '
            '<span class="fallback-note">(орыс тілінде)</span>'
        )
    with translation.override("en"):
        assert translated(institution, "name") == "Coventry"


@pytest.mark.parametrize(
    ("reader", "shown", "note"),
    [
        ("kk", "ru", "(орыс тілінде)"),
        ("kk", "en", "(ағылшын тілінде)"),
        ("ru", "en", "(на английском языке)"),
        ("ru", "kk", "(на казахском языке)"),
        ("en", "ru", "(in Russian)"),
        ("en", "kk", "(in Kazakh)"),
    ],
)
def test_the_fallback_note_is_in_the_readers_language(reader, shown, note):
    names = {"kk": "", "ru": "", "en": ""} | {shown: "Бір тілдегі атау"}
    institution = InstitutionFactory(**{f"name_{code}": text for code, text in names.items()})
    with translation.override(reader):
        assert translated(institution, "name").endswith(
            f'<span class="fallback-note">{note}</span>'
        )


def test_no_fallback_note_for_a_name_identical_in_every_language_it_is_written_in():
    institution = InstitutionFactory(name_kk="", name_ru="KAIST", name_en="KAIST")
    with translation.override("kk"):
        assert translated(institution, "name") == '<span lang="ru">KAIST</span>'


def test_no_fallback_note_for_a_text_without_letters():
    institution = InstitutionFactory(name_kk="", name_ru="", name_en="2025")
    with translation.override("ru"):
        assert translated(institution, "name") == '<span lang="en">2025</span>'


def test_a_formatted_fallback_gets_its_note_before_the_block():
    institution = InstitutionFactory(description_kk="", description_ru="<p>Описание</p>")
    with translation.override("kk"):
        assert translated(institution, "description", html=True, block=True) == (
            '<p class="fallback-note">(орыс тілінде)</p><div lang="ru"><p>Описание</p></div>'
        )


def test_fallback_marking_escapes_plain_text():
    institution = InstitutionFactory(name_kk="", name_ru="", name_en="<b>A & B</b>")
    with translation.override("kk"):
        assert translated(institution, "name") == (
            '<span lang="en">&lt;b&gt;A &amp; B&lt;/b&gt;</span> '
            '<span class="fallback-note">(ағылшын тілінде)</span>'
        )


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>"),
        ('<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<img src=x onerror="alert(1)">', ""),
        ('<p onclick="steal()">text</p>', "<p>text</p>"),
        (
            '<a href="https://example.kz">ok</a>',
            '<a href="https://example.kz" rel="noopener noreferrer">ok</a>',
        ),
        ("<h2>Title</h2><ul><li>one</li></ul>", "<h2>Title</h2><ul><li>one</li></ul>"),
    ],
)
def test_formatted_text_is_sanitised_in_every_language_when_saved(dirty, clean):
    institution = InstitutionFactory(description_kk=dirty, description_en=dirty)
    institution.refresh_from_db()
    assert institution.description_kk == clean
    assert institution.description_en == clean


def _image_file(fmt="PNG", size=(10, 10), name="logo.png", exif=None):
    buffer = BytesIO()
    options = {"exif": exif} if exif else {}
    Image.new("RGB", size, "blue").save(buffer, format=fmt, **options)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.fixture
def english():
    with translation.override("en"):
        yield


def test_an_image_is_checked_by_content_not_by_name(english):
    validate_image(_image_file())
    with pytest.raises(ValidationError, match="not a valid image"):
        validate_image(SimpleUploadedFile("logo.png", b"<?php echo 'hi'; ?>"))
    with pytest.raises(ValidationError, match="JPEG, PNG or WebP"):
        validate_image(_image_file(fmt="GIF", name="logo.png"))


def test_a_decompression_bomb_is_refused_cleanly(english):
    with pytest.raises(ValidationError, match="megapixels"):
        validate_image(_image_file(size=(8000, 6000)))


def test_saved_images_lose_their_exif_and_gps_data():
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (43.0, 15.0, 0.0)}  # GPSInfo
    exif[0x010F] = "Camera maker"
    institution = InstitutionFactory(logo=_image_file(fmt="JPEG", name="p.jpg", exif=exif))
    institution.refresh_from_db()
    with institution.logo.open("rb") as stored, Image.open(stored) as image:
        assert dict(image.getexif()) == {}


def test_saving_in_another_language_does_not_copy_fallback_text_into_it():
    """Regression: sanitising the original field wrote the kk fallback into the en column."""
    with translation.override("en"):
        institution = InstitutionFactory(description_kk="<p>Сипаттама</p>", description_en="")
    institution.refresh_from_db()
    assert institution.description_en == ""
    assert institution.description_kk == "<p>Сипаттама</p>"


def test_an_image_needs_its_text_alternative_in_every_language(english):
    institution = InstitutionFactory.build(
        logo=_image_file(), logo_alt_kk="Логотип", logo_alt_ru="", logo_alt_en="Logo"
    )
    with pytest.raises(ValidationError) as error:
        institution.full_clean(exclude=["country", "city", "slug"])
    assert error.value.message_dict == {
        "logo_alt_ru": ["Describe the image for people who cannot see it."]
    }
