from django.db import migrations

from core.postgres import TrigramExtension, trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("universities", "0003_history")]

    operations = [
        TrigramExtension(),
        trigram_indexes("universities_institution", ["name_kk", "name_ru", "name_en", "short_name_kk", "short_name_ru", "short_name_en"]),
        trigram_indexes("universities_branchcampus", ["name_kk", "name_ru", "name_en"]),
    ]
