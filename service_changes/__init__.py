"""Service changes: what is changing in a service, why, when, and how to have a say."""
