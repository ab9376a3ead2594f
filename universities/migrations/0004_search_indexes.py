from django.db import migrations

from universities.postgres import create_trigram_extension, each_language, trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("universities", "0003_history")]

    operations = [
        create_trigram_extension(),
        trigram_indexes("universities_institution", each_language("name", "short_name")),
        trigram_indexes("universities_branchcampus", each_language("name")),
    ]
