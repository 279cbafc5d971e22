"""cchc: kế hoạch cải cách hành chính dạng mã (plans-as-code for Vietnamese administrative reform).

The package is a pipeline of small modules:
``load`` (YAML text → located data) → ``schema`` (JSON Schema, located errors) →
``model`` (immutable plan objects) → ``rules`` (semantic checks) → ``lint`` (the whole run) →
``output`` (text, json, github, sarif). ``cli`` is a thin typer layer over these.
"""

from __future__ import annotations

__version__ = "0.1.0"
