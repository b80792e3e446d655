"""The public pages: the list of stories, one story with its response, telling a story, and
confirming it from the e-mail. The list and story pages are the same for everyone, so the
page cache can keep them whole."""

from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views import View

from core.pagination import paginate
from core.post_limits import refuse_if_over
from moderation.decisions import is_urgent

from . import telling
from .figures import change_share
from .forms import StoryFilters, StoryForm
from .models import Story

PER_PAGE = 10
URGENT = "urgent"  # ?urgent on the page after telling: show where to get help now


def story_list(request):
    filters = StoryFilters(request.GET)
    chosen = filters.chosen()
    stories = Story.objects.published().select_related("service", "response").prefetch_related("topics")
    if chosen["service"]:
        stories = stories.filter(service=chosen["service"])
    if chosen["topic"]:
        stories = stories.filter(topics=chosen["topic"])
    # The filters as chosen, unbound: a value that names nothing is dropped, not an error.
    shown = StoryFilters(initial={name: value.slug for name, value in chosen.items() if value})
    context = {
        **paginate(request, stories, PER_PAGE).as_context(),
        "filters": shown,
        "filtering": any(chosen.values()),
        "share": change_share(),
    }
    return TemplateResponse(request, "stories/story_list.html", context)


def story_page(request, pk):
    story = get_object_or_404(Story.objects.published().select_related("service", "response"), pk=pk)
    return TemplateResponse(request, "stories/story.html", {"story": story})


def _after_telling(name, story):
    return redirect(reverse(name) + (f"?{URGENT}" if is_urgent(story) else ""))


class TellView(View):
    """Anyone may tell a story; a member is not asked for their e-mail address."""

    template_name = "stories/tell.html"

    def form(self, request, data=None):
        return StoryForm(data, for_member=request.user.is_authenticated)

    def get(self, request):
        return TemplateResponse(request, self.template_name, {"form": self.form(request)})

    def post(self, request):
        form = self.form(request, request.POST)
        refuse_if_over(request, "stories", form)
        if form.is_bot:
            return redirect("stories:check_email")
        if not form.is_valid():
            return TemplateResponse(request, self.template_name, {"form": form})
        story = telling.tell(request, form.cleaned)
        return _after_telling("stories:told" if story.user_id else "stories:check_email", story)


def told(request):
    return TemplateResponse(request, "stories/told.html", {"urgent": URGENT in request.GET})


def check_email(request):
    return TemplateResponse(request, "stories/check_email.html", {"urgent": URGENT in request.GET})


class ConfirmView(View):
    """The page the confirmation e-mail links to. It confirms only on the button's POST: mail
    scanners open every link in an e-mail, and must not send anyone's story."""

    def get(self, request, token):
        if telling.story_to_confirm(token) is None:
            return TemplateResponse(request, "stories/link_used.html", status=404)
        return TemplateResponse(request, "stories/confirm.html")

    def post(self, request, token):
        refuse_if_over(request, "stories-link")
        story = telling.confirm(token)
        if story is None:
            return TemplateResponse(request, "stories/link_used.html", status=404)
        return _after_telling("stories:told", story)
