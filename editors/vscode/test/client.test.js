"use strict";
// node --test: extension.js with the real vscode-languageclient (from node_modules, as packaged in
// the .vsix) and a stand-in `vscode` module (activate.js, in a child process): activation starts
// the real `cchc lsp` through the client library, which completes the LSP handshake; a server that
// exits at once is reported once, in Vietnamese, and not restarted in a loop.
// Needs `npm ci` (node_modules) and a Python with cchc (CCHC_PYTHON); tests/test_vscode_extension.py
// runs it in the folder it built.
const assert = require("node:assert/strict");
const cp = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const test = require("node:test");

const PYTHON = process.env.CCHC_PYTHON;
const VERSION = require("../package.json").version;
const installed = fs.existsSync(path.join(__dirname, "..", "node_modules", "vscode-languageclient", "package.json"));
const skip = !installed
  ? "node_modules/vscode-languageclient is not installed (npm ci)"
  : !PYTHON && "CCHC_PYTHON is not set (the Python that runs cchc; tests/test_vscode_extension.py sets it)";

function activate(settings, folder, waitFor, settleMs) {
  const env = { ...process.env, CCHC_NO_CACHE: "1" };
  delete env.CCHC_LANG;
  const run = cp.spawnSync(process.execPath, [path.join(__dirname, "activate.js"), JSON.stringify(settings), folder || "", waitFor, String(settleMs)],
    { env, encoding: "utf8", timeout: 60000 });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const result = JSON.parse(run.stdout);
  assert.deepEqual(result.rejections.unexpected, []);
  return result;
}

test("activation starts cchc lsp through the real language client, and deactivation stops it", { skip, timeout: 90000 }, () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-vscode-ws-"));
  const settings = { "cchc.server.command": PYTHON, "cchc.server.args": ["-m", "cchc", "lsp"], "cchc.language": "en" };
  // the server's own log line reaches the channel, in English: the handshake is done, --lang en passed
  const result = activate(settings, folder, "^cchc: read 0 plans in the workspace\\.", 0);
  assert.ok(result.matched, JSON.stringify(result.output));
  assert.equal(result.output[0], `cchc: ${path.resolve(PYTHON)} -m cchc lsp --lang en`);
  assert.deepEqual(result.errors, []);
  assert.equal(result.watchers, 2);
  assert.ok(result.disposed);
  assert.equal(result.rejections.library, 0);
});

test("a server that exits at once is reported once, in Vietnamese, and not restarted", { skip, timeout: 90000 }, () => {
  const settings = { "cchc.server.command": PYTHON, "cchc.server.args": ["-c", "import sys; sys.exit(2)"] };
  const result = activate(settings, "", "^Máy chủ ngôn ngữ cchc không khởi động được", 1500);
  assert.ok(result.matched, JSON.stringify(result));
  const mine = result.errors.filter((e) => e.text.startsWith("Máy chủ ngôn ngữ cchc"));
  assert.deepEqual(mine.map((e) => e.text), [
    `Máy chủ ngôn ngữ cchc không khởi động được ("${PYTHON} -c import sys; sys.exit(2)" dừng trước khi trả lời). ` +
      `Xem nhật ký ở bảng Output, mục "cchc"; cần cchc có lệnh "cchc lsp" (phiên bản ${VERSION} trở lên).`,
  ]);
  // besides ours, at most the client library's own notice, which it always shows
  assert.ok(result.errors.length <= 2, JSON.stringify(result.errors));
  const exits = result.output.filter((line) => /Server process exited with code 2\./.test(line));
  assert.equal(exits.length, 1, `started once, not restarted (log: ${JSON.stringify(result.output)})`);
});
