#!/bin/sh
# Any other CI: install crosscheck in a virtual environment of its own, write a JUnit report
# (crosscheck-junit.xml) for the CI's test view, then fail only on new contradictions.
#
#   CROSSCHECK_INSTALL="crosscheck-news @ git+https://github.com/your-org/crosscheck@v0.1.0" sh check.sh
#
# CROSSCHECK_INSTALL is what pip installs: a git URL at a tag or a wheel file (the distribution is
# crosscheck-news; "crosscheck" on PyPI is another project). Run it from the folder that holds
# claims.yaml and sources/; any arguments are passed to the last `crosscheck check`.
# Exit status: 0 nothing new, 1 a new contradiction, 2 bad input or a failed install.
set -u
: "${CROSSCHECK_INSTALL:?set CROSSCHECK_INSTALL to a wheel file or to crosscheck-news @ git+URL@TAG}"
venv="${CROSSCHECK_VENV:-${TMPDIR:-/tmp}/crosscheck-venv}"
if [ ! -x "$venv/bin/crosscheck" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install --quiet "$CROSSCHECK_INSTALL" || exit 2
fi
"$venv/bin/crosscheck" check --baseline reports/baseline.json --baseline-optional --format junit --output crosscheck-junit.xml
status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then exit "$status"; fi
exec "$venv/bin/crosscheck" check --baseline reports/baseline.json --baseline-optional --format compact "$@"
