"""Responses in the admin: keying in paper and event responses, and exports."""
