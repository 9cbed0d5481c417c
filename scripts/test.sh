#!/usr/bin/env bash
# `npm test`: lint, typecheck, then every test tier. Integration tests (a real CMS in-process,
# and a real site build from it) run on SQLite and again on PostgreSQL (127.0.0.1:5432);
# browser tests run in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh

step() { printf '\n=== %s\n' "$*"; }
step "lint";                     npm run --silent lint
step "typecheck";                npm run --silent typecheck
step "shared types up to date";  npm run --silent types:check
step "unit tests";               npx jest --selectProjects unit
step "integration (SQLite)";     DATABASE_CLIENT=sqlite npx jest --selectProjects integration
step "integration (PostgreSQL)"; DATABASE_CLIENT=postgres npx jest --selectProjects integration
for need in /usr/bin/chromium:chromium /usr/sbin/nginx:nginx-light /usr/bin/docker-compose:docker-compose; do
  if [ ! -x "${need%%:*}" ]; then
    echo "The tests need Debian's ${need#*:}: apt-get install -y chromium nginx-light docker-compose" >&2
    exit 1
  fi
done
step "browser (Chromium)";       npx jest --selectProjects e2e
step "publishing end to end (admin UI → live site)"; npx jest --selectProjects e2e-publishing --runInBand
step "production topology (PostgreSQL, rebuild worker, nginx) and deployment files"; npx jest --selectProjects production
step "bad-day drills";           npx jest --selectProjects drills
