"""The browser-test harness: one Chromium per session, a fresh browser context per test, the
site rebuilt on top of the live server's flushed database, and an axe-core accessibility check.
"""

import os
import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from wagtail.admin.models import EditingSession

from people.roles import apply_roles
from tests.conftest import site_home_page

# Sync Playwright runs an event loop in the test's thread, and Django refuses database access
# from a thread with a running event loop unless told that this is safe.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

HERE = Path(__file__).parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_SOURCE = HERE.parents[1] / "node_modules" / "axe-core" / "axe.min.js"
# The WCAG 2.2 AA success criteria that axe can test automatically, as the NHS service manual asks.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Mark every test in this folder `browser`, before `-m "not browser"` deselects by mark, and
    run them last. The live server empties the database after each of them, and the staff roles
    come back then with new ids, so the tests that restore the migrations' rows afterwards
    (`serialized_rollback`) must have run before."""
    in_browser = [item for item in items if item.path.is_relative_to(HERE)]
    for item in in_browser:
        item.add_marker(pytest.mark.browser)
    items[:] = [item for item in items if item not in in_browser] + in_browser


def _missing(what):
    """A missing browser or axe-core skips the browser tests on a laptop, but fails them in CI,
    where a silent skip would hide that nothing was tested."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} (CI=true, so this is an error, not a skip)", pytrace=False)
    pytest.skip(what)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, launched once per session: starting it takes longer than most tests."""
    if not CHROMIUM.exists():
        _missing(f"{CHROMIUM} is missing: install the Debian package `chromium` (or run `make test-sqlite`)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def home_page(transactional_db):
    """The site's home page, built again when an earlier browser test's flush deleted it."""
    return site_home_page()


@pytest.fixture
def staff_roles(home_page):
    """The Editors, Publishers and Moderators groups with all their permissions. The flush
    brought the groups back, but not their page permissions, which wait for the root page."""
    apply_roles()


# Every frame reports what its Content Security Policy blocked to the console, where the
# browser's own "Refused to ..." message may not say which directive when it comes from a frame.
REPORT_POLICY_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI}`
    + ` on ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`);
});
"""
# What the browser says when a header of ours blocks something or names a feature it does not know.
HEADER_COMPLAINT = re.compile(r"Content Security Policy|Permissions-Policy|Permissions policy", re.IGNORECASE)


@pytest.fixture
def new_page(browser, live_server, home_page):
    """Opens a tab in a fresh browser context (no cookies or cache shared with other tests)
    whose relative URLs go to the live server. Pass context options for other visitors, for
    example `new_page(java_script_enabled=False)` or `new_page(viewport={...})`.

    Every browser test also fails if the Content Security Policy blocked anything on any page
    it opened, or the browser complained of the Permissions-Policy: a page that works only
    because the test did not look at the console would be broken for real visitors."""
    contexts, complaints, in_flight = [], [], set()

    def open_page(**context_options):
        context = browser.new_context(
            base_url=live_server.url, **{"viewport": {"width": 1280, "height": 900}, **context_options}
        )
        context.set_default_timeout(10_000)
        context.add_init_script(REPORT_POLICY_VIOLATIONS)
        context.on("request", lambda request: in_flight.add(request))
        context.on("requestfinished", lambda request: in_flight.discard(request))
        context.on("requestfailed", lambda request: in_flight.discard(request))
        contexts.append(context)
        tab = context.new_page()
        tab.on("console", lambda message: HEADER_COMPLAINT.search(message.text) and complaints.append(message.text))
        return tab

    yield open_page
    _leave_quietly(contexts, in_flight)
    if complaints:
        pytest.fail("The browser reported:\n" + "\n".join(dict.fromkeys(complaints)), pytrace=False)


def _leave_quietly(contexts, in_flight):
    """Leaves every page and waits for what leaving sends before closing the browser. The live
    server shares the test's SQLite connection, so a request it handles while the database is
    emptied for the next test breaks the empty-out, and every test after it. The Wagtail editor
    sends one as it is left: a beacon, which the browser does not report, saying nobody is
    editing the page now. Its mark is the editing session it deletes."""
    tabs = [tab for context in contexts for tab in context.pages]
    for tab in tabs:
        tab.goto("about:blank")
    deadline = time.monotonic() + 5
    while tabs and (in_flight or EditingSession.objects.exists()) and time.monotonic() < deadline:
        tabs[0].wait_for_timeout(50)  # Playwright hears of finished requests only while it waits.
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A desktop-sized tab with JavaScript on: the usual visitor."""
    return new_page()


@pytest.fixture(scope="session")
def assert_no_axe_violations():
    """Checks the page as it is now against WCAG 2.2 AA with axe-core, and fails with a list a
    person can act on: each rule broken, why it matters, and the elements that break it.

    axe is JavaScript: it cannot run in a page whose context has JavaScript turned off.
    """
    if not AXE_SOURCE.exists():
        _missing(f"{AXE_SOURCE} is missing: run `npm ci` in the repository root")
    axe_source = AXE_SOURCE.read_text()

    def check(page):
        # Evaluated through the DevTools protocol rather than a <script> tag, so that a Content
        # Security Policy on the page cannot block it.
        page.evaluate(axe_source)
        violations = page.evaluate(
            """(tags) => axe.run(document, {runOnly: {type: "tag", values: tags}})
                .then((results) => results.violations)""",
            AXE_TAGS,
        )
        if violations:
            report = [f"{len(violations)} accessibility rule(s) broken on {page.url}:"]
            for violation in violations:
                report.append(f"\n{violation['id']} ({violation['impact']}): {violation['help']}")
                report.append(f"  {violation['helpUrl']}")
                for node in violation["nodes"]:
                    report.append(f"  - {' '.join(map(str, node['target']))}\n    {node['html']}")
            pytest.fail("\n".join(report), pytrace=False)

    return check
