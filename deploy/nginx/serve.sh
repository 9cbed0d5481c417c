#!/usr/bin/env bash
# Runs nginx in the foreground and reloads it whenever a new release goes live (the `current`
# symlink points elsewhere): nginx reads the release's redirect map (`.site/*.nginx.map`, included
# by nginx.conf) only when it starts or reloads. A reload is graceful (requests in flight finish)
# and a map nginx refuses leaves the old configuration running. Used by the web image
# (deploy/web/Dockerfile) and by `npm run start:prod` (scripts/prod/nginx-runtime.ts).
#
#   serve.sh <nginx binary> <prefix> <nginx.conf> <current symlink>
set -u
nginx_bin=$1 prefix=$2 conf=$3 current=$4
# A pipe for `access_log /dev/stdout`, which nginx opens by path (it cannot open a socket).
"$nginx_bin" -p "$prefix" -c "$conf" -g 'daemon off;' > >(exec cat) &
nginx_pid=$!
tick_pid=

stop() {
  # The poll's `sleep` too: a stop leaves no process behind.
  [ -n "$tick_pid" ] && kill "$tick_pid" 2>/dev/null
  kill -"$1" "$nginx_pid" 2>/dev/null
  wait "$nginx_pid"
  exit $?
}
trap 'stop QUIT' QUIT
trap 'stop TERM' TERM
trap 'stop INT' INT

last=$(readlink "$current" 2>/dev/null)
while kill -0 "$nginx_pid" 2>/dev/null; do
  sleep 1 &
  tick_pid=$!
  wait "$tick_pid"
  tick_pid=
  now=$(readlink "$current" 2>/dev/null)
  if [ "$now" != "$last" ]; then
    last=$now
    kill -HUP "$nginx_pid" 2>/dev/null
  fi
done
wait "$nginx_pid"
