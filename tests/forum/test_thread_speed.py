"""The thread page runs the same number of database queries however long the thread is:
it shows a page of replies to the opening post at a time, each with the replies below it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.factories.forum import bulk_replies, start_thread


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("logged_in", [False, True])
def test_queries_stay_the_same_from_10_to_1000_replies(client, forum_page, category, member, other_member, logged_in):
    if logged_in:
        client.force_login(member)
    short = start_thread(member, category=category, title="Short thread")
    long = start_thread(member, category=category, title="Long thread")
    bulk_replies(short, [member, other_member], 10)
    bulk_replies(long, [member, other_member], 1000)
    short_url, long_url = short.forum_thread.get_absolute_url(), long.forum_thread.get_absolute_url()
    client.get(short_url)  # warm caches that are filled once per process (site root paths)

    counts = {
        "short": queries_for(client, short_url),
        "long": queries_for(client, long_url),
        "long, later page": queries_for(client, long_url + "?page=7"),
    }

    assert len(set(counts.values())) == 1, counts


def test_a_long_thread_is_paged_by_replies_to_the_opening_post(client, forum_page, category, member, other_member):
    opening = start_thread(member, category=category, title="Long thread")
    bulk_replies(opening, [member, other_member], 1000)

    html = client.get(opening.forum_thread.get_absolute_url()).content.decode()

    assert "Reply number 0<" in html and "Reply number 59<" in html  # 20 branches of 3
    assert "Reply number 60<" not in html
    assert 'aria-label="Page 17"' in html
