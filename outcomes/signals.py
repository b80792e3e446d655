"""Receivers for Wagtail's page signals, connected in OutcomesConfig.ready()."""

from django.db import transaction

from .notices import tell_subscribers


def queue_outcome_notices(sender, instance, **kwargs):
    """When an outcome is published, queue the e-mails to people who asked to hear it.

    Queued after the publish commits: the editor is not kept waiting for hundreds of e-mails,
    and a publish that is rolled back tells nobody. Runs on every publish, not just the first:
    the task only writes to people who have not been told, so a republish tells nobody twice
    but does reach anyone whose request arrived later (a paper response keyed in late).
    """
    if instance.consultation_id is None:
        return
    transaction.on_commit(lambda: tell_subscribers.enqueue(instance.pk))
