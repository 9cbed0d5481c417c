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

# Server code compiled; the admin panel rebuilt only when its sources or Strapi changed (~45 s).
bash scripts/cms-prepare.sh

# The draft preview's bundle: the site's pages rendered on request (about 5 s; only when its
# sources, or the CMS it reads images from, changed).
preview_stamp=web/dist-preview/.built-for
if [ ! -f "$preview_stamp" ] || [ "$(cat "$preview_stamp")" != "${CMS_URL:-}" ] ||
  [ -n "$(find web/src web/public web/astro.preview.config.mjs package-lock.json -newer "$preview_stamp" -print -quit)" ]; then
  echo "Building the draft preview…"
  (cd web && env -u BUILD_API_TOKEN ../node_modules/.bin/astro build --config astro.preview.config.mjs >/dev/null) &&
    printf '%s' "${CMS_URL:-}" >"$preview_stamp"
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

# --- Run: the CMS, then the rebuild service (which builds and serves the site). Ctrl-C (or the
# end of any one of them) stops them all.
pids=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all INT TERM EXIT

wait_for() { # url seconds
  for _ in $(seq 1 "$2"); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 1
  done
  return 1
}

cms_url="http://${HOST:-127.0.0.1}:${PORT:-1337}"
site_url="http://${SITE_HOST:-127.0.0.1}:${SITE_PORT:-4321}"
rebuild_url="http://${REBUILD_HOST:-127.0.0.1}:${REBUILD_PORT:-4322}"
preview_url="http://${PREVIEW_HOST:-127.0.0.1}:${PREVIEW_PORT:-4323}"

(cd cms && exec ../node_modules/.bin/strapi start) &
pids+=($!)
wait_for "$cms_url/_health" 180 || { echo "The CMS did not start: see the messages above." >&2; exit 1; }

# Each holds only its own credentials: the build never the preview's, the preview never the build's.
env -u PREVIEW_API_TOKEN -u PREVIEW_SECRET node scripts/rebuild/main.ts &
pids+=($!)
wait_for "$rebuild_url/health" 60 || { echo "The rebuild service did not start: see the messages above." >&2; exit 1; }

env -u BUILD_API_TOKEN -u WEBHOOK_SECRET node scripts/preview/main.ts &
pids+=($!)
wait_for "$preview_url/health" 60 || { echo "The preview server did not start: see the messages above." >&2; exit 1; }

# Build at every start: it also catches anything published while the service was not running
# (the CMS does not retry webhooks). The first time, wait for it so the site exists.
if [ -e "${REBUILD_DATA_DIR:-.data/site}/current" ]; then
  node scripts/rebuild/cli.ts trigger --no-wait --note "npm start" >/dev/null
else
  echo "Building the website for the first time…"
  node scripts/rebuild/cli.ts trigger --note "first npm start" ||
    echo "The first site build failed; the admin's Website panel and $rebuild_url/status say why." >&2
fi

cat <<MSG

  Website:    $site_url
  CMS admin:  $cms_url/admin
  Preview:    $preview_url (the admin's Preview button opens drafts there)
  Sign in as ${ADMIN_EMAIL:-the administrator in .env} (the password is ADMIN_PASSWORD in .env)
  Publishing in the admin updates the website within seconds. Ctrl-C stops everything.

MSG
wait -n "${pids[@]}"
