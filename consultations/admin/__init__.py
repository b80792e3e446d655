"""Wagtail admin pieces for consultations, one module per area."""
