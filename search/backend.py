"""The site's search backend when no Elasticsearch server is set: Wagtail's database backend
for the database in use, with page titles weighted on SQLite (search/sqlite.py) as
PostgreSQL's backend already weights them."""

from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend's module)
    backend = database.SearchBackend(params)
    if type(backend).__name__ != "SQLiteSearchBackend":
        return backend
    # Only importable on SQLite: its models exist only there.
    from .sqlite import TitleWeightedSQLiteSearchBackend

    return TitleWeightedSQLiteSearchBackend(params)
