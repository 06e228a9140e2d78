#!/bin/sh
# Run by the nginx image's entrypoint at container start: writes the shell's manifest.json
# (where the gateway is, where each micro-frontend's remoteEntry.js is) from the environment.
# The remotes are the folders /usr/share/nginx/html/remotes/<name>/ holding a remoteEntry.js.
set -eu

html="${SIGMA_HTML_DIR:-/usr/share/nginx/html}"
out="${SIGMA_MANIFEST_DIR:-/tmp/sigma}"

check_url() {
  case "$2" in
    *'"'* | *'\'* | *' '*) echo "40-sigma-manifest: $1 contains a forbidden character" >&2; exit 1 ;;
    http://?* | https://?*) ;;
    *) echo "40-sigma-manifest: $1 must be an http(s) URL (got « $2 »)" >&2; exit 1 ;;
  esac
}

: "${SIGMA_PUBLIC_URL:?SIGMA_PUBLIC_URL must be set (e.g. https://sigma.region.example)}"
: "${SIGMA_GATEWAY_PUBLIC_URL:?SIGMA_GATEWAY_PUBLIC_URL must be set (e.g. https://sigma.region.example/graphql)}"
check_url SIGMA_PUBLIC_URL "$SIGMA_PUBLIC_URL"
check_url SIGMA_GATEWAY_PUBLIC_URL "$SIGMA_GATEWAY_PUBLIC_URL"
base="${SIGMA_PUBLIC_URL%/}"

remotes=""
for entry in "$html"/remotes/*/remoteEntry.js; do
  [ -f "$entry" ] || continue
  name="$(basename "$(dirname "$entry")")"
  remotes="${remotes:+$remotes, }\"$name\": \"$base/remotes/$name/remoteEntry.js\""
done

mkdir -p "$out"
printf '{ "gateway": "%s", "remotes": { %s } }\n' "$SIGMA_GATEWAY_PUBLIC_URL" "$remotes" > "$out/manifest.json.tmp"
mv "$out/manifest.json.tmp" "$out/manifest.json"
echo "40-sigma-manifest: $out/manifest.json written" >&2
