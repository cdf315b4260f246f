"""Drafting: read a news article (text, Markdown or a saved web page) and write a
first article record for review, with every reference checked against the registry.

Stages, each its own module, imported downward only:
  text (tokens and match keys) <- morph (Russian forms) <- gazetteer, places (names to match)
  <- linker, context (what the text mentions) <- document (reading files), dateline,
  quotes, roles, suggest <- emit (YAML with comments) <- run (many files, summary).
"""
