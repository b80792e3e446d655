"""Receivers for Wagtail's page signals, connected in FeedbackConfig.ready()."""

from django.db import transaction
from wagtail.signals import page_published

from outcomes.models import OutcomePage

from .involvement import ask_about_involvement


def queue_involvement_check(sender, instance, **kwargs):
    """After an outcome is published (and committed), ask the people who wanted to hear it how
    we involved them. Like the outcome notice, a republish asks nobody twice."""
    if instance.consultation_id is None:
        return
    transaction.on_commit(lambda: ask_about_involvement.enqueue(instance.pk))


page_published.connect(queue_involvement_check, sender=OutcomePage, dispatch_uid="feedback.queue_involvement_check")
