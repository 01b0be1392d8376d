#!/usr/bin/env bash
# Renew the README's screenshots of the HTML report (reports/html-report.png, reports/html-findings.png
# and the phone view):
# the browser tests, told to keep their screenshots in reports/ instead of a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
CROSSCHECK_SCREENSHOTS=reports CROSSCHECK_BROWSER_TESTS=1 .venv/bin/python -m pytest -q tests/test_browser.py
