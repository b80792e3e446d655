"""The questionnaire on paper: a page to print and post to people who are not online, laid
out with space to write and boxes to tick. Staff key the answers in afterwards (Enter a paper
response), so the paper asks exactly the questions the form does, in the same order."""

from django.template.response import TemplateResponse


def paper_questionnaire(page, request):
    context = page.get_context(request)
    context["questions"] = page.get_form_fields()
    return TemplateResponse(request, "consultations/paper_questionnaire.html", context)
