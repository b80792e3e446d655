"""Plain-language check for editors (service change pages and consultations)."""
