"""PostgreSQL only: an index of the forum posts nobody else may read (held, removed or
deleted), which the forum's search on PostgreSQL leaves out of every search
(forum/search_ranking.py).

They are a few in a hundred, so the index is small, and reading it replaces reading every
post (with 100,000 replies, 20 ms of each search).

The search app's migration 0003 made this index before the forum owned its search; databases
that ran it have the index under its old name, which is renamed here rather than built twice.
"""

from django.db import migrations

INDEX = "forum_post_hidden"
OLD_INDEX = "search_forum_post_hidden"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER INDEX IF EXISTS {OLD_INDEX} RENAME TO {INDEX}")
        # The condition is written as the ORM writes the search's, so PostgreSQL matches them.
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON forum_post (xtdcomment_ptr_id) "
            "WHERE (NOT (status = 'published') OR deleted_at IS NOT NULL)"
        )


def give_back_old_name(apps, schema_editor):
    """Back to the layout the search app's migration 0003 made, which code from before the
    move expects."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER INDEX IF EXISTS {INDEX} RENAME TO {OLD_INDEX}")


class Migration(migrations.Migration):
    dependencies = [("forum", "0006_official_response_permission")]

    operations = [migrations.RunPython(create_index, give_back_old_name)]
