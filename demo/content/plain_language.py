"""The demo's jargon list: the plain-language check's suggested swaps, for editors to try."""

from plain_language.checker import DEFAULT_JARGON
from plain_language.models import JargonTerm


def build_jargon_list():
    """Create or update a jargon term for each of `DEFAULT_JARGON`. Returns summary lines."""
    for term, plain in DEFAULT_JARGON.items():
        JargonTerm.objects.update_or_create(term=term, defaults={"plain_alternative": plain})
    return [f"Jargon terms: {JargonTerm.objects.count()}"]
