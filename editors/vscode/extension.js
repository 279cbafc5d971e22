"use strict";
/**
 * The cchc extension: starts `cchc lsp` (the language server of the cchc command) for YAML files
 * and restarts it when its settings change. Everything cchc knows — Vietnamese diagnostics,
 * deadline readings, agency names — comes from the server; this file only launches it.
 */

const os = require("os");
const vscode = require("vscode");
const { CloseAction, ErrorAction, LanguageClient } = require("vscode-languageclient/node");
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
  let started = false;
  let reported = false;
  const failed = () => {
    if (reported) return;
    reported = true;
    const command = [plan.command, ...plan.args].join(" ");
    void explain(launch.message("startFailed", chosen.language, { command, version }), chosen.language);
  };
  const crashed = launch.crashPolicy();
  const clientOptions = {
    documentSelector: launch.DOCUMENT_SELECTOR,
    synchronize: { fileEvents: watchers },
    // the extension watches the files itself: the server need not ask VS Code to
    initializationOptions: { watchesFiles: true },
    outputChannel: output,
    // A server that exits before answering (no `lsp` command in an old cchc, a bad date, a Python
    // without cchc) is not restarted in a loop: start() fails once and the message below says why.
    initializationFailedHandler: () => false,
    errorHandler: {
      error: (_error, _message, count) => ({ action: count && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        if (!started) {
          failed();
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        const { restart, count } = crashed(Date.now());
        if (restart) return { action: CloseAction.Restart };
        void explain(launch.message("crashed", chosen.language, { count }), chosen.language);
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  client = new LanguageClient("cchc", "cchc", serverOptions, clientOptions);
  output.appendLine(`cchc: ${[plan.executable, ...plan.args].join(" ")}`);
  const starting = client;
  try {
    await starting.start();
    // vscode-languageclient 9 resolves start() when the server exited before answering: ask
    if (!starting.isRunning()) throw new Error("the server stopped before answering initialize");
    started = true;
  } catch (error) {
    output.appendLine(`cchc: ${error && error.message ? error.message : String(error)}`);
    if (client === starting) await stop();
    failed();
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
  queue = queue.then(() => step()).catch((error) => {
    if (output) output.appendLine(`cchc: ${error && error.stack ? error.stack : String(error)}`);
  });
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
