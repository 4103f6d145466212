#!/usr/bin/env bash
# Fetches the self-hosted Decap CMS bundle (pinned in package.json) from the npm registry into
# editor/dist/decap-cms.js, which `build` copies to /admin/. npm verifies the package's integrity.
set -euo pipefail
cd "$(dirname "$0")"
version=$(python3 -c 'import json;print(json.load(open("package.json"))["dependencies"]["decap-cms"])')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm pack "decap-cms@$version" --pack-destination "$tmp" --silent >/dev/null
mkdir -p dist
tar -xzf "$tmp/decap-cms-$version.tgz" -C "$tmp" package/dist/decap-cms.js package/LICENSE
mv "$tmp/package/dist/decap-cms.js" dist/decap-cms.js
mv "$tmp/package/LICENSE" dist/LICENSE-decap-cms
echo "Decap CMS $version → editor/dist/decap-cms.js"
