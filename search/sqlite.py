"""SQLite full-text search that ranks a match in a page's title above a match in its text.

Wagtail's SQLite backend scores an item with FTS5's `bm25()` over the whole entry, title and
text alike, so a page named by the query ranked no higher than a forum reply that used the
word once. PostgreSQL's backend ranks the title and the text apart and adds them, the title's
rank multiplied by `title_norm` (shorter titles count more). This does the same with `bm25()`
weighted to one column at a time, and doubles the title's rank as Elasticsearch does (Page's
title field has `boost=2`): `bm25()` measures a title against the length of the whole entry,
so a long page's title would otherwise count for less than a short reply's text.
"""

from django.db.models import FloatField, Func
from modelsearch.backends.database.sqlite.query import SQLiteFTSIndexEntry
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
from modelsearch.query import Not, Phrase, PlainText

# The index table's columns, in order, and which one each of the compiler's vectors ranks.
FTS_COLUMNS = ("autocomplete", "body", "title")
VECTOR_COLUMNS = {"index_entry__title": "title", "index_entry__body": "body"}
TITLE_BOOST = 2.0


class ColumnBM25(Func):
    """`bm25()` counting matches in one column of the index table only."""

    output_field = FloatField()

    def __init__(self, column):
        super().__init__()
        self.column = column

    def as_sql(self, compiler, connection, **extra_context):
        weights = ", ".join("1.0" if column == self.column else "0.0" for column in FTS_COLUMNS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class TitleWeightedQueryCompiler(SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, (Phrase, PlainText, Not)):
            column = VECTOR_COLUMNS[vector.name]
            boost *= TITLE_BOOST if column == "title" else 1.0
            return ColumnBM25(column) * boost
        return super().build_tsrank(vector, query, config=config, boost=boost)


class TitleWeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = TitleWeightedQueryCompiler
