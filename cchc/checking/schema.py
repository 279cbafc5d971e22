"""JSON Schema validation with located, Vietnamese diagnostics.

This module owns validation: which schema file applies, the validator instance (built once), and
the translation of validator errors into :class:`SchemaProblem` values that name the offending
node by JSON path (the loader turns that into a line and column). Messages use the schema's own
Vietnamese ``title`` for the field concerned and suggest the nearest valid key or value.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cchc.base.diagnostics import JsonPath
from cchc.base.i18n import N_, data, msg
from cchc.base.text import close_matches, excerpt, fold
from cchc.checking.bounds import PER_CODE
from cchc.checking.rules import message

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "data"
PLAN_SCHEMA = "plan.schema.json"
AGENCIES_SCHEMA = "agencies.schema.json"
REPORT_SCHEMA = "report.schema.json"

_DMY = re.compile(r"^\s*(?:ngày\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
# Vietnamese words people type for coded values (folded) → the code.
_SYNONYMS = {
    "xong": "done", "da xong": "done", "hoan thanh": "done", "da hoan thanh": "done",
    "dang lam": "doing", "dang thuc hien": "doing", "dang trien khai": "doing",
    "vuong mac": "blocked", "tam dung": "blocked", "bi vuong": "blocked", "chua thuc hien duoc": "blocked",
    "huy": "cancelled", "huy bo": "cancelled", "khong thuc hien": "cancelled", "bai bo": "cancelled",
    "the che": "the_che", "thu tuc hanh chinh": "thu_tuc_hanh_chinh", "tthc": "thu_tuc_hanh_chinh",
    "to chuc bo may": "to_chuc_bo_may", "cong vu": "cong_vu", "che do cong vu": "cong_vu",
    "tai chinh cong": "tai_chinh_cong", "chinh phu so": "chinh_phu_so", "chinh phu dien tu": "chinh_phu_so",
    "chinh quyen dien tu": "chinh_phu_so", "chinh quyen so": "chinh_phu_so",
    "chi dao dieu hanh": "chi_dao_dieu_hanh", "chi dao, dieu hanh": "chi_dao_dieu_hanh",
    "ke hoach": "Kế hoạch", "quyet dinh": "Quyết định", "chuong trinh": "Chương trình",
}
_TYPE_NAMES = {
    "string": N_("văn bản"),
    "integer": N_("số nguyên"),
    "number": N_("số"),
    "boolean": N_("giá trị đúng/sai"),
    "null": N_("để trống (null)"),
    "array": N_("danh sách"),
    "object": N_("đối tượng (các cặp khóa: giá trị)"),
}


def _type_name(name: str) -> str:
    return msg(_TYPE_NAMES[name]) if name in _TYPE_NAMES else name


@dataclass(frozen=True)
class SchemaProblem:
    """One schema violation: ``kind`` is unknown-key, missing-key, type or value."""

    kind: str
    path: JsonPath
    message: str
    hint: str = ""
    key: bool = False
    rule: str = ""  # the JSON Schema keyword that failed (pattern, format…)
    name: str = ""  # unknown-key: the key it was probably meant to be; missing-key: the missing key
    expected: tuple[str, ...] = ()  # type: the JSON types the schema wants


@cache
def load_schema(name: str) -> dict[str, Any]:
    with open(SCHEMA_DIR / name, encoding="utf-8") as handle:
        return json.load(handle)  # type: ignore[no-any-return]


@cache
def _validator(name: str) -> Any:
    import jsonschema

    schema = load_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@cache
def _fast_validator(name: str) -> Any:
    """jsonschema-rs (compiled, Rust) when it is installed: it only answers "valid or not"."""
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - a dependency; the slow path still gives every answer
        return None
    return jsonschema_rs.validator_for(load_schema(name), validate_formats=True)


def is_valid(data: Any, name: str = PLAN_SCHEMA) -> bool | None:
    """The fast yes/no answer, or None when the fast validator cannot judge this data."""
    fast = _fast_validator(name)
    if fast is None:
        return None
    try:
        return bool(fast.is_valid(data))
    except Exception:  # noqa: BLE001 - data it cannot represent (non-text keys, huge numbers): ask the slow path
        return None


def validate(data: Any, name: str = PLAN_SCHEMA) -> list[SchemaProblem]:
    """Validate ``data`` against the named schema; never raises for bad data.

    Most plans are valid: jsonschema-rs confirms that in microseconds. Only data it rejects (or
    cannot judge) goes through python-jsonschema, whose errors carry the paths and keywords the
    Vietnamese messages are built from. The two agree on validity (tests/test_fast_paths.py).
    """
    if is_valid(data, name):
        return []
    root = load_schema(name)
    problems: list[SchemaProblem] = []
    for error in _validator(name).iter_errors(_quiet(data)):
        problems.extend(_translate(error, root))
    # One problem per (path, kind, message): anyOf branches can repeat themselves; a value that
    # fails both its pattern and its format (a date) is reported once.
    unique: dict[tuple[Any, ...], SchemaProblem] = {}
    for problem in problems:
        unique.setdefault((problem.path, problem.kind, problem.message, problem.key), problem)
    patterned = {p.path for p in unique.values() if p.rule == "pattern"}
    return [p for p in unique.values() if not (p.path in patterned and p.rule == "format")]


_LONG = 10_000  # characters; a longer text is shown by python-jsonschema as an excerpt


class _LongText(str):
    """A long text that python-jsonschema's error messages show as an excerpt.

    It writes ``repr(instance)`` (for additionalProperties: of every unknown key) into every
    error message, which cchc never shows: a 500 KB key used as 2,000 keys through an alias cost
    3 s of ``repr``. Equal to, hashed and matched like the text it stands for."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(excerpt(str(self)))


def _quiet(value: Any, long: dict[int, _LongText] | None = None) -> Any:
    """``value`` with every text longer than :data:`_LONG` (keys too) as a :class:`_LongText`,
    one per text object (an alias repeats the same object: it is not copied again)."""
    kind = type(value)
    if kind is str:
        if len(value) <= _LONG:
            return value
        long = {} if long is None else long
        found = long.get(id(value))
        if found is None:
            found = long[id(value)] = _LongText(value)
        return found
    if kind is dict or kind is list:
        long = {} if long is None else long
        if kind is dict:
            return {_quiet(k, long): _quiet(v, long) for k, v in value.items()}
        return [_quiet(item, long) for item in value]
    return value


def _resolve(schema: Any, root: dict[str, Any]) -> Any:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            break
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part]
        merged = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**target, **merged}
        seen += 1
    return schema


def _field_label(schema: Any, root: dict[str, Any]) -> str:
    schema = _resolve(schema, root)
    if isinstance(schema, dict) and schema.get("title"):
        return msg(" ({title})", title=schema["title"])
    return ""


def _document_kind(root: dict[str, Any]) -> str:
    properties = root.get("properties", {})
    if "agencies" in properties:
        return msg("danh mục cơ quan")
    return msg("tệp báo cáo") if "assessment" in properties else msg("kế hoạch")


def _field_description(schema: Any, root: dict[str, Any]) -> str:
    schema = _resolve(schema, root)
    text = str(schema.get("description", "")) if isinstance(schema, dict) else ""
    return msg("{description}", description=text) if text else ""  # the schema's own (Vietnamese) words


def _type_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"\"{value}\"" if len(value) <= 60 else f"\"{value[:57]}…\""
    if isinstance(value, (dict, list)):
        return _type_name(_type_of(value))
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    return json.dumps(value, ensure_ascii=False)


def _list_form(path: JsonPath, value: str) -> str:
    """``lead: [Phòng Tư pháp]``: a text written as a one-item list, quoted only where YAML needs it."""
    value = excerpt(value)
    text = value.strip()
    if not text or re.search(r"[,\[\]{}#&*!|>'\"%@`]|: |:$", text) or text[0] in "-?:" or text != value:
        text = json.dumps(value, ensure_ascii=False)
    item = f"[{text}]"
    return f"{path[-1]}: {item}" if path and isinstance(path[-1], str) else item


def _translate(error: Any, root: dict[str, Any]) -> Iterator[SchemaProblem]:
    path: JsonPath = tuple(error.absolute_path)
    validator = error.validator
    schema = error.schema if isinstance(error.schema, dict) else {}
    instance = error.instance
    custom = schema.get("errorMessage") if isinstance(schema, dict) else None
    if custom:
        custom = msg(custom)  # the schemas' messages are in the catalogue too

    if validator == "additionalProperties" and isinstance(instance, dict):
        allowed = sorted(_resolve(schema, root).get("properties", {}))
        valid_keys = message("S001", "unknown.hint", keys=", ".join(allowed)) if allowed else ""
        kind = _document_kind(root)
        unknown = 0
        for key in instance:
            if key in allowed:
                continue
            unknown += 1  # past the findings lint lists, a "did you mean" would cost time for nothing
            close = close_matches(str(key), allowed, n=1, cutoff=0.6) if unknown <= PER_CODE else []
            hint = (message("S001", "unknown.close", name=close[0]) if close else "") + valid_keys
            yield SchemaProblem("unknown-key", (*path, key),
                                message("S001", "unknown", key=excerpt(str(key)), kind=kind),
                                hint.strip(), key=True, rule=validator, name=close[0] if close else "")
        return
    if validator == "required":
        properties = _resolve(schema, root).get("properties", {})
        for name in error.validator_value:
            if isinstance(instance, dict) and name not in instance:
                label = _field_label(properties.get(name, {}), root)
                yield SchemaProblem("missing-key", path, message("S002", "missing", name=name, label=label),
                                    message("S002", "missing.hint", name=name), rule=validator,
                                    name=name)
        return
    if validator == "type":
        expected = error.validator_value
        expected_list = expected if isinstance(expected, list) else [expected]
        wanted = msg(" hoặc ").join(_type_name(str(t)) for t in expected_list)
        got = _type_name(_type_of(instance))
        hint = ""
        if isinstance(instance, float) and "string" in expected_list:
            hint = message("S003", "type.quote-raw")
        elif isinstance(instance, str) and "array" in expected_list:
            hint = message("S003", "type.list", example=data(_list_form(path, instance)))
        elif isinstance(instance, (int, bool)) and "string" in expected_list:
            hint = message("S003", "type.quote", value=instance)
        elif instance is None:
            hint = message("S003", "type.empty")
        elif isinstance(instance, dict) and "string" in expected_list:
            hint = message("S003", "type.colon")
        elif isinstance(instance, str) and instance.strip().lstrip("-").isdigit() and (
                "integer" in expected_list or "number" in expected_list):
            hint = (message("S003", "type.unquote", number=instance.strip(), value=instance)
                    if len(instance) <= 18
                    else message("S003", "type.too-large") if not instance.startswith("0")
                    else message("S003", "type.leading-zero"))
        if not hint:
            hint = _field_description(schema, root) or message("S003", "type.hint")
        yield SchemaProblem("type", path, message("S003", "type", wanted=wanted, got=got),
                            hint, rule=validator, expected=tuple(str(t) for t in expected_list))
        return
    if validator in ("anyOf", "oneOf"):
        yield from _translate_alternatives(error, root, path)
        return
    if validator == "enum":
        options = [str(v) for v in error.validator_value]
        synonym = _SYNONYMS.get(fold(str(instance))) if isinstance(instance, str) else None
        close = [synonym] if synonym in options else close_matches(str(instance), options, n=1, cutoff=0.5)
        hint = ((message("S004", "enum.close", name=close[0]) if close else "")
                + message("S004", "enum.hint", values=", ".join(options)))
        yield SchemaProblem("value", path, message("S004", "enum", value=_show(instance)),
                            hint, rule=validator)
        return
    if validator == "const":
        yield SchemaProblem("value", path,
                            message("S004", "const", value=_show(instance),
                                expected=_show(error.validator_value)),
                            message("S004", "const.hint", expected=_show(error.validator_value)), rule=validator)
        return
    if validator == "format":
        yield SchemaProblem("value", path, message("S004", "date", value=_show(instance)),
                            custom or message("S004", "date.hint"), rule=validator)
        return
    if validator == "pattern":
        dmy = _DMY.match(instance) if isinstance(instance, str) else None
        if dmy and "YYYY" in str(custom):
            day, month, year = (int(g) for g in dmy.groups())
            custom = message("S004", "date.order",
                         year=year, month=month, day=day)
        yield SchemaProblem("value", path, message("S004", "pattern", value=_show(instance)),
                            custom or _field_description(schema, root)
                            or message("S004", "pattern.hint", pattern=error.validator_value),
                            rule=validator)
        return
    if validator == "minLength":
        yield SchemaProblem("value", path, message("S004", "empty"),
                            message("S004", "empty.hint"), rule=validator)
        return
    if validator == "maxLength":
        yield SchemaProblem("value", path, message("S004", "too-long", limit=error.validator_value),
                            message("S004", "too-long.hint"), rule=validator)
        return
    if validator == "minItems":
        yield SchemaProblem("value", path, message("S004", "too-few", count=error.validator_value),
                            message("S004", "too-few.hint"), rule=validator)
        return
    if validator == "maxItems":
        yield SchemaProblem("value", path, message("S004", "too-many", count=error.validator_value),
                            message("S004", "too-many.hint"), rule=validator)
        return
    if validator in ("minimum", "exclusiveMinimum"):
        yield SchemaProblem("value", path, message("S004", "minimum", value=_show(instance),
                                               limit=error.validator_value),
                            message("S004", "minimum.hint"), rule=validator)
        return
    if validator in ("maximum", "exclusiveMaximum"):
        yield SchemaProblem("value", path, message("S004", "maximum", value=_show(instance),
                                               limit=error.validator_value),
                            message("S004", "maximum.hint"), rule=validator)
        return
    yield SchemaProblem("value", path, message("S004", "other",
                                           value=_show(instance), kind=_document_kind(root), rule=validator),
                        message("S004", "other.hint"),
                        rule=validator)


def _translate_alternatives(error: Any, root: dict[str, Any], path: JsonPath) -> Iterator[SchemaProblem]:
    """anyOf/oneOf: follow the branch whose type matches the value, else say what was expected."""
    instance = error.instance
    branches: dict[int, list[Any]] = {}
    for sub in error.context or ():
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    matching = [
        errors for errors in branches.values()
        if not any(e.validator == "type" and not e.relative_path for e in errors)
    ]
    if len(matching) == 1:
        for sub in matching[0]:
            yield from _translate(sub, root)
        return
    options = []
    for branch in error.validator_value:
        resolved = _resolve(branch, root)
        kind = str(resolved.get("type"))
        options.append(data(resolved["title"]) if resolved.get("title")
                       else _type_name(kind) if kind in _TYPE_NAMES else msg("giá trị"))
    yield SchemaProblem("type", path,
                        message("S003", "alternatives", value=_show(instance),
                            options=msg(" hoặc ").join(options)),
                        message("S003", "alternatives.hint"),
                        rule="anyOf")


def schema_at(name: str, path: Sequence[str | int]) -> dict[str, Any] | None:
    """The part of schema ``name`` that describes the node at ``path`` (a list item written as
    an index or ``"-"``), references followed and the alternatives of ``anyOf``/``oneOf``/``allOf``
    merged (their properties together); None where the schema says nothing (an unknown key)."""
    root = load_schema(name)
    node: Any = _merged(root, root)
    for part in path:
        if not isinstance(node, dict):
            return None
        if part == "-" or isinstance(part, int):
            node = node.get("items")
        else:
            properties = node.get("properties", {})
            if part in properties:
                node = properties[part]
            elif isinstance(node.get("additionalProperties"), dict):
                node = node["additionalProperties"]
            else:
                return None
        if node is None:
            return None
        node = _merged(node, root)
    return node if isinstance(node, dict) else None


def _merged(schema: Any, root: dict[str, Any]) -> Any:
    schema = _resolve(schema, root)
    if not isinstance(schema, dict):
        return schema
    alternatives = [_merged(s, root) for key in ("allOf", "anyOf", "oneOf") for s in schema.get(key, ())]
    if not alternatives:
        return schema
    merged = {k: v for k, v in schema.items() if k not in ("allOf", "anyOf", "oneOf")}
    properties = dict(merged.get("properties", {}))
    for alternative in alternatives:
        if not isinstance(alternative, dict):
            continue
        for key, value in alternative.get("properties", {}).items():
            properties.setdefault(key, value)
        for key in ("items", "enum", "description", "title", "type"):
            if key in alternative and key not in merged:
                merged[key] = alternative[key]
    if properties:
        merged["properties"] = properties
    return merged


def property_docs(name: str, path: Sequence[str | int]) -> dict[str, tuple[str, str]]:
    """The keys a mapping at ``path`` may hold, each with its title and description (the schema's
    own Vietnamese words), in the schema's order."""
    node = schema_at(name, path)
    if not node:
        return {}
    root = load_schema(name)
    docs = {}
    for key, value in node.get("properties", {}).items():
        value = _resolve(value, root)
        title = str(value.get("title", "")) if isinstance(value, dict) else ""
        description = str(value.get("description", "")) if isinstance(value, dict) else ""
        docs[key] = (title, description)
    return docs
