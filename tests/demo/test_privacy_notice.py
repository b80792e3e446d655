"""The demo's privacy notice promises only what the site does: each period it gives is the one
the retention rules use, and what it says about deleting an account is what deletion does
(tests/people/test_erasure.py and test_retention.py test the doing)."""

import re

from django.conf import settings

from demo.content.site import PAGES
from people.forms import DeleteAccountForm


def notice_text():
    """Every word of the privacy notice's body, tags and line breaks taken out."""
    (spec,) = [page for page in PAGES if page["slug"] == "privacy-notice"]
    words = []

    def gather(value):
        if isinstance(value, str):
            words.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                gather(item)
        elif isinstance(value, list | tuple):
            for item in value:
                gather(item)

    gather(spec["body"])
    return " ".join(re.sub(r"<[^>]+>", " ", " ".join(words)).split())


def test_each_period_in_the_notice_is_the_one_the_site_uses():
    notice = notice_text()

    assert "Until you delete it, or 2 years after you last log in." in notice
    assert settings.INACTIVE_ACCOUNT_DAYS == 2 * 365
    assert "We email you a month before we delete it." in notice
    assert settings.INACTIVE_ACCOUNT_WARNING_DAYS == 30
    assert "2 years after the survey closes, we take off your email address and the link to your account" in notice
    assert settings.SURVEY_CONTACT_DETAILS_DAYS == 2 * 365
    # Suggestions go when SURVEY_CONTACT_DETAILS_DAYS have passed since their last change (feedback/personal_data.py).
    assert "2 years after the last news we sent you about it. Then we delete it" in notice
    assert "Our copy of each email we send you 2 years after we send it." in notice
    assert settings.SENT_EMAIL_RECORD_DAYS == 2 * 365


def test_what_the_notice_says_about_deleting_an_account_is_what_the_delete_page_offers():
    notice = notice_text()
    choices = dict(DeleteAccountForm.base_fields["posts"].choices)

    assert "There you can download a copy of what this website keeps about you." in notice
    assert "You can also delete your account." in notice
    assert "all we hold" not in notice and "everything in it" not in notice
    assert "We can delete them, or keep them with the name “Former member” instead of yours." in notice
    assert choices == {
        DeleteAccountForm.REMOVE: "Delete them",
        DeleteAccountForm.KEEP: "Keep them, with the name “Former member” instead of yours",
    }
    assert "If we delete your account because you have not logged in, we keep them with that name." in notice
    assert "The note does not say whose it was." in notice
