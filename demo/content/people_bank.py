"""The demo's People Bank: a few made-up people who joined and confirmed, one of them paused, so
that the engagement lead's view has something to filter, count and export."""

from django.utils import timezone

from people_bank import consent
from people_bank.models import Entry, EntryWay
from taxonomy.models import Place, Topic

MEMBERS = [
    # name, e-mail, place slug or postcode district, topic slugs, ways, paused
    ("Aisha Rahman", "aisha.bank@example.org", "wendlebridge", ["maternity"], ["surveys", "focus_groups"], False),
    ("Tom Hartley", "tom.bank@example.org", "kellsmoor", ["gp-appointments"], ["surveys", "events"], False),
    ("Maria Nowak", "maria.bank@example.org", "KM3", ["repeat-prescriptions"], ["reader_panel"], False),
    ("Dev Patel", "dev.bank@example.org", "harrowmere", ["minor-injuries"], ["forum", "patient_leader"], True),
]


def build_people_bank():
    now = timezone.now()
    for name, email, area, topics, ways, paused in MEMBERS:
        place = Place.objects.filter(slug=area).first()
        entry, _created = Entry.objects.update_or_create(
            email=email,
            defaults={
                "name": name,
                "place": place,
                "postcode_district": "" if place else area,
                "paused": paused,
                "consented_at": now,
                "consent_version": consent.VERSION,
                "confirmed_at": now,
                "last_active_at": now,
            },
        )
        entry.topics.set(Topic.objects.filter(slug__in=topics))
        entry.way_set.all().delete()
        EntryWay.objects.bulk_create(EntryWay(entry=entry, way=way) for way in ways)
    return [f"People Bank: {len(MEMBERS)} members who confirmed, 1 paused"]
