"""PostgreSQL only: an index of the forum posts nobody else may read (held, removed or
deleted), which the forum search on PostgreSQL leaves out of every search (search/postgres.py).

They are a few in a hundred, so the index is small, and reading it replaces reading every
post (with 100,000 replies, 20 ms of each search).
"""

from django.db import migrations

INDEX = "search_forum_post_hidden"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # The condition is written as the ORM writes the search's, so PostgreSQL matches them.
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON forum_post (xtdcomment_ptr_id) "
            "WHERE (NOT (status = 'published') OR deleted_at IS NOT NULL)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_indexentry_title_body_gin"),
        ("forum", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
