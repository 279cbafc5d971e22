"""The fast read path (libyaml nodes with marks) and ruamel.yaml's round-trip loader, which the
editing path is built to be compatible with, read every plan to the same values.

Differences that are only about Python types are normalised: ruamel gives dates as
``datetime.date`` where cchc keeps the ISO text (and validates it as a date).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from cchc.reading.load import load_text
from conftest import FIXTURES, ROOT

FILES = sorted({*ROOT.joinpath("plans").rglob("*.yaml"), *FIXTURES.joinpath("valid").rglob("*.yaml"),
                *FIXTURES.joinpath("targets").rglob("*.yaml"), *FIXTURES.joinpath("province").rglob("*.yaml")})

sys.path.insert(0, str(ROOT / "bench"))
from agree import disagreement  # noqa: E402
from agree import plain as _plain  # noqa: E402


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_fast_and_round_trip_loaders_agree(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    fast = load_text(text).data
    yaml = YAML(typ="rt")
    slow = yaml.load(io.StringIO(text))
    assert _plain(fast) == _plain(slow)


@pytest.mark.parametrize("snippet", [
    "id: 1.10\n", "a: yes\nb: no\nc: on\n", "a: 010\n", "a: 2021-06-30\n", "a: ~\nb: null\n", "a: 0x1F\n",
    "a: '01'\n", "a: \"Quý II/2021\"\n", "a: [1, '2', three]\n", "a: |\n  dòng 1\n  dòng 2\n", "a: 1e3\n",
])
def test_tricky_scalars_agree(snippet: str) -> None:
    assert _plain(load_text(snippet).data) == _plain(YAML(typ="rt").load(io.StringIO(snippet)))


def test_every_file_of_a_generated_province_corpus_agrees(tmp_path: Path) -> None:
    """The bench generator's plans (real deadline phrasings, agency names, Vietnamese text) read
    the same both ways; ``python bench/agree.py --size province,region,country,big`` checks every
    size."""
    import generate

    generate.generate("province", 20210701, tmp_path, generate.load_fragments(), quiet=True)
    files = sorted((tmp_path / "province").rglob("*.yaml"))
    assert len(files) > 50
    problems = {str(p.relative_to(tmp_path)): d for p in files if (d := disagreement(p.read_text(encoding="utf-8")))}
    assert not problems
