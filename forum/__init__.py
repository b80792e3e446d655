"""Forum: the moderated public conversation space."""
