"""The demo's topics, places and services: the service areas, towns and services of Kellsmoor
and Wendlebridge."""

from taxonomy.models import Place, Service, Topic

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

# (slug, name, place slug, topic slug, description): one service for each topic.
SERVICES = [
    (
        "minor-injuries-unit",
        "Minor injuries unit",
        "kellsmoor",
        "minor-injuries",
        "Care for cuts, sprains and small broken bones at Kellsmoor Community Hospital. No need to book.",
    ),
    (
        "birth-centre",
        "Maternity and birth centre",
        "wendlebridge",
        "maternity",
        "Midwives care for you before, during and after your baby's birth at Wendlebridge General Hospital.",
    ),
    (
        "gp-appointments",
        "GP appointments",
        "whole-area",
        "gp-appointments",
        "Booking to see a doctor, nurse or other member of the team at your GP practice.",
    ),
    (
        "repeat-prescriptions",
        "Repeat prescriptions",
        "whole-area",
        "repeat-prescriptions",
        "Ordering the medicines you take all the time, and picking them up from your local pharmacy.",
    ),
    (
        "crisis-cafe",
        "Mental health crisis café",
        "harrowmere",
        "mental-health-crisis",
        "A calm place in Harrowmere to talk to someone in the evening when you feel you cannot cope.",
    ),
    (
        "young-minds-support",
        "Young people's mental health support",
        "whole-area",
        "young-peoples-mental-health",
        "Help for children and young people with their feelings, in school, online and in clinics.",
    ),
    (
        "patient-transport",
        "Patient transport",
        "whole-area",
        "patient-transport",
        "Free rides to hospital appointments for people who cannot get there another way.",
    ),
    (
        "diabetes-clinics",
        "Diabetes community clinics",
        "wendlebridge",
        "diabetes",
        "Checks and advice for people with diabetes in Wendlebridge, with staff who speak Urdu, Punjabi and Polish.",
    ),
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
    for slug, name, place, topic, about in SERVICES:
        Service.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "description": about,
                "place": Place.objects.get(slug=place),
                "topic": Topic.objects.get(slug=topic),
            },
        )
    return [f"Topics: {len(TOPICS)}, places: {len(PLACES)}, services: {len(SERVICES)}"]


def labelled(spec):
    """A page's data with its topic, place and service (if it names one), given by slug, looked up."""
    looked_up = {"topic": Topic.objects.get(slug=spec["topic"]), "place": Place.objects.get(slug=spec["place"])}
    if "service" in spec:
        looked_up["service"] = Service.objects.get(slug=spec["service"])
    return {**spec, **looked_up}
