"""The easy read version of the open birth centre consultation: one idea a point, each with a
simple picture beside it, and the consultation's questions in easy words (their easy read
wording is in demo/content/consultations.py). The pictures are drawn here with Pillow, so the
demo needs no image files of its own."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as Picture
from PIL import ImageDraw
from wagtail.images import get_image_model

from consultations.models import EasyReadPage
from demo.building import upsert

SIZE = 400
INK = "#005eb8"
FILL = "#e8edee"


def _house(draw):
    draw.polygon([(60, 190), (200, 70), (340, 190)], fill=INK)
    draw.rectangle([95, 190, 305, 340], outline=INK, width=14)
    draw.rectangle([175, 250, 225, 340], fill=INK)


def _arrow(draw):
    draw.rectangle([60, 170, 260, 230], fill=INK)
    draw.polygon([(250, 110), (350, 200), (250, 290)], fill=INK)


def _person(draw):
    draw.ellipse([150, 60, 250, 160], fill=INK)
    draw.rounded_rectangle([110, 180, 290, 350], radius=40, fill=INK)
    draw.rectangle([185, 220, 215, 310], fill=FILL)
    draw.rectangle([155, 250, 245, 280], fill=FILL)


def _bed(draw):
    draw.rectangle([50, 220, 350, 290], fill=INK)
    draw.rectangle([50, 150, 80, 330], fill=INK)
    draw.rectangle([320, 200, 350, 330], fill=INK)
    draw.ellipse([95, 170, 155, 220], fill=INK)
    draw.ellipse([165, 170, 225, 220], fill=INK)


def _speech(draw):
    draw.ellipse([50, 70, 350, 280], fill=INK)
    draw.polygon([(110, 250), (90, 350), (190, 270)], fill=INK)
    for left in (120, 185, 250):
        draw.ellipse([left, 160, left + 30, 190], fill=FILL)


PICTURES = {
    "Easy read: a building": _house,
    "Easy read: an arrow": _arrow,
    "Easy read: a nurse": _person,
    "Easy read: a double bed": _bed,
    "Easy read: a speech bubble": _speech,
}


def picture(title):
    """The demo picture with this title, drawn and saved the first time it is asked for."""
    image = get_image_model().objects.filter(title=title).first()
    if image is None:
        canvas = Picture.new("RGB", (SIZE, SIZE), FILL)
        PICTURES[title](ImageDraw.Draw(canvas))
        data = BytesIO()
        canvas.save(data, "PNG")
        name = title.split(": ")[1].replace(" ", "-") + ".png"
        image = get_image_model().objects.create(title=title, file=ImageFile(data, name=f"easy-read-{name}"))
    return image


def point(title, alt_text, text):
    return ("point", {"image": picture(title), "alt_text": alt_text, "text": text})


def build_easy_read(pages):
    """The easy read pages, under the pages they are versions of. Returns summary lines."""
    spec = {
        "slug": "easy-read",
        "title": "Moving the birth centre: easy read",
        "points": [
            point(
                "Easy read: a building",
                "A drawing of a building.",
                "The birth centre is a calm place to have a baby.\nMidwives look after you there.",
            ),
            point(
                "Easy read: an arrow",
                "A drawing of an arrow pointing to the right.",
                "We want to move the birth centre.\nIt would be next to the labour ward.",
            ),
            point(
                "Easy read: a nurse",
                "A drawing of a nurse.",
                "If you need a doctor, one would be close by.\nYou would have the same midwives.",
            ),
            point(
                "Easy read: a double bed",
                "A drawing of a double bed.",
                "The new rooms would have a birth pool.\nThey would have big beds, so your partner can stay.",
            ),
            point(
                "Easy read: a speech bubble",
                "A drawing of a speech bubble.",
                "We have not made up our minds yet.\nTell us what you think.\nYou can answer the questions below.",
            ),
        ],
    }
    return [upsert(pages["birth-centre-move"], EasyReadPage, spec, pages)]
