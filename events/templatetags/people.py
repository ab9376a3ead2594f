"""A person as the programme names them: rendered in Python, not by nested includes, because
the programme shows hundreds of them (issue 12: the includes were most of its cost)."""

from django import template
from django.utils.html import format_html, format_html_join

from core.templatetags.portal import translated

register = template.Library()


@register.simple_tag
def affiliation(holder):
    """The institution (linked while it is public) or the free-text affiliation of ``holder``
    (a speaker, or a participation that records that forum's affiliation)."""
    institution = holder.affiliation
    if institution:
        name = translated(institution, "name")
        if institution.is_public:
            return format_html('<a href="{}">{}</a>', institution.get_absolute_url(), name)
        return name
    if holder.affiliation_text:
        return translated(holder, "affiliation_text")
    return ""


@register.simple_tag
def person(participation):
    """The speaker's linked name with the position and affiliation of that forum."""
    speaker = participation.speaker
    holder = participation.title_holder
    parts = [
        format_html('<a href="{}">{}</a>', speaker.get_absolute_url(), translated(speaker, "name"))
    ]
    if holder.position:
        parts.append(translated(holder, "position"))
    if holder.affiliation or holder.affiliation_text:
        parts.append(affiliation(holder))
    return format_html_join(", ", "{}", ((part,) for part in parts))
