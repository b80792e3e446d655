"""The demo's privacy notice promises only what the site does: each period it gives is the one
the retention rules use, and what it says about deleting an account is what deletion does
(tests/people/test_erasure.py and test_retention.py test the doing)."""

import re

from django.conf import settings

from demo.content.site import PAGES
from people.forms import DeleteAccountForm
from stories.models import Story


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
    assert "to confirm your story, we delete it after 7 days." in notice
    assert settings.STORIES_UNCONFIRMED_DAYS == 7


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


def test_what_the_notice_says_about_answers_and_the_people_bank_is_what_the_site_does():
    """tests/consultations/test_questionnaire.py links a logged-in member's answers to their
    account; tests/people_bank/test_invitations.py invites once and keeps one note per survey or
    event; tests/people/test_erasure.py deletes the entry and those notes with the account."""
    notice = notice_text()

    assert "If you are logged in when you answer a survey, a link from your answers to your account." in notice
    assert "Then, which surveys and events we emailed you about." in notice
    assert "never ask you twice about the same thing" in notice
    assert "We delete your People Bank details, if you joined it with this account" in notice


def test_what_the_notice_says_about_keeping_people_bank_details_is_what_the_retention_rule_does():
    """tests/people_bank/test_keeping.py tests the doing: changing, pausing or un-pausing an entry
    starts the 2 years again, the e-mail asks once, and "Keep me in" is the yes."""
    notice = notice_text()

    assert "If you do not follow the link we e-mail you to join, we delete them after 7 days." in notice
    assert settings.PEOPLE_BANK_UNCONFIRMED_DAYS == 7
    assert "If you do not change them for 2 years, we email you to ask if you want to stay." in notice
    assert settings.PEOPLE_BANK_INACTIVE_YEARS == 2
    assert "If you do not say yes within 30 days, we delete them." in notice
    assert settings.PEOPLE_BANK_INACTIVE_WARNING_DAYS == 30


def test_what_the_notice_says_about_patient_stories_is_what_the_site_keeps_and_erases():
    """tests/stories/test_personal_data.py tests the doing; this that the notice says it."""
    notice = notice_text()
    fields = {field.name for field in Story._meta.get_fields()}

    assert "your story, its title and topics, the service, the name you want shown with it" in notice
    assert {"text", "title", "topics", "service", "shown_name", "email", "user", "response"} <= fields
    assert "The same choice is for the patient stories we have published." in notice
    assert "keep them told by “A former member”, without your name or email address." in notice
    former = Story(user=None, email="", shown_name="")
    assert former.author_name == "A former member"
    assert "If we delete your account because you have not logged in, we keep them that way." in notice
    assert "We delete the stories we have not published." in notice
