"""The demo's topics and places: the service areas and towns of Kellsmoor and Wendlebridge."""

from taxonomy.models import Place, Topic

TOPICS = [
    ("minor-injuries", "Minor injuries", "Care for cuts, sprains and small broken bones that are not an emergency."),
    ("maternity", "Maternity", "Care before, during and after the birth of your baby, including the birth centre."),
    ("gp-appointments", "GP appointments", "How you book and see your GP practice team."),
    ("repeat-prescriptions", "Repeat prescriptions", "How you order medicines that you take all the time."),
    ("mental-health-crisis", "Mental health crisis support", "Help for adults who feel they cannot cope."),
    (
        "young-peoples-mental-health",
        "Children and young people's mental health",
        "Support for the feelings and mental health of children and young people.",
    ),
    (
        "patient-transport",
        "Patient transport",
        "Free transport to hospital for people who cannot get there another way.",
    ),
    ("diabetes", "Diabetes care", "Checks, advice and clinics for people who have diabetes."),
]

# slug, name, postcode districts (made up: no real postcode starts KM, WB, HM or OV)
PLACES = [
    ("kellsmoor", "Kellsmoor", "KM1 KM2 KM3 KM4"),
    ("wendlebridge", "Wendlebridge", "WB1 WB2 WB3"),
    ("harrowmere", "Harrowmere", "HM1 HM2"),
    ("oakhythe-vale", "Oakhythe Vale", "OV1 OV2 OV3"),
    ("whole-area", "Whole area", ""),
]


def build_taxonomy():
    """Create or update the topics and places. Returns summary lines."""
    for slug, name, about in TOPICS:
        Topic.objects.update_or_create(slug=slug, defaults={"name": name, "description": about})
    for slug, name, districts in PLACES:
        Place.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "covers_whole_area": slug == "whole-area", "postcode_districts": districts},
        )
    return [f"Topics: {len(TOPICS)}, places: {len(PLACES)}"]


def labelled(spec):
    """A page's data with its topic and place, given by slug, looked up."""
    return {**spec, "topic": Topic.objects.get(slug=spec["topic"]), "place": Place.objects.get(slug=spec["place"])}
