#!/usr/bin/env bash
# `npm run test:int`: the integration suite on SQLite, then on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh
DATABASE_CLIENT=sqlite npx jest --selectProjects integration "$@"
DATABASE_CLIENT=postgres npx jest --selectProjects integration "$@"
