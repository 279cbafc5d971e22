"""Vietnamese text helpers and number parsing, with property tests."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from cchc.base.text import fold, is_nfc, looks_legacy_encoded
from cchc.reading import numbering
from conftest import ROOT


def test_fold_matches_spelling_variants() -> None:
    assert fold("Sở Nội vụ") == fold("SỞ NỘI VỤ") == fold("so noi vu") == fold(" Sở  Nội vụ; ")
    assert fold("Đài Phát thanh-Truyền hình") == fold("Đài Phát thanh – Truyền hình")
    assert fold("Ủy ban nhân dân tỉnh") == fold("UBND tỉnh")
    assert fold("Văn phòng UBND thành phố") == fold("Văn phòng UBND TP")
    assert fold("Sở Nội vụ") != fold("Sở Ngoại vụ")


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ",
               min_size=1))
def test_fold_is_case_insensitive_and_unaffected_by_normalization(text: str) -> None:
    assert fold(text) == fold(text.upper()) == fold(unicodedata.normalize("NFD", text))
    assert not looks_legacy_encoded(text)
    assert is_nfc(text)
    decomposed = unicodedata.normalize("NFD", text)
    assert is_nfc(decomposed) == (decomposed == text)


def test_no_legacy_false_positives_in_the_bundled_plans() -> None:
    for path in (ROOT / "plans").rglob("*.yaml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert not looks_legacy_encoded(line), (path.name, line)


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip(value: int) -> None:
    text = numbering.int_to_roman(value)
    parsed = numbering.parse(text)
    assert parsed is not None and parsed.kind == "roman" and parsed.value == value


@given(st.integers(min_value=1, max_value=500))
def test_arabic_successors(value: int) -> None:
    previous = numbering.parse(str(value))
    for form in (f"{value + 1}", f"{value + 1}.", f"{value + 1})"):
        current = numbering.parse(form)
        assert current is not None and numbering.follows(previous, current)
    assert not numbering.follows(previous, numbering.parse(str(value + 2)))  # type: ignore[arg-type]
    # compound numbers continue within their prefix and restart under a new one
    inner = numbering.parse(f"2.{value}")
    assert numbering.follows(inner, numbering.parse(f"2.{value + 1}"))  # type: ignore[arg-type]
    assert numbering.follows(inner, numbering.parse("3.1"))  # type: ignore[arg-type]
    assert numbering.follows(numbering.parse("II.3"), numbering.parse("II.4"))  # type: ignore[arg-type]


def test_letters_follow_vietnamese_or_latin_alphabet() -> None:
    def seq(items: list[str]) -> bool:
        previous = None
        for item in items:
            current = numbering.parse(item)
            assert current is not None
            if not numbering.follows(previous, current):
                return False
            previous = current
        return True

    assert seq(["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"])
    assert seq(["a)", "b)", "c)", "d)", "e)", "f)", "g)"])
    assert not seq(["a)", "c)"])
    assert numbering.expected_after(numbering.parse("d)"), "letter", "e)") == "đ)"
    assert numbering.parse("-") is None and numbering.parse("") is None
