"""The language of messages: Vietnamese by default, English for maintainers (``--lang en``).

gettext style: the Vietnamese text written in the code *is* the message id, so Vietnamese output is
the source text byte for byte, and a message with no translation falls back to Vietnamese.
Placeholders are ``str.format`` named fields, filled in after translation::

    tr("Cơ quan \"{name}\" không có trong danh mục cơ quan.", name=name)

Text that is defined in one place and shown in another (tables of labels, libyaml's problems)
is marked with :func:`N_` where it is written and passed through :func:`tr` where it is shown, so
the same label can stay Vietnamese in an official document and be English on a maintainer's
screen. An English entry may be a pair ``(one, other)``, chosen by the ``count`` field.

The language is process-wide: the CLI sets it once, from ``--lang``, else ``CCHC_LANG``, else
the ``lang`` setting of ``cchc.toml``, else Vietnamese. Diagnostics are values whose message and
hint are deferred text (:func:`msg`, :class:`Message`): a ``str`` in the language of the run that
keeps its message id and fields, so the writers show it in the output's language
(:func:`render`). The lint cache keeps them language-free (:func:`encode_text`,
:func:`decode_text`: message ids and fields, never text), so its key has no language. What still
holds text made in the run's language keeps the language in its key: the deadline memos (a task's
explanation and problems are printed as they are by status, diff and calendar), the status tables
(rendered output), and worker processes are started in the parent's language (the text of a
deferred message, by which diagnostics sort, and the tables they draw). The rules' documentation
is keyed by code and paragraph (:func:`tr_id`). Official documents (``render``, ``report``,
``site``, ``calendar``) are built under :func:`vietnamese` whatever the language. The English catalogue (:mod:`cchc.locale.en`) is imported only when English is chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

LANGUAGES = ("vi", "en")
DEFAULT = "vi"

_language = DEFAULT
_catalogues: dict[str, Mapping[str, str | tuple[str, str]]] = {}


class UnknownLanguage(ValueError):
    """A language cchc has no messages for; the message is in both languages (which one the user
    wanted is exactly what is unknown)."""

    def __init__(self, value: str, source: str = "--lang") -> None:
        self.value = value
        self.source = source
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return (f"ngôn ngữ \"{self.value}\" của {self.source} không được hỗ trợ; dùng vi hoặc en. "
                f"(unsupported language \"{self.value}\" in {self.source}: use vi or en.)")


def parse_language(value: str, source: str = "--lang") -> str:
    """``vi``/``en`` from what people write: ``en``, ``EN``, ``en_US.UTF-8``, ``en-GB``, ``vi_VN``."""
    code = re.split(r"[_.@-]", value.strip(), maxsplit=1)[0].lower()
    if code not in LANGUAGES:
        raise UnknownLanguage(value, source)
    return code


def set_language(value: str) -> str:
    """Set the process-wide language (``vi``, ``en`` or a locale name); returns the code."""
    global _language
    _language = parse_language(value)
    return _language


def language() -> str:
    return _language


@contextmanager
def using(value: str) -> Iterator[None]:
    """Run a block in another language, then restore the previous one."""
    global _language
    previous = _language
    _language = parse_language(value)
    try:
        yield
    finally:
        _language = previous


def vietnamese() -> Any:
    """Official documents are Vietnamese whatever ``--lang`` says: ``with vietnamese(): …``."""
    return using("vi")


def catalogue(code: str) -> Mapping[str, str | tuple[str, str]]:
    """The translations for ``code`` (empty for Vietnamese, the source language)."""
    if code == DEFAULT:
        return {}
    if code not in _catalogues:
        from importlib import import_module

        _catalogues[code] = import_module(f"cchc.locale.{code}").MESSAGES
    return _catalogues[code]


def tr(msgid: str, /, **params: Any) -> str:
    """``msgid`` (Vietnamese) in the current language, with ``params`` filled in.

    Without ``params`` the text is returned as it is (braces in it are literal)."""
    template = msgid
    if _language != DEFAULT:
        entry = catalogue(_language).get(msgid, msgid)
        template = entry if isinstance(entry, str) else entry[0] if params.get("count") == 1 else entry[1]
    return template.format(**params) if params else template


class Deferred(str):
    """Text that can be written again in another language: a ``str`` (the text in the language it
    was made in, so it compares, sorts and prints as before) that also keeps how it was made, and
    :func:`render` makes it again in the current language. Diagnostics carry these, so a writer
    shows them in the language chosen for the output, whatever the language they were made in
    (a cache or a worker process may have made them). Concatenating keeps the parts; other string
    operations (slicing, f-strings, ``str.join``) give plain text."""

    def render(self) -> str:
        raise NotImplementedError

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), str(self), dict(self.__dict__))

    def __add__(self, other: object) -> Any:
        return Joined((self, other)) if isinstance(other, str) else NotImplemented

    def __radd__(self, other: object) -> Any:
        return Joined((other, self)) if isinstance(other, str) else NotImplemented

    def strip(self, chars: str | None = None) -> Any:
        return Stripped(self, chars)

    def join(self, iterable: Iterable[str]) -> Any:
        parts: list[str] = []
        for item in iterable:
            if parts:
                parts.append(self)
            parts.append(item)
        return Joined(tuple(parts)) if parts else ""


def _rebuild(kind: type[Deferred], text: str, state: dict[str, Any]) -> Deferred:
    value = str.__new__(kind, text)
    value.__dict__.update(state)
    return value


class Message(Deferred):
    """A message id and its fields (:func:`msg`); fields may be deferred text themselves."""

    msgid: str
    params: dict[str, Any]

    def __new__(cls, msgid: str, params: dict[str, Any]) -> Message:
        value = super().__new__(cls, tr(msgid, **params))
        value.msgid, value.params = msgid, params
        return value

    def render(self) -> str:
        return tr(self.msgid, **{name: value.render() if isinstance(value, Deferred) else value
                                 for name, value in self.params.items()})


class Joined(Deferred):
    """Pieces written one after the other (``msg(a) + msg(b)``, :func:`data_list`)."""

    parts: tuple[str, ...]

    def __new__(cls, parts: tuple[object, ...]) -> Joined:
        flat: list[str] = []
        for part in parts:
            flat.extend(part.parts if isinstance(part, Joined) else (str(part),) if not isinstance(part, Deferred)
                        else (part,))
        value = super().__new__(cls, "".join(flat))
        value.parts = tuple(flat)
        return value

    def render(self) -> str:
        return "".join(render(part) for part in self.parts)


class Stripped(Deferred):
    """Deferred text without the spaces (or ``chars``) around it."""

    inner: Deferred
    chars: str | None

    def __new__(cls, inner: Deferred, chars: str | None = None) -> Stripped:
        value = super().__new__(cls, str.strip(inner, chars))
        value.inner, value.chars = inner, chars
        return value

    def render(self) -> str:
        return self.inner.render().strip(self.chars)


class Quoted(Deferred):
    """A value from a plan inside a message (:func:`data`)."""

    value: object

    def __new__(cls, value: object) -> Quoted:
        shown = super().__new__(cls, _quote(value))
        shown.value = value
        return shown

    def render(self) -> str:
        return _quote(self.value)


def render(text: object) -> str:
    """``text`` in the current language: deferred text is made again, anything else is as it is."""
    return text.render() if isinstance(text, Deferred) else text if isinstance(text, str) else str(text)


def msg(msgid: str, /, **params: Any) -> Message:
    """Like :func:`tr`, for text a writer shows later (a diagnostic's message and hint): the
    message id and fields are kept, so the text can be rendered in another language."""
    return Message(msgid, params)


class Unencodable(ValueError):
    """Text :func:`encode_text` cannot store without losing how it was made."""


def encode_text(text: object) -> Any:
    """Text as JSON-safe data that keeps no language: deferred text as its message id and fields
    (recursively: joined pieces, stripped and quoted text, field values that are dates, numbers or
    messages themselves), plain text as it is. Tags tell the kinds apart: a ``str`` is plain text,
    a one-key object is ``{"m": [msgid, fields]}`` (:class:`Message`), ``{"j": parts}``
    (:class:`Joined`), ``{"s": [inner, chars]}`` (:class:`Stripped`), ``{"q": value}``
    (:class:`Quoted`). Raises :class:`Unencodable` for anything else: a caller keeps nothing
    rather than keep it wrongly."""
    if type(text) is str:
        return text
    if isinstance(text, Message):
        return {"m": [text.msgid, {name: _encode_value(value) for name, value in text.params.items()}]}
    if isinstance(text, Joined):
        return {"j": [encode_text(part) for part in text.parts]}
    if isinstance(text, Stripped):
        return {"s": [encode_text(text.inner), text.chars]}
    if isinstance(text, Quoted):
        return {"q": _encode_value(text.value)}
    raise Unencodable(type(text).__name__)


def _encode_value(value: object) -> Any:
    """A field's value: JSON's own scalars as they are (JSON keeps int, float and bool apart),
    deferred text, and tagged dates, decimals and sequences."""
    import datetime as dt
    from decimal import Decimal

    kind = type(value)
    if value is None or kind in (str, int, float, bool):
        return value
    if isinstance(value, Deferred):
        return {"t": encode_text(value)}
    if kind is dt.date:
        return {"d": value.isoformat()}  # type: ignore[attr-defined]
    if kind is dt.datetime:
        return {"dt": value.isoformat()}  # type: ignore[attr-defined]
    if kind is Decimal:
        return {"dec": str(value)}
    if kind in (tuple, list):
        return {"tuple" if kind is tuple else "list": [_encode_value(item) for item in value]}  # type: ignore[attr-defined]
    raise Unencodable(kind.__name__)


def decode_text(data: object) -> str:
    """The text :func:`encode_text` stored, made in the current language. Raises ``ValueError``
    for data it did not write (a damaged entry: the caller discards it)."""
    try:
        return _decode_text(data, 0)
    except ValueError:
        raise
    except (TypeError, KeyError, IndexError, AttributeError, RecursionError, ArithmeticError) as exc:
        raise ValueError(f"not encoded text: {exc}") from None


#: Deeper than any message cchc makes (a message in a field of a message in a list…): deeper data
#: was not written by :func:`encode_text`.
_MAX_NESTING = 24


def _one(data: object, depth: int) -> tuple[str, Any]:
    if not isinstance(data, dict) or len(data) != 1 or depth > _MAX_NESTING:
        raise ValueError("not encoded text")
    return next(iter(data.items()))


def _decode_text(data: object, depth: int) -> str:
    if type(data) is str:
        return data
    tag, body = _one(data, depth)
    depth += 1
    if tag == "m":
        msgid, fields = body
        if type(msgid) is not str or not isinstance(fields, dict) or (fields and not _plain_fields(msgid)):
            raise ValueError("not a message")
        return Message(msgid, {str(name): _decode_value(value, depth) for name, value in fields.items()})
    if tag == "j":
        if not isinstance(body, list):
            raise ValueError("not joined text")
        return Joined(tuple(_decode_text(part, depth) for part in body))
    if tag == "s":
        inner, chars = body
        if chars is not None and type(chars) is not str:
            raise ValueError("not stripped text")
        text = _decode_text(inner, depth)
        return Stripped(text, chars) if isinstance(text, Deferred) else text.strip(chars)
    if tag == "q":
        return Quoted(_decode_value(body, depth))
    raise ValueError(f"unknown text kind {tag!r}")


@lru_cache(maxsize=4096)
def _plain_fields(msgid: str) -> bool:
    """Whether every field of ``msgid`` is a plain name (``{key}``, ``{byte:02X}``), as in every
    message cchc makes: never an attribute or an item of a value (``{key.__class__}``), nor a
    width that would fill memory (``{key:>999999999}``). (Without fields a message id is not
    formatted: its braces are text.)"""
    from string import Formatter

    try:
        return all(name is None or (name.isidentifier() and "{" not in (spec or "")
                                    and re.search(r"\d{4,}", spec or "") is None)
                   for _, name, spec, _ in Formatter().parse(msgid))
    except ValueError:
        return False


def _decode_value(data: object, depth: int) -> Any:
    import datetime as dt
    from decimal import Decimal

    if data is None or type(data) in (str, int, float, bool):
        return data
    tag, body = _one(data, depth)
    depth += 1
    if tag == "t":
        return _decode_text(body, depth)
    if tag in ("d", "dt", "dec") and type(body) is not str:
        raise ValueError("not a value")
    if tag == "d":
        return dt.date.fromisoformat(body)
    if tag == "dt":
        return dt.datetime.fromisoformat(body)
    if tag == "dec":
        return Decimal(body)
    if tag in ("tuple", "list") and isinstance(body, list):
        items = [_decode_value(item, depth) for item in body]
        return tuple(items) if tag == "tuple" else items
    raise ValueError(f"unknown value kind {tag!r}")


def tr_id(msgid: str, source: str, /) -> str:
    """The text of a stable message id (``"A001.doc.2"``, a rule's documentation paragraph by code and
    number): ``source``, the Vietnamese text, in Vietnamese or when the catalogue has no entry.

    Keyed by place rather than by text, so fixing a typo in the Vietnamese keeps its translation."""
    if _language == DEFAULT:
        return source
    entry = catalogue(_language).get(msgid, source)
    return entry if isinstance(entry, str) else entry[1]


def data(value: object) -> str:
    """A value from a plan (or a schema title) inside a message that does not quote it: as written
    in Vietnamese, in quotes in other languages, so that it stands apart from the text around it.
    Deferred (:class:`Quoted`): a writer shows it in the output's language."""
    return Quoted(value)


def _quote(value: object) -> str:
    return str(value) if _language == DEFAULT else f"\"{value}\""


def data_list(items: Iterable[object], separator: str = ", ") -> str:
    """Names or values from a plan listed inside a message (each as :func:`data` shows it)."""
    parts: list[object] = []
    for item in items:
        if parts:
            parts.append(separator)
        parts.append(Quoted(item))
    return Joined(tuple(parts)) if parts else ""


def decimal(text: str) -> str:
    """A number written with a decimal point, with the current language's mark (Vietnamese: comma)."""
    return text.replace(".", ",") if _language == DEFAULT else text


def N_(msgid: str, /) -> str:
    """Mark text for translation where it is written; :func:`tr` translates it where it is shown."""
    return msgid


def choose_language(argv: list[str], environ: Mapping[str, str],
                    configured: Callable[[], tuple[str, str] | None] | None = None) -> tuple[list[str], str]:
    """The language for a command line, and the arguments without ``--lang``.

    ``--lang X`` (or ``--lang=X``) may stand anywhere before ``--``; else ``CCHC_LANG``; else what
    ``configured()`` finds (the value and the file that sets it; looked up only when needed); else
    Vietnamese. Raises :class:`UnknownLanguage` naming where the bad value came from."""
    rest: list[str] = []
    chosen: str | None = None
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest.extend(argv[index:])
            break
        if arg == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
            index += 2
            continue
        if arg.startswith("--lang="):
            chosen = arg[len("--lang="):]
            index += 1
            continue
        rest.append(arg)
        index += 1
    if chosen is not None:
        return rest, parse_language(chosen, "--lang")
    if environ.get("CCHC_LANG", "").strip():
        return rest, parse_language(environ["CCHC_LANG"], "CCHC_LANG")
    setting = configured() if configured is not None else None
    if setting is not None:
        return rest, parse_language(*setting)
    return rest, DEFAULT


def translate_help(command: Any) -> None:
    """Translate a click command tree's help in place: command summaries and option help."""
    if _language == DEFAULT:
        return
    for attribute in ("help", "short_help"):
        text = getattr(command, attribute, None)
        if text:
            setattr(command, attribute, tr(text))
    for param in getattr(command, "params", ()):
        if getattr(param, "help", None):
            param.help = tr(param.help)
    for sub in getattr(command, "commands", {}).values():
        translate_help(sub)
