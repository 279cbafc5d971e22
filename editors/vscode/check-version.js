"use strict";
// Run by vsce before packaging ("vscode:prepublish"): the extension's version must be cchc's, written
// once in cchc/__init__.py (RELEASING.md), so that cchc-X.Y.Z.vsix goes with the tag vX.Y.Z.
const fs = require("fs");
const path = require("path");

const source = path.join(__dirname, "..", "..", "cchc", "__init__.py");
const extension = require("./package.json").version;
let text;
try {
  text = fs.readFileSync(source, "utf8");
} catch (error) {
  console.error(`Không đọc được ${source} (${error.code || error.message}): tiện ích được đóng gói từ thư mục editors/vscode của kho mã cchc.`);
  process.exit(1);
}
const match = /^__version__\s*=\s*["']([^"']+)["']/m.exec(text);
if (!match) {
  console.error(`Không thấy __version__ trong ${source}.`);
  process.exit(1);
}
if (match[1] !== extension) {
  console.error(
    `Phiên bản của tiện ích (${extension}, editors/vscode/package.json) khác phiên bản cchc (${match[1]}, cchc/__init__.py). ` +
      `Sửa "version" trong package.json và package-lock.json (npm version ${match[1]} --no-git-tag-version) cho trùng.`,
  );
  process.exit(1);
}
console.log(`cchc ${extension}: phiên bản của tiện ích trùng với cchc/__init__.py.`);
