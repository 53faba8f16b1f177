#!/usr/bin/env bash
# Loads sample-data/*.jsonl through the public APIs, idempotently: every record has a fixed id, and a
# 409 naming the same id means it was loaded before. Used by `./liaison up`; safe to run by hand.
#   ORGS_URL (default http://127.0.0.1:8081), MEETINGS_URL (default http://127.0.0.1:8082),
#   RECOMMENDATIONS_URL (default http://127.0.0.1:8083)
#   LIAISON_TOKEN: an editor or admin token (./liaison token --office ID --role admin)
set -euo pipefail
cd "$(dirname "$0")/.."
ORGS_URL=${ORGS_URL:-http://127.0.0.1:8081}
MEETINGS_URL=${MEETINGS_URL:-http://127.0.0.1:8082}
RECOMMENDATIONS_URL=${RECOMMENDATIONS_URL:-http://127.0.0.1:8083}
: "${LIAISON_TOKEN:?set LIAISON_TOKEN to an editor or admin token (./liaison token --office ID --role admin)}"

load() { # load FILE URL
  local file=$1 url=$2 created=0 existing=0 line status id
  while IFS= read -r line || [ -n "$line" ]; do
    [ -z "$line" ] && continue
    status=$(curl -sS -o /tmp/liaison-load.$$ -w '%{http_code}' -X POST "$url" \
      -H 'Content-Type: application/json' -H "Authorization: Bearer $LIAISON_TOKEN" --data-binary "$line")
    case "$status" in
      201) created=$((created + 1)) ;;
      409) # "already there" only when the record with this very id exists; a clash with another record is an error
         # Every line starts with its own "id" (nested records carry ids too).
         id=$(printf '%s' "$line" | sed -n 's/^{ *"id": *"\([0-9a-f-]*\)".*/\1/p')
         if [ -n "$id" ] && grep -q "\"existingId\": *\"$id\"" /tmp/liaison-load.$$; then
           existing=$((existing + 1))
         else
           echo "loading $file: HTTP 409 for: $line" >&2; cat /tmp/liaison-load.$$ >&2; echo >&2
           rm -f /tmp/liaison-load.$$; return 1
         fi ;;
      *) echo "loading $file failed with HTTP $status for: $line" >&2; cat /tmp/liaison-load.$$ >&2; echo >&2
         rm -f /tmp/liaison-load.$$; return 1 ;;
    esac
  done <"$file"
  rm -f /tmp/liaison-load.$$
  echo "  $file: $created created, $existing already there"
}

echo "Loading sample data"
load sample-data/organizations.jsonl "$ORGS_URL/organizations"
load sample-data/people.jsonl "$ORGS_URL/people"
load sample-data/memberships.jsonl "$ORGS_URL/memberships"
load sample-data/meetings.jsonl "$MEETINGS_URL/meetings"
load sample-data/recommendations.jsonl "$RECOMMENDATIONS_URL/recommendation-sets"
