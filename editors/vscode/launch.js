"use strict";
/**
 * How the extension starts `cchc lsp`: the command line built from the settings, the command
 * looked up the way the operating system would run it, and the messages shown when it cannot be.
 *
 * Kept free of the `vscode` module so that `npm test` (node --test) checks it without an editor
 * (tests/test_vscode_extension.py runs those tests).
 */

const fs = require("fs");
const path = require("path");

/** The files the server is told about: every YAML file (plans, registries) and cchc.toml. */
const DOCUMENT_SELECTOR = [{ scheme: "file", language: "yaml" }];
const WATCHED_GLOBS = ["**/*.{yaml,yml}", "**/cchc.toml"];

/** Settings whose change needs the server restarted (cchc.trace.server is applied live). */
const RESTART_SETTINGS = ["cchc.server", "cchc.language", "cchc.asOf"];

const REPOSITORY = "https://github.com/cchc-vn/cchc";

const MESSAGES = {
  vi: {
    notFound:
      'Không tìm thấy lệnh cchc ("{command}"). Cài bằng: python3 -m pip install "cchc @ git+{repository}@v{version}", ' +
      "hoặc đặt cchc.server.command (ví dụ đường dẫn tới cchc trong môi trường ảo: ${workspaceFolder}/.venv/bin/cchc).",
    emptyCommand: "Chưa đặt lệnh chạy cchc: cchc.server.command đang để trống.",
    startFailed:
      'Máy chủ ngôn ngữ cchc không khởi động được ("{command}" dừng trước khi trả lời). Xem nhật ký ở bảng Output, mục "cchc"; ' +
      'cần cchc có lệnh "cchc lsp" (phiên bản {version} trở lên).',
    crashed:
      "Máy chủ ngôn ngữ cchc dừng bất thường {count} lần trong 3 phút nên không được khởi động lại. " +
      'Xem nhật ký ở bảng Output, mục "cchc"; chạy lệnh "cchc: Khởi động lại máy chủ ngôn ngữ" để thử lại.',
    openSettings: "Mở cài đặt",
    showLog: "Xem nhật ký",
  },
  en: {
    notFound:
      'The cchc command was not found ("{command}"). Install it with: python3 -m pip install "cchc @ git+{repository}@v{version}", ' +
      "or set cchc.server.command (for example the path to cchc in a virtual environment: ${workspaceFolder}/.venv/bin/cchc).",
    emptyCommand: "No command to run cchc: cchc.server.command is empty.",
    startFailed:
      'The cchc language server did not start ("{command}" stopped before answering). See its log in the Output panel, channel "cchc"; ' +
      'it needs a cchc with the "cchc lsp" command (version {version} or later).',
    crashed:
      "The cchc language server stopped unexpectedly {count} times in 3 minutes and is not restarted again. " +
      'See its log in the Output panel, channel "cchc"; run "cchc: Khởi động lại máy chủ ngôn ngữ" (restart) to try again.',
    openSettings: "Open settings",
    showLog: "Show log",
  },
};

/** A message of the extension in the language the settings choose ("auto": Vietnamese). */
function message(id, language, fields = {}) {
  const table = language === "en" ? MESSAGES.en : MESSAGES.vi;
  return table[id].replace(/\{(\w+)\}/g, (whole, name) => (name in fields ? String(fields[name]) : whole));
}

/**
 * `${workspaceFolder}`, `${userHome}`, `${env:NAME}` and a leading `~` replaced, as VS Code's own
 * settings allow them. A variable that has no value here (no folder open) is left as written, so
 * that the command is not found and the message shows what was looked for.
 */
function expand(value, context) {
  let text = String(value).replace(/\$\{(workspaceFolder|userHome|env:([^}]+))\}/g, (whole, name, variable) => {
    if (variable !== undefined) {
      const found = lookupEnv(context.env || {}, variable, context.platform);
      return found === undefined ? "" : found;
    }
    const found = name === "workspaceFolder" ? context.workspaceFolder : context.home;
    return found === undefined ? whole : found;
  });
  if (context.home && (text === "~" || text.startsWith("~/") || (context.platform === "win32" && text.startsWith("~\\")))) {
    text = context.home + text.slice(1);
  }
  return text;
}

/** An environment variable; Windows spells names in any case (`Path`, `PATH`). */
function lookupEnv(env, name, platform) {
  if (platform !== "win32") return env[name];
  const key = Object.keys(env).find((candidate) => candidate.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key];
}

/**
 * The arguments after the command: the configured ones, then `--lang` and `--as-of` when the
 * settings give them (cchc takes `--lang` anywhere on its command line).
 */
function serverArgs(settings, context) {
  const args = (Array.isArray(settings.args) ? settings.args : ["lsp"]).map((arg) => expand(arg, context));
  if (settings.language === "vi" || settings.language === "en") args.push("--lang", settings.language);
  const asOf = typeof settings.asOf === "string" ? settings.asOf.trim() : "";
  if (asOf) args.push("--as-of", asOf);
  return args;
}

function isExecutable(file, platform) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (platform !== "win32") fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file the system would run for `command`, or null when there is none: a name is searched on
 * PATH (with PATHEXT's extensions on Windows), a path is taken from the workspace folder.
 */
function resolveCommand(command, context) {
  const platform = context.platform || process.platform;
  const env = context.env || {};
  if (!command) return null;
  const extensions =
    platform === "win32"
      ? ["", ...(lookupEnv(env, "PATHEXT", platform) || ".COM;.EXE;.BAT;.CMD").split(";").filter(Boolean)]
      : [""];
  const candidates = (base) => extensions.map((extension) => base + extension);
  const hasSeparator = command.includes("/") || (platform === "win32" && command.includes("\\"));
  if (path.isAbsolute(command) || hasSeparator) {
    const base = path.resolve(context.workspaceFolder || process.cwd(), command);
    return candidates(base).find((file) => isExecutable(file, platform)) || null;
  }
  const directories = (lookupEnv(env, "PATH", platform) || "").split(path.delimiter).filter(Boolean);
  for (const directory of directories) {
    const found = candidates(path.join(directory, command)).find((file) => isExecutable(file, platform));
    if (found) return found;
  }
  return null;
}

/**
 * What to start: `{command, args, executable, shell}` where `executable` is the resolved file
 * (null: not found) and `shell` is true for a Windows batch file, which Node runs only through the
 * shell.
 */
function launchPlan(settings, context) {
  const command = expand(typeof settings.command === "string" ? settings.command.trim() : "", context);
  const args = serverArgs(settings, context);
  const executable = resolveCommand(command, context);
  const shell = Boolean(executable) && context.platform === "win32" && /\.(bat|cmd)$/i.test(executable);
  return { command, args, executable, shell };
}

/**
 * Whether a server that stopped unexpectedly is started again: yes, unless it is the
 * `limit + 1`-th stop within `windowMs` (the language client's own rule, kept here so that the
 * extension can say it in Vietnamese). Returns `(now) => {restart, count}`.
 */
function crashPolicy(limit = 4, windowMs = 3 * 60 * 1000) {
  const stops = [];
  return (now) => {
    stops.push(now);
    while (now - stops[0] > windowMs) stops.shift();
    return { restart: stops.length <= limit, count: stops.length };
  };
}

module.exports = {
  DOCUMENT_SELECTOR,
  WATCHED_GLOBS,
  RESTART_SETTINGS,
  REPOSITORY,
  message,
  expand,
  serverArgs,
  resolveCommand,
  launchPlan,
  crashPolicy,
};
