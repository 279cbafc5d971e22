"""Reading the numbers documents print: I, II…; 1, 2…; 1.1, 1.2…; a), b), đ)…

Legal documents letter their points in the Vietnamese alphabet (a, b, c, d, đ, e, g, h, i, k…),
but many plans use the Latin one (…, e, f, g…); both orders are accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VIETNAMESE_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
LATIN_LETTERS = list("abcdefghijklmnopqrstuvwxyz")

_ROMAN_RE = re.compile(r"^(?=[IVXLCDM])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_TRIM = re.compile(r"[.)\s]+$")


@dataclass(frozen=True)
class Ordinal:
    kind: str  # roman, arabic, letter
    value: int  # 1-based position (for letters: position in the Vietnamese alphabet)
    text: str
    latin_value: int = 0


def roman_to_int(text: str) -> int:
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        if index + 1 < len(text) and _ROMAN_VALUES[text[index + 1]] > value:
            total -= value
        else:
            total += value
    return total


def int_to_roman(value: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for number, numeral in numerals:
        while value >= number:
            out.append(numeral)
            value -= number
    return "".join(out)


def split_prefix(text: str) -> tuple[str, str]:
    """("II", "3") for "II.3", ("10", "a)") for "10.a)", ("", "3") for "3"."""
    core = text.strip()
    head, dot, tail = core.rstrip(".").rpartition(".")
    if dot and tail.strip(" )"):
        return head, tail
    return "", core


def parse(text: str, prefer: str | None = None) -> Ordinal | None:
    """The ordinal of a printed number, or None when it is not a number we can order.

    A lone letter that is also a Roman numeral (C, D, I, L, M, V, X) is read as a letter when
    ``prefer`` says the list is lettered."""
    _, last_part = split_prefix(text)
    core = _TRIM.sub("", last_part.strip())
    if not core:
        return None
    last = core
    if last.isdigit():
        return Ordinal("arabic", int(last), text)
    if _ROMAN_RE.match(core) and not (prefer == "letter" and len(core) == 1):
        return Ordinal("roman", roman_to_int(core), text)
    lower = core.lower()
    if lower in VIETNAMESE_LETTERS or lower in LATIN_LETTERS:
        vi = VIETNAMESE_LETTERS.index(lower) + 1 if lower in VIETNAMESE_LETTERS else 0
        latin = LATIN_LETTERS.index(lower) + 1 if lower in LATIN_LETTERS else 0
        return Ordinal("letter", vi, text, latin)
    return None


def follows(previous: Ordinal | None, current: Ordinal) -> bool:
    """Whether ``current`` is the natural successor of ``previous`` (or a valid first item).

    Compound numbers ("1.1", "II.3", "10.a)") are compared by their last part within the same
    prefix; a new prefix starts again at 1 (or a)."""
    if previous is not None and split_prefix(previous.text)[0] != split_prefix(current.text)[0]:
        previous = None
    if previous is None:
        return current.value == 1 or current.latin_value == 1
    if previous.kind != current.kind:
        return False
    if current.kind == "letter":
        return bool(previous.value and current.value == previous.value + 1) or bool(
            previous.latin_value and current.latin_value == previous.latin_value + 1
        )
    return current.value == previous.value + 1


def expected_after(previous: Ordinal | None, kind: str, like: str = "") -> str:
    """The number that should come next, written with the same trailing mark as ``like``."""
    prefix, last = split_prefix(like) if like else ("", "")
    suffix = last[len(last.rstrip(".)")):]
    core = _expected_core(previous, kind)
    if last[:1].isupper() and kind == "letter":
        core = core.upper()
    return (prefix + "." if prefix else "") + core + suffix


def _expected_core(previous: Ordinal | None, kind: str) -> str:
    if previous is None:
        return {"roman": "I", "arabic": "1", "letter": "a"}.get(kind, "1")
    if previous.kind == "roman":
        return int_to_roman(previous.value + 1)
    if previous.kind == "letter":
        if previous.value and previous.value < len(VIETNAMESE_LETTERS):
            return VIETNAMESE_LETTERS[previous.value]
        return LATIN_LETTERS[min(previous.latin_value, 25)]
    return str(previous.value + 1)
