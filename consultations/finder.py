"""The consultation finder: filters, text search, "open now" first, pagination."""

from django.db.models import Case, DateTimeField, F, Q, When

from core import published
from core.pagination import paginate
from search.finding import find

from .forms import FinderForm
from .models import ConsultationPage

PER_PAGE = 10


def find_consultations(index_page, request):
    """Context for the finder page: the filter form, the matching consultations and a count,
    and whether the words could not be searched for (`search_unavailable`)."""
    form = FinderForm(request.GET or None)
    consultations = (
        published.public(ConsultationPage.objects.live())
        .child_of(index_page)
        .with_stage()
        .select_related("topic", "place")
    )
    words = ""
    if form.is_valid():
        filters = form.cleaned_data
        words = filters["q"]
        if filters["stage"]:
            consultations = consultations.filter(current_stage=filters["stage"])
        if filters["topic"]:
            consultations = consultations.filter(topic=filters["topic"])
        if filters["place"]:
            # A consultation about the whole area is about every place in it.
            consultations = consultations.filter(Q(place=filters["place"]) | Q(place__covers_whole_area=True))
    consultations = _open_first(consultations)
    found = find(request, words, within=consultations, per_page=PER_PAGE) if words else None
    # Search not working: the list matches the other filters only, and the page says so.
    # Most people look through a short list anyway; an empty page would leave them stuck.
    search_unavailable = bool(words) and found is None
    pagination = found.pagination if found else paginate(request, consultations, PER_PAGE)
    return {
        "finder_form": form,
        "consultations": pagination.page_obj,
        "result_count": pagination.page_obj.paginator.count,
        "is_filtered": form.is_valid() and any(form.cleaned_data.values()),
        "search_unavailable": search_unavailable,
        **pagination.as_context(),
    }


def _open_first(consultations):
    """Open first (closing soonest at the top), then coming soon (opening soonest), then the
    closed ones, most recently closed first."""
    soon = Case(
        When(stage_order=0, then=F("closes_at")),
        When(stage_order=1, then=F("opens_at")),
        output_field=DateTimeField(),
    )
    past = Case(When(stage_order__gte=2, then=F("closes_at")), output_field=DateTimeField())
    return consultations.annotate(soon=soon, past=past).order_by(
        "stage_order", F("soon").asc(nulls_last=True), F("past").desc(nulls_last=True), "pk"
    )
