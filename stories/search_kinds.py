"""Patient stories in the site search: only published ones, checked when searching as well as
when indexing (`Story.get_indexed_objects`), so a held or rejected story is never found."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.dates import format_date
from search.kinds import Kind, Source, register

from .models import Story


class StorySource(Source):
    date_field = "told_at"
    # A story is one person's words, as a forum post is: a page that matches as well comes first.
    relevance_weight = 0.4

    def queryset(self, kinds):
        return Story.objects.published().order_by()

    def title(self, item):
        return item.heading

    def texts(self, item):
        return [item.text]

    def prepare(self, items):
        whole = Story.objects.select_related("service").in_bulk([item.pk for item in items])
        return [whole.get(item.pk) for item in items]

    def url(self, item, request):
        return item.get_absolute_url()


def told_on(story):
    return _("Told %(date)s") % {"date": format_date(story.told_at)}


def register_search_kinds():
    register(
        Kind(
            "story",
            gettext_lazy("Patient story"),
            gettext_lazy("Patient stories"),
            StorySource(),
            told_on,
            (Story,),
            order=65,
        )
    )
