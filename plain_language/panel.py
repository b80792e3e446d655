"""The plain-language check in the page editor (service change pages and consultations): a
read-only panel showing the check of the version being edited. Page models add it to their
panels; the admin view and hooks that re-run the check (plain_language/views.py and
wagtail_hooks.py) find it on them. It advises and never blocks: see `plain_language.checker`.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .checker import TARGET_READING_AGE, check, plain_text
from .models import JargonTerm

REPORT_TEMPLATE = "plain_language/admin/report.html"


def check_values(values):
    """Check several field values as one text, against the jargon list editors manage."""
    text = "\n".join(plain_text(value) for value in values)
    return check(text, JargonTerm.objects.values_list("term", "plain_alternative"))


def render_report(report):
    return render_to_string(REPORT_TEMPLATE, {"report": report, "target_reading_age": TARGET_READING_AGE})


class PlainLanguagePanel(Panel):
    """Shows editors the plain-language check of `fields` while they edit a page.

    Add it to a page's `content_panels`, for example
    `PlainLanguagePanel(fields=["summary", "body"])`.
    """

    def __init__(self, fields=(), **kwargs):
        kwargs.setdefault("heading", _("Plain-language check"))
        super().__init__(**kwargs)
        self.fields = tuple(fields)

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "fields": self.fields}

    class BoundPanel(Panel.BoundPanel):
        template_name = "plain_language/admin/panel.html"

        class Media:
            js = ["js/plain-language.js"]

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            # In the editor the instance is the latest draft, or what was just sent back.
            report = check_values(getattr(self.instance, name) for name in self.panel.fields)
            meta = self.panel.model._meta
            context.update(
                report=report,
                report_html=render_report(report),
                check_url=reverse("plain_language_check", args=[meta.app_label, meta.model_name]),
            )
            return context


def checked_fields(model):
    """The fields a model's editor checks, from its PlainLanguagePanel; empty if it has none."""
    get_edit_handler = getattr(model, "get_edit_handler", None)
    panels = [get_edit_handler()] if get_edit_handler else []
    while panels:
        panel = panels.pop()
        if isinstance(panel, PlainLanguagePanel):
            return panel.fields
        panels.extend(getattr(panel, "children", ()))
    return ()
