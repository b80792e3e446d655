"""The forum's staff side in the Wagtail admin: the moderation queue and members' sanctions.
The URLs, menu item and log actions are wired up in `forum/wagtail_hooks.py`."""
