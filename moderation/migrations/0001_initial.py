"""The safeguarding word list moves here from the forum, which made its table (forum 0001)
and its first words (forum 0002): this tells Django the model is now ours, gives the table
this app's name, and moves its content type, so moderators' permissions on it stay theirs."""

from django.db import migrations, models

from core.moving_models import move_content_types


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("forum", "0007_post_hidden_index"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="SafeguardingTerm",
                    fields=[
                        ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("phrase", models.CharField(max_length=100, unique=True, verbose_name="word or phrase")),
                    ],
                    options={
                        "verbose_name": "safeguarding word or phrase",
                        "verbose_name_plural": "safeguarding words and phrases",
                        "ordering": ["phrase"],
                        "db_table": "forum_safeguardingterm",
                    },
                ),
            ],
        ),
        migrations.AlterModelTable(name="safeguardingterm", table=None),
        move_content_types("forum", "moderation", ["safeguardingterm"]),
    ]
