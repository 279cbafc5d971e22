"""The fast read path and ruamel.yaml's round-trip loader read a file to the same values (issue 8).

``python bench/agree.py [--size province,big]`` compares every file of the generated corpus (it is
generated first when missing); ``tests/test_loader_agreement.py`` runs the same comparison on the
bundled plans, the fixtures and a freshly generated province corpus. Only Python types are
normalised: ruamel reads dates as ``datetime.date`` where cchc keeps the ISO text (and validates
it as a date).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def disagreement(text: str) -> str | None:
    """None when both loaders read ``text`` to the same values, else where they first differ."""
    from ruamel.yaml import YAML

    from cchc.reading.load import load_text

    fast = plain(load_text(text).data)
    slow = plain(YAML(typ="rt").load(io.StringIO(text)))
    if fast == slow:
        return None
    return _first_difference(fast, slow, "")


def _first_difference(a: Any, b: Any, where: str) -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(a) + [k for k in b if k not in a]:
            if key not in a or key not in b:
                return f"{where}/{key}: chỉ có ở một bên"
            if a[key] != b[key]:
                return _first_difference(a[key], b[key], f"{where}/{key}")
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} ≠ {len(b)} phần tử"
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{where}/{index}")
    return f"{where or '/'}: {a!r} ≠ {b!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="province", help="comma-separated corpus sizes (default: province)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    import generate

    failures = checked = 0
    started = time.perf_counter()
    for size in args.size.split(","):
        if not (args.out / size / "manifest.json").exists():
            generate.generate(size, 20210701, args.out, generate.load_fragments(), quiet=True)
        for path in sorted((args.out / size).rglob("*.yaml")):
            checked += 1
            problem = disagreement(path.read_text(encoding="utf-8-sig"))
            if problem:
                failures += 1
                print(f"{path}: {problem}")
    print(f"{checked} tệp, {failures} tệp đọc khác nhau ({time.perf_counter() - started:.1f} s).")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
