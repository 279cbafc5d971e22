"""Plans that are cheap to write and used to be expensive to lint (issue 19, point 7).

Shared by ``tests/bad/test_hostile_size.py`` (each runs to the end under a memory limit, with
bounded output) and ``bench/hostile.py`` (the time and memory targets). Every generator returns
the text of one plan; nothing here imports cchc.

- :func:`unknown_keys`: 40,000 top-level keys the schema does not know (~560 KB). Locating each
  finding scanned its mapping (257 s), and every one was listed (17 MB of JSON).
- :func:`aliased_keys`: a ~500 KB text anchored once (a 550 KB plan) and used as the key of 2,000 tasks
  (``- *k : 1``). Every unknown-key message quoted the whole key.
- :func:`aliased_duplicate_keys`: the same text used as 2,000 keys of one mapping: 1,999 repeated
  keys, each found by a scan back over the keys before it (quadratic) and quoted in full.
- :func:`alias_text_bomb`: 123 KB: a 60 KB anchored title, then ~15,000 aliases of it as the
  items of a ``lead`` list and as task keys (823 MB of memory and 401 MB of text output before).
- :func:`long_line`: one task written as a 19 KB flow mapping on one line with ~1,500 unknown
  keys: the text format printed the 19 KB line under each finding.
"""

from __future__ import annotations

HEAD = """\
version: 1
id: ke-hoach-thu-nghiem
document:
  type: Kế hoạch
  symbol: KH-UBND
  issuer: ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM
  title: Cải cách hành chính năm 2021
period: {start: 2021, end: 2021}
"""

TASKS = """\
appendices:
  - sections:
      - number: I
        title: CẢI CÁCH THỂ CHẾ
        lead: [Sở Tư pháp]
        tasks:
          - id: "1"
            content: Rà soát văn bản quy phạm pháp luật
            output: Báo cáo
            deadline: Quý II/2021
"""

# Vietnamese text that no YAML resolver reads as anything but text, repeated to any length.
_WORDS = "Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của các cơ quan "


def _filler(size: int) -> str:
    """About ``size`` bytes (UTF-8) of plain Vietnamese text on one line (no ": ", no " #")."""
    chars = size * len(_WORDS) // len(_WORDS.encode("utf-8"))
    return (_WORDS * (chars // len(_WORDS) + 1))[:chars].strip()


def unknown_keys(count: int = 40_000) -> str:
    """A valid plan followed by ``count`` top-level keys the schema does not know."""
    return HEAD + TASKS + "".join(f"khoa_{index:05d}: 1\n" for index in range(count))


UNKNOWN_KEYS_FIRST_LINE = (HEAD + TASKS).count("\n") + 1  # where the first unknown key sits


def aliased_keys(count: int = 2_000, size: int = 500_000) -> str:
    """A ``size``-byte text anchored in the document's title, then ``count`` tasks whose one
    key is an alias of it (``- *k : 1``): each task has an unknown key and no content."""
    head = HEAD.replace("  title: Cải cách hành chính năm 2021\n", f"  title: &k {_filler(size)}\n")
    return head + TASKS + "".join("          - *k : 1\n" for _ in range(count))


def aliased_duplicate_keys(count: int = 2_000, size: int = 500_000) -> str:
    """The same anchored text as ``count`` keys of one mapping (``x-ghi-chu``): ``count - 1``
    repeated keys."""
    head = HEAD.replace("  title: Cải cách hành chính năm 2021\n", f"  title: &k {_filler(size)}\n")
    return head + TASKS + "x-ghi-chu:\n" + "".join("  *k : 1\n" for _ in range(count))


def repeated_keys(count: int) -> str:
    """``count`` keys in one mapping, then the same ``count`` keys again: each repeat's earlier
    occurrence is ``count`` keys back (for the growth test: a scan back per repeat is quadratic)."""
    keys = "".join(f"  khoa_{index:05d}: 1\n" for index in range(count))
    return HEAD + TASKS + "x-ghi-chu:\n" + keys + keys


def alias_text_bomb(size: int = 123_000) -> str:
    """``size`` bytes: half an anchored 60 KB section title, half aliases of it: as the items of
    the section's ``lead`` list and as the one key of each of the section's tasks."""
    anchor = _filler(60_000)
    head = HEAD + TASKS.replace("        title: CẢI CÁCH THỂ CHẾ\n", f"        title: &k {anchor}\n")
    budget = size - len((head + "        lead: []\n").encode("utf-8"))
    items = budget // 2 // len("*k, ")
    keys = (budget - items * len("*k, ")) // len("          - *k : 1\n")
    text = head.replace("        lead: [Sở Tư pháp]\n", "        lead: [" + ", ".join(["*k"] * items) + "]\n")
    return text + "".join("          - *k : 1\n" for _ in range(keys))


def long_line(size: int = 19_000) -> str:
    """A task written as one ``size``-character flow mapping with as many unknown keys as fit."""
    parts = ['id: "1"', "content: Rà soát văn bản quy phạm pháp luật", "output: Báo cáo", "deadline: Quý II/2021"]
    index = 0
    while len(", ".join(parts)) < size - 20:
        parts.append(f"khoa_{index:05d}: 1")
        index += 1
    task = "          - {" + ", ".join(parts) + "}\n"
    return HEAD + TASKS.split("          - id:")[0] + task


LONG_LINE_NUMBER = (HEAD + TASKS.split("          - id:")[0]).count("\n") + 1  # the task's line

CASES = {
    "unknown-keys-40000": unknown_keys,
    "aliased-keys-2000": aliased_keys,
    "aliased-duplicate-keys-2000": aliased_duplicate_keys,
    "alias-text-bomb": alias_text_bomb,
    "long-line-19kb": long_line,
}
