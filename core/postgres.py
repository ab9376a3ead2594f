"""Migration operations that only do something on PostgreSQL (SQLite skips them).

Used by the search migrations: the ``pg_trgm`` extension and GIN trigram indexes on the
translated name and title columns the site search compares with the visitor's words.
"""

from django.db import migrations


def _on_postgresql(schema_editor):
    return schema_editor.connection.vendor == "postgresql"


def create_trigram_extension():
    def forwards(apps, schema_editor):
        if _on_postgresql(schema_editor):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")

    return migrations.RunPython(forwards, migrations.RunPython.noop, elidable=False)


def trigram_indexes(table, columns):
    """One GIN trigram index per column, e.g. ``events_speaker_name_kk_trgm``."""

    def forwards(apps, schema_editor):
        if _on_postgresql(schema_editor):
            for column in columns:
                schema_editor.execute(
                    f'CREATE INDEX IF NOT EXISTS "{table}_{column}_trgm" '
                    f'ON "{table}" USING gin ("{column}" gin_trgm_ops)'
                )

    def backwards(apps, schema_editor):
        if _on_postgresql(schema_editor):
            for column in columns:
                schema_editor.execute(f'DROP INDEX IF EXISTS "{table}_{column}_trgm"')

    return migrations.RunPython(forwards, backwards, elidable=False)
