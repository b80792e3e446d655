"""Feedback, stories and consultations point at the same service: an editor names the service
a consultation (or a service change) is about, its page links to the service's feedback page,
and that page lists what is being consulted on or changed there."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from consultations.models import ConsultationPage
from demo.factories.consultations import ConsultationIndexPageFactory, ConsultationPageFactory
from tests.consultations.test_admin_editing import consultation_data
from tests.service_changes.test_service_changes import add_service_change, add_service_changes_index

pytestmark = pytest.mark.django_db


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_an_editor_names_the_service_and_each_page_links_to_the_other(admin_client, home_page, service):
    finder = ConsultationIndexPageFactory(parent=home_page)
    add_url = reverse("wagtailadmin_pages:add", args=["consultations", "consultationpage", finder.pk])
    assert 'name="service"' in admin_client.get(add_url).content.decode()  # the service chooser

    response = admin_client.post(add_url, consultation_data(service=service.pk))
    assert response.status_code == 302
    consultation = ConsultationPage.objects.get(slug="birth-centre")
    assert consultation.service == service

    page = soup(admin_client, consultation.url)
    link = page.find("a", string="Tell us about Minor injuries unit and see what people said")
    assert link["href"] == f"/feedback/services/{service.slug}/"

    feedback = soup(admin_client, link["href"])
    listed = feedback.find("section", attrs={"aria-labelledby": "have-your-say-heading"})
    assert listed.find("a", string="Moving the birth centre")["href"] == consultation.url


def test_the_service_page_lists_only_its_own_published_consultations_and_changes(client, home_page, service):
    finder = ConsultationIndexPageFactory(parent=home_page)
    ConsultationPageFactory(parent=finder, title="Opening hours at the unit", service=service)
    ConsultationPageFactory(parent=finder, title="Somewhere else")  # about no service
    draft = ConsultationPageFactory(parent=finder, title="Not published yet", service=service)
    draft.unpublish()
    change = add_service_change(
        add_service_changes_index(home_page), title="Closing the unit at night", service=service
    )
    link = soup(client, change.url).find("a", string="Tell us about Minor injuries unit and see what people said")
    assert link["href"] == f"/feedback/services/{service.slug}/"

    listed = soup(client, f"/feedback/services/{service.slug}/").find(
        "section", attrs={"aria-labelledby": "have-your-say-heading"}
    )

    assert [link.get_text() for link in listed.find_all("a")] == [
        "Opening hours at the unit",
        "Closing the unit at night",
    ]


def test_a_service_with_nothing_to_consult_on_says_nothing_about_it(client, service):
    page = soup(client, f"/feedback/services/{service.slug}/")
    assert page.find(id="have-your-say-heading") is None
