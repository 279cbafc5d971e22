"""A cache of lint results keyed by content: an unchanged file is never parsed or validated twice.

The key hashes the file's bytes, its kind, the bytes of every agency registry its answer depends
on (the chain of ``extends``: :func:`cchc.reading.agencies.registry_chain`, the one the loader
follows), the nearest registry's path as shown (A001's hint names it) and a fingerprint of cchc
itself (version, schema files and the code), so a new cchc, schema or registry never reuses an old
answer. The language is not in the key: an entry keeps each message as its message id and fields
(:func:`cchc.base.i18n.encode_text`), made again in the language of the run that reads it, so a
Vietnamese run and an English one share entries. The read stage (:mod:`cchc.checking.read`) makes the key from the bytes it read and checks those very bytes, so
an entry always records the inputs it was computed from, even when a file changes during the run.
Entries are JSON — data, never code — written atomically to the user cache folder
(``$CCHC_CACHE_DIR``, else ``$XDG_CACHE_HOME/cchc``, else ``~/.cache/cchc``). An entry that cannot
be read or does not have the expected shape (truncated, nested without end, a wrong type anywhere)
is removed and rebuilt, never trusted. ``--no-cache`` (or ``CCHC_NO_CACHE=1``) bypasses the cache.
``cchc status`` keeps each plan's printed table beside these entries (:mod:`cchc.writing.output.status_tables`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

FORMAT = 3  # 2: the model data in its own entry, read only when a model is wanted; 3: messages as ids and fields


def cache_folder() -> Path:
    explicit = os.environ.get("CCHC_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "cchc"


def cache_disabled_by_environment() -> bool:
    return os.environ.get("CCHC_NO_CACHE", "") not in ("", "0")


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """cchc's version, schema files and code (path, size, modification time): what an answer depends on."""
    import cchc

    digest = hashlib.sha256(f"{FORMAT}:{cchc.__version__}".encode())
    package = Path(cchc.__file__).resolve().parent
    for path in sorted([*package.rglob("*.py"), *(package / "data").glob("*.json")]):
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Cache:
    folder: Path

    def key(self, raw: bytes, kind: str, registry: bytes) -> str:
        digest = hashlib.sha256()
        for part in (fingerprint().encode(), kind.encode(), raw, registry):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """Entry ``key``: its diagnostics, plan id and links (None when missing or damaged)."""
        return self._read(self._path(key), key, lambda entry: isinstance(entry.get("diagnostics"), list))

    def get_model(self, key: str) -> dict[str, Any] | None:
        """The model data stored beside entry ``key`` (None when missing or damaged)."""
        return self._read(self._model_path(key), key, lambda entry: "data" in entry)

    def put(self, key: str, payload: dict[str, Any]) -> None:
        self._write(self._path(key), {**payload, "format": FORMAT, "key": key})

    def put_model(self, key: str, model: dict[str, Any]) -> None:
        self._write(self._model_path(key), {**model, "format": FORMAT, "key": key})

    def _model_path(self, key: str) -> Path:
        return self._path(key).with_suffix(".model.json")

    @staticmethod
    def _read(path: Path, key: str, complete: Callable[[dict[str, Any]], bool]) -> dict[str, Any] | None:
        """A JSON entry written for ``key`` by this format that is ``complete``; a damaged entry is
        removed and never trusted."""
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except OSError:
            return None
        except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
            payload = None
        if isinstance(payload, dict) and payload.get("format") == FORMAT and payload.get("key") == key \
                and complete(payload):
            return payload
        try:
            path.unlink()
        except OSError:
            pass
        return None

    @staticmethod
    def _write(path: Path, payload: dict[str, Any]) -> None:
        try:
            data = json.dumps(payload, ensure_ascii=False, allow_nan=True).encode("utf-8")
        except (ValueError, TypeError):
            return
        write_entry(path, data)


def write_entry(path: Path, data: bytes) -> None:
    """Write a cache file atomically (a temporary file renamed over it); failures are ignored:
    a cache that cannot be written is only slower, never wrong."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
