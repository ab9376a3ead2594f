"""Migration operations that only do something on PostgreSQL (SQLite skips them).

Used by the search migrations: the ``pg_trgm`` extension and GIN trigram indexes on the
translated name and title columns the site search compares with the visitor's words.

The indexes stay raw SQL rather than ``GinIndex(OpClass(...))`` in the models' ``Meta``: Django
creates a model's indexes on every database, and on SQLite the operator class makes that a
syntax error (``CREATE INDEX … ("name_kk" gin_trgm_ops)``); index names in ``Meta`` are also
limited to 30 characters, shorter than the existing ``…_short_name_kk_trgm`` names.
"""

from django.contrib.postgres import operations as postgres_operations
from django.db import migrations


def _on_postgresql(schema_editor):
    return schema_editor.connection.vendor == "postgresql"


class TrigramExtension(postgres_operations.TrigramExtension):
    """Django's ``pg_trgm`` operation, skipped on other databases both ways (Django's own
    skips them only forwards; backwards it would query ``pg_extension``)."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if _on_postgresql(schema_editor):
            super().database_backwards(app_label, schema_editor, from_state, to_state)


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
