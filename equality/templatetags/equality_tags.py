"""The box that offers the equality form, for any room's page to show after something worth
counting: `{% equality_offer page %}` after a consultation answer, `{% equality_offer "sign_up" %}`
on the account page, `{% equality_offer "people_bank" %}` once a People Bank entry is confirmed.
It shows only when the room's view called `equality.offers.make_offer` for that occasion in
this session and the offer has not been used."""

from django import template
from django.urls import reverse

from equality.offers import pending_offer

register = template.Library()


@register.inclusion_tag("equality/includes/offer.html", takes_context=True)
def equality_offer(context, occasion, heading_level=2):
    request = context.get("request")
    token = pending_offer(request, occasion) if request is not None else None
    return {"url": reverse("equality:form", args=[token]) if token else "", "heading_level": heading_level}
