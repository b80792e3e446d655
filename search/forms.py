"""The search form: a plain GET form, so searching, filtering and sorting work without
JavaScript and every results page has its own address."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .kinds import registered_kinds
from .site import NEWEST, RELEVANCE

SORT_CHOICES = [(RELEVANCE, _("Best match first")), (NEWEST, _("Newest first"))]


class SearchForm(forms.Form):
    """A kind or an order that is not one of the choices (from an edited address) is dropped,
    so the page shows every result rather than an error. Words that cannot be searched (a
    null character, which no one types) are an error the search box shows; `query` is then
    empty.

    `kinds` are the kinds on offer (the forum's search offers only its own); by default,
    every kind. After checking, `kinds` is what to search: the kinds ticked, or all on offer;
    `filtered` says whether any were ticked."""

    q = forms.CharField(
        label=_("Search this site"),
        required=False,
        error_messages={
            "null_characters_not_allowed": _("Your search has a character we cannot search for. Type it again.")
        },
    )
    kind = forms.MultipleChoiceField(label=_("Show only"), required=False, widget=forms.CheckboxSelectMultiple)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, widget=forms.RadioSelect, choices=SORT_CHOICES)

    def __init__(self, data, kinds=None):
        kinds = {kind.key: kind for kind in kinds or registered_kinds()}
        data = data.copy()
        data.setlist("kind", [key for key in data.getlist("kind") if key in kinds])
        if data.get("sort") not in dict(SORT_CHOICES):
            data["sort"] = RELEVANCE
        super().__init__(data)
        self.fields["kind"].choices = [(key, kind.plural) for key, kind in kinds.items()]
        self.is_valid()
        self.query = self.cleaned_data.get("q", "").strip()
        self.filtered = bool(self.cleaned_data["kind"])
        self.kinds = [kinds[key] for key in self.cleaned_data["kind"]] or list(kinds.values())
        self.sort = self.cleaned_data["sort"]

    @property
    def is_search_as_typed(self):
        """Whether this is the search as typed, not another page, filter or order of it: the
        one to count in the editors' statistics."""
        return "page" not in self.data and not self.filtered and self.sort == RELEVANCE
