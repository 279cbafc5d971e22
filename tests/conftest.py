"""Shared helpers: lint inline YAML and get (line, column, code) tuples, as yamllint's tests do."""

from __future__ import annotations

import os
import tempfile
import textwrap
from pathlib import Path

import pytest

from cchc.checking.lint import lint_text
from cchc.reading.agencies import Registry, build_registry
from cchc.reading.load import load_text

# The result cache of the commands run by the tests lives in a throw-away folder, not in ~/.cache.
os.environ.setdefault("CCHC_CACHE_DIR", tempfile.mkdtemp(prefix="cchc-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT.parent / "shared" / "seeds"

REGISTRY_YAML = """\
version: 1
jurisdiction: Tỉnh Thử Nghiệm
agencies:
  - {id: so-noi-vu, name: Sở Nội vụ, short: [SNV], aliases: [Phòng Nội vụ tỉnh]}
  - {id: so-tu-phap, name: Sở Tư pháp, short: [STP]}
  - {id: so-lao-dong, name: "Sở Lao động, Thương binh và Xã hội", short: [SLĐTBXH]}
  - {id: dai-ptth, name: Đài Phát thanh và Truyền hình tỉnh, aliases: [Đài Phát thanh - Truyền hình tỉnh]}
  - {id: ubnd-tinh, name: Ủy ban nhân dân tỉnh}
groups:
  - {id: cac-so, name: "Các Sở, Ban, ngành", members: [so-noi-vu, so-tu-phap]}
  - {id: cap-huyen, name: "UBND các huyện, thị xã, thành phố"}
"""

HEADER = """\
version: 1
id: thu-nghiem
document:
  type: Kế hoạch
  symbol: KH-UBND
  issuer: ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM
  title: Cải cách hành chính năm 2021
period: {start: 2021, end: 2021}
"""


def registry() -> Registry:
    loaded = load_text(REGISTRY_YAML, "agencies.yaml")
    return build_registry(loaded.data, "agencies.yaml")


def lint_codes(body: str, *, header: bool = True, with_registry: bool = True) -> list[tuple[int, int, str]]:
    """Lint a plan given as YAML text; returns sorted (line, column, code) tuples.

    With ``header`` the document/period boilerplate (8 lines) is prepended, so line numbers in
    ``body`` start at 9.
    """
    text = (HEADER if header else "") + textwrap.dedent(body)
    result = lint_text(text, "plan.yaml", registry=registry() if with_registry else None)
    return sorted((d.line, d.column, d.code) for d in result.diagnostics)


@pytest.fixture
def repo_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    return ROOT
