"""Plain-language check for editors (service change pages and consultations).

A read-only panel in the page editor (consultations/plain_language_panel.py) shows the check
of the version being edited; a small script re-runs it through `check_view` as the editor
types; and after each save a warning message sums it up. It advises and never blocks: see
`consultations.plain_language`.
"""

from django.apps import apps
from django.contrib import messages
from django.http import Http404, JsonResponse
from django.urls import path
from django.utils.translation import gettext
from django.views.decorators.http import require_POST
from wagtail import hooks

from consultations.plain_language_panel import check_values, checked_fields, render_report


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
