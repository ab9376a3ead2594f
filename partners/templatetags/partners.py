"""Template tags that let other apps' templates show partner facts without importing partners."""

from django import template

from partners.models import CouncilMembership

register = template.Library()


@register.inclusion_tag("partners/includes/council_seat_list.html")
def council_seat(institution):
    """The institution's current, published Council seats (one query)."""
    memberships = (
        CouncilMembership.objects.published()
        .current()
        .filter(institution=institution)
        .select_related("representative")
    )
    return {"council_memberships": list(memberships)}
