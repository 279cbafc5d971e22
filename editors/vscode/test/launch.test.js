"use strict";
// node --test: the extension's own logic (launch.js), without VS Code.
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const test = require("node:test");
const launch = require("../launch");

function scratch() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "cchc-vscode-"));
}

function executable(folder, name, mode = 0o755) {
  const file = path.join(folder, name);
  fs.writeFileSync(file, "#!/bin/sh\n");
  fs.chmodSync(file, mode);
  return file;
}

test("the default settings run `cchc lsp` and nothing else", () => {
  assert.deepEqual(launch.serverArgs({ args: ["lsp"], language: "auto", asOf: "" }, {}), ["lsp"]);
});

test("language and date become --lang and --as-of after the configured arguments", () => {
  const args = launch.serverArgs({ args: ["-m", "cchc", "lsp"], language: "en", asOf: " 01/07/2021 " }, {});
  assert.deepEqual(args, ["-m", "cchc", "lsp", "--lang", "en", "--as-of", "01/07/2021"]);
  assert.deepEqual(launch.serverArgs({ args: ["lsp"], language: "vi" }, {}), ["lsp", "--lang", "vi"]);
});

test("arguments that are not a list fall back to lsp", () => {
  assert.deepEqual(launch.serverArgs({ args: "lsp --stdio", language: "auto" }, {}), ["lsp"]);
});

test("variables are expanded as VS Code settings allow them", () => {
  const context = { workspaceFolder: "/ws", home: "/home/an", env: { VENV: "/opt/venv" }, platform: "linux" };
  assert.equal(launch.expand("${workspaceFolder}/.venv/bin/cchc", context), "/ws/.venv/bin/cchc");
  assert.equal(launch.expand("~/.local/bin/cchc", context), "/home/an/.local/bin/cchc");
  assert.equal(launch.expand("${userHome}/x", context), "/home/an/x");
  assert.equal(launch.expand("${env:VENV}/bin/cchc", context), "/opt/venv/bin/cchc");
  assert.equal(launch.expand("${env:MISSING}cchc", context), "cchc");
  assert.equal(launch.expand("a~b", context), "a~b");
});

test("without a folder open, ${workspaceFolder} stays as written (and is then not found)", () => {
  const context = { home: "/home/an", env: {}, platform: "linux" };
  assert.equal(launch.expand("${workspaceFolder}/.venv/bin/cchc", context), "${workspaceFolder}/.venv/bin/cchc");
  assert.equal(launch.launchPlan({ command: "${workspaceFolder}/.venv/bin/cchc", args: ["lsp"] }, context).executable, null);
});

test("Windows environment names are matched in any case", () => {
  const context = { env: { Path: "C:\\bin" }, platform: "win32" };
  assert.equal(launch.expand("${env:PATH}", context), "C:\\bin");
});

test("a command name is looked up on PATH, executables only, first folder first", { skip: process.platform === "win32" && "POSIX permissions" }, () => {
  const first = scratch();
  const second = scratch();
  executable(first, "cchc", 0o644); // not executable: skipped, as the shell would
  const wanted = executable(second, "cchc");
  const env = { PATH: [path.join(first, "missing"), first, second].join(path.delimiter) };
  assert.equal(launch.resolveCommand("cchc", { env, platform: process.platform }), wanted);
  assert.equal(launch.resolveCommand("cchc", { env: { PATH: first }, platform: process.platform }), null);
  assert.equal(launch.resolveCommand("cchc", { env: {}, platform: process.platform }), null);
  assert.equal(launch.resolveCommand("", { env, platform: process.platform }), null);
});

test("a relative path is taken from the workspace folder; a folder is not a command", { skip: process.platform === "win32" && "POSIX permissions" }, () => {
  const workspace = scratch();
  fs.mkdirSync(path.join(workspace, ".venv", "bin"), { recursive: true });
  const wanted = executable(path.join(workspace, ".venv", "bin"), "cchc");
  const context = { workspaceFolder: workspace, env: { PATH: "" }, platform: process.platform };
  assert.equal(launch.resolveCommand(".venv/bin/cchc", context), wanted);
  assert.equal(launch.resolveCommand(wanted, context), wanted);
  assert.equal(launch.resolveCommand(".venv/bin", context), null);
  const plan = launch.launchPlan({ command: "${workspaceFolder}/.venv/bin/cchc", args: ["lsp"], language: "en" }, context);
  assert.deepEqual(plan, { command: wanted, args: ["lsp", "--lang", "en"], executable: wanted, shell: false });
});

test("the not-found message is Vietnamese, names the command and how to install cchc", () => {
  const text = launch.message("notFound", "auto", { command: "cchc", repository: launch.REPOSITORY, version: "0.1.0" });
  assert.equal(text, text.normalize("NFC"));
  assert.match(text, /^Không tìm thấy lệnh cchc \("cchc"\)\./);
  assert.match(text, /python3 -m pip install "cchc @ git\+https:\/\/github\.com\/cchc-vn\/cchc@v0\.1\.0"/);
  assert.match(text, /cchc\.server\.command/);
  assert.doesNotMatch(text, /(?<!\$)\{\w+\}/); // every field filled in
  const english = launch.message("notFound", "en", { command: "cchc", repository: launch.REPOSITORY, version: "0.1.0" });
  assert.match(english, /^The cchc command was not found/);
});

test("every message exists in both languages, in NFC, with the same fields", () => {
  const fields = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const id of ["notFound", "emptyCommand", "startFailed", "openSettings", "showLog"]) {
    const vi = launch.message(id, "vi");
    const en = launch.message(id, "en");
    assert.notEqual(vi, en, id);
    assert.equal(vi, vi.normalize("NFC"), id);
    assert.deepEqual(fields(vi), fields(en), id);
  }
});

test("the selector and the watched files are what the server expects", () => {
  assert.deepEqual(launch.DOCUMENT_SELECTOR, [{ scheme: "file", language: "yaml" }]);
  assert.deepEqual(launch.WATCHED_GLOBS, ["**/*.{yaml,yml}", "**/cchc.toml"]);
});

test("the crash policy restarts four times within three minutes, then stops; old stops are forgotten", () => {
  const crashed = launch.crashPolicy();
  const minute = 60 * 1000;
  assert.deepEqual([0, 1, 2, 3, 4].map((m) => crashed(m * 1000).restart), [true, true, true, true, false]);
  const spread = launch.crashPolicy();
  assert.deepEqual([0, 1, 2, 3, 4].map((m) => spread(m * minute).restart), [true, true, true, true, true]);
  assert.deepEqual(spread(4 * minute + 1000), { restart: true, count: 4 }); // the stop at minute 1 is too old
  assert.deepEqual(spread(4 * minute + 2000), { restart: false, count: 5 });
});
