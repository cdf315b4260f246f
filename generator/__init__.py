"""Briefings: annotated YAML news records to a static briefing site."""
