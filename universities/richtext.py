"""Formatted text: whatever is saved is sanitised on the server to an allow-list (nh3)."""

import nh3
from django.db import models

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "ul", "ol", "li",
    "blockquote", "a", "table", "thead", "tbody", "tr", "th", "td", "caption",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "*": {"lang"},
}


def sanitize_html(value):
    """Keep only the allowed tags and attributes; links only http(s) and mailto."""
    if not value:
        return value
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


class RichTextField(models.TextField):
    """A TextField whose value is sanitised every time it is saved.

    With django-modeltranslation each language column (``body_kk`` …) is a subclass of this
    field and sanitises itself. The original ``body`` attribute is a descriptor that writes to
    the active language's column, so it is never assigned here: that would copy a fallback
    text into the language the editor happens to be using.
    """

    def pre_save(self, model_instance, add):
        value = sanitize_html(super().pre_save(model_instance, add))
        if self.attname in model_instance.__dict__:
            model_instance.__dict__[self.attname] = value
        return value
