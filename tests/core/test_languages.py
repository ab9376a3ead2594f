from django.conf import settings

from core.languages import (
    FALLBACK_NOTES,
    OG_LOCALES,
    REVIEW_ACTION_LABELS,
    TEXT_SEARCH_CONFIGS,
    fallback_order,
    in_every_language,
    language_codes,
    localized,
)


def test_languages_come_from_settings_in_their_order():
    assert language_codes() == ["kk", "ru", "en"]
    assert localized("title", "ru") == "title_ru"
    assert in_every_language("title", "lead") == [
        "title_kk",
        "title_ru",
        "title_en",
        "lead_kk",
        "lead_ru",
        "lead_en",
    ]


def test_fallback_starts_with_the_page_language_then_kazakh_first():
    assert fallback_order("en") == ["en", "kk", "ru"]
    assert fallback_order("kk") == ["kk", "ru", "en"]


def test_a_language_added_to_settings_shows_up_everywhere(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("de", "German")]
    assert language_codes() == ["kk", "ru", "en", "de"]
    assert in_every_language("name")[-1] == "name_de"


def test_every_language_has_its_facts():
    codes = {code for code, _name in settings.LANGUAGES}
    assert (
        set(OG_LOCALES)
        == set(TEXT_SEARCH_CONFIGS)
        == set(REVIEW_ACTION_LABELS)
        == set(FALLBACK_NOTES)
        == codes
    )
