"""cchc: kế hoạch cải cách hành chính dạng mã (plans-as-code for Vietnamese administrative reform).

The package is the pipeline, one folder per stage, each importing only from its own stage and the
stages before it (``tests/test_architecture.py`` checks every import, lazy ones included)::

    base < reading < checking < deriving < writing < authoring < commands < cli.py, __main__.py

- :mod:`cchc.base`: messages and their language, text helpers, diagnostics, confined reads, OS errors
  (with :mod:`cchc.locale`, the English messages it loads);
- :mod:`cchc.reading`: YAML text → located data → the immutable plan model; registries,
  configuration, deadlines, the result cache;
- :mod:`cchc.checking`: schema, rules, suppressions and the lint run over many files;
- :mod:`cchc.deriving`: what the plans say as of a date: status, targets, links between plans;
- :mod:`cchc.writing`: every output: lint formats, tables, documents, report, site, calendar;
- :mod:`cchc.authoring`: what changes plan files or makes new ones: import, progress edits, init, diff;
- :mod:`cchc.commands` and :mod:`cchc.cli`: the command line, a thin typer layer over the rest.

``cchc/data`` (the JSON Schemas) and ``cchc/templates`` (the built-in templates) are real files
read at run time; the repository's top-level ``schema/`` and ``templates/`` are byte-identical
copies for people and plans (``tests/test_packaging.py``). ``docs/architecture.md`` lists every
module with its role.
"""

from __future__ import annotations

__version__ = "0.1.0"
