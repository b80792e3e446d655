"""The public insight dashboard (/insight/) and its figures as open data: one CSV per chart and
all of them as JSON, at stable addresses listed in the README."""

import csv

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone

from . import insight


def dashboard(request):
    today = timezone.localdate()
    first, last = insight.period(today)
    context = {"tables": insight.dashboard(today), "first": first, "last": last, "licence": insight.LICENCE}
    return render(request, "feedback/insight.html", context)


def data_json(request):
    today = timezone.localdate()
    first, last = insight.period(today)
    data = {
        "licence": str(insight.LICENCE),
        "period": {"first_month": first.isoformat(), "last_month": last.isoformat()},
        "note": "A figure is null where it is withheld to protect people's privacy; 'shown' says what the page shows.",
        "tables": {
            table.slug: {"title": str(table.title), "label": str(table.label_heading), "records": table.as_records()}
            for table in insight.dashboard(today)
        },
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})


def data_csv(request, slug):
    table = next((table for table in insight.dashboard() if table.slug == slug), None)
    if table is None:
        raise Http404
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug}.csv"'
    writer = csv.DictWriter(response, fieldnames=["label", "series", "figure", "shown"])
    writer.writeheader()
    writer.writerows(table.as_records())
    return response
