"""Search: one search page over pages, threads and replies."""
