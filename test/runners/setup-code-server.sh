#!/usr/bin/env bash
# Idempotent installer for the code-server based integration-test runner.
#
#   1. System packages (Debian): chromium, libkrb5-dev, ripgrep.
#   2. code-server (VS Code for the web, served from Node) into <repo>/.cache/code-server,
#      after seeding @vscode/ripgrep's download cache with Debian's /usr/bin/rg so that its
#      postinstall never tries to reach GitHub.
#
# Re-running it when everything is in place takes well under a second.
# See test/runners/README.md.
#
# Env:
#   CODE_SERVER_VERSION   code-server version to install (default 4.100.3 = VS Code 1.100.3)
#   CODE_SERVER_CACHE     install folder (default <repo>/.cache/code-server)
#   CODE_SERVER_FORCE=1   reinstall even if the marker says it is installed
#   WITHOUT_BROWSER=1     leave out chromium and the CJK font (npm start serves to your own browser)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
CS_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE_DIR="${CODE_SERVER_CACHE:-$REPO_ROOT/.cache/code-server}"
MARKER="$CACHE_DIR/.installed"
CS_PKG="$CACHE_DIR/node_modules/code-server"
CS_BIN="$CACHE_DIR/node_modules/.bin/code-server"

log() { echo "[setup-code-server] $*"; }

# ---------------------------------------------------------------- 1. system packages
missing=()
[ -n "${WITHOUT_BROWSER:-}" ] || [ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/rg ] || missing+=(ripgrep)
if [ ! -e /usr/include/krb5.h ] && [ ! -e /usr/include/krb5/krb5.h ] && [ ! -e /usr/include/gssapi/gssapi.h ]; then
  missing+=(libkrb5-dev)
fi
# A CJK font, so that screenshots of the workbench show Chinese text instead of boxes.
[ -n "${WITHOUT_BROWSER:-}" ] || [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
PACKAGES="chromium libkrb5-dev ripgrep fonts-wqy-microhei"
[ -z "${WITHOUT_BROWSER:-}" ] || PACKAGES="libkrb5-dev ripgrep"

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "missing system packages: ${missing[*]}"
    log "running: apt-get update && apt-get install -y $PACKAGES"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq $PACKAGES
  else
    echo "[setup-code-server] ERROR: missing system packages: ${missing[*]}" >&2
    echo "[setup-code-server] run as root:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y $PACKAGES" >&2
    exit 1
  fi
else
  log "system packages present ($PACKAGES)"
fi

# ---------------------------------------------------------------- 2. code-server
if [ "${CODE_SERVER_FORCE:-0}" != 1 ] && [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CS_VERSION" ] \
   && [ -x "$CS_BIN" ] && [ -d "$CS_PKG/lib/vscode/node_modules" ]; then
  log "code-server $CS_VERSION already installed in $CACHE_DIR (delete it or set CODE_SERVER_FORCE=1 to reinstall)"
  exit 0
fi

start=$(date +%s)
log "installing code-server $CS_VERSION into $CACHE_DIR"
rm -rf "$CACHE_DIR"
mkdir -p "$CACHE_DIR"
# Keep the whole install out of git even if the repo's .gitignore forgets .cache/.
printf '*\n' > "$CACHE_DIR/.gitignore"
printf '{ "name": "code-server-cache", "private": true }\n' > "$CACHE_DIR/package.json"

# A private TMPDIR for the install: @vscode/ripgrep looks for its cached download under os.tmpdir().
WORK_TMP="$CACHE_DIR/tmp"
mkdir -p "$WORK_TMP"
export TMPDIR="$WORK_TMP"

# 2a. Which @vscode/ripgrep does this code-server pin? Read it from the package itself
#     (lib/vscode/npm-shrinkwrap.json inside the tarball; the tarball stays in npm's cache,
#     so the install below does not download it again).
RG_PKG_VERSION=""
RG_TAG=""
(
  cd "$WORK_TMP"
  npm pack --silent "code-server@$CS_VERSION" >/dev/null 2>&1 &&
    tar -xzf "code-server-$CS_VERSION.tgz" package/lib/vscode/npm-shrinkwrap.json
) || true
SHRINKWRAP="$WORK_TMP/package/lib/vscode/npm-shrinkwrap.json"
if [ -f "$SHRINKWRAP" ]; then
  RG_PKG_VERSION="$(node -e '
    const s = require(process.argv[1]);
    const p = (s.packages || {})["node_modules/@vscode/ripgrep"] || (s.dependencies || {})["@vscode/ripgrep"];
    if (p && p.version) console.log(p.version);' "$SHRINKWRAP" || true)"
fi
if [ -z "$RG_PKG_VERSION" ]; then
  # Fallback: the value pinned by code-server 4.100.3 (verified 2026-11).
  RG_PKG_VERSION="1.15.11"
  log "could not read the pinned @vscode/ripgrep version; falling back to $RG_PKG_VERSION"
fi

# 2b. Which ripgrep release tag does that @vscode/ripgrep download? It is a constant
#     (`const VERSION = 'v…'`) in its lib/postinstall.js; read it from the package tarball.
(
  cd "$WORK_TMP"
  npm pack --silent "@vscode/ripgrep@$RG_PKG_VERSION" >/dev/null 2>&1 &&
    tar -xzf "vscode-ripgrep-$RG_PKG_VERSION.tgz" package/lib/postinstall.js
) || true
if [ -f "$WORK_TMP/package/lib/postinstall.js" ]; then
  RG_TAG="$(sed -n "s/^const VERSION = '\(v[^']*\)'.*/\1/p" "$WORK_TMP/package/lib/postinstall.js" | head -n1)"
fi
if [ -z "$RG_TAG" ]; then
  # Fallback: the tag used by @vscode/ripgrep 1.15.11 (verified 2026-11).
  RG_TAG="v13.0.0-10"
  log "could not read the ripgrep tag from @vscode/ripgrep; falling back to $RG_TAG"
fi
rm -rf "$WORK_TMP/package" "$WORK_TMP"/*.tgz

case "$(uname -m)" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64 | arm64) RG_TARGET=aarch64-unknown-linux-musl ;;
  *) echo "[setup-code-server] ERROR: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac

# 2c. Seed the cache: a tar.gz holding Debian's rg under the name `rg`.
RG_CACHE="$WORK_TMP/vscode-ripgrep-cache-$RG_PKG_VERSION"
RG_ASSET="$RG_CACHE/ripgrep-$RG_TAG-$RG_TARGET.tar.gz"
mkdir -p "$RG_CACHE"
tar -czf "$RG_ASSET" -C /usr/bin rg
log "seeded @vscode/ripgrep $RG_PKG_VERSION download cache with /usr/bin/rg: $RG_ASSET"

# 2d. Install. Root needs unsafe-perm for code-server's postinstall; a nested `npx node-gyp`
#     would otherwise prompt.
log "npm install code-server@$CS_VERSION (builds native modules; ~1-2 min)"
(
  cd "$CACHE_DIR"
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION"
) > "$CACHE_DIR/install.log" 2>&1 || {
  echo "[setup-code-server] ERROR: npm install failed; last lines of $CACHE_DIR/install.log:" >&2
  tail -n 40 "$CACHE_DIR/install.log" >&2
  exit 1
}

if [ ! -x "$CS_BIN" ] || [ ! -d "$CS_PKG/lib/vscode/node_modules" ]; then
  echo "[setup-code-server] ERROR: install finished but $CS_BIN or lib/vscode/node_modules is missing" >&2
  exit 1
fi
rm -rf "$WORK_TMP"
echo "$CS_VERSION" > "$MARKER"
VSCODE_VERSION="$(node -p 'require(process.argv[1]).version' "$CS_PKG/lib/vscode/product.json" 2>/dev/null || echo '?')"
log "installed code-server $CS_VERSION (VS Code $VSCODE_VERSION) in $(( $(date +%s) - start ))s"
