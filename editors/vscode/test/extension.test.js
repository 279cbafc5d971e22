"use strict";
// node --test: extension.js wired to stand-ins for the `vscode` module (vscode-stub.js) and the
// language client, so that what it asks VS Code for (the server's command line, the selector, the
// watched files, the messages, restarts) is checked without an editor. client.test.js runs it with
// the real language client.
const assert = require("node:assert/strict");
const fs = require("node:fs");
const Module = require("node:module");
const os = require("node:os");
const path = require("node:path");
const test = require("node:test");

const { makeVscode } = require("./vscode-stub");

const EXTENSION = require.resolve("../extension");
const VERSION = require("../package.json").version;

function fakeClientModule(failStart) {
  const clients = [];
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: false, stopped: false });
      clients.push(this);
    }
    async start() {
      if (failStart) throw new Error("Launching server failed");
      this.started = true;
    }
    async stop() {
      this.stopped = true;
    }
    isRunning() {
      return this.started && !this.stopped;
    }
  }
  const CloseAction = { DoNotRestart: 1, Restart: 2 };
  const ErrorAction = { Continue: 1, Shutdown: 2 };
  return { module: { LanguageClient, CloseAction, ErrorAction }, clients };
}

/** extension.js loaded afresh with the stand-ins; returns what it touched. */
function load(settings, { folder, failStart = false } = {}) {
  const { vscode, calls } = makeVscode(settings, folder);
  const client = fakeClientModule(failStart);
  const original = Module._load;
  Module._load = function (request, ...rest) {
    if (request === "vscode") return vscode;
    if (request === "vscode-languageclient/node") return client.module;
    return original.call(this, request, ...rest);
  };
  delete require.cache[EXTENSION];
  try {
    const extension = require(EXTENSION);
    return { extension, calls, clients: client.clients };
  } finally {
    Module._load = original;
  }
}

function context() {
  return { subscriptions: [], extension: { packageJSON: { version: VERSION } } };
}

async function eventually(check, what) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  assert.fail(`never happened: ${what}`);
}

function fakeCchc() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-vscode-"));
  const file = path.join(folder, "cchc");
  fs.writeFileSync(file, "#!/bin/sh\n");
  fs.chmodSync(file, 0o755);
  return { folder, file };
}

const posixOnly = { skip: process.platform === "win32" && "POSIX permissions" };

test("activation starts the server for YAML files with the configured command line", posixOnly, async () => {
  const { folder, file } = fakeCchc();
  const { extension, calls, clients } = load({ "cchc.server.command": file, "cchc.asOf": "2021-07-01" }, { folder });
  extension.activate(context());
  await eventually(() => clients.length === 1 && clients[0].started, "the client started");
  const [client] = clients;
  assert.equal(client.id, "cchc");
  assert.deepEqual(client.serverOptions, { command: file, args: ["lsp", "--as-of", "2021-07-01"], options: { cwd: folder, shell: false } });
  assert.deepEqual(client.clientOptions.documentSelector, [{ scheme: "file", language: "yaml" }]);
  assert.deepEqual(client.clientOptions.synchronize.fileEvents.map((w) => w.glob), ["**/*.{yaml,yml}", "**/cchc.toml"]);
  assert.deepEqual(client.clientOptions.initializationOptions, { watchesFiles: true });
  assert.deepEqual(calls.errors, []);
  assert.deepEqual(Object.keys(calls.commands).sort(), ["cchc.restartServer", "cchc.showOutput"]);
  await extension.deactivate();
  assert.equal(client.stopped, true);
  assert.ok(calls.watchers.every((w) => w.disposed), "the watchers are disposed with the client");
});

test("a command that is not found gives the Vietnamese message and starts nothing", async () => {
  const { extension, calls, clients } = load({ "cchc.server.command": "cchc-that-is-not-installed-anywhere" });
  extension.activate(context());
  await eventually(() => calls.errors.length === 1, "an error message");
  assert.equal(clients.length, 0);
  const [{ text, items }] = calls.errors;
  assert.match(text, /^Không tìm thấy lệnh cchc \("cchc-that-is-not-installed-anywhere"\)\. Cài bằng: python3 -m pip install /);
  assert.match(text, new RegExp(`cchc-vn/cchc@v${VERSION.replace(/\./g, "\\.")}"`));
  assert.deepEqual(items, ["Mở cài đặt", "Xem nhật ký"]);
  await eventually(() => calls.executed.length === 1, "the settings opened");
  assert.deepEqual(calls.executed[0], ["workbench.action.openSettings", "cchc.server"]);
  assert.equal(calls.output[0], text, "the message is also in the log");
});

test("with cchc.language en the extension speaks English too", async () => {
  const { extension, calls } = load({ "cchc.server.command": "", "cchc.language": "en" });
  extension.activate(context());
  await eventually(() => calls.errors.length === 1, "an error message");
  assert.equal(calls.errors[0].text, "No command to run cchc: cchc.server.command is empty.");
  assert.deepEqual(calls.errors[0].items, ["Open settings", "Show log"]);
});

test("a server that fails to start is reported and stopped", posixOnly, async () => {
  const { folder, file } = fakeCchc();
  const { extension, calls, clients } = load({ "cchc.server.command": file }, { folder, failStart: true });
  extension.activate(context());
  await eventually(() => calls.errors.length === 1, "an error message");
  assert.equal(calls.errors[0].text, `Máy chủ ngôn ngữ cchc không khởi động được ("${file} lsp" dừng trước khi trả lời). ` +
    `Xem nhật ký ở bảng Output, mục "cchc"; cần cchc có lệnh "cchc lsp" (phiên bản ${VERSION} trở lên).`);
  assert.ok(calls.output.includes("cchc: Launching server failed"), "the client's own reason is in the log");
  assert.equal(clients[0].stopped, true);
  assert.ok(calls.watchers.every((w) => w.disposed));
});

test("changing a server setting restarts the server with the new command line; trace does not", posixOnly, async () => {
  const { folder, file } = fakeCchc();
  const settings = { "cchc.server.command": file };
  const { extension, calls, clients } = load(settings, { folder });
  extension.activate(context());
  await eventually(() => clients.length === 1 && clients[0].started, "the first client started");
  const [listener] = calls.listeners;
  listener({ affectsConfiguration: (section) => section === "cchc.trace.server" || section === "cchc" });
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(clients.length, 1, "a trace change is applied by the client itself");
  settings["cchc.language"] = "en";
  listener({ affectsConfiguration: (section) => section === "cchc.language" || section === "cchc" });
  await eventually(() => clients.length === 2 && clients[1].started, "the second client started");
  assert.equal(clients[0].stopped, true);
  assert.deepEqual(clients[1].serverOptions.args, ["lsp", "--lang", "en"]);
  assert.equal(calls.watchers.filter((w) => !w.disposed).length, 2, "only the new client's watchers are live");
  await calls.commands["cchc.restartServer"]();
  assert.equal(clients.length, 3);
  assert.equal(clients[1].stopped, true);
  await extension.deactivate();
});

test("a server that stops before starting is not restarted; a running one is, up to 4 times in 3 minutes", posixOnly, async () => {
  const { folder, file } = fakeCchc();
  const { extension, calls, clients } = load({ "cchc.server.command": file }, { folder });
  extension.activate(context());
  await eventually(() => clients.length === 1, "the client constructed");
  const { errorHandler, initializationFailedHandler } = clients[0].clientOptions;
  assert.equal(initializationFailedHandler(new Error("no")), false, "a failed initialize is not retried");
  await eventually(() => clients[0].started, "the client started");
  const results = [1, 2, 3, 4, 5].map(() => errorHandler.closed());
  assert.deepEqual(results.map((r) => r.action), [2, 2, 2, 2, 1]);
  assert.equal(results[4].handled, true, "the extension says it, in Vietnamese, not the client in English");
  await eventually(() => calls.errors.length === 1, "the message");
  assert.match(calls.errors[0].text, /^Máy chủ ngôn ngữ cchc dừng bất thường 5 lần trong 3 phút/);
  assert.deepEqual([1, 3, 4].map((count) => errorHandler.error(new Error("x"), undefined, count).action), [1, 1, 2]);
  await extension.deactivate();
});

test("a server that stops before it started is reported once, not restarted", posixOnly, async () => {
  const { folder, file } = fakeCchc();
  const { extension, clients } = load({ "cchc.server.command": file }, { folder, failStart: true });
  extension.activate(context());
  await eventually(() => clients.length === 1 && clients[0].stopped, "the client stopped");
  assert.deepEqual(clients[0].clientOptions.errorHandler.closed(), { action: 1, handled: true });
  await extension.deactivate();
});
