"""What ships: the package holds its schemas and templates as real files, the top-level copies
that readers and the bundled plans use are the same bytes, and a built wheel carries all of it.

``cchc/data`` and ``cchc/templates`` are what cchc reads at run time (from a checkout, an editable
install or a wheel alike); ``schema/`` and ``templates/`` at the repository root are the copies
for people and plans (``$schema: ../../schema/plan.schema.json``, "copy a template and pass
``--template``"). They used to be symbolic links, which a Windows checkout turns into one-line
text files; ``python tools/sync_package_files.py`` copies the package's files to the top level.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "cchc"
# package folder -> the top-level copy of it
COPIES = {PACKAGE / "data": ROOT / "schema", PACKAGE / "templates": ROOT / "templates"}
SUBPACKAGES = ("cchc", "cchc/base", "cchc/reading", "cchc/checking", "cchc/checking/rules", "cchc/deriving",
               "cchc/writing", "cchc/writing/output", "cchc/authoring", "cchc/commands", "cchc/locale")


def files_under(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file() and "__pycache__" not in path.parts}


def differences(package: Path, copy: Path) -> list[str]:
    """Files missing on one side or with different bytes, named for the failure message."""
    ours, theirs = files_under(package), files_under(copy)
    rel = ROOT.as_posix() + "/"
    where = f"{package.as_posix().removeprefix(rel)} vs {copy.as_posix().removeprefix(rel)}"
    return ([f"only in the package: {name} ({where})" for name in sorted(ours.keys() - theirs.keys())]
            + [f"only in the copy: {name} ({where})" for name in sorted(theirs.keys() - ours.keys())]
            + [f"different bytes: {name} ({where})" for name in sorted(ours.keys() & theirs.keys())
               if ours[name] != theirs[name]])


def test_package_holds_real_files_not_links() -> None:
    links = [path.relative_to(ROOT).as_posix() for path in [PACKAGE, *PACKAGE.rglob("*")] if path.is_symlink()]
    assert links == [], f"symbolic links inside the package break on Windows checkouts: {links}"
    for folder in COPIES:
        assert folder.is_dir() and not folder.is_symlink(), folder


def test_top_level_copies_are_the_packaged_files() -> None:
    found = [line for package, copy in COPIES.items() for line in differences(package, copy)]
    assert found == [], ("cchc/data and cchc/templates are what cchc reads; schema/ and templates/ must be "
                         "byte-identical copies. Edit the package's file, then run "
                         "`python tools/sync_package_files.py` (`--from-top-level` takes in an edit made to a copy):\n" + "\n".join(found))


def test_the_comparison_can_fail(tmp_path: Path) -> None:
    package, copy = tmp_path / "package", tmp_path / "copy"
    (package / "site").mkdir(parents=True)
    (copy / "site").mkdir(parents=True)
    (package / "a.json").write_bytes(b"{}\n")
    (copy / "a.json").write_bytes(b"{}\r\n")  # a checkout that rewrote line ends
    (package / "site" / "b.js").write_bytes(b"x")
    (copy / "c.j2").write_bytes(b"y")
    found = differences(package, copy)
    assert [line.split(" (")[0] for line in found] == [
        "only in the package: site/b.js", "only in the copy: c.j2", "different bytes: a.json"]


def test_package_data_holds_what_the_code_reads() -> None:
    from cchc.checking.schema import AGENCIES_SCHEMA, PLAN_SCHEMA, REPORT_SCHEMA, SCHEMA_DIR
    from cchc.writing.render import TEMPLATE_DIR
    from cchc.writing.render_docx import default_template

    assert SCHEMA_DIR == PACKAGE / "data" and TEMPLATE_DIR == PACKAGE / "templates"
    assert sorted(files_under(SCHEMA_DIR)) == sorted([AGENCIES_SCHEMA, PLAN_SCHEMA, REPORT_SCHEMA])
    assert default_template() == TEMPLATE_DIR / "plan.docx"
    assert {"plan.md.j2", "plan.html.j2", "report.md.j2", "report.html.j2", "_style.css.j2", "plan.docx",
            "site/site.js", "site/index.html.j2"} <= set(files_under(TEMPLATE_DIR))


def _build_backend_installed() -> bool:
    """setuptools' ``bdist_wheel``: built in from setuptools 70.1, from the ``wheel`` package before."""
    import setuptools

    major, minor = (int(part) for part in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


def test_wheel_carries_schemas_templates_and_every_subpackage(tmp_path: Path) -> None:
    # Built from a copy of the sources, so the checkout gets no build/ or *.egg-info folders.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(PACKAGE, source / "cchc", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    # The dev extras install the build backend so this runs offline; without it pip fetches the
    # backend from the package index into an isolated environment.
    offline = _build_backend_installed()
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path / "dist"),
               *(["--no-build-isolation"] if offline else []), str(source)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    assert done.returncode == 0, ("the wheel did not build (`pip install -e \".[dev]\"` installs the build "
                                  f"backend):\n{done.stdout}\n{done.stderr}")
    [wheel] = (tmp_path / "dist").glob("cchc-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    shipped = {f"cchc/data/{name}" for name in files_under(PACKAGE / "data")} | {
        f"cchc/templates/{name}" for name in files_under(PACKAGE / "templates")}
    assert {"cchc/data/plan.schema.json", "cchc/data/agencies.schema.json", "cchc/data/report.schema.json",
            "cchc/templates/plan.docx", "cchc/templates/site/site.js", "cchc/templates/site/index.html.j2"} <= shipped
    assert sorted(shipped - names) == []
    with zipfile.ZipFile(wheel) as archive:
        assert [name for name in sorted(shipped) if archive.read(name) != (ROOT / name).read_bytes()] == []
    for package in SUBPACKAGES:
        assert f"{package}/__init__.py" in names, package
    modules = {path.relative_to(ROOT).as_posix() for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts}
    assert sorted(modules - names) == []
    # the console script the README documents, as pyproject.toml declares it
    script = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]["cchc"]
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    assert f"cchc = {script}" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_runtime_dependencies_are_imported() -> None:
    """Every runtime dependency is imported somewhere in cchc/ (an unused one is dropped, or moved to
    the dev extras when only tests and bench/ use it, as ruamel.yaml is)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    import_names = {"PyYAML": "yaml", "python-dateutil": "dateutil", "python-docx": "docx",
                    "jsonschema-rs": "jsonschema_rs", "ruamel.yaml": "ruamel"}
    sources = "\n".join(path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py"))
    unused = []
    for requirement in project["dependencies"]:
        name = requirement.split(";")[0].split("[")[0]
        for mark in "<>=!~ ":
            name = name.split(mark)[0]
        module = import_names.get(name, name)
        if not re.search(rf"^\s*(?:import|from)\s+{re.escape(module)}\b", sources, re.MULTILINE):
            unused.append(name)
    assert unused == []


def test_sync_tool_copies_and_never_overwrites_a_newer_copy(tmp_path: Path) -> None:
    import importlib.util as util

    spec = util.spec_from_file_location("sync_package_files", ROOT / "tools" / "sync_package_files.py")
    assert spec is not None and spec.loader is not None
    tool = util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    package, copy = tmp_path / "cchc" / "data", tmp_path / "schema"
    package.mkdir(parents=True)
    (package / "plan.schema.json").write_bytes(b"new")
    copies = {package: copy}
    assert tool.sync(copies=copies, root=tmp_path) == 0
    assert differences(package, copy) == []
    # an edit made in the copy, later than the package file: refused, nothing written
    (copy / "plan.schema.json").write_bytes(b"edited in the copy")
    os.utime(package / "plan.schema.json", (1_000_000, 1_000_000))
    assert tool.sync(copies=copies, root=tmp_path) == 1
    assert (copy / "plan.schema.json").read_bytes() == b"edited in the copy"
    assert tool.sync(force=True, copies=copies, root=tmp_path) == 0
    assert (copy / "plan.schema.json").read_bytes() == b"new"
