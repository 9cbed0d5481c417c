#!/bin/sh
# The draft preview server's container command (docker-compose.yml, the worker's image): builds
# the preview bundle (web/astro.preview.config.mjs: the site's pages, rendered on request) for
# this CMS, then runs the server. Built here rather than in the image, as the bundle reads the CMS
# at CMS_URL (images), like the site build.
set -eu
cd web
node ../node_modules/astro/bin/astro.mjs build --config astro.preview.config.mjs >/dev/null
cd ..
exec node scripts/preview/main.ts
