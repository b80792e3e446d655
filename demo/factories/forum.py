"""Factories for the forum, used by tests and demo content alike. Posts go through
`forum.posting`, so the hold rules apply to them as to any member's post."""

import factory
from django.utils import timezone
from django_comments.models import Comment
from django_comments_xtd.models import XtdComment

from demo.factories.people import MemberFactory
from forum import moderation, posting
from forum.models import Category, HouseRule, Post, Status


class CategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    description = "Conversations about this part of health and care."

    class Meta:
        model = Category
        django_get_or_create = ("slug",)


class HouseRuleFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Rule {n}")
    explanation = "What the rule means, in plain words."

    class Meta:
        model = HouseRule


def start_thread(
    author, *, category=None, title="Getting to hospital at night", text="How do people get there?", **kwargs
):
    return posting.start_thread(author=author, category=category or CategoryFactory(), title=title, text=text, **kwargs)


def established_member(**kwargs):
    """A member whose first two posts a moderator has approved, so their next post is
    judged on its words alone."""
    member = MemberFactory(**kwargs)
    introductions = CategoryFactory(name="Introductions", slug="introductions")
    opening = start_thread(member, category=introductions, title=f"Hello from {member.display_name}", text="Hello.")
    moderation.approve(opening, None)
    moderation.approve(posting.reply(author=member, parent=opening, text="Glad to be here."), None)
    return member


def bulk_replies(opening, authors, count, *, branch_depth=3):
    """Add `count` published replies to a thread in a few queries, for tests and benchmarks
    of long threads: branches of `branch_depth` posts (a reply to the opening post, a reply
    to that, ...). Rows go straight into django-comments' three tables with the tree
    columns django-comments-xtd would compute; no signals, so nothing is indexed or e-mailed."""
    thread = opening.forum_thread
    last_order = Post.objects.filter(thread_id=opening.thread_id).order_by("-order").values_list("order", flat=True)[0]
    now = timezone.now()
    comments = Comment.objects.bulk_create(
        Comment(
            content_type_id=opening.content_type_id,
            object_pk=opening.object_pk,
            site_id=opening.site_id,
            user=authors[number % len(authors)],
            comment=f"Reply number {number}",
            submit_date=now,
        )
        for number in range(count)
    )
    parents = {0: opening.pk}
    trees, posts = [], []
    for number, comment in enumerate(comments):
        level = number % branch_depth + 1
        parents[level] = comment.pk
        trees.append(
            XtdComment(
                comment_ptr_id=comment.pk,
                thread_id=opening.thread_id,
                parent_id=parents[level - 1],
                level=level,
                order=last_order + number + 1,
            )
        )
        posts.append(Post(xtdcomment_ptr_id=comment.pk, forum_thread=thread, status=Status.PUBLISHED))
    for model, rows in ((XtdComment, trees), (Post, posts)):
        model._base_manager._insert(rows, fields=model._meta.local_concrete_fields, raw=True)
    thread.refresh_counts()
