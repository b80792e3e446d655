"""Sections that rooms above `people` add to a member's account page.

People knows no room, so a room registers a function when its app is ready; the account page
shows what each returns (HTML, or "" to show nothing) after the member's own details:

    from people.account_sections import register

    register("people_bank", people_bank_section)  # request -> HTML
"""

from collections.abc import Callable

_sections: dict[str, Callable] = {}


def register(name, section):
    """Registering the same name again replaces it (apps' ready() may run more than once)."""
    _sections[name] = section


def sections_for(request):
    return [html for html in (section(request) for _name, section in sorted(_sections.items())) if html]
