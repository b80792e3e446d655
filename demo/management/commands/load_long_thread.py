"""`make bench-load`: one demo conversation with a thousand replies, so the load benchmark
times the thread page where it is heaviest."""

from django.core.management.base import BaseCommand, CommandError

from demo.factories.forum import bulk_replies, start_thread
from forum import moderation, notifying
from forum.models import Category, ForumPage, Status, Thread
from people.models import User

TITLE = "A long conversation: the buses to Wendlebridge General"


class Command(BaseCommand):
    help = (
        "Add a demo conversation with --replies published replies (once: a second run tops it up) "
        "and print its address. Needs the demo content."
    )

    def add_arguments(self, parser):
        parser.add_argument("--replies", type=int, default=1000)

    def handle(self, *args, replies, **options):
        forum = ForumPage.current()
        members = list(User.objects.filter(email__endswith=".demo@example.org").order_by("pk")[:4])
        if forum is None or len(members) < 2:
            raise CommandError("Load the demo content first (manage.py load_demo_content).")
        thread = Thread.objects.filter(title=TITLE).first()
        if thread is None:
            with notifying.silenced():
                opening = start_thread(
                    members[0],
                    category=Category.objects.order_by("sort_order", "pk").first(),
                    title=TITLE,
                    text="Which buses do you take to the hospital, and when do they run?",
                )
                if opening.status != Status.PUBLISHED:
                    moderation.approve(opening, None)
            thread = opening.forum_thread
        if thread.reply_count < replies:
            bulk_replies(thread.opening_post, members, replies - thread.reply_count)
        self.stdout.write(forum.thread_url(thread))
