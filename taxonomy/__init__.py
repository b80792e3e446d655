"""Taxonomy: the service areas (topics) and places that every room tags its pages with."""
