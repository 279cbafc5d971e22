"""A benchmark script's own section of ``docs/benchmarks.md``: replaced in place between its start
and end markers, or appended when the file does not have it yet (the rest of the file is kept)."""

from __future__ import annotations

from pathlib import Path


def replace_section(doc: Path, start: str, end: str, block: str) -> None:
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        text = head + block + rest.split(end, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    doc.write_text(text, encoding="utf-8")
