"""Consultations: asking people what they think of a change, from "coming soon" to closed, with
the finder, the questionnaire, the answers and the requests to hear back."""
