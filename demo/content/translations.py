"""The home page and the open birth centre consultation in Welsh and Urdu: Wagtail's copies
for translation (each page has a locale), filled in with our own plain Welsh and Urdu.

The questions keep their places and stored names, so answers given in either language join
the English consultation's responses (consultations/questionnaire.py). Running again changes
nothing that is already right.
"""

from wagtail.models import Locale, Site

from consultations.models import ConsultationPage
from core import published
from demo.building import heading, inset, publish, text

HOME = {
    "cy": {
        "title": "Dweud eich dweud am wasanaethau iechyd",
        "introduction": (
            "Dysgwch am newidiadau i wasanaethau'r GIG yn Kellsmoor, Wendlebridge, Harrowmere a Dyffryn Oakhythe. "
            "Dywedwch wrthym beth rydych chi'n ei feddwl, er mwyn i ni eu cael yn iawn."
        ),
        "body": [
            heading("Beth gallwch chi ei wneud yma"),
            text(
                "<p>Darllenwch am newidiadau rydym yn eu cynllunio, ac atebwch ein cwestiynau. "
                "Mae rhai tudalennau yn Gymraeg. Mae'r lleill yn Saesneg, gyda'r botymau a'r ffurflenni yn Gymraeg.</p>"
            ),
            inset("<p>Gallwch ofyn am hyn mewn iaith arall, mewn print bras neu mewn Iaith Arwyddion Prydain.</p>"),
        ],
    },
    "ur": {
        "title": "صحت کی خدمات کے بارے میں اپنی رائے دیں",
        "introduction": (
            "کیلزمور، وینڈل برج، ہیرومیئر اور اوک ہائیتھ ویل میں این ایچ ایس کی خدمات میں تبدیلیوں کے بارے میں جانیں۔ "
            "ہمیں بتائیں کہ آپ کیا سوچتے ہیں، تاکہ ہم انہیں ٹھیک کر سکیں۔"
        ),
        "body": [
            heading("آپ یہاں کیا کر سکتے ہیں"),
            text(
                "<p>ان تبدیلیوں کے بارے میں پڑھیں جن کا ہم منصوبہ بنا رہے ہیں، اور ہمارے سوالوں کے جواب دیں۔ "
                "کچھ صفحے اردو میں ہیں۔ باقی انگریزی میں ہیں، لیکن بٹن اور فارم اردو میں ہیں۔</p>"
            ),
            inset("<p>آپ یہ کسی اور زبان میں، بڑے حروف میں یا برٹش سائن لینگویج میں مانگ سکتے ہیں۔</p>"),
        ],
    },
}

BIRTH_CENTRE = {
    "cy": {
        "title": "Symud y ganolfan eni yn Ysbyty Cyffredinol Wendlebridge",
        "summary": (
            "Rydym eisiau symud y ganolfan eni yn Ysbyty Cyffredinol Wendlebridge fel ei bod wrth ymyl y ward esgor. "
            "Dywedwch wrthym beth rydych chi'n ei feddwl."
        ),
        "audience": "Pobl sy'n disgwyl babi, neu a allai gael babi, a'u teuluoedd",
        "body": [
            heading("Beth yw'r ganolfan eni"),
            text("<p>Mae'r ganolfan eni yn lle tawel, cartrefol i roi genedigaeth. Bydwragedd sy'n ei rhedeg.</p>"),
            heading("Beth rydym eisiau ei newid"),
            text(
                "<p>Rydym eisiau symud y ganolfan eni i'r ystafelloedd wrth ymyl y ward esgor. Os oes angen meddyg "
                "arnoch, byddai'n agos.</p>"
            ),
            inset("<p>Nid ydym wedi penderfynu eto. Byddwn yn darllen pob ateb cyn i'n bwrdd benderfynu.</p>"),
        ],
        "key_dates": [
            "Dechreuon ni ofyn am farn",
            "Sesiwn galw heibio yn Llyfrgell Wendlebridge",
            "Sesiwn ar-lein gyda'r nos",
            "Y diwrnod olaf i ateb",
        ],
        "other_languages": (
            "Mae'r dudalen hon a'r cwestiynau yn Gymraeg, yn Saesneg, yn Wrdw ac yn Bwyleg. "
            "Ffoniwch ni i ofyn am gopi, neu i ateb gyda chyfieithydd am ddim."
        ),
        "questions": [
            (
                "A ydych chi wedi cael babi, neu wedi bod yn feichiog, yn y 3 blynedd diwethaf?",
                ["Do", "Naddo, ond rwy'n bwriadu", "Naddo", "Byddai'n well gennyf beidio â dweud"],
            ),
            (
                "Sut ydych chi'n teimlo am symud y ganolfan eni wrth ymyl y ward esgor?",
                ["Rwy'n hoffi'r syniad", "Dydw i ddim yn siŵr", "Dydw i ddim yn hoffi'r syniad"],
            ),
            (
                "Beth sydd bwysicaf i chi mewn canolfan eni?",
                [
                    "Ystafell dawel, gartrefol",
                    "Pwll geni",
                    "Meddyg yn agos os oes angen",
                    "Lle i'm partner aros",
                    "Parcio hawdd",
                    "Staff sy'n siarad fy iaith",
                ],
            ),
            (
                "Sut byddech chi'n cyrraedd y ganolfan eni?",
                [
                    "Mewn car",
                    "Mewn tacsi",
                    "Ar y bws",
                    "Ar droed",
                    "Byddai rhywun yn fy ngyrru",
                    "Dydw i ddim yn gwybod eto",
                ],
            ),
            ("Beth sy'n eich poeni am y symud, os unrhyw beth?", []),
            ("Oes gennych chi unrhyw syniadau eraill ar gyfer y ganolfan eni newydd?", []),
        ],
    },
    "ur": {
        "title": "وینڈل برج جنرل ہسپتال میں برتھ سینٹر کی منتقلی",
        "summary": (
            "ہم وینڈل برج جنرل ہسپتال میں برتھ سینٹر کو لیبر وارڈ کے ساتھ والے کمروں میں لے جانا چاہتے ہیں۔ "
            "ہمیں بتائیں کہ آپ کیا سوچتے ہیں۔"
        ),
        "audience": "وہ لوگ جو بچے کی توقع کر رہے ہیں، یا جن کا بچہ ہو سکتا ہے، اور ان کے گھر والے",
        "body": [
            heading("برتھ سینٹر کیا ہے"),
            text("<p>برتھ سینٹر بچے کی پیدائش کے لیے ایک پرسکون، گھر جیسی جگہ ہے۔ اسے مڈوائفز چلاتی ہیں۔</p>"),
            heading("ہم کیا بدلنا چاہتے ہیں"),
            text(
                "<p>ہم برتھ سینٹر کو لیبر وارڈ کے ساتھ والے کمروں میں لے جانا چاہتے ہیں۔ "
                "اگر آپ کو ڈاکٹر کی ضرورت ہو تو وہ قریب ہوگا۔</p>"
            ),
            inset("<p>ہم نے ابھی فیصلہ نہیں کیا۔ ہمارا بورڈ فیصلہ کرنے سے پہلے ہم ہر جواب پڑھیں گے۔</p>"),
        ],
        "key_dates": [
            "ہم نے رائے مانگنا شروع کی",
            "وینڈل برج لائبریری میں ملاقات",
            "شام کو آن لائن ملاقات",
            "جواب دینے کا آخری دن",
        ],
        "other_languages": (
            "یہ صفحہ اور سوال اردو، انگریزی، ویلش اور پولش میں ہیں۔ "
            "نقل مانگنے کے لیے، یا مفت ترجمان کے ساتھ جواب دینے کے لیے ہمیں فون کریں۔"
        ),
        "questions": [
            (
                "کیا پچھلے 3 سال میں آپ کا بچہ ہوا ہے، یا آپ حاملہ رہی ہیں؟",
                ["ہاں", "نہیں، لیکن میرا ارادہ ہے", "نہیں", "میں نہیں بتانا چاہتا/چاہتی"],
            ),
            (
                "برتھ سینٹر کو لیبر وارڈ کے ساتھ لے جانے کے بارے میں آپ کیا محسوس کرتے ہیں؟",
                ["مجھے یہ خیال پسند ہے", "مجھے یقین نہیں", "مجھے یہ خیال پسند نہیں"],
            ),
            (
                "برتھ سینٹر میں آپ کے لیے سب سے اہم کیا ہے؟",
                [
                    "ایک پرسکون، گھر جیسا کمرہ",
                    "برتھ پول",
                    "ضرورت ہو تو قریب ڈاکٹر",
                    "میرے ساتھی کے رہنے کی جگہ",
                    "آسان پارکنگ",
                    "عملہ جو میری زبان بولے",
                ],
            ),
            (
                "آپ برتھ سینٹر کیسے پہنچیں گے؟",
                ["گاڑی سے", "ٹیکسی سے", "بس سے", "پیدل", "کوئی مجھے لے جائے گا", "ابھی معلوم نہیں"],
            ),
            ("اگر کوئی بات ہے تو منتقلی کے بارے میں آپ کو کیا فکر ہے؟", []),
            ("کیا نئے برتھ سینٹر کے لیے آپ کے کوئی اور خیالات ہیں؟", []),
        ],
    },
}


def build_translations():
    """Welsh and Urdu copies of the home page and the birth centre consultation. Returns
    summary lines."""
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    consultation = published.originals(ConsultationPage.objects.filter(slug="birth-centre-move")).get()
    lines = []
    for code in HOME:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        lines.append(publish(_translation(home, locale), **HOME[code]))
        spec = dict(BIRTH_CENTRE[code])
        questions = spec.pop("questions")
        # When people can answer is the original's, whenever the demo moves it.
        spec["opens_at"], spec["closes_at"] = consultation.opens_at, consultation.closes_at
        spec["key_dates"] = [
            {"date": key_date.date, "description": description}
            for key_date, description in zip(consultation.key_dates.all(), spec["key_dates"], strict=True)
        ]
        spec["form_fields"] = [
            {**_question_fields(question), "label": label, "choices": "\n".join(choices)}
            for question, (label, choices) in zip(consultation.form_fields.all(), questions, strict=True)
        ]
        lines.append(publish(_translation(consultation, locale), **spec))
    return lines


def _translation(page, locale):
    """The page's copy in `locale`, made now if there is none: any page above it with no copy
    of its own (the consultation finder) gets an alias, as Wagtail's "Translate" does."""
    found = page.get_translation_or_none(locale)
    if found is None:
        found = page.copy_for_translation(locale, copy_parents=True)
    return found.specific


def _question_fields(question):
    """What a copied question keeps from the original: its kind, whether it must be answered,
    and the name its answers are stored under."""
    return {"field_type": question.field_type, "required": question.required, "clean_name": question.clean_name}
