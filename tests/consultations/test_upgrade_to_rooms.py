"""A site made before `consultations/` was split into rooms upgrades without losing anything.

Its service changes, events, outcomes, engagement report, topics, places and jargon terms are
made here as that version stored them (with the migrations' own models), then the migrations
run: the same rows, with the same ids and content types, belong to the new rooms, and the pages
are served and can be edited."""

import datetime
import uuid

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from consultations.models import ConsultationPage
from demo.factories.consultations import ConsultationPageFactory
from demo.factories.people import UserFactory
from engagement_report.models import EngagementReportPage
from events.models import EventIndexPage, EventPage
from outcomes.models import OutcomeIndexPage, OutcomePage
from plain_language.models import JargonTerm
from service_changes.models import ServiceChangeIndexPage, ServiceChangePage
from taxonomy.models import Place, Topic

ROOMS = ["taxonomy", "plain_language", "service_changes", "events", "outcomes", "engagement_report"]
BEFORE_THE_SPLIT = [("consultations", "0006_subscriptions_for_opening_and_outcome")] + [(room, None) for room in ROOMS]
MOVED = {
    Topic: "taxonomy",
    Place: "taxonomy",
    JargonTerm: "plain_language",
    ServiceChangeIndexPage: "service_changes",
    ServiceChangePage: "service_changes",
    EventIndexPage: "events",
    EventPage: "events",
    OutcomeIndexPage: "outcomes",
    OutcomePage: "outcomes",
    EngagementReportPage: "engagement_report",
}


def migrate(targets):
    """Migrate to `targets`; returns the models as they were there. An app at None (zero) has none."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state([target for target in targets if target[1]]).apps


class OldSite:
    """Rows made with the models of the version before the split, as that version's pages were."""

    def __init__(self, apps):
        self.apps = apps
        self.now = timezone.now()

    def model(self, name):
        return self.apps.get_model("consultations", name)

    def content_type(self, app_label, model):
        ContentType = self.apps.get_model("contenttypes", "ContentType")
        return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]

    def add_page(self, parent_id, model_name, title, slug, **fields):
        """A live page in the tree, as Wagtail's `add_child` would have stored it."""
        pages = self.apps.get_model("wagtailcore", "Page").objects
        parent = pages.get(pk=parent_id)
        depth = parent.depth + 1
        position = pages.filter(path__startswith=parent.path, depth=depth).count() + 1
        page = self.model(model_name).objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=self.content_type("consultations", model_name.lower()),
            path=Page._get_path(parent.path, depth, position),
            depth=depth,
            numchild=0,
            url_path=f"{parent.url_path}{slug}/",
            locale_id=parent.locale_id,
            translation_key=uuid.uuid4(),
            live=True,
            first_published_at=self.now,
            last_published_at=self.now,
            **fields,
        )
        pages.filter(pk=parent_id).update(numchild=F("numchild") + 1)
        return page

    def add_draft(self, page, **changes):
        """A draft revision of `page` with `changes`, waiting to be published."""
        revision = self.apps.get_model("wagtailcore", "Revision").objects.create(
            content_type_id=page.content_type_id,
            base_content_type=self.content_type("wagtailcore", "page"),
            object_id=str(page.pk),
            created_at=self.now,
            object_str=page.title,
            content={"pk": page.pk, "title": page.title, "slug": page.slug, **changes},
        )
        page.latest_revision_id = revision.pk
        page.has_unpublished_changes = True
        page.save(update_fields=["latest_revision", "has_unpublished_changes"])
        return revision

    def build(self, home_id, consultation_id):
        """One page of each moved type under the home page, and the labels they use. Consultations
        stay in their app; the others point at `consultation_id`, by its id only, because the
        consultation's old model cannot be made outside its app (its form builder needs more)."""
        topic = self.model("Topic").objects.create(name="Maternity", slug="maternity")
        place = self.model("Place").objects.create(name="Wendlebridge", slug="wendlebridge", covers_whole_area=False)
        self.model("JargonTerm").objects.create(term="acute", plain_alternative="hospital")
        opened = self.now - datetime.timedelta(days=60)
        changes = self.add_page(home_id, "ServiceChangeIndexPage", "Service changes", "service-changes")
        change = self.add_page(
            changes.pk,
            "ServiceChangePage",
            "The birth centre is moving",
            "birth-centre",
            summary="The birth centre moves next to the labour ward.",
            status="decided",
            topic=topic,
            place=place,
            what_is_changing="<p>It moves.</p>",
            why="<p>Doctors are close by.</p>",
            who_is_affected="<p>Parents.</p>",
            what_it_means="<p>A new entrance.</p>",
        )
        links = self.model("ServiceChangePage").consultations.through.objects
        links.create(servicechangepage_id=change.pk, consultationpage_id=consultation_id)
        self.model("ServiceChangeMilestone").objects.create(page=change, date=opened.date(), label="We asked")
        events = self.add_page(home_id, "EventIndexPage", "Events", "events")
        event = self.add_page(
            events.pk,
            "EventPage",
            "Birth centre drop-in",
            "drop-in",
            summary="Talk to our midwives.",
            starts_at=opened,
            ends_at=opened + datetime.timedelta(hours=2),
            venue_name="Wendlebridge Library",
            consultation_id=consultation_id,
        )
        self.add_draft(event, summary="Talk to our midwives and doctors.", venue_name="Wendlebridge Library")
        outcomes = self.add_page(home_id, "OutcomeIndexPage", "You said, we did", "you-said-we-did")
        outcome = self.add_page(
            outcomes.pk,
            "OutcomePage",
            "Birth centre: what we did",
            "birth-centre-what-we-did",
            consultation_id=consultation_id,
            service_change=change,
            summary="We are moving it, with a new entrance.",
        )
        self.model("OutcomeTheme").objects.create(
            page=outcome, sort_order=0, you_said="Keep parking", we_did="We kept it", status="done"
        )
        self.add_page(home_id, "EngagementReportPage", "How we involved people", "report", year_starting=opened.year)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_site_from_before_the_split_keeps_its_pages_and_labels(client, home_page, finder):
    consultation = ConsultationPageFactory(parent=finder, title="Moving the birth centre")
    moved_type_ids = {model: ContentType.objects.get_for_model(model).pk for model in MOVED}
    try:
        old = OldSite(migrate(BEFORE_THE_SPLIT))
        old.build(home_page.pk, consultation.pk)
        # A `migrate` stopped part of the way can leave a content type made under a new name.
        old.content_type("events", "eventpage")
        before = {model: set(model.objects.values_list("pk", flat=True)) for model in (Page, ConsultationPage)}
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    assert {model: set(model.objects.values_list("pk", flat=True)) for model in (Page, ConsultationPage)} == before
    for model, room in MOVED.items():
        assert ContentType.objects.get(app_label=room, model=model._meta.model_name).pk == moved_type_ids[model]
        assert model.objects.exists(), model
    assert not ContentType.objects.filter(app_label="consultations", model__in=[m._meta.model_name for m in MOVED])
    assert Permission.objects.get(codename="change_eventpage").content_type.app_label == "events"
    pages = Page.objects.filter(depth__gt=home_page.depth).specific()
    assert {type(page) for page in pages} >= {model for model in MOVED if issubclass(model, Page)}

    change = ServiceChangePage.objects.get()
    assert list(change.consultations.all()) == [ConsultationPage.objects.get()]
    assert [milestone.label for milestone in change.milestones.all()] == ["We asked"]
    outcome = OutcomePage.objects.get()
    assert (outcome.consultation, outcome.service_change) == (ConsultationPage.objects.get(), change)
    assert Topic.objects.get(slug="maternity").service_changes.get() == change
    assert Topic.objects.get(pk=consultation.topic_id).consultations.get() == consultation

    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()
    assert "Keep parking" in client.get(outcome.url).content.decode()
    assert "The birth centre is moving" in client.get(ConsultationPage.objects.get().url).content.decode()

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    for page in pages:
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200, page.url
    draft = client.get(f"/admin/pages/{EventPage.objects.get().pk}/edit/").content.decode()
    assert "Talk to our midwives and doctors." in draft
    for topic in Topic.objects.all():
        assert client.get(f"/admin/snippets/taxonomy/topic/edit/{topic.pk}/").status_code == 200
