"""Vietnamese text helpers: folding for matching, NFC checks, legacy-encoding detection.

Folding (case, diacritics, dashes, spacing, the UBND/HĐND abbreviations) is only ever used to
*match* names; what the user wrote is never rewritten or shown folded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_DASHES = re.compile(r"\s*[-‐‑‒–—―−]\s*")
_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s.;,:]+$")
_LEADING = re.compile(r"^[\s\-–+*•]+")
_ABBREVIATIONS = (
    (re.compile(r"\buy ban nhan dan\b"), "ubnd"),
    (re.compile(r"\bhoi dong nhan dan\b"), "hdnd"),
    (re.compile(r"\bthanh pho\b"), "tp"),
    (re.compile(r"\btp\b\.?"), "tp"),
)


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D")


@lru_cache(maxsize=65536)  # agency names repeat in every task: fold each once
def fold(text: str) -> str:
    """A matching key: case-, diacritic-, dash- and spacing-insensitive."""
    value = strip_diacritics(unicodedata.normalize("NFC", text)).casefold()
    value = _LEADING.sub("", value)
    value = _TRAILING.sub("", value)
    value = _DASHES.sub(" - ", value)
    value = value.replace("&", " va ")
    value = _SPACES.sub(" ", value).strip()
    for pattern, replacement in _ABBREVIATIONS:
        value = pattern.sub(replacement, value)
    return value


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def first_non_nfc(text: str) -> int:
    """Index of the first character that belongs to a non-NFC cluster (0 if unknown)."""
    for index, char in enumerate(text):
        if unicodedata.combining(char):
            return max(index - 1, 0)
        if not unicodedata.is_normalized("NFC", char):
            return index
    return 0


# Letters and signs of Latin-1 that Vietnamese never uses but that TCVN3 (ABC) and VNI text shows
# when it is read as Windows-1252 / Latin-1 ("Céng hoµ x· héi", "Coäng hoøa xaõ hoäi").
_LEGACY_CHARS = set("¸µ¶·¹¨©ª«¬®¯´¿ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ")
_VIETNAMESE_LETTER = re.compile(r"[A-Za-zÀ-ỹ]")
_ANY_LEGACY = re.compile("[" + re.escape("".join(sorted(_LEGACY_CHARS))) + "]")


def may_be_legacy_encoded(text: str) -> bool:
    """False when ``text`` holds none of the signs TCVN3/VNI text shows (then no part of it
    looks legacy-encoded either)."""
    return _ANY_LEGACY.search(text) is not None


def looks_legacy_encoded(text: str) -> bool:
    """Heuristic: text typed in TCVN3/VNI and pasted as if it were Unicode."""
    if _ANY_LEGACY.search(text) is None:  # nearly all text: one scan in C
        return False
    hits = 0
    needed = 1 if len(text) <= 40 else 2  # short cells ("Së Néi vô", "UBND tØnh") show only one
    for index, char in enumerate(text):
        if char not in _LEGACY_CHARS:
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if _VIETNAMESE_LETTER.match(before) or _VIETNAMESE_LETTER.match(after):
            hits += 1
            if hits >= needed:
                return True
    return False


# ------------------------------------------------------------------------ output-edge escaping

# C0 controls but tab and line feed, DEL, and the C1 controls (U+0080–U+009F: U+009B is a CSI on
# terminals that honour 8-bit controls). Carriage return is included: "\r" alone moves the cursor
# back over what was printed and lets plan text overwrite a real line.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """``text`` for a terminal or a text file: every control character but tab and line feed shown
    as ``\\xNN`` (ESC as ``\\x1b``, CSI as ``\\x9b``), so that plan text or a file name can never
    move the cursor, clear the screen or recolour what follows. Applied at the output edge, to
    text outputs only: JSON, CSV and YAML keep the data exact."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def md_safe(text: str) -> str:
    """Plan text for Markdown: ``<`` written as ``&lt;``, so no raw HTML (``<script>``,
    ``<img onerror=…>``) and no comment opener (``<!--``, which would hide the rest of a GitHub
    job summary) reaches the page; the reader sees the same character. The one tag let through
    is a bare ``<br>``, the line break cchc writes inside table cells (it carries no attribute and
    opens nothing). Control characters are shown as in :func:`visible`. Applying it twice changes
    nothing more."""
    return _MD_TAG.sub("&lt;", visible(text))


_MD_TAG = re.compile(r"<(?!br>)")


# ------------------------------------------------------------------------ bounded quotes

EXCERPT = 80  # characters of a key or value a message quotes; longer ones are cut with "…"
MESSAGE_LIMIT = 1_000  # characters of a whole message or hint (a bound for every rule at once)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """``text`` as a message quotes it: unchanged when short, else its first ``limit - 1``
    characters and "…". A key or value pasted by mistake (a whole document, the anchor of an
    alias used a thousand times) then costs a line of output, not its size per finding."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bounded(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """A message or hint of at most ``limit`` characters: a longer one keeps its start and its
    end (the sentence around a long quoted value) with "…" in the middle. No message cchc writes
    is that long; only a value quoted in full by a message can make it so."""
    if len(text) <= limit:
        return text
    tail = limit // 4
    return text[: limit - tail - 1] + "…" + text[len(text) - tail:]


def close_matches(word: str, possibilities: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """:func:`difflib.get_close_matches`, same answers, without its cost for a long ``word``.

    difflib indexes ``word`` before its first cheap test, which is the length bound
    ``2·min(a, b) / (a + b)``: a 500 KB key pasted by mistake cost 0.2 s per finding. The
    possibilities that bound rules out are dropped first, and no possibility left means no match."""
    size = len(word)
    kept = [p for p in possibilities if 2 * min(size, len(p)) >= cutoff * (size + len(p))]
    if not kept:
        return []
    import difflib

    return difflib.get_close_matches(word, kept, n=n, cutoff=cutoff)
