"""The People Bank's section on a member's account page (people/account_sections.py)."""

from django.template.loader import render_to_string

from people.account_sections import register

from .managing import entry_of_member


def people_bank_section(request):
    return render_to_string(
        "people_bank/account_section.html", {"entry": entry_of_member(request.user)}, request=request
    )


register("people_bank", people_bank_section)
