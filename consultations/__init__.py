"""Consultations: the engagement cycle, from "coming soon" to "you said, we did"."""
