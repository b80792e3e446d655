"""django-comments-xtd is the forum's post model and tree, not a set of views: none of its
pages or its REST API is served. Its API takes anonymous POSTs without a CSRF token, and its
pages skip our hold rules and rate limits, so mounting either would open a way around them."""

import pytest
from django.urls import NoReverseMatch, reverse


@pytest.mark.parametrize(
    "name", ["comments-xtd-api-create", "comments-post-comment", "comments-xtd-reply", "comments-flag"]
)
def test_no_view_of_the_comments_libraries_is_served(name):
    with pytest.raises(NoReverseMatch):
        reverse(name, args=[1] if name in ("comments-xtd-reply", "comments-flag") else [])
