"""The Content Security Policy header: django-csp's, with the Wagtail admin's own policy.

Public pages get CONTENT_SECURITY_POLICY, which allows no inline script. The Wagtail admin
cannot work under it (its widgets write inline scripts), so addresses under the admin get
ADMIN_CONTENT_SECURITY_POLICY instead (config/settings/base.py says what it allows and why).

The page editor's preview is served at an admin address, but Wagtail renders it through the
middleware for a stand-in request at the page's own address (`request.is_dummy`), and that
header is the one sent. So a preview shows the page under the public policy, as the public
will see it, except that the editor may frame it.
"""

from csp import constants as csp
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if getattr(request, "is_dummy", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [csp.SELF]}
        elif request.path_info.startswith(reverse("wagtailadmin_home")):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            # A nonce in the policy would make browsers ignore 'unsafe-inline'.
            parts.nonce = None
        return parts
