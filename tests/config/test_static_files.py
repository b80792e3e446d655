"""Production static files: collectstatic works with hashed, compressed NHS.UK assets."""

import json

from .test_settings import PRODUCTION_ENV, run_manage


def test_collectstatic_hashes_our_css_and_the_nhsuk_frontend(tmp_path):
    static_root = tmp_path / "static"
    env = {**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}", "STATIC_ROOT": str(static_root)}
    result = run_manage("collectstatic", "--no-input", settings="production", env=env)
    assert result.returncode == 0, result.stderr

    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    nhsuk_css = manifest["wagtailnhsukfrontend/css/nhsuk-frontend-10.4.2.min.css"]
    assert nhsuk_css != "wagtailnhsukfrontend/css/nhsuk-frontend-10.4.2.min.css"
    assert (static_root / (nhsuk_css + ".gz")).exists()
    assert manifest["css/site.css"].startswith("css/site.")
    # The cut-down NHS.UK style sheet the pages link (`make css`), with a brotli copy beside the gzip one.
    built_css = manifest["build/nhsuk-frontend.css"]
    assert (static_root / (built_css + ".gz")).exists()
    assert (static_root / (built_css + ".br")).exists()
    # No web font: visitors' browsers never call assets.nhs.uk.
    assert "@font-face" not in (static_root / built_css).read_text()
