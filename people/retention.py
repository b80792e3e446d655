"""Deleting what the privacy notice says we keep for a limited time.

Each room registers the rules for what it keeps, when its app is ready, and
`manage.py apply_retention` (or the `apply_retention` task, for the task worker) runs them all
and reports what each removed. Run it once a day: README, Operations.

A rule is a name and a function that takes the time now, deletes (or warns about) what is out
of date, and returns {what it removed, in plain words: how many}. A rule must be safe to run
again at once, and must count only what it changed. To join, as the People Bank does for its
unconfirmed entries:

    # in the room's AppConfig.ready()
    from people.retention import Rule, register

    register(Rule(name="people_bank_unconfirmed", purge=purge_unconfirmed_entries))

The periods come from settings (config/settings/base.py), which read them from the
environment; the privacy notice states them, so change the notice with them.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rule:
    name: str
    purge: Callable


_rules: dict[str, Rule] = {}


def register(rule):
    _rules[rule.name] = rule


def rules():
    return [_rules[name] for name in sorted(_rules)]


def apply_retention(now=None):
    """Run every rule, each in its own transaction. Returns [(what, how many)] for every rule,
    noughts included, so the report shows each rule ran."""
    now = now or timezone.now()
    removed = []
    for rule in rules():
        with transaction.atomic():
            counts = rule.purge(now)
        for what, count in counts.items():
            removed.append((str(what), count))
            logger.info("Retention: %s: %s", what, count)
    return removed
