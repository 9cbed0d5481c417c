#!/usr/bin/env bash
# Runs a command with the project's Node 24 first on PATH (see ensure-node.sh).
set -euo pipefail
. "$(dirname "$0")/ensure-node.sh"
exec "$@"
