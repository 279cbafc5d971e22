"""Commands: the command line's own pieces (the help texts of the CLI library in the chosen
language); :mod:`cchc.cli` holds the typer commands, a thin layer mapping options to library calls
and exit codes.

May import: every stage (:mod:`cchc.base` up to :mod:`cchc.authoring`); only :mod:`cchc.cli` and
:mod:`cchc.__main__` sit above it. Nothing below may import from here.
"""
