"""SQLite only: the full-text index stems English words, as PostgreSQL's and Elasticsearch's do.

Wagtail's SQLite search matches words only as typed, so "taxi" did not find a page about
"taxis" (and "consultation" not one about "consultations"). FTS5's Porter tokenizer reduces
every word to its stem both when a page is indexed and when a query is read. The index table
is filled from the index entries by triggers, so it is made again with the tokenizer and
filled from the entries already there.
"""

from django.db import migrations

FTS_TABLE = "wagtailsearch_indexentry_fts"
STEMMING = "porter unicode61 remove_diacritics 2"
AS_TYPED = "unicode61"


def tokenize_with(tokenizer):
    def remake_index(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "sqlite" or FTS_TABLE not in connection.introspection.table_names():
            return
        schema_editor.execute(f"DROP TABLE {FTS_TABLE}")
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(autocomplete, body, title, tokenize='{tokenizer}')"
        )
        schema_editor.execute(
            f"INSERT INTO {FTS_TABLE}(rowid, title, body, autocomplete) "  # noqa: S608 (constants only)
            "SELECT id, title, body, autocomplete FROM wagtailsearch_indexentry"
        )

    return remake_index


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_forum_post_hidden"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(tokenize_with(STEMMING), tokenize_with(AS_TYPED))]
