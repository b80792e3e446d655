from django.db import migrations, models


def mark_whole_area(apps, schema_editor):
    """The place the site was set up with for everywhere (slug "whole-area") means the whole area."""
    apps.get_model("consultations", "Place").objects.filter(slug="whole-area").update(covers_whole_area=True)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0003_question_help_and_outcome_contact"),
    ]

    operations = [
        migrations.AddField(
            model_name="place",
            name="covers_whole_area",
            field=models.BooleanField(
                default=False,
                help_text="Tick for the place that means everywhere we serve. Its consultations show up for every place.",
                verbose_name="the whole area",
            ),
        ),
        migrations.RunPython(mark_whole_area, migrations.RunPython.noop),
    ]
