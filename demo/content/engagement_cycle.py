"""Demo content for the engagement cycle: consultations at every stage, service changes, events,
"you said, we did" pages and the engagement report, all for the fictional Kellsmoor and
Wendlebridge Integrated Care Board that the rest of the demo content shares. Each room's pages
are in its own module here; this one builds them in the order the story needs, because pages
link to each other (`PageRef`) and an outcome is published only once what it reports on exists.

Dates are counted from the day the demo was first loaded, so each consultation is in the
stage its story needs. Running the builder again keeps those dates, and so writes no new
revisions, until a consultation or event would be in the wrong stage; then every date moves
together.
"""

from django.utils import timezone
from wagtail.models import Site

from consultations.models import ConsultationPage
from demo.building import upsert
from demo.content.consultations import CONSULTATION_INDEX, build_consultations, consultations
from demo.content.easy_read import build_easy_read
from demo.content.engagement_report import build_engagement_report
from demo.content.events import EVENT_INDEX, build_events, events
from demo.content.outcomes import OUTCOME_INDEX, build_outcomes
from demo.content.plain_language import build_jargon_list
from demo.content.service_changes import SERVICE_CHANGE_INDEX, build_service_changes
from demo.content.taxonomy import build_taxonomy
from demo.content.timeline import Timeline

# The listings, in the order the menu shows them.
INDEX_PAGES = [CONSULTATION_INDEX, SERVICE_CHANGE_INDEX, OUTCOME_INDEX, EVENT_INDEX]


def build_engagement_cycle(now=None):
    """Build the engagement cycle's demo pages, responses and labels. Returns summary lines."""
    now = now or timezone.now()
    lines = [*build_taxonomy(), *build_jargon_list()]

    t = demo_timeline(now)
    site_home = Site.objects.get(is_default_site=True).root_page
    pages = {}
    # New listings go before the general pages, so the menu leads with what people come to do.
    general_page = site_home.get_children().exclude(slug__in=[spec["slug"] for _, spec in INDEX_PAGES]).first()
    for model, spec in INDEX_PAGES:
        lines.append(upsert(site_home, model, {**spec, "show_in_menus": True}, pages, before=general_page))

    lines += build_consultations(t, pages)
    lines += build_easy_read(pages)
    lines += build_service_changes(t, pages)
    lines += build_events(t, pages)
    lines += build_outcomes(t, pages)
    lines += build_engagement_report(now, site_home, pages)
    return lines


def demo_timeline(now):
    """The demo's dates: those of the last run while every consultation and event is still in
    the stage its story needs, otherwise counted from today."""
    today = Timeline(timezone.localdate(now))
    fresh = consultations(today)
    existing = {page.slug: page for page in ConsultationPage.objects.filter(slug__in=[spec["slug"] for spec in fresh])}
    for spec in fresh:
        if spec["slug"] in existing:
            shift = timezone.localdate(existing[spec["slug"]].opens_at) - timezone.localdate(spec["opens_at"])
            earlier = Timeline(today.start + shift)
            return earlier if _stages(earlier, now) == _stages(today, now) else today
    return today


def _stages(t, now):
    """Where each consultation is (by its dates) and whether each event is over, on these dates."""
    consultation_stages = [
        "coming soon" if now < spec["opens_at"] else "open" if now < spec["closes_at"] else "closed"
        for spec in consultations(t)
    ]
    return consultation_stages + [spec["ends_at"] < now for spec in events(t)]
