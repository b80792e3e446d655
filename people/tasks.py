"""Background work for people's data."""

from django_tasks import task

from .retention import apply_retention


@task()
def apply_retention_task():
    """The retention rules, for the task worker; returns what each removed."""
    return [[what, count] for what, count in apply_retention()]
