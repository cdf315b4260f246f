"""Drafting: read a news article (text, Markdown or a saved web page) and write a
first article record for review, with every reference checked against the registry.

Modules, each importing only those listed before it:
  text (tokens, match keys), morph (Russian case forms), places (country names)
  gazetteer (every registered name as keys), context (evidence between candidates)
  linker (what the text names), document (reading files), dateline (title, date, lead)
  quotes, roles, suggest (names the registry lacks), compose (one draft)
  emit (YAML with comments), run (many files), command (the CLI subcommand).
"""
