"""The engagement report: a yearly report, assembled from live data, of who we involved and what
we did as a result."""
