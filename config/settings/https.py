"""What a site served over HTTPS adds to the headers and cookies: production.py takes all of
it, and the header test (tests/config/test_security_headers.py) runs under these same values.
Development over plain http cannot have any of it: browsers drop Secure and __Host- cookies
there, and HSTS would pin the browser to an https://127.0.0.1 that does not answer.
"""

from .base import ADMIN_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY, env

# The load balancer terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# One year, subdomains included: browsers never try plain http for the site again.
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

# __Host- cookies are only accepted when Secure, for the whole site (Path=/) and for this
# host alone (no Domain), so neither a page on plain http nor another subdomain can set or
# replace them. Lax: a link from an e-mail or another site still arrives logged in, but no
# other site can post with them.
SESSION_COOKIE_NAME = "__Host-sessionid"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_NAME = "__Host-csrftoken"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_SAMESITE = "Lax"

# A stray http:// address in a page or an editor's link is fetched over https instead.
CONTENT_SECURITY_POLICY = {"DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True}}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True}
}
