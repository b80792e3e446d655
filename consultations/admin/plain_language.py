"""Plain-language check for editors (service change pages and consultations).

A read-only panel in the page editor shows the check of the version being edited; a small
script re-runs it through `check_view` as the editor types; and after each save a warning
message sums it up. It advises and never blocks: see `consultations.plain_language`.
"""

from django.apps import apps
from django.contrib import messages
from django.http import Http404, JsonResponse
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.panels import Panel

from consultations.models.taxonomy import JargonTerm
from consultations.plain_language import TARGET_READING_AGE, check, plain_text

REPORT_TEMPLATE = "consultations/admin/plain_language_report.html"


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
        template_name = "consultations/admin/plain_language_panel.html"

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


@require_POST
def check_view(request, app_label, model_name):
    """Checks the editor's unsaved form, posted whole by the panel's script, and returns the
    report as JSON with the panel's HTML. Only the checked fields are read: nothing is
    validated or saved."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as missing:
        raise Http404 from missing
    fields = checked_fields(model)
    if not fields:
        raise Http404
    form_fields = model.get_edit_handler().get_form_class().base_fields
    values = [
        form_fields[name].widget.value_from_datadict(request.POST, request.FILES, name)
        for name in fields
        if name in form_fields
    ]
    report = check_values(values)
    return JsonResponse(
        {
            "summary": report.summary(),
            "reading_age": report.reading_age,
            "long_sentences": [vars(sentence) for sentence in report.long_sentences],
            "jargon": [vars(use) for use in report.jargon],
            "html": render_report(report),
        }
    )


@hooks.register("register_admin_urls")
def register_urls():
    return [path("plain-language/<str:app_label>/<str:model_name>/", check_view, name="plain_language_check")]


def warn_after_save(request, page):
    """A warning, never an error: the page has been saved (and published, if asked) already."""
    fields = checked_fields(type(page))
    if not fields:
        return
    report = check_values(getattr(page, name) for name in fields)
    if report.has_warnings:
        messages.warning(
            request,
            gettext("Plain-language check: %(summary)s See the check at the end of the Content tab.")
            % {"summary": report.summary()},
        )


hooks.register("after_create_page", warn_after_save)
hooks.register("after_edit_page", warn_after_save)
