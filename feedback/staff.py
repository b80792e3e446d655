"""Feedback in the Wagtail admin, for engagement leads (people/roles.py): quick feedback (list,
filter, CSV export, and typing in paper cards) and suggestions (moving them on, which e-mails
the person, and starting a forum conversation from a popular one).

Starting a conversation lives here, in the room above the forum, so the forum knows nothing
of suggestions."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton

from forum.models import Category
from forum.models.thread import TITLE_MAX_LENGTH
from forum.posting import start_thread, why_cannot_post

from . import suggestions
from .models import QuickFeedback, Suggestion


class QuickFeedbackViewSet(ModelViewSet):
    model = QuickFeedback
    name = "feedback_quick"
    url_prefix = "feedback/quick-feedback"
    icon = "pick"
    menu_label = gettext_lazy("Quick feedback")
    list_display = [
        "service",
        "rating",
        Column("comment", label=gettext_lazy("Comment"), accessor="short_comment"),
        "given_on",
        "channel",
    ]
    list_filter = ["service", "rating", "channel", "given_on"]
    list_export = ["service", "rating", "comment", "given_on", "channel"]
    export_filename = "quick-feedback"
    form_fields = ["service", "rating", "comment", "given_on", "channel"]
    copy_view_enabled = False


class SuggestionForm(forms.ModelForm):
    """Staff change what the person sees: the status, and what we tell them."""

    class Meta:
        model = Suggestion
        fields = ["service", "status", "reason"]

    def clean(self):
        data = super().clean()
        if data.get("status") == "not_possible" and not data.get("reason", "").strip():
            self.add_error("reason", _("Say why it is not possible: the person reads this."))
        return data


class SuggestionEditView(EditView):
    """Saving a new status (or new words for the person) records the step and e-mails them
    once, through suggestions.change_status."""

    def save_instance(self):
        suggestion = self.form.instance
        status, reason = suggestion.status, suggestion.reason
        before = Suggestion.objects.values("status", "reason").get(pk=suggestion.pk)
        suggestion.status, suggestion.reason = before["status"], before["reason"]
        super().save_instance()
        suggestions.change_status(suggestion, status, reason, by=self.request.user)
        return suggestion

    @property
    def header_buttons(self):
        if self.object.thread_id:
            return [
                HeaderButton(
                    _("Open the forum conversation"),
                    url=self.object.thread.get_absolute_url(),
                    icon_name="link-external",
                )
            ]
        url = reverse("feedback_start_conversation", args=[self.object.pk])
        return [HeaderButton(_("Start a forum conversation"), url=url, icon_name="comment")]


class SuggestionViewSet(ModelViewSet):
    model = Suggestion
    name = "feedback_suggestion"
    url_prefix = "feedback/suggestions"
    icon = "help"
    menu_label = gettext_lazy("Suggestions")
    list_display = [
        Column("text", label=gettext_lazy("Suggestion"), accessor="__str__"),
        "service",
        "status",
        "created_at",
    ]
    list_filter = ["status", "service"]
    list_export = ["created_at", "service", "text", "status", "reason"]
    export_filename = "suggestions"
    edit_view_class = SuggestionEditView
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return SuggestionForm

    def get_common_view_kwargs(self, **kwargs):
        """No "add" button: a suggestion comes from the public form, which acknowledges it."""
        return super().get_common_view_kwargs(**kwargs) | {"add_url_name": None}

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]


class FeedbackGroup(ViewSetGroup):
    menu_label = gettext_lazy("Feedback")
    menu_icon = "pick"
    menu_order = 460
    items = (QuickFeedbackViewSet, SuggestionViewSet)


class ConversationForm(forms.Form):
    category = forms.ModelChoiceField(Category.objects.all(), label=gettext_lazy("Forum category"))
    title = forms.CharField(label=gettext_lazy("Title"), max_length=TITLE_MAX_LENGTH)
    text = forms.CharField(
        label=gettext_lazy("Opening post"),
        widget=forms.Textarea,
        help_text=gettext_lazy(
            "Posted as you, with the official response badge. The person's name and address are never shown."
        ),
    )


def start_conversation(request, pk):
    """Start a forum conversation from a suggestion, in the staff member's name."""
    if not request.user.has_perm("feedback.change_suggestion"):
        raise PermissionDenied
    suggestion = get_object_or_404(Suggestion, pk=pk)
    edit_url = reverse("feedback_suggestion:edit", args=[pk])
    if suggestion.thread_id:
        return redirect(edit_url)
    form = ConversationForm(
        request.POST or None,
        initial={
            "title": Truncator(suggestion.text.splitlines()[0] if suggestion.text else "").chars(TITLE_MAX_LENGTH),
            "text": suggestion.text,
        },
    )
    cannot = why_cannot_post(request.user)
    if request.method == "POST" and form.is_valid() and not cannot:
        data = form.cleaned_data
        post = start_thread(author=request.user, category=data["category"], title=data["title"], text=data["text"])
        suggestion.thread = post.forum_thread
        suggestion.save(update_fields=["thread"])
        messages.success(
            request, _("The conversation is started. Its page may wait for a moderator if it holds personal details.")
        )
        return redirect(edit_url)
    context = {
        "form": form,
        "suggestion": suggestion,
        "cannot": cannot,
        "edit_url": edit_url,
        "page_title": _("Start a forum conversation"),
        "header_icon": "comment",
    }
    return TemplateResponse(request, "feedback/admin/start_conversation.html", context)
