"""Write the site search's index anew (after changes that send no save signal)."""

from django.core.management.base import BaseCommand

from forum_portal.search import rebuild_index


class Command(BaseCommand):
    help = "Write the site search's index anew from every indexed object."

    def handle(self, *args, **options):
        rows = rebuild_index()
        self.stdout.write(self.style.SUCCESS(f"The search index has {rows} entries."))
