"use strict";
// Run by client.test.js in a child process: activates extension.js with the real
// vscode-languageclient and the stand-in `vscode` module, waits until a line of the log or an error
// message matches WAIT_FOR (then SETTLE_MS more), deactivates, and prints what happened as JSON.
//
//   node test/activate.js SETTINGS_JSON FOLDER WAIT_FOR SETTLE_MS
//
// vscode-languageclient 9 leaves two promises of its own unhandled when the server exits during the
// handshake (a `void this.stop()` and the disposed connection's pending request); VS Code only logs
// them. They are counted apart here; any other unhandled rejection is reported as unexpected.
const Module = require("node:module");
const { makeVscode } = require("./vscode-stub");

const [settingsJson, folder, waitFor, settleMs] = process.argv.slice(2);
const LIBRARY = [/^Client is not running and can't be stopped/, /^Pending response rejected since connection got disposed/];
const rejections = { library: 0, unexpected: [] };
process.on("unhandledRejection", (error) => {
  const text = error && error.message ? error.message : String(error);
  const fromLibrary = Boolean(error && error.stack && /node_modules[\\/]vscode-(languageclient|jsonrpc)[\\/]/.test(error.stack));
  if (fromLibrary && LIBRARY.some((pattern) => pattern.test(text))) rejections.library += 1;
  else rejections.unexpected.push(error && error.stack ? error.stack : text);
});

const { vscode, calls } = makeVscode(JSON.parse(settingsJson), folder || undefined);
const original = Module._load;
Module._load = function (request, ...rest) {
  return request === "vscode" ? vscode : original.call(this, request, ...rest);
};
const extension = require("../extension");

async function main() {
  extension.activate({ subscriptions: [], extension: { packageJSON: require("../package.json") } });
  const pattern = new RegExp(waitFor);
  const deadline = Date.now() + 30000;
  const seen = () => calls.output.some((line) => pattern.test(line)) || calls.errors.some((e) => pattern.test(e.text));
  while (!seen() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const matched = seen();
  await new Promise((resolve) => setTimeout(resolve, Number(settleMs)));
  await extension.deactivate();
  const disposed = calls.watchers.every((watcher) => watcher.disposed);
  process.stdout.write(JSON.stringify({ matched, output: calls.output, errors: calls.errors, watchers: calls.watchers.length, disposed, rejections }));
  process.exit(0);
}

main().catch((error) => {
  process.stdout.write(JSON.stringify({ crash: String(error && error.stack ? error.stack : error) }));
  process.exit(1);
});
