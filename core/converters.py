"""Address converters shared by the rooms."""

from django.urls import register_converter
from django.urls.converters import IntConverter, get_converters

# The largest id a row can have: ids are Django AutoFields, 32-bit integers on PostgreSQL.
LARGEST_ID = 2**31 - 1


class IdConverter(IntConverter):
    """A row's id in an address, as `<id:post_id>`. A number too big to be an id names nothing,
    so the address is not found (404); as `<int:...>` it reached the database, and SQLite
    cannot take a number over 2**63 at all (a 500)."""

    def to_python(self, value):
        number = int(value)
        if number > LARGEST_ID:
            raise ValueError("too big to be an id")  # Django then tries the next route
        return number


def register_id_converter():
    """Lets routes say `<id:name>`. Call it before defining them; calling it again is safe."""
    if "id" not in get_converters():
        register_converter(IdConverter, "id")
