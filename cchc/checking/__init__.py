"""Checking: JSON Schema validation with located messages, the rules (:mod:`cchc.checking.rules`,
one module per rule), inline suppressions, the lint run over many files (discovery, cache,
workers, the cross-plan pass), reading a workspace of plans for the read commands, rule
documentation, and the repository's offline copy of the schemas.

May import: :mod:`cchc.base` and :mod:`cchc.reading`. It reports problems as values; it never
prints, and it knows no output format.
"""
