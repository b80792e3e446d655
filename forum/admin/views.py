"""The moderation queue and the member page in the Wagtail admin.

Everything here needs the "Can moderate forum posts and members" permission (the Moderators
group has it), checked by Wagtail's permission policy for posts. Without it a view raises
PermissionDenied, which the admin turns into its usual "you do not have permission" message.
Every decision goes through `forum.moderation` (or `moderation.lift`), which logs it, so these
views only ask, check and report back.
"""

from collections import Counter

from django.contrib.auth import get_user_model
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from core.dates import format_date
from forum import moderation
from forum.models import ForumPage, HoldReason, Post, Report, ReportReason, Sanction, Status
from forum.permissions import MODERATE, can_moderate, post_permission_policy, speaks_for_the_organisation
from forum.text import render_plain_text
from moderation import queue as shared_queue
from moderation.labels import hold_reason_label

from .forms import BanForm, BulkForm, RemoveForm, SuspendForm, live_house_rules


def author_name(post):
    return str(post.user) if post.user_id else _("a member who has left")


def can_dismiss(post):
    """Reports are the only thing keeping it in the queue."""
    only_reported = set(post.hold_reasons) <= {HoldReason.REPORTED}
    return post.first_report_at is not None and (post.status == Status.PUBLISHED or only_reported)


def can_approve(post):
    return post.status == Status.HELD and not can_dismiss(post)


def queue_with_reports():
    return moderation.queue().prefetch_related(
        Prefetch("reports", queryset=Report.objects.pending().order_by("created_at"), to_attr="pending_reports")
    )


class ModeratorRequiredMixin(PermissionCheckedMixin):
    """For moderators only, as Wagtail's permission policy for posts says."""

    permission_policy = post_permission_policy
    permission_required = MODERATE


class ForumLinks:
    """Public addresses of posts, from the live forum page."""

    def __init__(self, request):
        self.request = request
        self.forum = ForumPage.current()

    def permalink(self, post):
        if self.forum is None:
            return None
        return self.forum.get_url(request=self.request) + self.forum.reverse_subpage(
            "permalink", kwargs={"post_id": post.pk}
        )


def ready_to_show(request, posts):
    """`posts` from the queue, with everything their rows show."""
    links = ForumLinks(request)
    rows = list(posts)
    sanctions = {}  # the one in force per author, a ban before any suspension
    for sanction in Sanction.objects.in_force().filter(member__in={post.user_id for post in rows}):
        if sanction.member_id not in sanctions or sanction.is_ban:
            sanctions[sanction.member_id] = sanction
    for post in rows:
        post.author_sanction = sanctions.get(post.user_id)
        post.author_name = author_name(post)
        post.text_html = render_plain_text(post.comment)
        post.permalink = links.permalink(post)
        post.hold_labels = (
            [hold_reason_label(value) for value in post.hold_reasons] if post.status == Status.HELD else []
        )
        counts = Counter(report.reason for report in post.pending_reports)
        post.report_reasons = [(ReportReason(reason).label, count) for reason, count in counts.most_common()]
        post.report_details = [report.details for report in post.pending_reports if report.details]
        post.can_approve = can_approve(post)
        post.can_dismiss = can_dismiss(post)
    return rows


def queue_context(request, posts):
    """The forum's urgent posts, in the queue's Urgent section (moderation/queue.py)."""
    return {"items": ready_to_show(request, posts), "rules": list(live_house_rules())}


class QueueView(ModeratorRequiredMixin, BaseListingView):
    """The one moderation queue. On top, in one section, every room's urgent items (someone
    may be at risk: moderation/queue.py); then other rooms' waiting items (patient stories);
    then the other held and reported posts, longest waiting first, ticked for decisions in bulk."""

    template_name = "forum/admin/queue.html"
    results_template_name = "forum/admin/queue_results.html"
    page_title = gettext_lazy("Moderation")
    header_icon = "comment"
    index_url_name = "forum_queue"
    paginate_by = 20
    verbose_name = gettext_lazy("post waiting")
    verbose_name_plural = gettext_lazy("posts waiting")

    def get_base_queryset(self):
        return queue_with_reports().filter(is_urgent=False)

    @cached_property
    def no_results_message(self):
        if moderation.queue().exists():  # urgent ones, shown above the listing
            return _("No other posts are waiting.")
        return _("Nothing is waiting. Every post has been checked.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rooms = shared_queue.rooms_for(self.request.user)
        context.update(
            object_list=ready_to_show(self.request, context["object_list"]),
            urgent=shared_queue.sections(self.request, urgent=True, rooms=rooms),
            # The forum's own other posts are this page's listing, below the other rooms'.
            other_rooms=shared_queue.sections(
                self.request, urgent=False, rooms=[room for room in rooms if room.key != "forum"]
            ),
            rules=list(live_house_rules()),
            bulk_actions=BulkForm.base_fields["action"].choices,
            here=self.request.get_full_path(),
        )
        return context


class DecisionView(ModeratorRequiredMixin, View):
    """One decision on one post, from a button in the queue. Back to the queue after."""

    http_method_names = ["post"]

    def post(self, request, post_id):
        back = get_valid_next_url_from_request(request) or reverse("forum_queue")
        post = moderation.queue().filter(pk=post_id).first()
        if post is None:
            messages.warning(request, _("That post is not waiting any more. Another moderator may have dealt with it."))
            return redirect(back)
        message = self.decide(request, post)
        if message:
            permalink = ForumLinks(request).permalink(post)
            buttons = [messages.button(permalink, _("See it in the forum"))] if permalink else None
            messages.success(request, message, buttons=buttons)
        return redirect(back)

    def decide(self, request, post):
        raise NotImplementedError


class ApproveView(DecisionView):
    def decide(self, request, post):
        if not can_approve(post):
            messages.warning(request, _("That post is not held, so there is nothing to approve."))
            return None
        moderation.approve(post, request.user)
        return _("Published the post by %(author)s.") % {"author": author_name(post)}


class DismissView(DecisionView):
    def decide(self, request, post):
        if not can_dismiss(post):
            messages.warning(request, _("That post has no reports to dismiss."))
            return None
        moderation.dismiss(post, request.user)
        return _("Dismissed the reports. The post by %(author)s stays up.") % {"author": author_name(post)}


class RemoveView(DecisionView):
    def decide(self, request, post):
        form = RemoveForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose the house rule the post broke, then press Remove."))
            return None
        rule = form.cleaned_data["rule"].title
        moderation.remove(post, request.user, rule)
        return _("Removed the post by %(author)s for breaking “%(rule)s”.") % {
            "author": author_name(post),
            "rule": rule,
        }


class BulkView(ModeratorRequiredMixin, View):
    """The same decisions for every ticked post. Posts a decision does not fit are left alone
    and counted, so the moderator knows."""

    http_method_names = ["post"]

    def post(self, request):
        back = get_valid_next_url_from_request(request) or reverse("forum_queue")
        form = BulkForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return redirect(back)
        action = form.cleaned_data["action"]
        posts = form.cleaned_data["posts"]
        done = 0
        for post in posts:
            if action == BulkForm.APPROVE and can_approve(post):
                moderation.approve(post, request.user)
            elif action == BulkForm.DISMISS and can_dismiss(post):
                moderation.dismiss(post, request.user)
            elif action == BulkForm.REMOVE:
                moderation.remove(post, request.user, form.cleaned_data["rule"].title)
            else:
                continue
            done += 1
        left = len(posts) - done + form.missing
        if done:
            messages.success(request, self.success_message(action, done, form))
        if left:
            messages.warning(
                request,
                ngettext(
                    "%(count)s ticked post was left as it was: it was not waiting for that decision.",
                    "%(count)s ticked posts were left as they were: they were not waiting for that decision.",
                    left,
                )
                % {"count": left},
            )
        return redirect(back)

    def success_message(self, action, count, form):
        if action == BulkForm.APPROVE:
            text = ngettext("Published %(count)s post.", "Published %(count)s posts.", count)
        elif action == BulkForm.DISMISS:
            text = ngettext(
                "Dismissed the reports on %(count)s post.", "Dismissed the reports on %(count)s posts.", count
            )
        else:
            text = ngettext(
                "Removed %(count)s post for breaking “%(rule)s”.",
                "Removed %(count)s posts for breaking “%(rule)s”.",
                count,
            )
        return text % {"count": count, "rule": form.cleaned_data["rule"].title if form.cleaned_data["rule"] else ""}


def why_cannot_sanction(member, moderator):
    """None if `moderator` may suspend or ban `member`; otherwise why not."""
    if member.pk == moderator.pk:
        return _("You cannot suspend or ban yourself.")
    if member.is_superuser or can_moderate(member) or speaks_for_the_organisation(member):
        return _("This is a staff account. Ask an administrator to change its access instead.")
    return None


class MemberView(ModeratorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """A member's forum history in brief, and suspending, banning or letting them post again."""

    template_name = "forum/admin/member.html"
    page_title = gettext_lazy("Forum member")
    header_icon = "user"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.member = get_object_or_404(get_user_model(), pk=kwargs["user_id"])

    def get_page_subtitle(self):
        return str(self.member)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("forum_queue"), "label": _("Moderation")},
            {"url": "", "label": str(self.member)},
        ]

    def back_url(self):
        return get_valid_next_url_from_request(self.request) or reverse("forum_member", args=[self.member.pk])

    def get_context_data(self, suspend_form=None, ban_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        member = self.member
        posts = Post.objects.filter(user=member)
        counts = posts.aggregate(
            written=Count("pk"),
            published=Count("pk", filter=Q(status=Status.PUBLISHED, deleted_at=None)),
            held=Count("pk", filter=Q(status=Status.HELD, deleted_at=None)),
            removed=Count("pk", filter=Q(status=Status.REMOVED)),
            deleted=Count("pk", filter=~Q(deleted_at=None)),
        )
        links = ForumLinks(self.request)
        recent = list(posts.select_related("forum_thread").order_by("-submit_date")[:10])
        for post in recent:
            post.permalink = links.permalink(post)
        sanctions = list(member.forum_sanctions.select_related("created_by"))
        in_force = set(Sanction.objects.in_force().filter(member=member).values_list("pk", flat=True))
        for sanction in sanctions:
            sanction.is_in_force = sanction.pk in in_force
        banned = any(sanction.is_in_force and sanction.is_ban for sanction in sanctions)
        suspended = any(sanction.is_in_force and not sanction.is_ban for sanction in sanctions)
        context.update(
            member=member,
            counts=counts,
            upheld_reports=Report.objects.filter(post__user=member, upheld=True).count(),
            recent_posts=recent,
            sanctions=sanctions,
            banned=banned,
            suspended=suspended,
            cannot_sanction=why_cannot_sanction(member, self.request.user),
            suspend_form=None if banned or suspended else suspend_form or SuspendForm(),
            ban_form=None if banned else ban_form or BanForm(),
            next=get_valid_next_url_from_request(self.request),
        )
        return context


class SanctionView(MemberView):
    http_method_names = ["post"]
    form_class = None

    def post(self, request, *args, **kwargs):
        refusal = why_cannot_sanction(self.member, request.user)
        if refusal:
            messages.error(request, refusal)
            return redirect("forum_member", self.member.pk)
        form = self.form_class(request.POST)
        if not form.is_valid():
            messages.error(request, _("Please correct the errors below."))
            return self.render_to_response(self.get_context_data(**{self.form_name: form}))
        message = self.act(form)
        messages.success(request, message)
        return redirect(self.back_url())


class SuspendView(SanctionView):
    form_class = SuspendForm
    form_name = "suspend_form"

    def act(self, form):
        until = form.until_datetime
        moderation.suspend(self.member, self.request.user, until=until, reason=form.cleaned_data["reason"])
        return _("Suspended %(name)s. They can post again on %(date)s.") % {
            "name": self.member,
            "date": format_date(until),
        }


class BanView(SanctionView):
    form_class = BanForm
    form_name = "ban_form"

    def act(self, form):
        moderation.ban(self.member, self.request.user, reason=form.cleaned_data["reason"])
        return _("Banned %(name)s from posting in the forum.") % {"name": self.member}


class LiftView(MemberView):
    http_method_names = ["post"]

    def post(self, request, user_id, sanction_id):
        sanction = Sanction.objects.in_force().filter(member=self.member, pk=sanction_id).first()
        if sanction is None:
            messages.warning(request, _("That suspension or ban has already ended."))
            return redirect("forum_member", self.member.pk)
        moderation.lift(sanction, request.user)
        message = _("Lifted the ban on %(name)s.") if sanction.is_ban else _("Lifted the suspension of %(name)s.")
        messages.success(request, message % {"name": self.member})
        return redirect(self.back_url())
