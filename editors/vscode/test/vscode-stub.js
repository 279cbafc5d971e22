"use strict";
// A stand-in for the `vscode` module with just what extension.js and vscode-languageclient 9 touch
// while starting and stopping a client (tests only: VS Code itself cannot run here). Anything else
// is an inert stand-in that returns stand-ins, so that an unexpected use does not throw.

function inert(base = {}) {
  return new Proxy(function () {}, {
    get(target, key) {
      if (key in base) return base[key];
      if (key === "__esModule") return false;
      if (key === Symbol.iterator) return function* () {};
      if (key === "then" || key === Symbol.toPrimitive) return undefined;
      if (key === "toString") return () => "[stub]";
      return inert();
    },
    apply: () => inert(),
    construct: () => inert(),
  });
}

const disposable = () => ({ dispose() {} });

class Disposable {
  constructor(callback) {
    this.callback = callback;
  }
  dispose() {
    if (this.callback) this.callback();
  }
  static from(...items) {
    return new Disposable(() => items.forEach((item) => item && item.dispose && item.dispose()));
  }
}

class EventEmitter {
  constructor() {
    this.listeners = [];
    this.event = (listener) => {
      this.listeners.push(listener);
      return disposable();
    };
  }
  fire(value) {
    this.listeners.forEach((listener) => listener(value));
  }
  dispose() {}
}

/** The module, with `settings` ("cchc.server.command" → value) and `folder` (or none), and `calls`. */
function makeVscode(settings, folder) {
  const calls = { errors: [], executed: [], watchers: [], listeners: [], commands: {}, output: [] };
  const event = () => disposable;
  const vscode = inert({
    version: "1.82.0",
    env: inert({ appName: "Visual Studio Code (test stand-in)", language: "vi", uiKind: 1 }),
    workspace: inert({
      workspaceFolders: folder ? [{ uri: { scheme: "file", fsPath: folder }, name: "ws", index: 0 }] : undefined,
      textDocuments: [],
      notebookDocuments: [],
      getConfiguration: (section) => ({
        get: (key, fallback) => {
          const value = settings[section ? `${section}.${key}` : key];
          return value === undefined ? fallback : value;
        },
      }),
      createFileSystemWatcher: (glob) => {
        const watcher = {
          glob,
          disposed: false,
          onDidCreate: event(),
          onDidChange: event(),
          onDidDelete: event(),
          dispose() {
            this.disposed = true;
          },
        };
        calls.watchers.push(watcher);
        return watcher;
      },
      onDidChangeConfiguration: (listener) => {
        calls.listeners.push(listener);
        return disposable();
      },
      onDidChangeWorkspaceFolders: event(),
      onDidOpenTextDocument: event(),
      onDidChangeTextDocument: event(),
      onDidCloseTextDocument: event(),
      onDidSaveTextDocument: event(),
      onWillSaveTextDocument: event(),
    }),
    window: inert({
      visibleTextEditors: [],
      activeTextEditor: undefined,
      createOutputChannel: (name) => ({
        name,
        append: (text) => calls.output.push(text),
        appendLine: (line) => calls.output.push(line),
        show() {},
        hide() {},
        clear() {},
        replace() {},
        dispose() {},
      }),
      showErrorMessage: async (text, ...items) => {
        calls.errors.push({ text, items });
        return items[0]; // the user clicks the first button
      },
    }),
    commands: inert({
      registerCommand: (id, handler) => {
        calls.commands[id] = handler;
        return disposable();
      },
      executeCommand: async (...args) => calls.executed.push(args),
    }),
    Disposable,
    EventEmitter,
  });
  return { vscode, calls };
}

module.exports = { makeVscode };
