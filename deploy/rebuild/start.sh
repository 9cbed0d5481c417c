#!/bin/sh
# The rebuild worker's container command: the rebuild service, plus one build once it answers.
# The CMS does not retry webhooks, so whatever was published while the worker was down (or, on
# the very first start, everything) only reaches the site through a build at start, as
# `npm start` does. nginx keeps serving the last good release meanwhile.
# SIGTERM/SIGINT go to the service, which lets a running build finish or re-queues it.
set -u

node scripts/rebuild/main.ts &
service=$!
trap 'kill -TERM "$service" 2>/dev/null' TERM INT

(
  for _ in $(seq 1 60); do
    if node -e "fetch('http://127.0.0.1:${REBUILD_PORT:-4322}/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then
      exec node scripts/rebuild/cli.ts trigger --no-wait --note "worker start"
    fi
    kill -0 "$service" 2>/dev/null || exit 0
    sleep 1
  done
  echo "rebuild worker: the service did not answer on port ${REBUILD_PORT:-4322}; no build at start" >&2
) &

# `wait` returns early when a trapped signal arrives: wait again until the service has exited.
status=0
while kill -0 "$service" 2>/dev/null; do
  wait "$service"
  status=$?
done
exit "$status"
