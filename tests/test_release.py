"""The release procedure's invariants (RELEASING.md): the version is written in one place, and the
integration files and docs name only what exists or what the procedure creates."""

from __future__ import annotations

import re
import tomllib

import yaml

from cchc import __version__
from cchc.authoring.scaffold import ACTION_REF, PIP_REQUIREMENT, RELEASE_TAG, SOURCE_REPOSITORY
from conftest import ROOT


def test_version_is_written_once() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "cchc.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_generated_files_name_the_release_tag() -> None:
    assert RELEASE_TAG == f"v{__version__}"
    assert ACTION_REF == f"{SOURCE_REPOSITORY}@{RELEASE_TAG}"
    assert PIP_REQUIREMENT == f"cchc @ git+https://github.com/{SOURCE_REPOSITORY}@{RELEASE_TAG}"
    procedure = (ROOT / "RELEASING.md").read_text(encoding="utf-8")
    assert "git tag -a vX.Y.Z" in procedure and "SOURCE_REPOSITORY" in procedure
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {__version__}" in changelog


def test_docs_name_only_what_exists() -> None:
    """No floating major tag (@v1) and no install from a package index name nobody published."""
    texts = {path: path.read_text(encoding="utf-8") for path in
             [ROOT / "README.md", ROOT / "action.yml", ROOT / ".pre-commit-hooks.yaml",
              *(ROOT / "cchc").rglob("*.py")]}
    for path, text in texts.items():
        assert "@v1" not in text, path
        assert not re.search(r"pip install\s+[\"']?cchc(?!\s*@)([\"'\s]|==|$)", text, re.MULTILINE), path
    assert re.search(r"pip install\s+[\"']?cchc(?!\s*@)([\"'\s]|==|$)", "pip install cchc\n")  # the check can fail
    assert not re.search(r"pip install\s+[\"']?cchc(?!\s*@)([\"'\s]|==|$)", f'pip install "{PIP_REQUIREMENT}"')
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["cchc-lint"]
