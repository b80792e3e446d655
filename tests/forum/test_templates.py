"""Every template django-comments-xtd and django-comments ship is replaced by one of ours
(the forum's pages have forum/ names; the shipped names hold stand-ins), so nothing
Bootstrap-era (or Gravatar) can ever reach a page or an e-mail."""

from pathlib import Path

import django_comments
import django_comments_xtd
import pytest
from django.template.loader import get_template

SHIPPED = sorted(
    str(template.relative_to(package_templates))
    for package in (django_comments, django_comments_xtd)
    for package_templates in [Path(package.__file__).parent / "templates"]
    for template in package_templates.rglob("*")
    if template.is_file()
)


@pytest.mark.parametrize("name", SHIPPED)
def test_our_template_wins(name):
    origin = Path(get_template(name).origin.name)
    assert "site-packages" not in origin.parts, f"{name} comes from {origin}"


def test_no_template_of_ours_mentions_gravatar():
    ours = Path(__file__).resolve().parents[2] / "forum" / "templates"
    assert not [path for path in ours.rglob("*") if path.is_file() and "gravatar" in path.read_text().lower()]
