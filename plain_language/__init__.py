"""Plain language: the check that tells editors how easy their text is to read, and the jargon
list it checks against."""
