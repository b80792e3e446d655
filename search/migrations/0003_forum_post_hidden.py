"""Did once make the index of hidden forum posts, which the forum now makes itself (forum
migration 0007, which renames the index where this made it).

Kept, doing nothing, so that databases which ran it and new ones share one migration history.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0002_indexentry_title_body_gin")]

    operations = []
