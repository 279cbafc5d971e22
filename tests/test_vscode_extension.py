"""The VS Code extension in ``editors/vscode`` (issue 21 point 2): its manifest, its own logic (the
``node --test`` tests in ``editors/vscode/test``) and the ``.vsix`` that the README's one command
builds from a fresh copy of the folder.

The node tests are skipped, with the reason, when Node.js is not installed; the build when npm is
missing or its registry cannot be reached (``npm ci`` downloads the pinned packages).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

from cchc import __version__
from cchc.authoring.scaffold import SOURCE_REPOSITORY
from conftest import ROOT

FOLDER = ROOT / "editors" / "vscode"
MANIFEST = json.loads((FOLDER / "package.json").read_text(encoding="utf-8"))
BUILD_COMMAND = "sh editors/vscode/build.sh"  # the README's command, run from the repository's root


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js (node) is not installed: the extension's own tests need it")
    return node


def _run_node_tests(folder: Path, *files: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CCHC_PYTHON": sys.executable, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    run = subprocess.run([_node(), "--test", *files], cwd=folder, env=env, capture_output=True,
                         text=True, encoding="utf-8", timeout=300)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    return run


def _counts(tap: str) -> dict[str, int]:
    return {name: int(value) for name, value in re.findall(r"^# (pass|fail|skipped) (\d+)$", tap, re.MULTILINE)}


def test_manifest_activates_on_yaml_and_cchc_toml_and_selects_yaml_files() -> None:
    assert MANIFEST["activationEvents"] == ["onLanguage:yaml", "workspaceContains:**/cchc.toml"]
    assert (FOLDER / MANIFEST["main"]).is_file()
    launch = (FOLDER / "launch.js").read_text(encoding="utf-8")
    assert 'DOCUMENT_SELECTOR = [{ scheme: "file", language: "yaml" }]' in launch
    assert 'WATCHED_GLOBS = ["**/*.{yaml,yml}", "**/cchc.toml"]' in launch
    assert f'REPOSITORY = "https://github.com/{SOURCE_REPOSITORY}"' in launch


def test_manifest_fields_vsce_and_the_marketplace_need() -> None:
    assert MANIFEST["name"] == "cchc" and MANIFEST["publisher"]
    assert MANIFEST["repository"]["url"] == f"https://github.com/{SOURCE_REPOSITORY}"
    assert MANIFEST["license"] == "MIT"
    for name in ("LICENSE", "README.md", "CHANGELOG.md", ".vscodeignore", "build.sh"):
        assert (FOLDER / name).is_file(), name
    lock = json.loads((FOLDER / "package-lock.json").read_text(encoding="utf-8"))
    # the client library's own minimum VS Code is the extension's: never claim an older one
    client = lock["packages"]["node_modules/vscode-languageclient"]
    assert MANIFEST["engines"]["vscode"] == client["engines"]["vscode"] == "^1.82.0"
    # every dependency pinned exactly, the packager a dev dependency, both in the committed lockfile
    assert MANIFEST["dependencies"] == {"vscode-languageclient": client["version"]}
    assert list(MANIFEST["devDependencies"]) == ["@vscode/vsce"]
    assert lock["packages"]["node_modules/@vscode/vsce"]["version"] == MANIFEST["devDependencies"]["@vscode/vsce"]
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", v) for v in [*MANIFEST["dependencies"].values(),
                                                            *MANIFEST["devDependencies"].values()])
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "/editors/vscode/node_modules/" in ignored and "/editors/vscode/*.vsix" in ignored


def test_extension_version_is_cchc_version() -> None:
    """One version (RELEASING.md): cchc-X.Y.Z.vsix goes with the tag vX.Y.Z; check-version.js refuses
    to package otherwise."""
    lock = json.loads((FOLDER / "package-lock.json").read_text(encoding="utf-8"))
    assert MANIFEST["version"] == lock["version"] == lock["packages"][""]["version"] == __version__
    changelog = (FOLDER / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {__version__}" in changelog
    assert MANIFEST["scripts"]["vscode:prepublish"] == "node check-version.js"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"code --install-extension editors/vscode/cchc-{__version__}.vsix" in readme
    extension_readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    assert f"cchc@v{__version__}" in extension_readme and f"cchc-{__version__}.vsix" in extension_readme
    assert "editors/vscode/package.json" in (ROOT / "RELEASING.md").read_text(encoding="utf-8")


def test_settings_have_their_defaults_and_vietnamese_descriptions() -> None:
    properties = MANIFEST["contributes"]["configuration"]["properties"]
    assert {key: spec["default"] for key, spec in properties.items()} == {
        "cchc.server.command": "cchc", "cchc.server.args": ["lsp"], "cchc.language": "auto",
        "cchc.asOf": "", "cchc.trace.server": "off"}
    assert properties["cchc.language"]["enum"] == ["auto", "vi", "en"]
    assert properties["cchc.trace.server"]["enum"] == ["off", "messages", "verbose"]
    # a workspace's own settings cannot choose the program run in an untrusted folder
    restricted = MANIFEST["capabilities"]["untrustedWorkspaces"]
    assert restricted["supported"] == "limited"
    assert restricted["restrictedConfigurations"] == ["cchc.server.command", "cchc.server.args"]
    date = re.compile(properties["cchc.asOf"]["pattern"])
    assert [bool(date.fullmatch(v)) for v in ["", "2021-07-01", "01/07/2021", "1.7.2021", "hôm nay", "2021-7"]] == [
        True, True, True, True, False, False]
    texts = [MANIFEST["description"], MANIFEST["displayName"],
             *(spec.get("markdownDescription") or spec["description"] for spec in properties.values()),
             *(text for spec in properties.values() for text in spec.get("enumDescriptions", [])),
             *(command["title"] for command in MANIFEST["contributes"]["commands"])]
    for text in texts:  # Vietnamese (a letter with a diacritic in each), NFC
        assert text == unicodedata.normalize("NFC", text) and re.search(r"[^\x00-\x7f]", text), text
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    for key in properties:
        assert f"`{key}`" in readme, key  # each setting explained, in Vietnamese and in English
    assert "## English" in readme


def test_extension_logic_node_tests() -> None:
    """launch.js (command line, lookup, messages) and extension.js (wired to a stand-in ``vscode``);
    neither needs the npm packages."""
    run = _run_node_tests(FOLDER, "test/launch.test.js", "test/extension.test.js")
    counts = _counts(run.stdout)
    assert counts.get("fail") == 0 and counts.get("pass", 0) >= 15, run.stdout[-3000:]


def test_check_version_refuses_a_version_that_is_not_cchc(tmp_path: Path) -> None:
    node = _node()
    folder = tmp_path / "editors" / "vscode"
    folder.mkdir(parents=True)
    for name in ("check-version.js", "package.json"):
        shutil.copy2(FOLDER / name, folder / name)
    (tmp_path / "cchc").mkdir()
    (tmp_path / "cchc" / "__init__.py").write_text(f'__version__ = "{__version__}"\n', encoding="utf-8")
    agree = subprocess.run([node, "check-version.js"], cwd=folder, capture_output=True, text=True, encoding="utf-8")
    assert agree.returncode == 0, agree.stderr
    (tmp_path / "cchc" / "__init__.py").write_text('__version__ = "9.9.9"\n', encoding="utf-8")
    differ = subprocess.run([node, "check-version.js"], cwd=folder, capture_output=True, text=True, encoding="utf-8")
    assert differ.returncode == 1
    assert f"Phiên bản của tiện ích ({__version__}, editors/vscode/package.json) khác phiên bản cchc (9.9.9" in differ.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's parts the build reads, built with the README's command."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("Node.js and npm are not installed: the .vsix cannot be built here")
    version = subprocess.run(["node", "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
    major = re.match(r"v(\d+)\.", version)
    if major is None or int(major.group(1)) < 20:
        pytest.skip(f"Node.js {version or '(unknown version)'} is older than 20, which the packager (vsce) needs")
    try:
        ping = subprocess.run(["npm", "ping", "--fetch-retries=0", "--fetch-timeout=20000"],
                              capture_output=True, text=True, timeout=40, cwd=FOLDER)
    except subprocess.TimeoutExpired:
        pytest.skip("the npm registry did not answer within 40 s (npm ping): the .vsix cannot be built here")
    if ping.returncode != 0:
        said = " / ".join((ping.stderr or ping.stdout).strip().splitlines()[:2])
        pytest.skip(f"the npm registry cannot be reached (npm ping: {said[:300]}): the .vsix cannot be built here")
    root = tmp_path_factory.mktemp("clone")
    shutil.copytree(FOLDER, root / "editors" / "vscode", ignore=shutil.ignore_patterns("node_modules", "*.vsix"))
    (root / "cchc").mkdir()
    shutil.copy2(ROOT / "cchc" / "__init__.py", root / "cchc" / "__init__.py")
    shutil.copytree(ROOT / "plans" / "quang-nam", root / "plans" / "quang-nam")  # for the server test
    run = subprocess.run(BUILD_COMMAND, shell=True, cwd=root, capture_output=True, text=True,
                         encoding="utf-8", timeout=900)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    return root / "editors" / "vscode"


def test_vsix_builds_from_a_fresh_copy_with_the_documented_command(built: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`{BUILD_COMMAND}`" in readme
    assert [p.name for p in built.glob("*.vsix")] == [f"cchc-{__version__}.vsix"]
    with zipfile.ZipFile(built / f"cchc-{__version__}.vsix") as vsix:
        names = set(vsix.namelist())
        packaged = json.loads(vsix.read("extension/package.json"))
    for name in ("extension.vsixmanifest", "extension/extension.js", "extension/launch.js",
                 "extension/package.json", "extension/readme.md", "extension/changelog.md",
                 "extension/LICENSE.txt",
                 "extension/node_modules/vscode-languageclient/node.js",
                 "extension/node_modules/vscode-languageclient/lib/node/main.js",
                 "extension/node_modules/vscode-jsonrpc/node.js",
                 "extension/node_modules/vscode-languageserver-protocol/package.json"):
        assert name in names, name
    assert packaged["version"] == __version__ and packaged["main"] == "./extension.js"
    # nothing of the build: no packager, no tests, no build files, no type declarations or maps
    junk = [n for n in names if n.startswith(("extension/node_modules/@vscode/", "extension/test/",
                                                "extension/node_modules/.bin"))
            or n.endswith((".d.ts", ".map", ".vsix", "build.sh", "check-version.js", "package-lock.json"))]
    assert junk == []
    assert len(names) < 400, len(names)


def test_node_tests_against_the_real_server(built: Path) -> None:
    """With the packages the .vsix holds (the built folder's node_modules): the command line the
    extension builds starts ``cchc lsp``, which answers in English with ``cchc.language: en``
    (server.test.js, over vscode-jsonrpc); the extension activates through the real
    vscode-languageclient, and a server that exits at once is reported once, not restarted in a
    loop (client.test.js)."""
    run = _run_node_tests(built, "test/server.test.js", "test/client.test.js")
    assert _counts(run.stdout) == {"pass": 4, "fail": 0, "skipped": 0}, run.stdout[-3000:]
