"""The file "Download your data" gives: one zip with every kind of record the personal data
registry lists about the member (people/personal_data.py), as JSON (all of it, for a program
or another service) and as one CSV file per kind (for a spreadsheet), and a README that says
what each file holds, in plain English."""

import csv
import io
import json
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone

from core.spreadsheets import neutralise_formula

from .personal_data import moment, records_of

JSON_NAME = "your_data.json"


def file_name(now=None):
    return f"your-data-{timezone.localdate(now):%Y-%m-%d}.zip"


def data_file(person, now=None):
    """The zip file's bytes."""
    now = now or timezone.now()
    kinds = records_of(person)
    everything = {
        "made": moment(now),
        "kinds": {holding.name: {"what": str(holding.title), "records": records} for holding, records in kinds},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt", render_to_string("people/download_readme.txt", {"kinds": kinds, "json_name": JSON_NAME})
        )
        archive.writestr(JSON_NAME, json.dumps(everything, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))
        for holding, records in kinds:
            archive.writestr(f"{holding.name}.csv", _csv(records))
    return buffer.getvalue()


def _flat(record):
    """One row for a spreadsheet: a group of values (a consultation's answers) becomes one
    column each, named "group: item"; a list becomes one cell."""
    row = {}
    for key, value in record.items():
        if isinstance(value, dict):
            row.update({f"{key}: {inner}": _cell(item) for inner, item in value.items()})
        else:
            row[key] = _cell(value)
    return row


def _cell(value):
    if isinstance(value, list | tuple):
        return "; ".join(str(item) for item in value)
    return "" if value is None else str(value)


def _csv(records):
    """UTF-8 with a byte order mark, so spreadsheets read letters like é right; every cell safe
    to open (core/spreadsheets.py). A kind with no records is an empty file."""
    rows = [_flat(record) for record in records]
    columns = list({column: None for row in rows for column in row})
    text = io.StringIO()
    if rows:
        writer = csv.DictWriter(text, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows({column: neutralise_formula(value) for column, value in row.items()} for row in rows)
    return "\ufeff" + text.getvalue()
