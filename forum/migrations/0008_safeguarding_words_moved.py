"""The safeguarding word list, post states and hold reasons now belong to the `moderation`
app, which took over the word list's table (moderation 0001), because patient stories are
held by the same rules."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0007_post_hidden_index"),
        ("moderation", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[], state_operations=[migrations.DeleteModel("SafeguardingTerm")]
        ),
        migrations.AlterField(
            model_name="post",
            name="hold_reasons",
            field=models.JSONField(blank=True, default=list, help_text="moderation.HoldReason values."),
        ),
    ]
