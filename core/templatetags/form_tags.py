"""NHS.UK form markup for any Django form field, and the error summary.

One place decides how every field looks, so questionnaires, account pages and forum forms all
follow the NHS.UK patterns: hints and errors linked to their input with aria-describedby,
groups of radios or checkboxes in a fieldset with a legend, and an error summary that links
to each field.
"""

from django import forms, template
from django.forms.boundfield import BoundWidget

register = template.Library()

GROUPED_WIDGETS = (forms.RadioSelect, forms.CheckboxSelectMultiple)


def _kind(widget):
    # Tick boxes first: Django's CheckboxSelectMultiple is a kind of RadioSelect.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.Select):
        return "select"
    return "input"


INPUT_CLASSES = {"input": "nhsuk-input", "textarea": "nhsuk-textarea", "select": "nhsuk-select"}


def _option_groups(field):
    """A group field's options as [(group name or None, [option, ...]), ...]: choices given in
    named groups (as for a <select>'s optgroups) are drawn as a fieldset each, inside the
    question's own, so a long list reads as a few short ones."""
    widget = field.field.widget
    groups = widget.optgroups(field.html_name, widget.format_value(field.value()), {"id": field.auto_id})
    return [
        (name, [BoundWidget(widget, option, field.form.renderer) for option in options]) for name, options, _ in groups
    ]


@register.inclusion_tag("core/includes/form_field.html")
def form_field(field, label_size="s", mark_optional=True):
    """Render one bound field in the NHS.UK pattern that fits its widget. Filters set
    `mark_optional=False`: every filter is optional, so saying so is noise."""
    kind = _kind(field.field.widget)
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hint")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
    attrs = {}
    if kind in INPUT_CLASSES:
        css = INPUT_CLASSES[kind]
        attrs["class"] = f"{css} {css}--error" if field.errors else css
        if described_by:
            attrs["aria-describedby"] = " ".join(described_by)
    if kind == "checkbox":
        attrs["class"] = "nhsuk-checkboxes__input"
    return {
        "field": field,
        "kind": kind,
        "label_size": label_size,
        "mark_optional": mark_optional and not field.field.required,
        "described_by": " ".join(described_by),
        "widget": field.as_widget(attrs=attrs) if kind not in ("radios", "checkboxes") else None,
        "groups": _option_groups(field) if kind in ("radios", "checkboxes") else None,
    }


@register.simple_tag(takes_context=True)
def page_errors(context):
    """Every error of every form on the page, each linking to its field, for the NHS.UK error
    summary at the top of `main` and the "Error: " that starts the page title (base.html).

    The forms are found in the page's context, so every form page follows the pattern without
    naming its forms again. `type()` rather than `isinstance()`, so that lazy objects in the
    context (the user, site settings) are not loaded to find out."""
    forms_with_errors = []
    for value in context.flatten().values():
        is_form = issubclass(type(value), forms.BaseForm)
        if is_form and value.is_bound and value.errors and all(value is not form for form in forms_with_errors):
            forms_with_errors.append(value)
    errors = []
    for form in forms_with_errors:
        errors += [{"message": message, "href": ""} for message in form.non_field_errors()]
        for field in form:
            # A group links to its first option, as the NHS.UK pattern asks.
            grouped = isinstance(field.field.widget, GROUPED_WIDGETS) and field.subwidgets
            target = field.subwidgets[0].id_for_label if grouped else field.auto_id
            errors += [{"message": message, "href": f"#{target}"} for message in field.errors]
    return errors
