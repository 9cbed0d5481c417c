#!/bin/bash
# Health of the web server: healthy when the home page of the live release answers 200, so a
# server with nothing published yet (or a volume that is not mounted) is reported unhealthy.
# Plain bash over /dev/tcp: the image has no curl. Usage: healthcheck.sh [port] (default 8080).
port="${1:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
printf 'HEAD / HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
case "$status" in
  "HTTP/1.1 200"*) exit 0 ;;
  *) echo "unhealthy: ${status%$'\r'}" >&2; exit 1 ;;
esac
