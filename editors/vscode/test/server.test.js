"use strict";
// node --test: the command line launch.js builds really starts `cchc lsp` and the options reach it —
// a JSON-RPC client (vscode-jsonrpc, the language client's own transport) talks to the server as
// VS Code would. Needs a Python with cchc: CCHC_PYTHON (tests/test_vscode_extension.py sets it).
const assert = require("node:assert/strict");
const cp = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const test = require("node:test");
const rpc = require("vscode-jsonrpc/node");
const launch = require("../launch");

const REPO = path.resolve(__dirname, "..", "..", "..");
const PYTHON = process.env.CCHC_PYTHON;
const skip = !PYTHON
  ? "CCHC_PYTHON is not set (the Python that runs cchc; tests/test_vscode_extension.py sets it)"
  : !fs.existsSync(path.join(REPO, "plans", "quang-nam", "kh-cchc-2021.yaml")) && "the bundled plans are not beside this folder";

test("cchc lsp started as the extension starts it answers in the language the settings choose", { skip, timeout: 60000 }, async () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-vscode-ws-"));
  fs.cpSync(path.join(REPO, "plans", "quang-nam"), path.join(workspace, "plans", "quang-nam"), { recursive: true });
  const settings = { command: PYTHON, args: ["-m", "cchc", "lsp"], language: "en", asOf: "2021-07-01" };
  const plan = launch.launchPlan(settings, { workspaceFolder: workspace, env: process.env, platform: process.platform });
  assert.equal(plan.executable, path.resolve(PYTHON));
  assert.deepEqual(plan.args, ["-m", "cchc", "lsp", "--lang", "en", "--as-of", "2021-07-01"]);

  const env = { ...process.env, CCHC_NO_CACHE: "1" };
  delete env.CCHC_LANG;
  const server = cp.spawn(plan.executable, plan.args, { cwd: workspace, env, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  server.stderr.on("data", (chunk) => { stderr += chunk; });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const published = new Map();
  const waiting = [];
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    published.set(params.uri, params);
    waiting.splice(0).forEach((wake) => wake());
  });
  connection.onNotification("window/logMessage", () => {});
  connection.onRequest(() => null); // client/registerCapability and the like
  connection.listen();
  try {
    const root = pathToFileURL(workspace).href;
    const result = await connection.sendRequest("initialize", {
      processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: [{ uri: root, name: "ws" }],
    });
    assert.equal(result.serverInfo.name, "cchc");
    assert.equal(result.serverInfo.version, require("../package.json").version, "the server is the cchc of this extension");
    await connection.sendNotification("initialized", {});

    const file = path.join(workspace, "plans", "quang-nam", "kh-cchc-2021.yaml");
    const text = fs.readFileSync(file, "utf8");
    assert.ok(text.includes("lead: [Sở Tư pháp]"));
    const uri = pathToFileURL(file).href;
    await connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version: 1, text: text.replace("lead: [Sở Tư pháp]", "lead: [Sở Vũ trụ]") },
    });
    const deadline = Date.now() + 30000;
    while (!published.has(uri) && Date.now() < deadline) {
      await new Promise((resolve) => { waiting.push(resolve); setTimeout(resolve, 500); });
    }
    assert.ok(published.has(uri), `no diagnostics within 30 s; server said: ${stderr}`);
    const unknown = published.get(uri).diagnostics.filter((d) => d.code === "A001");
    assert.equal(unknown.length, 1, JSON.stringify(published.get(uri).diagnostics));
    assert.match(unknown[0].message, /^Agency "Sở Vũ trụ" is not in the agency registry\./, "--lang en reached the server");

    await connection.sendRequest("shutdown");
    await connection.sendNotification("exit");
    const code = await new Promise((resolve) => server.on("exit", resolve));
    assert.equal(code, 0, stderr);
  } finally {
    connection.dispose();
    server.kill();
  }
});

test("a bad date stops the server with cchc's own message, which the extension's log shows", { skip, timeout: 60000 }, async () => {
  const plan = launch.launchPlan({ command: PYTHON, args: ["-m", "cchc", "lsp"], asOf: "31/02/2021" }, { env: process.env, platform: process.platform });
  const env = { ...process.env };
  delete env.CCHC_LANG;
  const run = cp.spawnSync(plan.executable, plan.args, { cwd: os.tmpdir(), env, input: "", encoding: "utf8", timeout: 30000 });
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /ngày "31\/02\/2021" của --as-of không hợp lệ/);
});
