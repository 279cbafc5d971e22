#!/bin/sh
# Builds the VS Code extension into editors/vscode/cchc-<version>.vsix (README: "Lỗi của cchc ngay trong trình soạn thảo").
# Needs Node.js >= 20 with npm. Installs exactly what package-lock.json pins (npm ci, install
# scripts not run: packaging needs none), then packages with vsce, which first checks that the
# extension's version is cchc's (check-version.js).
set -eu
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Cần Node.js (bản 20 trở lên) và npm để đóng gói tiện ích: https://nodejs.org/" >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "Cần Node.js bản 20 trở lên để đóng gói tiện ích (máy này có bản $(node --version)): https://nodejs.org/" >&2
  exit 1
fi
npm ci --ignore-scripts --no-audit --no-fund
npm run --silent package
