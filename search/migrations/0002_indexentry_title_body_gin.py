"""PostgreSQL only: an index that serves the database search backend's query.

Wagtail's PostgreSQL search matches each index entry's `title || body`, which its separate GIN
indexes on `title` and `body` cannot serve, so every search read every entry. A GIN index on
the expression itself lets PostgreSQL look the words up instead (with 5,000 pages, counting
the matches for one word went from 170 ms to 9 ms).
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
