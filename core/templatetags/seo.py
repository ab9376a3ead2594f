"""Tags for what search engines and link previews read: Open Graph, JSON-LD, page title reuse."""

from django import template
from django.template.loader_tags import BLOCK_CONTEXT_KEY
from django.utils.html import format_html

from core.images import rendition
from core.languages import OG_LOCALES
from core.structured_data import json_ld_script, structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def reuse_block(context, name):
    """Render a block of the page a second time (the title in ``og:title`` too)."""
    block_context = context.render_context.get(BLOCK_CONTEXT_KEY)
    block = block_context.get_block(name) if block_context else None
    return block.render(context) if block else ""


@register.filter
def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code)


@register.simple_tag(takes_context=True)
def json_ld(context, obj, page=""):
    """``<script type="application/ld+json">`` describing ``obj`` (see structured_data)."""
    return json_ld_script(structured_data(obj, context["request"], page))


@register.simple_tag(takes_context=True)
def og_image(context, field_file, alt=""):
    """Open Graph and Twitter image tags: the absolute URL of a 1200 px rendition."""
    if not field_file:
        return ""
    try:
        src, width, height = rendition(field_file, 1200)
    except (OSError, ValueError):
        return ""
    url = context["request"].build_absolute_uri(src)
    return format_html(
        '<meta property="og:image" content="{}">\n  '
        '<meta property="og:image:width" content="{}">\n  '
        '<meta property="og:image:height" content="{}">\n  '
        '<meta property="og:image:alt" content="{}">\n  '
        '<meta name="twitter:image" content="{}">',
        url,
        width,
        height,
        alt,
        url,
    )
