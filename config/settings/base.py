"""Settings shared by every environment.

Every deployment choice is read from the environment, with an embedded default that runs on
a bare machine (SQLite, database search, local-memory cache, console e-mail, tasks run at
once). `production.py` removes the defaults for secrets and hosts.
"""

import importlib.util
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import environ
from csp import constants as csp
from django.core.exceptions import ImproperlyConfigured
from pythonjsonlogger.core import RESERVED_ATTRS

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Our rooms; `core` is what they share
    "core",
    "home",
    "people",
    "taxonomy",
    "plain_language",
    "consultations",
    "service_changes",
    "events",
    "outcomes",
    "engagement_report",
    "forum",
    "search",
    "notifications",
    "equality",
    "people_bank",
    "moderation",
    "stories",
    "feedback",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "people.apps.PeopleUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailnhsukfrontend",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    # Background work
    "django_tasks",
    "django_tasks_db",
    "django_ratelimit",
    # django-csp's checks (settings in the old format) and its nonce template tag.
    "csp",
    # After `forum`, whose templates replace all of django-comments-xtd's.
    "django_comments_xtd",
    "django_comments",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Early, so every answer gets the headers, the 413 and 429 pages included.
    "core.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and everything that reads the database: a kept page skips them all.
    "core.page_cache.AnonymousPageCache",
    # Pages compressed for browsers that take gzip (a 26 kB page is 5 kB on the wire), inside
    # the page cache so a kept page is compressed once. Django adds random bytes to each
    # compressed page against BREACH, and its CSRF tokens are masked per request.
    "django.middleware.gzip.GZipMiddleware",
    # Before anything reads a form (sessions, CSRF): an oversize public post is refused unread.
    "core.middleware.RefuseOversizePublicRequests",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # The request's Wagtail site from what this process remembers, not a query a request.
    "core.published.FindSiteOnce",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A view that raises django-ratelimit's Ratelimited gets RATELIMIT_VIEW's answer.
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

# Security headers, in every environment, so a change that breaks them shows while developing.
# Production adds what needs HTTPS (config/settings/https.py).
#
# Content Security Policy (django-csp): public pages load only our own files. No inline
# script or style at all (our JavaScript is in static/js/), so an injected <script> or
# style="" does nothing; a template that must have an inline script gives it
# nonce="{{ request.csp_nonce }}". Nothing is loaded from another server: not even NHS.UK's
# web font, which `make css` leaves out of the stylesheet we send (scripts/build_css.mjs).
# frame-ancestors 'none', as X-Frame-Options: DENY says for older browsers: no public page is
# ever framed; Wagtail's preview frames an admin address, which has the admin's policy.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF, csp.NONCE],
        "style-src": [csp.SELF],
        "img-src": [csp.SELF],
        "font-src": [csp.SELF],
        "connect-src": [csp.SELF],
        "object-src": [csp.NONE],
        "base-uri": [csp.NONE],
        "frame-src": [csp.NONE],
        "frame-ancestors": [csp.NONE],
        "form-action": [csp.SELF],
    }
}
# The Wagtail admin's own policy, for addresses under /admin/ (core/csp.py). Wagtail 8 still
# writes inline scripts in its form widgets and panels (date pickers, inline panels, choosers),
# which are rendered without the request, so no nonce can reach them; and inline styles. So
# the admin allows inline script and style, but still nothing from another origin, no plugins,
# no <base>, forms only to us. data: and blob: images are Wagtail's previews of an image being
# uploaded. frame-src and frame-ancestors 'self': the page editor shows its preview in a frame.
# Only logged-in staff reach these pages.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [csp.SELF, csp.UNSAFE_INLINE],
        "style-src": [csp.SELF, csp.UNSAFE_INLINE],
        "img-src": [csp.SELF, "data:", "blob:"],
        "frame-src": [csp.SELF],
        "frame-ancestors": [csp.SELF],
    }
}
# Features no page of ours uses, denied to the page and anything it might frame; interest-cohort
# and browsing-topics keep visits out of the browser's advertising profiles. Only names
# Chromium knows: it reports any other (bluetooth, say) as an error on every page.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}
# A page's address (which consultation, which thread) is not sent to other sites.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Public forms are drawn field by field by core's form tags (core/templatetags/form_tags.py),
# which give every field the NHS.UK markup, hints and errors linked to it, and the error
# summary. So no site-wide FORM_RENDERER: Django's default one draws the admin's forms.


# Database. The default is a SQLite file in WAL mode whose transactions take the write lock
# at BEGIN (IMMEDIATE) and wait up to 20 s for it, so concurrent writers queue instead of
# failing with "database is locked".
def _database_from_env():
    database = env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("OPTIONS", {}).update(
            {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            }
        )
    else:
        database.setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
        database.setdefault("CONN_HEALTH_CHECKS", True)
    return database


DATABASES = {"default": _database_from_env()}

# Matches the migrations of wagtail-nhsuk-frontend, django-comments-xtd and allauth.
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}

AUTH_USER_MODEL = "people.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# django-allauth: e-mail is the login; people verify their address before they take part.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# The pages and e-mails tell people the link works for 3 days.
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_ADAPTER = "people.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "signup": "people.forms.MemberSignupForm",
    "login": "people.forms.MemberLoginForm",
    "reset_password": "people.forms.MemberResetPasswordForm",
    "reset_password_from_key": "people.forms.MemberResetPasswordKeyForm",
    "change_password": "people.forms.MemberChangePasswordForm",
    "add_email": "people.forms.MemberChangeEmailForm",
    "reauthenticate": "people.forms.MemberReauthenticateForm",
}
# Bots fill in every box; allauth quietly drops a sign-up whose hidden "website" box has text.
# The same field as core.forms.HoneypotForm's on our own forms (it says why two checks).
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
# Rate limits stay on (allauth's defaults: 5 wrong passwords per address in 5 minutes, 20
# sign-ups and 30 log-ins a minute per IP address, and more); never set ACCOUNT_RATE_LIMITS
# to False. They count in the default cache, so production needs a shared one (Redis).
# Both allauth's limits and ours (django-ratelimit) count per client address, read by
# core.client_ip behind TRUSTED_PROXY_COUNT proxies of our own (0: the site faces the internet).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# The largest form a public page accepts (core/middleware.py); the admin keeps Django's limit.
PUBLIC_MAX_REQUEST_BYTES = env.int("PUBLIC_MAX_REQUEST_BYTES", default=512 * 1024)
RATELIMIT_IP_META_KEY = "core.client_ip.client_ip"
# A count the cache could not make (Redis gone between two calls) lets the request through:
# an outage refuses nobody. Counting goes on in memory meanwhile (core/cache.py).
RATELIMIT_FAIL_OPEN = True
# Our 429 page, for every view that raises Ratelimited (and allauth's: config.urls.handler429).
RATELIMIT_VIEW = "core.views.too_many_requests"
# How many times one client address may send each public form of ours (core/post_limits.py).
# Generous for a person, a household or a library; a flood from one address is refused, with
# the words it sent shown back. Members also wait between forum posts (forum/limits.py).
PUBLIC_POST_LIMITS = {
    "consultation-response": "30/h",  # answers to a questionnaire
    "opening-reminder": "30/h",  # "tell me when it opens"
    "forum-writing": "60/h",  # new conversations, replies and edits
    "forum-report": "20/h",
    "forum-follow": "60/h",  # following a conversation, or no longer
    "forum-delete": "60/h",
    "forum-unsubscribe": "30/h",  # the button in a reply e-mail, or the mail program's own
    "display-name": "20/h",
    "email-confirmation": "30/h",  # the button on the page a confirmation e-mail links to
    "people-bank": "20/h",  # joining the People Bank
    "people-bank-link": "30/h",  # the buttons on the pages its e-mails link to
    "people-bank-keep": "30/h",  # "Keep me in the People Bank", from the e-mail asking whether to stay
    "stories": "10/h",  # telling a patient story
    "stories-link": "30/h",  # the button on the page a story's confirmation e-mail links to
    "quick-feedback": "30/h",  # a waiting room may share one address: a clinic's guest wi-fi
    "suggestion": "10/h",
    "involvement": "30/h",  # the one question after an outcome
    # The passwords of private pages and documents: 10 guesses in 10 minutes.
    "content-password": "10/10m",
}
# allauth's forms keep allauth's limits, one mechanism per form: they count per account or
# per e-mail address as well as per client address (5 wrong passwords for one account in 5
# minutes, wherever they come from), and lead to the same 429 page. These are added to its
# defaults, where allauth counts only per member: a limit per address too.
ACCOUNT_RATE_LIMITS = {
    "change_password": "5/m/user,20/h/ip",
    "manage_email": "10/m/user,20/h/ip",
    "reauthenticate": "10/m/user,20/h/ip",
}
# A member has one e-mail address and changes it, rather than managing a list; a change asks
# for their password again first.
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
# Tell people by e-mail when their password or address changes, in case it was not them.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Confirming the address from the e-mail in the browser that signed up logs the person in.
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# A new member with no page to go back to lands on their account page, with a "confirmed" note.
ACCOUNT_SIGNUP_REDIRECT_URL = "people:account"
ACCOUNT_EMAIL_CONFIRMATION_AUTHENTICATED_REDIRECT_URL = "people:account"
ACCOUNT_LOGOUT_REDIRECT_URL = "people:logged_out"

SITE_ID = 1

LANGUAGE_CODE = "en-gb"
# Each language named in itself, as the language switcher shows it. English addresses have no
# prefix (/consultations/); the others have theirs (/cy/consultations/, /ur/consultations/).
# Urdu is written right to left: Django knows it (LANGUAGE_BIDI), and base.html sets dir.
LANGUAGES = [("en-gb", "English"), ("cy", "Cymraeg"), ("ur", "اردو")]
# Pages are translated with Wagtail's own features: each page has a locale, and an editor
# copies a page into another language ("Translate", wagtail.contrib.simple_translation).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(BASE_DIR / "media"))


def _media_storage():
    """Uploaded images and documents: on this server's disk (MEDIA_ROOT), or in an S3-compatible
    bucket when AWS_STORAGE_BUCKET_NAME names one, so that several app servers share them.
    boto3 reads the credentials itself (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the
    server's role). Image addresses are plain, never-expiring ones, so a cached page keeps
    working: the bucket lets anyone read `media/images/` (the renditions pages show) and nothing
    else (docs/deploy.md). Names never repeat, so what is read can be cached for a year."""
    bucket = env.str("AWS_STORAGE_BUCKET_NAME", default="")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "location": "media",
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
            "custom_domain": env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None,
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }


MEDIA_STORAGE = _media_storage()


def media_origins(storage_options):
    """Where pages load uploaded images from when they are in a bucket, for the Content Security
    Policy's img-src: the CDN's host name, the S3-compatible store's address, or Amazon S3's
    own names for the bucket."""
    if domain := storage_options.get("custom_domain"):
        return [f"https://{domain}"]
    if endpoint := storage_options.get("endpoint_url"):
        address = urlsplit(endpoint)
        return [f"{address.scheme}://{address.netloc}"]
    bucket, region = storage_options["bucket_name"], storage_options.get("region_name")
    origins = [f"https://{bucket}.s3.amazonaws.com"]
    return origins + ([f"https://{bucket}.s3.{region}.amazonaws.com"] if region else [])


if "OPTIONS" in MEDIA_STORAGE:
    for policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
        policy["DIRECTIVES"]["img-src"] = [*policy["DIRECTIVES"]["img-src"], *media_origins(MEDIA_STORAGE["OPTIONS"])]
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Documents always go through Wagtail's view, which checks a private collection's rules: with
# a bucket, Wagtail would otherwise send people straight to the file's address in it.
WAGTAILDOCS_SERVE_METHOD = "serve_view"


def _email_from_env():
    """EMAIL_URL sets the backend and, for SMTP, host, port, user, password and TLS together.
    `filemail:///srv/mail` writes each e-mail as a file in /srv/mail: django-environ drops the
    path's leading slash, which would put the files under whatever folder the site runs from.
    `anymail://postmark` sends through that provider's API (django-anymail: amazon_ses,
    brevo, mailgun, postmark, sendgrid, ...), with its settings in ANYMAIL_* variables."""
    url = env.str("EMAIL_URL", default="consolemail://")
    if url.startswith("anymail:"):
        module = f"anymail.backends.{urlsplit(url).hostname}"
        if importlib.util.find_spec(module) is None:
            raise ImproperlyConfigured(f"EMAIL_URL {url!r} names no provider django-anymail knows")
        return {"EMAIL_BACKEND": f"{module}.EmailBackend"}
    email = env.email_url_config(url)
    if url.startswith("filemail:"):
        email["EMAIL_FILE_PATH"] = unquote(urlsplit(url).path)
    return email


vars().update(_email_from_env())
# django-anymail's settings, each from a variable of the same name: ANYMAIL_POSTMARK_SERVER_TOKEN
# becomes ANYMAIL["POSTMARK_SERVER_TOKEN"].
ANYMAIL = {name.removeprefix("ANYMAIL_"): value for name, value in os.environ.items() if name.startswith("ANYMAIL_")}
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Participation Space <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL


# Search: Wagtail's database backend (SQLite FTS5 or PostgreSQL full text, titles weighted on
# both: search/backend.py) unless ELASTICSEARCH_URL names a server.
# English stemming on PostgreSQL whatever the server's default, and a fixed configuration
# lets PostgreSQL parse a query once rather than once per matching row. SQLite ignores it.
DATABASE_SEARCH = {"BACKEND": "search.backend", "SEARCH_CONFIG": "english"}


def _search_backends():
    url = env.str("ELASTICSEARCH_URL", default="")
    if not url:
        return {"default": DATABASE_SEARCH}
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [url],
            "INDEX_PREFIX": env.str("ELASTICSEARCH_INDEX_PREFIX", default="participation_"),
            "TIMEOUT": 10,
            # English word forms ("taxi" and "taxis"), as the database backends match them.
            "INDEX_SETTINGS": {"settings": {"analysis": {"analyzer": {"default": {"type": "english"}}}}},
        }
    }


WAGTAILSEARCH_BACKENDS = _search_backends()

# Forum replies are django-comments-xtd comments on a thread: the opening post is level 0 and
# replies nest three deep below it. Its own views and API are not mounted forum/views/ has ours.
# So djangorestframework is installed but not an installed app: django-comments-xtd's template
# tags import its API module, which needs the package, and nothing needs DRF's app itself.
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MODEL = "forum.models.Post"
COMMENTS_XTD_MAX_THREAD_LEVEL = 0
COMMENTS_XTD_MAX_THREAD_LEVEL_BY_APP_MODEL = {"forum.thread": 3}
COMMENTS_XTD_CONFIRM_EMAIL = False

# Background work: run at once by default; production queues in the database for a worker.
TASKS = {"default": {"BACKEND": env.str("TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend")}}

# Published results and the engagement report show a count of people below this as "fewer
# than 5", and hide a question's breakdown when fewer people answered it: small numbers can
# point at someone.
RESULTS_MIN_COUNT = env.int("RESULTS_MIN_COUNT", default=5)

# How long we keep what the privacy notice says we keep for a limited time, in days; the notice
# states these periods, so change it with them. `manage.py apply_retention` (people/retention.py)
# deletes what is older, once a day.
# An account nobody has logged in to is deleted after INACTIVE_ACCOUNT_DAYS, its member warned by
# e-mail INACTIVE_ACCOUNT_WARNING_DAYS before.
INACTIVE_ACCOUNT_DAYS = env.int("INACTIVE_ACCOUNT_DAYS", default=730)
INACTIVE_ACCOUNT_WARNING_DAYS = env.int("INACTIVE_ACCOUNT_WARNING_DAYS", default=30)
# E-mail addresses and account links given with consultation answers, after the consultation closes.
SURVEY_CONTACT_DETAILS_DAYS = env.int("SURVEY_CONTACT_DETAILS_DAYS", default=730)
# Our copy of each e-mail we sent.
SENT_EMAIL_RECORD_DAYS = env.int("SENT_EMAIL_RECORD_DAYS", default=730)
# People Bank entries whose owner never followed the confirmation link.
PEOPLE_BANK_UNCONFIRMED_DAYS = env.int("PEOPLE_BANK_UNCONFIRMED_DAYS", default=7)
# A confirmed People Bank entry whose owner has not confirmed, changed or kept it for this many
# years gets one e-mail asking whether they want to stay; it is deleted if they have not said
# so PEOPLE_BANK_INACTIVE_WARNING_DAYS after that e-mail.
PEOPLE_BANK_INACTIVE_YEARS = env.int("PEOPLE_BANK_INACTIVE_YEARS", default=2)
PEOPLE_BANK_INACTIVE_WARNING_DAYS = env.int("PEOPLE_BANK_INACTIVE_WARNING_DAYS", default=30)
# A patient story whose teller never pressed the button in the confirmation e-mail is deleted
# after this many days (`manage.py apply_retention`).
STORIES_UNCONFIRMED_DAYS = env.int("STORIES_UNCONFIRMED_DAYS", default=7)
# How long a link to manage a People Bank entry works after we e-mail it.
PEOPLE_BANK_LINK_DAYS = env.int("PEOPLE_BANK_LINK_DAYS", default=30)

WAGTAIL_SITE_NAME = "Participation Space"
# Staff log in on the members' log-in page, with its rate limits and lock-out (people.views).
WAGTAILADMIN_LOGIN_URL = "admin_login"
# Pages for members only send people there too, not to Wagtail's own log-in form at
# /_util/login/, which has no limits and ignores the lock-out (config/urls.py leads it there).
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# Passwords are reset on the members' page too, which is rate limited; Wagtail's is not.
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "mp3", "mp4"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: it would send a hash of each editor's e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_COMMENTS_ENABLED = True


# Logs and request ids (docs/deploy.md, "Logs and errors"). Every line a request causes carries its
# request id, which the response returns in X-Request-ID and gunicorn's access log records.
# The id comes from the X-Request-ID of a proxy of our own when TRUSTED_PROXY_COUNT says there
# is one (core/middleware.py); otherwise django-guid makes a new one. /health/ (core/health.py)
# is answered before anything else, so that the load balancer's checks need no host name or HTTPS.
INSTALLED_APPS += ["django_guid"]
MIDDLEWARE = [
    "core.middleware.RequestIdFromOurProxiesOnly",
    "django_guid.middleware.guid_middleware",
    "core.health.HealthCheck",
    *MIDDLEWARE,
]
DJANGO_GUID = {"GUID_HEADER_NAME": "X-Request-ID", "RETURN_HEADER": True, "EXPOSE_HEADER": False}


def logging_settings(log_format):
    """Lines of text for a person at a terminal, or one JSON object a line (`json`) for a log
    collector: time, level, logger, request_id, message and, for an error, its traceback."""
    formatters = {
        "text": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": "time",
            # Django adds the request to some records; its address could carry search words.
            "reserved_attrs": [*RESERVED_ATTRS, "request"],
        },
    }
    if log_format not in formatters:
        raise ImproperlyConfigured(f"LOG_FORMAT must be one of {', '.join(formatters)}, not {log_format!r}")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "django_guid.log_filters.CorrelationId", "correlation_id_field": "request_id"}
        },
        "formatters": {log_format: formatters[log_format]},
        "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": log_format}},
        "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
        # django-guid says at INFO level, on every request, whether the id was made or given.
        "loggers": {"django.db.backends": {"level": "WARNING"}, "django_guid": {"level": "WARNING"}},
    }


LOGGING = logging_settings(env.str("LOG_FORMAT", default="text"))

# ---- Page caching and static files' weight (#12) ----
# Whole pages for visitors who are not logged in are kept this many seconds (0: off) in the
# PAGE_CACHE_ALIAS cache (Redis in production, shared by every app server), and forgotten
# whenever a page is published, unpublished, moved or deleted, or the forum changes
# (core/page_cache.py says what is never kept). The time also bounds how late a page shows what
# only the clock changes, such as a consultation that has just closed.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
PAGE_CACHE_ALIAS = "default"
# A CDN or caching proxy in front may keep a kept page this long. Wagtail purges a page's own
# address from it when the page is published or unpublished (below), but not the index pages
# and forum lists that show it, so keep this short.
CDN_CACHE_SECONDS = env.int("CDN_CACHE_SECONDS", default=60)


def _frontend_cache_backends():
    """The CDNs Wagtail purges (wagtail.contrib.frontend_cache), each when its settings are
    present; none by default. The purges run as background tasks."""
    backends = {}
    if zone := env.str("CLOUDFLARE_ZONE_ID", default=""):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": zone,
            "BEARER_TOKEN": env.str("CLOUDFLARE_API_TOKEN"),
        }
    if distribution := env.str("CLOUDFRONT_DISTRIBUTION_ID", default=""):
        # Credentials come from boto3's own environment variables or the server's role.
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": distribution,
        }
    if location := env.str("FRONTEND_CACHE_PURGE_URL", default=""):
        # Varnish, nginx or any proxy that takes an HTTP PURGE for an address.
        backends["http"] = {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
    return backends


WAGTAILFRONTENDCACHE = _frontend_cache_backends()
