#!/bin/sh
# Kept for the old command line: compares bitext with Translate Toolkit only.
# internal/tmgen/scripts/compare.sh runs bitext, Translate Toolkit and OmegaT side
# by side; see its header. Usage, from the repository root:
#
#   sh internal/tmgen/scripts/compare-translate-toolkit.sh 100000 ../shared/corpus
COMPARE_TOOLS=${COMPARE_TOOLS:-bitext,translate-toolkit} exec bash "$(dirname "$0")/compare.sh" "$@"
