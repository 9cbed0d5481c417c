#!/usr/bin/env bash
# Makes cms/dist ready to run: compiles the server code (tsc is incremental, so an unchanged tree
# takes a second or two) and rebuilds the admin panel only when its sources or the Strapi
# version changed (about a minute). Used by `npm start` (scripts/start.sh) and `npm run start:prod`.
# Two of them at once (say, npm start and a test) wait for each other instead of both writing
# cms/dist.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh

mkdir -p cms/.tmp
exec 9>cms/.tmp/prepare.lock
flock 9

echo "Compiling the CMS…"
(cd cms && ../node_modules/.bin/tsc -p tsconfig.json)

admin_hash="$( { find cms/src/admin cms/src/plugins -type f 2>/dev/null | sort | xargs -r cat; grep '"@strapi/' cms/package.json; } | sha256sum | cut -c1-16)"
if [ "$(cat cms/dist/build/.source-hash 2>/dev/null)" != "$admin_hash" ]; then
  echo "Building the admin panel (first run or admin changes; about a minute)…"
  (cd cms && ../node_modules/.bin/strapi build)
  echo "$admin_hash" > cms/dist/build/.source-hash
fi
