"""The plain-language check's admin views: the check re-run on the editor's unsaved form, and
the jargon list. The panel in the page editor (plain_language/panel.py) shows the check of the
version being edited; its script calls `check_view` as the editor types. It advises and never
blocks: see `plain_language.checker`.
"""

from django.apps import apps
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_POST
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import JargonTerm
from .panel import check_values, checked_fields, render_report


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


class JargonTermViewSet(SnippetViewSet):
    """The jargon list. The "Engagement labels" menu that holds it, beside topics and places, is
    registered by the room above both (consultations/wagtail_hooks.py)."""

    model = JargonTerm
    icon = "help"
    list_display = ["term", "plain_alternative"]
    search_fields = ["term", "plain_alternative"]
