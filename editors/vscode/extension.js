"use strict";
/**
 * The cchc extension: starts `cchc lsp` (the language server of the cchc command) for YAML files
 * and restarts it when its settings change. Everything cchc knows — Vietnamese diagnostics,
 * deadline readings, agency names — comes from the server; this file only launches it.
 */

const os = require("os");
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");
const launch = require("./launch");

/** @type {LanguageClient | undefined} */
let client;
/** @type {vscode.Disposable[]} */
let watchers = [];
/** @type {vscode.OutputChannel | undefined} */
let output;
/** One start or stop at a time: a restart waits for the previous one. */
let queue = Promise.resolve();

function settings() {
  const config = vscode.workspace.getConfiguration("cchc");
  return {
    command: config.get("server.command", "cchc"),
    args: config.get("server.args", ["lsp"]),
    language: config.get("language", "auto"),
    asOf: config.get("asOf", ""),
  };
}

function workspaceFolder() {
  const folder = (vscode.workspace.workspaceFolders || []).find((each) => each.uri.scheme === "file");
  return folder ? folder.uri.fsPath : undefined;
}

async function explain(text, language) {
  const openSettings = launch.message("openSettings", language);
  const showLog = launch.message("showLog", language);
  const choice = await vscode.window.showErrorMessage(text, openSettings, showLog);
  if (choice === openSettings) {
    await vscode.commands.executeCommand("workbench.action.openSettings", "cchc.server");
  } else if (choice === showLog && output) {
    output.show(true);
  }
}

async function start(version) {
  const chosen = settings();
  const folder = workspaceFolder();
  const context = { workspaceFolder: folder, home: os.homedir(), env: process.env, platform: process.platform };
  const plan = launch.launchPlan(chosen, context);
  if (!plan.executable) {
    const text = plan.command
      ? launch.message("notFound", chosen.language, { command: plan.command, repository: launch.REPOSITORY, version })
      : launch.message("emptyCommand", chosen.language);
    output.appendLine(text);
    void explain(text, chosen.language);
    return;
  }
  watchers = launch.WATCHED_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  const serverOptions = { command: plan.executable, args: plan.args, options: { cwd: folder, shell: plan.shell } };
  const clientOptions = {
    documentSelector: launch.DOCUMENT_SELECTOR,
    synchronize: { fileEvents: watchers },
    outputChannel: output,
  };
  client = new LanguageClient("cchc", "cchc", serverOptions, clientOptions);
  output.appendLine(`cchc: ${[plan.executable, ...plan.args].join(" ")}`);
  try {
    await client.start();
  } catch (error) {
    await stop();
    void explain(launch.message("startFailed", chosen.language, { error: String(error), version }), chosen.language);
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch {
      // a server that never started or already exited has nothing to stop
    }
  }
  for (const watcher of watchers) watcher.dispose();
  watchers = [];
}

function enqueue(step) {
  queue = queue.then(step, step);
  return queue;
}

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  const version = context.extension.packageJSON.version;
  output = vscode.window.createOutputChannel("cchc");
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("cchc.restartServer", () => enqueue(async () => {
      await stop();
      await start(version);
    })),
    vscode.commands.registerCommand("cchc.showOutput", () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (launch.RESTART_SETTINGS.some((section) => event.affectsConfiguration(section))) {
        void enqueue(async () => {
          await stop();
          await start(version);
        });
      }
    }),
  );
  void enqueue(() => start(version)); // activation does not wait for the server
}

function deactivate() {
  return enqueue(stop);
}

module.exports = { activate, deactivate };
