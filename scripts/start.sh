#!/usr/bin/env bash
# `npm start`: the whole system on embedded defaults (SQLite, local uploads).
# First run: installs if needed, writes .env with fresh secrets and prints the first admin's
# credentials, builds the admin panel, seeds the demo content. Later runs reuse all of that.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh

if [ ! -d node_modules/@strapi/strapi ]; then
  echo "Installing dependencies (first run)…"
  npm ci --no-audit --no-fund
fi

node scripts/ensure-env.ts
set -a
# shellcheck disable=SC1091
. ./.env
set +a

# Server code: tsc is incremental, so an unchanged tree compiles in a second or two.
echo "Compiling the CMS…"
(cd cms && ../node_modules/.bin/tsc -p tsconfig.json)

# The admin panel is rebuilt only when its sources or the Strapi version change (~45 s).
admin_hash="$( { find cms/src/admin cms/src/plugins -type f 2>/dev/null | sort | xargs -r cat; grep '"@strapi/' cms/package.json; } | sha256sum | cut -c1-16)"
if [ "$(cat cms/dist/build/.source-hash 2>/dev/null)" != "$admin_hash" ]; then
  echo "Building the admin panel (first run or admin changes; about a minute)…"
  (cd cms && ../node_modules/.bin/strapi build)
  echo "$admin_hash" > cms/dist/build/.source-hash
fi

first_run=false
if [ "${DATABASE_CLIENT:-sqlite}" = sqlite ]; then
  db_file="${DATABASE_FILENAME:-.tmp/data.db}"
  case "$db_file" in /*) ;; *) db_file="cms/$db_file" ;; esac
  [ -f "$db_file" ] || first_run=true
else
  first_run=true # the seed is idempotent, so running it on PostgreSQL every time is safe
fi
if [ "$first_run" = true ]; then
  echo "Loading the demo content…"
  (cd cms && node scripts/run-seed.js)
fi

cat <<MSG

  CMS admin:  http://${HOST:-127.0.0.1}:${PORT:-1337}/admin
  Sign in as ${ADMIN_EMAIL:-the administrator in .env} (the password is ADMIN_PASSWORD in .env)

MSG
cd cms
exec ../node_modules/.bin/strapi start
