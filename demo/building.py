"""Building blocks for the demo content: links between demo pages, StreamField blocks written
as data, and an idempotent publish that only makes a revision when something changed.

Every room's demo builder (`demo/content/site.py`, the engagement cycle's rooms and `forum.py`)
uses these, so that running `manage.py load_demo_content` again changes nothing that is already
right.
"""

from dataclasses import dataclass

from wagtail.models import Orderable


@dataclass(frozen=True)
class PageRef:
    """A link to another demo page by its slug. Pages link to each other, so links are filled
    in only once every page exists."""

    slug: str


def heading(text):
    return ("heading", text)


def text(html):
    return ("text", html)


def inset(html):
    return ("inset_text", {"body": html})


def details(title, html):
    return ("details", {"title": title, "body": [("richtext", html)]})


def warning(title, html):
    return ("warning_callout", {"title": title, "heading_level": 2, "body": html})


def care_card(kind, title, *body):
    return ("care_card", {"type": kind, "heading_level": 2, "title": title, "body": list(body)})


def action_link(label, target):
    """A green arrow link to a demo page (a ``PageRef``) or to another website (a URL)."""
    if isinstance(target, PageRef):
        return ("action_link", {"text": label, "internal_page": target})
    return ("action_link", {"text": label, "external_url": target})


def table(caption, rows, row_headers=False):
    """A table whose first row holds the column headings."""
    return (
        "table",
        {"table_caption": caption, "data": rows, "first_row_is_table_header": True, "first_col_is_header": row_headers},
    )


def cards(*items):
    """Clickable cards side by side, each given as (heading, description, PageRef)."""
    body = [
        ("card_clickable", {"heading": title, "heading_level": 3, "body": f"<p>{about}</p>", "internal_page": ref})
        for title, about, ref in items
    ]
    return ("card_group", {"column": "one-third", "body": body})


def resolve(value, pages):
    """Replace every ``PageRef`` in nested page data with the page it names."""
    if isinstance(value, PageRef):
        return pages[value.slug]
    if isinstance(value, dict):
        return {key: resolve(item, pages) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(resolve(item, pages) for item in value)
    return value


def upsert(parent, model, spec, pages, before=None):
    """Create or update the page of this type with this slug under `parent`, and publish it if
    anything changed. A new page goes just before `before`, when given. `PageRef`s in the data
    are looked up in `pages`, to which the page is added."""
    fields = resolve(spec, pages)
    slug = fields.pop("slug")
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        plain = {name: value for name, value in fields.items() if not is_relation(model, name)}
        page = parent.add_child(instance=model(slug=slug, live=False, **plain))
        if before is not None:
            page.move(before, pos="left")
            page = model.objects.get(pk=page.pk)
    pages[slug] = page
    return publish(page, **fields)


def publish(page, **fields):
    """Set the fields, inline children (a list of dicts each) and many-to-many links (a list),
    and publish a revision, unless the live page already says the same, so that running the
    command again does not pile up revisions."""
    before = snapshot(page, fields)
    for name, value in fields.items():
        field = page._meta.get_field(name)
        setattr(page, name, _children(field.related_model, value) if field.one_to_many else value)
    if page.live and snapshot(page, fields) == before:
        status = "unchanged"
    else:
        page.save_revision().publish()
        status = "published"
    return f"{page.title} ({page.url}): {status}"


def _children(model, items):
    """Inline children in the order given. Orderable ones get their sort_order set, without
    which PostgreSQL may return them (questions, themes) in any order."""
    if issubclass(model, Orderable):
        return [model(**item, sort_order=position) for position, item in enumerate(items)]
    return [model(**item) for item in items]


def is_relation(model, name):
    field = model._meta.get_field(name)
    return field.one_to_many or field.many_to_many


def snapshot(page, fields):
    """What the page says for these fields, in a form that can be compared with ==."""
    snapshot = {}
    for name, wanted in fields.items():
        field = page._meta.get_field(name)
        value = getattr(page, name)
        if field.one_to_many:
            keys = sorted({key for item in wanted for key in item})
            snapshot[name] = [{key: getattr(child, key) for key in keys} for child in value.all()]
        elif field.many_to_many:
            snapshot[name] = sorted(item.pk for item in value.all())
        elif field.many_to_one:
            snapshot[name] = getattr(page, field.attname)
        else:
            snapshot[name] = without_ids(field.get_prep_value(value))
    return snapshot


def without_ids(value):
    if isinstance(value, dict):
        return {key: without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    return value
