"""The shared block library: NHS.UK design system components every page type can use.

Built on wagtailnhsukfrontend's blocks (https://github.com/nhsuk/wagtail-nhsuk-frontend), so
content looks and behaves like NHS.UK. Each block here is one an editor at a health body
needs to explain a service or a change in plain language.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtailnhsukfrontend import blocks as nhsuk


class ImageBlock(nhsuk.ImageBlock):
    """An image with a text alternative. Alt text is required: a picture that carries meaning
    must carry it for people who cannot see it too."""

    alt_text = blocks.CharBlock(
        required=True,
        help_text=_("Describe what the image shows, for people who cannot see it."),
    )

    class Meta:
        icon = "image"
        template = "wagtailnhsukfrontend/image.html"


class AccessibleTableBlock(TableBlock):
    """A data table with a caption and header cells, styled as an NHS.UK table."""

    class Meta:
        icon = "table"
        template = "core/blocks/table_block.html"
        table_options = {
            "contextMenu": ["row_above", "row_below", "col_left", "col_right", "remove_row", "remove_col"],
        }


class CardGroupBlock(nhsuk.CardGroupBlock):
    """Cards side by side, for signposting to related pages."""


class BaseStreamBlock(blocks.StreamBlock):
    """Every content block editors may use in the body of a page."""

    heading = blocks.CharBlock(
        form_classname="title",
        icon="title",
        template="core/blocks/heading_block.html",
        help_text=_("A section heading (level 2). Keep it short and say what the section is about."),
    )
    text = blocks.RichTextBlock(
        features=["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"],
        icon="pilcrow",
    )
    inset_text = nhsuk.InsetTextBlock()
    warning_callout = nhsuk.WarningCalloutBlock()
    care_card = nhsuk.CareCardBlock()
    details = nhsuk.DetailsBlock()
    action_link = nhsuk.ActionLinkBlock()
    card_group = CardGroupBlock()
    table = AccessibleTableBlock()
    image = ImageBlock()
