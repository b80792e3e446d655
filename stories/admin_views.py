"""Stories in the Wagtail admin: the moderators' decisions from the moderation queue, and
the responses that staff of a service publish.

The queue page is the forum's (moderation/queue.py): stories appear in a section of it, with
their own buttons, which post here. Every decision goes through `deciding`, which logs it."""

from django import forms
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site

from moderation.labels import hold_reason_label

from . import deciding
from .models import Story, StoryResponse
from .permissions import MODERATE, story_permission_policy


class RejectReason(forms.Form):
    """Why a moderator will not publish a story; its words are kept with the story."""

    REASONS = [
        ("identifies", gettext_lazy("It could identify someone")),
        ("off_topic", gettext_lazy("It is not about one of our services")),
        ("abusive", gettext_lazy("It is rude, unkind or abusive")),
        ("spam", gettext_lazy("It is spam or advertising")),
    ]
    # What the author is told, in the e-mail that says we did not publish their story.
    EXPLAINED = {
        "identifies": gettext_lazy(
            "Someone could be recognised from it: you, someone in your family or a member of staff. "
            "We do not publish anything that could show who a person is."
        ),
        "off_topic": gettext_lazy("It is not about one of our services, so the service cannot answer it."),
        "abusive": gettext_lazy("Some words in it are rude or unkind. We do not publish words that could hurt people."),
        "spam": gettext_lazy("It looks like advertising or spam."),
    }
    reason = forms.ChoiceField(choices=REASONS)

    def reason_text(self):
        return str(dict(self.REASONS)[self.cleaned_data["reason"]])

    def explained(self):
        return str(self.EXPLAINED[self.cleaned_data["reason"]])


class DecisionView(PermissionCheckedMixin, View):
    """One decision on one waiting story, from its buttons in the queue. Back to the queue after."""

    permission_policy = story_permission_policy
    permission_required = MODERATE
    http_method_names = ["post"]

    def post(self, request, story_id):
        back = get_valid_next_url_from_request(request) or reverse("forum_queue")
        story = deciding.queue().filter(pk=story_id).first()
        if story is None:
            messages.warning(
                request, _("That story is not waiting any more. Another moderator may have dealt with it.")
            )
            return redirect(back)
        self.decide(request, story)
        return redirect(back)


class ApproveView(DecisionView):
    def decide(self, request, story):
        deciding.approve(story, request.user)
        messages.success(
            request,
            _("Published the story “%(title)s”.") % {"title": story.heading},
            buttons=[messages.button(story.get_absolute_url(), _("See it on the site"))],
        )


class RejectView(DecisionView):
    def decide(self, request, story):
        form = RejectReason(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose why the story cannot be published, then press Do not publish."))
            return
        tell_url = site_url(reverse("stories:tell"))
        deciding.reject(story, request.user, form.reason_text(), explained=form.explained(), tell_url=tell_url)
        messages.success(request, _("The story “%(title)s” will not be published.") % {"title": story.heading})


def site_url(path):
    """The full public address of `path`, on the site's own address (not the admin's)."""
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "") + path


def public_url(story):
    return site_url(story.get_absolute_url())


class StoryResponseForm(WagtailAdminModelForm):
    """A new response is to a published story that has none; a response's story never changes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        story = self.fields["story"]
        if self.instance.pk:
            story.queryset = Story.objects.filter(pk=self.instance.story_id)
            story.disabled = True
        else:
            story.queryset = Story.objects.published().filter(response=None).select_related("service")
            story.label_from_instance = lambda item: f"{item.heading} ({item.service.name})"
            story.help_text = _("Published stories that have no response yet.")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("change") and not cleaned.get("change_summary"):
            self.add_error("change_summary", _("Say in a sentence or two what is changing."))
        return cleaned


class ResponseCreateView(CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        response = super().save_instance()
        deciding.responded(response, public_url(response.story), first=True)
        return response


class ResponseEditView(EditView):
    def save_instance(self):
        response = super().save_instance()
        deciding.responded(response, public_url(response.story), first=False)
        return response


class StoryResponseViewSet(ModelViewSet):
    """Staff of a service answer published stories here. Publishing a response e-mails the author."""

    model = StoryResponse
    form_fields = ["story", "text", "responder", "change", "change_summary"]
    icon = "comment"
    menu_label = gettext_lazy("Story responses")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["story", "responder", "change", "published_at"]
    list_filter = ["change"]
    add_view_class = ResponseCreateView
    edit_view_class = ResponseEditView

    def get_form_class(self, for_update=False):
        return forms.modelform_factory(self.model, form=StoryResponseForm, fields=self.form_fields)


def queue_context(request, items):
    """Waiting stories, ready for their section of the moderation queue (moderation/queue.py)."""
    for story in items:
        story.hold_labels = [hold_reason_label(reason) for reason in story.hold_reasons]
    return {"items": items, "reasons": RejectReason.REASONS}
