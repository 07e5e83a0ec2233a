#!/usr/bin/env bash
# The check step of action.yml (kept in a file so that it can be tested:
# cmd/bitext/testdata/ci_action.txtar). Inputs come as environment
# variables, never pasted into the script, so that a file name cannot
# inject shell code. It writes GitHub annotations on standard output, the
# SARIF log to INPUT_SARIF_FILE, and findings= and status= to GITHUB_OUTPUT;
# it exits 0 so that the SARIF upload runs, and action.yml's last step
# exits with the status.
set -uo pipefail
BITEXT=${BITEXT:-bitext}
out=${GITHUB_OUTPUT:-/dev/null}

args=()
for g in ${INPUT_GLOSSARY:?glossary input is required}; do
  args+=(--glossary "$g")
done
args+=(--fail-on "${INPUT_FAIL_ON:-error}")
paths=()
for p in ${INPUT_PATHS:-.}; do
  paths+=("$p")
done
ui=(--ui-lang "${INPUT_UI_LANG:-en}")

"$BITEXT" "${ui[@]}" check "${args[@]}" --format sarif "${paths[@]}" > "${INPUT_SARIF_FILE:-bitext.sarif}"
status=$?
if [ "$status" -gt 1 ]; then
  # Bad input or environment: bitext said why on stderr; no annotations.
  echo "status=$status" >> "$out"
  exit 0
fi
annotations=$("$BITEXT" "${ui[@]}" check "${args[@]}" --format github "${paths[@]}")
printf '%s\n' "$annotations" | grep -v '^$'
findings=$(printf '%s\n' "$annotations" | grep -c '^::')
echo "findings=$findings" >> "$out"
echo "status=$status" >> "$out"
exit 0
