"""A small YAML writer for the benchmark corpus: block style like the hand-written plans, flow
style for short lists of names and for one-line records, end-of-line comments for suppressions.

Only what the generator needs: dicts, lists, str, int, float, bool, None. Strings are written
plain when that is unambiguous under both YAML 1.1 and 1.2 and quoted (JSON escapes, which are
valid YAML double-quoted escapes) otherwise, so every loader reads the same values.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["Flow", "Commented", "dump"]


class Flow(dict):
    """A mapping written on one line: ``{date: "2021-03-20", status: done}``."""


class Commented:
    """A scalar value followed by an end-of-line comment (``# cchc: ignore[T002] …``)."""

    __slots__ = ("value", "comment")

    def __init__(self, value: Any, comment: str) -> None:
        self.value = value
        self.comment = comment


# Anything a YAML 1.1 or 1.2 resolver could read as something other than a string.
_AMBIGUOUS = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?   # ints, floats
        |[-+]?0[xob][0-9a-fA-F_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)
        |[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9_]*)?                       # sexagesimal (1.1)
        |[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*                            # dates, timestamps
        |y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE
        |on|On|ON|off|Off|OFF|null|Null|NULL|~|=|<<)$""",
    re.VERBOSE,
)
_BAD_START = set("-?:,[]{}#&*!|>'\"%@`")
_FLOW_BAD = set(",[]{}")


def _plain_ok(text: str, flow: bool) -> bool:
    if not text or text != text.strip() or "\n" in text or "\t" in text or "\r" in text:
        return False
    if text[0] in _BAD_START or text[0].isdigit() and _AMBIGUOUS.match(text):
        return False
    if _AMBIGUOUS.match(text):
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and (_FLOW_BAD & set(text)):
        return False
    if any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ch in "\ufeff\u2028\u2029" for ch in text):
        return False
    return True


def scalar(value: Any, flow: bool = False) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    return text if _plain_ok(text, flow) else json.dumps(text, ensure_ascii=False)


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _flow(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return scalar(value, flow=True)


def _inline_list(value: list) -> bool:
    """Short lists of names go on one line, as in the bundled plans (``lead: [Sở Nội vụ]``)."""
    return all(_is_scalar(v) for v in value) and sum(len(str(v)) for v in value) <= 100


def _emit(value: Any, indent: int, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            _emit_entry(f"{pad}{key}:", item, indent, out)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and not isinstance(item, Flow) and item:
                lines: list[str] = []
                _emit(item, indent + 2, lines)
                lines[0] = f"{pad}- " + lines[0][indent + 2:]
                out.extend(lines)
            elif isinstance(item, Commented):
                out.append(f"{pad}- {scalar(item.value)}  # {item.comment}")
            elif isinstance(item, (dict, list)):
                out.append(f"{pad}- {_flow(item)}")
            else:
                out.append(f"{pad}- {scalar(item)}")
    else:
        raise TypeError(f"cannot emit {type(value).__name__} at top level")


def _emit_entry(head: str, item: Any, indent: int, out: list[str]) -> None:
    if isinstance(item, Commented):
        inner = item.value
        if isinstance(inner, (list, dict)) and not (isinstance(inner, list) and _inline_list(inner)) \
                and not isinstance(inner, Flow):
            out.append(f"{head}  # {item.comment}")  # a comment on the line that opens a block
            _emit(inner, indent + 2, out)
        else:
            text = _flow(inner) if isinstance(inner, (list, dict)) else scalar(inner)
            out.append(f"{head} {text}  # {item.comment}")
    elif isinstance(item, Flow) or (isinstance(item, list) and _inline_list(item)):
        out.append(f"{head} {_flow(item)}")
    elif isinstance(item, (dict, list)):
        if not item:
            out.append(f"{head} {_flow(item)}")
        else:
            out.append(head)
            _emit(item, indent + 2, out)
    else:
        out.append(f"{head} {scalar(item)}")


def dump(data: dict, header: str = "") -> str:
    out: list[str] = [header] if header else []
    _emit(data, 0, out)
    return "\n".join(out) + "\n"


def plain(value: Any) -> Any:
    """The data a loader reads back (comments and styles dropped), for the round-trip check."""
    if isinstance(value, Commented):
        return plain(value.value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
