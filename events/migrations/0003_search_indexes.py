from django.db import migrations

from universities.postgres import each_language, trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("events", "0002_history"), ("universities", "0004_search_indexes")]

    operations = [
        trigram_indexes("events_article", each_language("title")),
        trigram_indexes("events_session", each_language("title")),
        trigram_indexes("events_speaker", each_language("name")),
        trigram_indexes("events_forum", each_language("title")),
    ]
