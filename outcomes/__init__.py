"""Outcomes: "you said, we did", what changed because of what people told us."""
