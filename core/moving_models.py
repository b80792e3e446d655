"""For migrations that move models from one app to another: their content types move with them.

Pages, revisions, log entries, permissions and search index entries all point at a content type
by its id, so renaming the content type's app label, rather than making a new one, keeps every
one of them pointing at the right model. Used by the rooms that left the `consultations` app
(e.g. events/migrations/0002).
"""

from django.db import migrations


def move_content_types(from_app, to_app, model_names):
    """A migration operation giving the content types of `model_names` (lower case, as content
    types name them) the app label `to_app` instead of `from_app`; unapplied, it moves them back."""

    def forwards(apps, schema_editor):
        _relabel(apps, schema_editor.connection.alias, from_app, to_app, model_names)

    def backwards(apps, schema_editor):
        _relabel(apps, schema_editor.connection.alias, to_app, from_app, model_names)

    return migrations.RunPython(forwards, backwards)


def _relabel(apps, using, old_label, new_label, model_names):
    content_types = apps.get_model("contenttypes", "ContentType").objects.using(using)
    for model in model_names:
        old = content_types.filter(app_label=old_label, model=model).first()
        if old is None:
            # A new database: `migrate` makes the content types, with the new label, once it ends.
            continue
        # A `migrate` stopped part of the way may already have made one with the new label, with
        # only its own permissions pointing at it: the old one, that everything else points at, wins.
        content_types.filter(app_label=new_label, model=model).delete()
        old.app_label = new_label
        old.save(update_fields=["app_label"])
