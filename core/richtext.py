"""Formatted text: sanitised on the server to an allow-list (nh3) when it is saved and again
whenever it is read from the database, so that text written around ``save()`` (a queryset
``update()``, ``loaddata``, a migration, SQL) never reaches a page, a feed or the API as is."""

import json
import re
from html import unescape

import nh3
from django import forms
from django.contrib.admin.widgets import AdminTextareaWidget
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

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


# Where a line ends in the text: after a paragraph, heading, list item, quote, table row or
# caption, and at a line break; table cells are apart by a space.
_LINE_ENDS = re.compile(r"<br\s*/?>|</(?:p|h[1-6]|li|blockquote|tr|caption)\s*>", re.IGNORECASE)
_CELL_ENDS = re.compile(r"</t[dh]\s*>", re.IGNORECASE)


def html_to_text(html):
    """Formatted text as plain text (calendars, schedule exports, JSON-LD, search snippets):
    every paragraph, heading, list item or line break ends a line; tags are dropped, entities
    unescaped (``&amp;`` → ``&``), runs of spaces collapsed and empty lines left out."""
    if not html:
        return ""
    # White space in HTML is one space wherever it is (no <pre> among the allowed tags).
    marked = _CELL_ENDS.sub(" ", _LINE_ENDS.sub("\n", " ".join(html.split())))
    lines = (" ".join(line.split()) for line in unescape(strip_tags(marked)).splitlines())
    return "\n".join(line for line in lines if line)


def _editor_labels():
    return {
        "toolbar": _("Formatting"),
        "h2": _("Heading"),
        "h3": _("Subheading"),
        "paragraph": _("Paragraph"),
        "bold": _("Bold"),
        "italic": _("Italic"),
        "bulleted": _("Bulleted list"),
        "numbered": _("Numbered list"),
        "quote": _("Quote"),
        "link": _("Link"),
        "link_prompt": _("Address of the link (https://…)"),
        "unlink": _("Remove link"),
        "table": _("Table"),
        "clear": _("Clear formatting"),
    }


class RichTextarea(AdminTextareaWidget):
    """A textarea that the admin's formatted-text editor (static, no CDN) enhances."""

    class Media:
        js = ["js/richtext-editor.js"]
        css = {"all": ["css/admin.css"]}

    def get_context(self, name, value, attrs):
        attrs = {
            **(attrs or {}),
            "data-richtext": "",
            "data-richtext-labels": json.dumps(_editor_labels()),
        }
        return super().get_context(name, value, attrs)


class RichTextField(models.TextField):
    """A TextField whose value is sanitised every time it is saved and every time it is read
    from the database (``from_db_value``: nh3 is fast, and the allow-list applies even to what
    reached the table another way).

    With django-modeltranslation each language column (``body_kk`` …) is a subclass of this
    field and sanitises itself. The original ``body`` attribute is a descriptor that writes to
    the active language's column, so it is never assigned here: that would copy a fallback
    text into the language the editor happens to be using.
    """

    def formfield(self, **kwargs):
        widget = kwargs.get("widget")
        widget_class = widget if isinstance(widget, type) else type(widget)
        if widget is None or issubclass(widget_class, forms.Textarea):
            kwargs["widget"] = RichTextarea  # also in place of the admin's plain textarea
        return super().formfield(**kwargs)

    def from_db_value(self, value, expression, connection):
        return sanitize_html(value)

    def pre_save(self, model_instance, add):
        value = sanitize_html(super().pre_save(model_instance, add))
        if self.attname in model_instance.__dict__:
            model_instance.__dict__[self.attname] = value
        return value
