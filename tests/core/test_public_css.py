"""The NHS.UK style sheet we serve is cut down to what our pages use (`make css`,
scripts/build_css.mjs). A class our templates or Python code use that NHS.UK frontend styles
must still be styled: a component added later without its CSS fails here."""

import re
from pathlib import Path

import pytest
import wagtailnhsukfrontend
from django.conf import settings

BUILT = settings.BASE_DIR / "static" / "build" / "nhsuk-frontend.css"
FULL = Path(wagtailnhsukfrontend.__file__).parent / "static/wagtailnhsukfrontend/css/nhsuk-frontend-10.4.2.min.css"
SKIPPED = {"node_modules", "staticfiles", "migrations", "tests"}
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
NHSUK_CLASS = re.compile(r"nhsuk-[\w-]+")
TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def our_files(pattern):
    for path in settings.BASE_DIR.rglob(pattern):
        parts = path.relative_to(settings.BASE_DIR).parts
        if not (SKIPPED & set(parts) or any(part.startswith(".") for part in parts)):
            yield path


def styled_classes(css):
    return set(re.findall(r"\.(nhsuk-[\w-]+)", css))


@pytest.fixture(scope="module")
def built_css():
    if not BUILT.exists():
        pytest.fail(f"{BUILT} is missing: `make css` builds it", pytrace=False)
    return BUILT.read_text()


def used_classes():
    """Whole class names in our templates' class attributes (pieces of template code taken
    out), and in our Python code's strings; and the prefixes that template code completes."""
    whole, joined = {}, {}
    for path in our_files("*.html"):
        for value in CLASS_ATTRIBUTE.findall(path.read_text()):
            for piece in TEMPLATE_CODE.split(value):
                for name in NHSUK_CLASS.findall(piece):
                    whole.setdefault(name, path)
            for prefix in re.findall(r"(nhsuk-[\w-]*?)\{\{", value):
                joined.setdefault(prefix, path)
    for path in our_files("*.py"):
        for name in re.findall(r"[\"'](nhsuk-[\w-]+)[\"']", path.read_text()):
            whole.setdefault(name, path)
    return whole, joined


def test_every_nhsuk_class_we_use_is_in_the_css_we_serve(built_css):
    full, built = styled_classes(FULL.read_text()), styled_classes(built_css)
    whole, _ = used_classes()
    assert len(whole) > 50, "the templates were not found"

    missing = {name: str(path) for name, path in whole.items() if name in full and name not in built}

    assert missing == {}, "styled by NHS.UK frontend but cut from our CSS: run `make css`, or see scripts/build_css.mjs"


def test_classes_our_templates_join_from_pieces_are_kept(built_css):
    """`nhsuk-label--{{ label_size }}` is never written out whole, so the build keeps such
    families by name (its safelist)."""
    full, built = styled_classes(FULL.read_text()), styled_classes(built_css)
    _, joined = used_classes()
    assert joined, "no joined class names found"

    cut = {
        prefix: str(path)
        for prefix, path in joined.items()
        if any(name.startswith(prefix) for name in full) and not any(name.startswith(prefix) for name in built)
    }

    assert cut == {}, "add these to the safelist in scripts/build_css.mjs"


def test_we_serve_well_under_the_whole_of_nhsuk_frontend(built_css):
    assert len(built_css) < 0.7 * FULL.stat().st_size


def test_pages_link_the_cut_down_css(client, home_page):
    page = client.get("/").content.decode()

    assert "build/nhsuk-frontend.css" in page
    assert "nhsuk-frontend-10.4.2.min.css" not in page
