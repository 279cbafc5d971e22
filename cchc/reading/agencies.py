"""The agency registry: canonical names, short forms, aliases, groups, and units that ended.

A plan uses the nearest ``agencies.yaml`` in its folder or any parent folder; a registry may
``extends`` another (a district's registry extending its province's). Lookup folds case,
diacritics, dashes and spacing (:func:`cchc.base.text.fold`), never rewriting what the user wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cchc.base.diagnostics import JsonPath
from cchc.base.text import close_matches, fold

REGISTRY_NAMES = ("agencies.yaml", "agencies.yml")


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    path: JsonPath
    short: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    level: str | None = None
    kind: str | None = None
    parent: str | None = None
    ended: str | None = None
    successors: tuple[str, ...] = ()
    is_group: bool = False
    members: tuple[str, ...] = ()
    rule: Mapping[str, str] | None = None  # a group's membership rule: level, kind, parent
    origin: str = ""  # the registry file that defines it (an entry a registry extends keeps its own)
    place: str = ""  # that registry's jurisdiction ("Tỉnh Quảng Nam"), or its folder's name

    def names(self) -> Iterator[tuple[str, JsonPath]]:
        yield self.name, (*self.path, "name")
        for i, short in enumerate(self.short):
            yield short, (*self.path, "short", i)
        for i, alias in enumerate(self.aliases):
            yield alias, (*self.path, "aliases", i)


@dataclass(frozen=True)
class Registry:
    source: str
    jurisdiction: str
    entries: tuple[Agency, ...]
    index: Mapping[str, Agency] = field(default_factory=lambda: MappingProxyType({}))
    duplicates: tuple[tuple[str, JsonPath, Agency], ...] = ()
    inherited: int = 0  # how many of ``entries`` come from the registry this one extends

    @property
    def own(self) -> tuple[Agency, ...]:
        return self.entries[self.inherited:]

    def lookup(self, name: str) -> Agency | None:
        return self.index.get(fold(name))

    def suggest(self, name: str) -> str | None:
        key = fold(name)
        close = close_matches(key, self.index, n=1, cutoff=0.75)
        if not close:
            return None
        return self.index[close[0]].name

    def by_id(self, agency_id: str) -> Agency | None:
        for entry in self.entries:
            if entry.id == agency_id:
                return entry
        return None

    def members(self, group: Agency, on: str | None = None) -> tuple[Agency, ...]:
        """The units of a group: listed members plus those its rule selects. With ``on`` (an ISO
        date), units that had ended by then are left out. A unit is its own only member."""
        if not group.is_group:
            return (group,)
        found: dict[str, Agency] = {}
        for member_id in group.members:
            entry = self.by_id(member_id)
            if entry is not None and not entry.is_group:
                found[entry.id] = entry
        if group.rule:
            for entry in self.entries:
                if entry.is_group:
                    continue
                if all(getattr(entry, key, None) == value for key, value in group.rule.items()):
                    found.setdefault(entry.id, entry)
        units = tuple(found.values())
        if on is not None:
            units = tuple(u for u in units if not u.ended or u.ended > on)
        return units

    def owner_of(self, name: str) -> Agency | None:
        """The unit an issuer or owner name stands for (groups excluded)."""
        entry = self.lookup(name)
        return entry if entry is not None and not entry.is_group else None


def place_of(jurisdiction: object, source: str) -> str:
    """What a registry's entries are told apart by when several registries are shown together:
    its ``jurisdiction``, else the name of its folder (``plans/quang-nam/agencies.yaml``: quang-nam)."""
    text = str(jurisdiction or "").strip()
    return text or Path(source).parent.name or source


def build_registry(data: dict[str, Any], source: str, parent: Registry | None = None) -> Registry:
    """Build a registry from data that passed the agencies schema."""
    entries: list[Agency] = list(parent.entries) if parent else []
    place = place_of(data.get("jurisdiction"), source)
    for i, item in enumerate(data.get("agencies", ())):
        entries.append(Agency(
            id=item["id"], name=item["name"], path=("agencies", i),
            short=tuple(item.get("short", ())), aliases=tuple(item.get("aliases", ())),
            level=item.get("level"), kind=item.get("kind"), parent=item.get("parent"),
            ended=item.get("ended"), successors=tuple(item.get("successors", ())),
            origin=source, place=place,
        ))
    for i, item in enumerate(data.get("groups", ())):
        entries.append(Agency(
            id=item["id"], name=item["name"], path=("groups", i),
            aliases=tuple(item.get("aliases", ())), is_group=True,
            members=tuple(item.get("members", ())),
            rule=MappingProxyType(dict(item["rule"])) if item.get("rule") else None,
            origin=source, place=place,
        ))
    inherited = len(parent.entries) if parent else 0
    index: dict[str, Agency] = dict(parent.index) if parent else {}
    own_index: dict[str, Agency] = {}
    duplicates: list[tuple[str, JsonPath, Agency]] = []
    for entry in entries[inherited:]:
        for name, path in entry.names():
            key = fold(name)
            if key in own_index and own_index[key].id != entry.id:
                duplicates.append((name, path, own_index[key]))
                continue
            own_index[key] = entry
            index[key] = entry  # a local name overrides the same name in the parent registry
    return Registry(source, str(data.get("jurisdiction", "")), tuple(entries),
                    MappingProxyType(index), tuple(duplicates), inherited)


@dataclass(frozen=True)
class AgencyRef:
    """An agency as the per-agency tables count it: a registry entry (the registry that defines it
    and its id), or a name no registry knows, kept apart per registry (or per plan folder when the
    plan has none). Two provinces' "Sở Nội vụ" are two agencies."""

    key: tuple[str, str]
    name: str  # the canonical name, or the name as written
    origin: str  # the registry file, or the plan's folder
    place: str  # the jurisdiction the name belongs to
    entry: Agency | None = None


def agency_ref(name: str, registry: Registry | None, plan_source: str) -> AgencyRef:
    """The agency a plan names ``name``, looked up in the plan's registry."""
    entry = registry.lookup(name) if registry is not None else None
    if entry is not None:
        origin = entry.origin or registry.source  # type: ignore[union-attr]
        return AgencyRef((origin, entry.id), entry.name, origin, entry.place or place_of("", origin), entry)
    if registry is not None:
        origin, place = registry.source, place_of(registry.jurisdiction, registry.source)
    else:
        origin = str(Path(plan_source).parent)
        place = Path(plan_source).parent.name or origin
    return AgencyRef((origin, "\0" + fold(name)), name, origin, place)


_PLACE_WORDS = ("tinh ", "thanh pho ", "tp ", "huyen ", "thi xa ", "quan ", "xa ", "phuong ", "thi tran ")


def agency_labels(refs: Iterable[AgencyRef]) -> dict[tuple[str, str], str]:
    """The name each agency is shown by: its name when every agency comes from one registry;
    otherwise its name and its jurisdiction ("Sở Nội vụ (Tỉnh Quảng Nam)"), unless the name says
    the place already ("Báo Quảng Nam"). Two agencies never share a label."""
    chosen = {ref.key: ref for ref in refs}
    if len({ref.origin for ref in chosen.values()}) <= 1:
        labels = {key: ref.name for key, ref in chosen.items()}
    else:
        labels = {key: ref.name if _names_place(ref) else f"{ref.name} ({ref.place})" for key, ref in chosen.items()}
    for _ in range(2):  # the same label twice: add the jurisdiction, then the registry file
        seen: dict[str, int] = {}
        for label in labels.values():
            seen[label] = seen.get(label, 0) + 1
        clashes = [key for key, label in labels.items() if seen[label] > 1]
        if not clashes:
            break
        for key in clashes:
            ref = chosen[key]
            labels[key] = (f"{ref.name} ({ref.place})" if labels[key] == ref.name
                           else f"{ref.name} ({ref.place}, {ref.origin})")
    return labels


def _names_place(ref: AgencyRef) -> bool:
    place = fold(ref.place)
    for word in _PLACE_WORDS:
        if place.startswith(word):
            place = place[len(word):]
            break
    return bool(place) and f" {place} " in f" {fold(ref.name)} "


def find_registry_file(plan_path: Path) -> Path | None:
    """The nearest agencies.yaml in the plan's folder or its ancestors."""
    folder = plan_path.resolve().parent
    for candidate_dir in (folder, *folder.parents):
        for name in REGISTRY_NAMES:
            candidate = candidate_dir / name
            if candidate.is_file():
                return candidate
    return None


@dataclass(frozen=True)
class ChainLink:
    """One registry of an ``extends`` chain, as read.

    ``written`` is how it was named: "" for the registry the chain starts from, else the
    ``extends`` value of the one before. ``raw`` is its bytes, None when it was not read, and
    then ``missing`` says why: ``outside`` (it leads out of the repository), ``missing`` (no such
    regular file), ``loop`` (a registry of the chain again) or ``unreadable``."""

    path: Path
    written: str
    raw: bytes | None
    missing: str = ""


def registry_chain(path: Path, read: Callable[[Path], bytes] | None = None, limit: Path | None = None,
                   written: str = "", after: Iterable[Path] = ()) -> tuple[ChainLink, ...]:
    """A registry and every registry it ``extends``, in order, each read once: what a plan's
    answer depends on. The loader builds registries from it and the cache keys answers by it, so
    the two can never follow different chains. The chain ends at a registry without ``extends``,
    at one that is not read (see :class:`ChainLink`) or at the first repeated registry (a loop).

    Only regular files inside the repository are read (:mod:`cchc.base.confine`): ``extends:
    /dev/zero`` would otherwise be read without end. ``limit``: the repository ``path`` was found
    from (default: the one holding its folder). ``read`` reads a file's bytes (default
    :func:`cchc.reading.files.read_bytes`; a run passes one that reads each file once). ``written``
    and ``after``: the chain of a registry that extends ``path`` by the value ``written`` and of
    the registries before it (``path`` being one of them again is a loop)."""
    from cchc.base.confine import escapes, repository_root
    from cchc.reading.files import read_bytes

    read = read or read_bytes
    links: list[ChainLink] = []
    seen: set[Path] = set()
    for before in after:
        try:
            seen.add(before.resolve())
        except (OSError, RuntimeError):
            seen.add(before.absolute())
    limit = limit if limit is not None else repository_root(path.parent)
    while True:
        if escapes(path, limit):
            links.append(ChainLink(path, written, None, "outside"))
            break
        if written and not path.is_file():
            links.append(ChainLink(path, written, None, "missing"))
            break
        try:
            real = path.resolve()
        except (OSError, RuntimeError):
            real = path.absolute()
        if real in seen:
            links.append(ChainLink(path, written, None, "loop"))
            break
        seen.add(real)
        try:
            raw = read(path)
        except OSError:
            links.append(ChainLink(path, written, None, "unreadable"))
            break
        links.append(ChainLink(path, written, raw))
        extends = registry_extends(raw)
        if extends is None:
            break
        limit = repository_root(path.parent)
        path, written = path.parent / extends, extends
    return tuple(links)


def registry_extends(raw: bytes) -> str | None:
    """The ``extends`` of a registry, read as the registry loader reads it (a byte-order mark,
    quotes or a flow mapping do not hide it). The key is spelled out in the bytes unless a
    double-quoted escape writes it, so a file with neither is not parsed."""
    if b"extends" not in raw and b"\\" not in raw:
        return None
    from cchc.reading.load import decode, load_text

    text, _ = decode(raw)
    if text is None:
        return None
    data = load_text(text, "agencies.yaml").data
    value = data.get("extends") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None


def chain_digest(links: tuple[ChainLink, ...]) -> bytes:
    """What an answer depends on in a registry chain, as a digest (empty chain: no registry)."""
    import hashlib

    digest = hashlib.sha256()
    for link in links:
        for part in (link.written.encode(), link.missing.encode(), link.raw if link.raw is not None else b"\0"):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
    return digest.digest()
