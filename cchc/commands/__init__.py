"""Commands: the command line, a thin typer layer over the stages below. This folder and
:mod:`cchc.cli` together map each command's options to one library call and an exit code, and
hold the CLI library's own help texts in the chosen language.

May import: every stage (:mod:`cchc.base` up to :mod:`cchc.authoring`); only :mod:`cchc.cli` and
:mod:`cchc.__main__` sit above it. Nothing below may import from here.
"""
