from django.db import migrations

from core.postgres import trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("events", "0002_history"), ("universities", "0004_search_indexes")]

    operations = [
        trigram_indexes("events_article", ["title_kk", "title_ru", "title_en"]),
        trigram_indexes("events_session", ["title_kk", "title_ru", "title_en"]),
        trigram_indexes("events_speaker", ["name_kk", "name_ru", "name_en"]),
        trigram_indexes("events_forum", ["title_kk", "title_ru", "title_en"]),
    ]
