"""Admin wiring for the engagement cycle. Each area keeps its own module in `admin/`."""

from .admin import plain_language, responses, snippets  # noqa: F401 - imported to register hooks
