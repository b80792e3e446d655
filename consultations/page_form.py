"""The consultation editor's checks that need the whole form: the questions as well as the page."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm

# Publishing, or asking a moderator to publish: a draft may be unfinished, a public page may not.
PUBLISHING_ACTIONS = ("action-publish", "action-submit")
# Ways to respond besides the questionnaire: by post, by phone, by e-mail.
OTHER_CHANNELS = ("paper_copy", "phone", "contact_email")


class ConsultationPageForm(WagtailAdminFormPageForm):
    """Refuses to publish a consultation that is open or coming soon but gives people no way to
    respond: no questions, and no address, phone number or e-mail for answers."""

    def clean(self):
        cleaned = super().clean()
        closes_at = cleaned.get("closes_at")
        publishing = any(self.data.get(action) for action in PUBLISHING_ACTIONS)
        if publishing and closes_at and closes_at > timezone.now() and not self.has_a_way_to_respond(cleaned):
            self.add_error(
                None,
                _(
                    "People would have no way to respond. Before publishing, add at least one question, "
                    "or under 'Other formats and ways to respond' say how to send a paper copy, or give a "
                    "phone number or e-mail address for answers."
                ),
            )
        return cleaned

    def has_a_way_to_respond(self, cleaned):
        if any(cleaned.get(name) for name in OTHER_CHANNELS):
            return True
        questions = self.formsets.get("form_fields")
        return questions is not None and any(
            getattr(form, "cleaned_data", {}).get("label") and not form.cleaned_data.get("DELETE")
            for form in questions.forms
        )
