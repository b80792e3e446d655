"""Admin wiring for the plain-language check: the address its script re-checks at, and a
warning after each save of a page whose editor has the check."""

from django.contrib import messages
from django.urls import path
from django.utils.translation import gettext
from wagtail import hooks

from .panel import check_values, checked_fields
from .views import check_view


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
