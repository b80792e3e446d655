"""CSV downloads from the admin that are safe to open in a spreadsheet.

The public write consultation answers and search terms; in a CSV file, a cell that starts with
`=`, `+`, `-` or `@` is run as a formula by Excel, LibreOffice and Google Sheets (it can fetch a
web address carrying the other cells, or start a program). Wagtail writes cells as they are and
leaves this to whoever opens the file (its security policy, "CSV export security
considerations"), so we neutralise every Wagtail CSV export, following OWASP's CSV injection
advice: such a cell, or one starting with a tab or carriage return, gets a leading single quote,
which spreadsheets read as "this is text". The XLSX downloads already store every cell as text.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """The cell as text a spreadsheet will show rather than run."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def write_csv_row_without_formulas(self, writer, row_dict):
    """Wagtail's `SpreadsheetExportMixin.write_csv_row`, each cell neutralised."""
    return writer.writerow(
        {
            field: neutralise_formula(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
    )


def neutralise_csv_exports():
    """Every admin CSV export (form responses, reports, snippets, redirects) goes through this
    one method of Wagtail's, so replacing it covers the exports Wagtail ships as well as ours."""
    SpreadsheetExportMixin.write_csv_row = write_csv_row_without_formulas
