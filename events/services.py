"""Writes that touch more than one row."""

from django.db import transaction
from django.utils import timezone

from events.models import Article


@transaction.atomic
def articles_publish(*, articles):
    """Publish the given articles; one without a publish time gets "now" as its date."""
    ids = list(articles.values_list("pk", flat=True))
    selected = Article.objects.filter(pk__in=ids)
    selected.filter(publish_at__isnull=True).update(publish_at=timezone.now())
    return selected.update(status=Article.Status.PUBLISHED)
