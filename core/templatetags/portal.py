"""Template tags shared by every app's templates."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core import hooks
from core.images import RENDITION_WIDTHS, rendition
from core.languages import FALLBACK_NOTES, counted, fallback_order, language_codes, localized
from core.richtext import html_to_text

register = template.Library()


@register.simple_tag
def translated(obj, field, html=False, block=False):
    """Render a translated field; text shown from a fallback language carries its own ``lang``
    and a short note in the reader's language naming that language (``core.languages
    .FALLBACK_NOTES``), unless the text needs none (see ``needs_fallback_note``).

    ``html=True`` for fields that hold sanitised formatted text; ``block=True`` wraps a fallback
    in a ``<div>`` (the note in a paragraph before it) instead of a ``<span>``.
    """
    current = get_language()
    for code in fallback_order(current):
        value = getattr(obj, localized(field, code), None)
        if value:
            # Formatted text is sanitised (nh3) on save and on every read: RichTextField.
            text = mark_safe(value) if html else conditional_escape(value)  # nosec B308, B703
            if code == current:
                return text
            tag = "div" if block else "span"
            marked = format_html('<{} lang="{}">{}</{}>', tag, code, text, tag)
            if not needs_fallback_note(obj, field, value, html=html):
                return marked
            if block:
                return format_html(
                    '<p class="fallback-note">{}</p>{}', FALLBACK_NOTES[code], marked
                )
            return format_html(
                '{} <span class="fallback-note">{}</span>', marked, FALLBACK_NOTES[code]
            )
    return ""


def needs_fallback_note(obj, field, value, *, html=False):
    """Whether a text shown from another language needs its note: not when it is the same in
    every language it is written in (a name such as KAIST), nor when it has no letter at all
    (a figure such as "37")."""
    filled = [getattr(obj, localized(field, code), None) for code in language_codes()]
    filled = [text for text in filled if text]
    if len(filled) > 1 and len(set(filled)) == 1:
        return False
    return html or any(character.isalpha() for character in value)


@register.simple_tag
def translated_language(obj, field):
    """The language code the value of ``field`` is shown in (for ``lang`` on other elements)."""
    current = get_language()
    for code in fallback_order(current):
        if getattr(obj, localized(field, code), None):
            return code
    return current


@register.inclusion_tag("includes/picture.html")
def picture(field_file, alt, width=640, sizes="100vw", css_class=""):
    """A responsive ``<img>`` from an image field: WebP renditions in ``srcset``, with the
    width and height set so the page does not jump while it loads."""
    if not field_file:
        return {"image": None}
    widths = [w for w in RENDITION_WIDTHS if w <= max(width * 2, RENDITION_WIDTHS[0])]
    sources = [rendition(field_file, w) for w in widths]
    src, w, h = rendition(field_file, width)
    return {
        "image": {"src": src, "width": w, "height": h},
        "srcset": ", ".join(f"{url} {rw}w" for url, rw, _rh in sources),
        "sizes": sizes,
        "alt": alt,
        "css_class": css_class,
    }


@register.simple_tag(takes_context=True)
def template_hook(context, name):
    """Render what higher apps registered for the named place (see ``core.hooks``)."""
    flat = context.flatten()
    request = context.get("request")
    # Rendered templates, escaped by the template engine as any page.
    return mark_safe(  # nosec B308, B703
        "".join(render_to_string(t, flat, request=request) for t in hooks.templates_for(name))
    )


@register.filter
def plain_text(html):
    """Formatted text as plain text (``core.richtext.html_to_text``), escaped on output like
    any other text: ``{{ session.description|plain_text|truncatewords:40 }}``."""
    return html_to_text(html)


@register.filter
def count_of(count, opts):
    """``{{ cl.result_count|count_of:cl.opts }}``: «3 сессия» in Kazakh, "3 sessions" in English."""
    return counted(count, opts.verbose_name, opts.verbose_name_plural)
