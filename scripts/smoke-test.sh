#!/usr/bin/env bash
# Smoke test of a running Liaison system: the README quickstart, checked. Prints one line per step and exits 0,
# or exits 1 at the first wrong answer with one line saying which step failed and why. Safe to run again and
# again against the same system: what it records has text of its own (a run stamp) and reuses no name.
#
#   LIAISON_TOKEN (required): an admin token the services trust
#                 (./liaison token --office 00000000-0000-4000-8000-00000000a0a0 --role admin)
#   ORGS_URL (http://127.0.0.1:8081), MEETINGS_URL (http://127.0.0.1:8082),
#   RECOMMENDATIONS_URL (http://127.0.0.1:8083), DASHBOARD_URL (http://127.0.0.1:8080)
#   SMOKE_TIMEOUT (30): seconds to wait for what travels through Kafka (the meeting reaching
#                 recommendations-service, the event reaching the dashboard's stream)
#
# Needs only bash, curl, grep, sed and coreutils. Expects the sample data (./liaison up loads it;
# docker compose run --rm sample-data).
set -euo pipefail

ORGS_URL=${ORGS_URL:-http://127.0.0.1:8081}
MEETINGS_URL=${MEETINGS_URL:-http://127.0.0.1:8082}
RECOMMENDATIONS_URL=${RECOMMENDATIONS_URL:-http://127.0.0.1:8083}
DASHBOARD_URL=${DASHBOARD_URL:-http://127.0.0.1:8080}
SMOKE_TIMEOUT=${SMOKE_TIMEOUT:-30}
ORGS_URL=${ORGS_URL%/} MEETINGS_URL=${MEETINGS_URL%/} RECOMMENDATIONS_URL=${RECOMMENDATIONS_URL%/} DASHBOARD_URL=${DASHBOARD_URL%/}

# Fixed ids of the sample data (sample-data/README.md).
SDC=8097c008-f4a1-5613-b9c8-6bcfe942e19b      # مجلس سوريا الديمقراطية, the Syrian Democratic Council
JAMOUS=0c1e4a98-9697-5db2-92a2-15d1e37bae81   # د. بدر جاموس
WORK_PLAN_2023=6de70231-c268-5995-b5c7-9f395c7f7be2  # the 2023 work plan of article 004

fail() { echo "FAIL $*" >&2; exit 1; }
ok() { echo "ok   $*"; }

[ -n "${LIAISON_TOKEN:-}" ] || fail "LIAISON_TOKEN is not set: export an admin token (./liaison token --office 00000000-0000-4000-8000-00000000a0a0 --role admin)"
command -v curl >/dev/null 2>&1 || fail "curl is not installed"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/liaison-smoke.XXXXXX")
STREAM_PID=
cleanup() {
  if [ -n "$STREAM_PID" ]; then kill "$STREAM_PID" 2>/dev/null || true; wait "$STREAM_PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

# A stamp of this run, so each run records its own meeting and finds exactly that one.
RUN="smoke$(date -u +%Y%m%d%H%M%S)$$${RANDOM}"

# call METHOD URL [curl options...]: sets STATUS (000 when nothing answered), BODY and HEADERS; never exits.
call() {
  local method=$1 url=$2
  shift 2
  : >"$TMP/body"; : >"$TMP/headers"; : >"$TMP/curl-error"
  STATUS=$(curl -sS -m 15 -o "$TMP/body" -D "$TMP/headers" -w '%{http_code}' -X "$method" "$url" "$@" 2>"$TMP/curl-error") || true
  STATUS=${STATUS:-000}
  BODY=$(cat "$TMP/body")
  HEADERS=$(tr -d '\r' <"$TMP/headers")
}
# With the token; a JSON body when given as the third argument.
api() {
  local method=$1 url=$2
  shift 2
  if [ "$#" -gt 0 ] && [ "${1:0:1}" = "{" ]; then
    local body=$1
    shift
    call "$method" "$url" -H "Authorization: Bearer $LIAISON_TOKEN" -H 'Content-Type: application/json' --data-binary "$body" "$@"
  else
    call "$method" "$url" -H "Authorization: Bearer $LIAISON_TOKEN" "$@"
  fi
}
# What went wrong, on one line: curl's error when nothing answered, else the start of the body.
answer() {
  if [ "$STATUS" = 000 ]; then
    tr '\n' ' ' <"$TMP/curl-error" | cut -c1-300
  else
    local one=${BODY//$'\n'/ }
    printf 'HTTP %s: %s' "$STATUS" "${one:0:300}"
  fi
}
expect_status() { # expect_status CODE WHAT
  [ "$STATUS" = "$1" ] && return 0
  [ "$STATUS" = 403 ] && fail "$2: expected HTTP $1, got $(answer) (LIAISON_TOKEN must be an admin token)"
  fail "$2: expected HTTP $1, got $(answer)"
}
# A JSON string field of BODY: its first occurrence, enough for the flat values read here (empty if none).
# (Here-strings, not pipes from printf: a grep that stops early must not fail the pipeline under pipefail.)
field() { grep -o "\"$1\" *: *\"[^\"]*\"" <<<"$BODY" | sed -n "1s/.*: *\"\(.*\)\"\$/\1/p" || true; }
body_has() { grep -q -- "$1" <<<"$BODY"; }

# 1. Every service is ready.
for service in "orgs-service $ORGS_URL" "meetings-service $MEETINGS_URL" \
               "recommendations-service $RECOMMENDATIONS_URL" "dashboard-service $DASHBOARD_URL"; do
  name=${service%% *} url=${service#* }
  call GET "$url/q/health/ready"
  expect_status 200 "$name $url/q/health/ready"
  ok "$name ready ($url)"
done

# 2. The token is accepted, and is an admin's (the only check of it; every step below needs it).
api GET "$ORGS_URL/organizations?limit=1"
case "$STATUS" in
  200) ;;
  401) fail "the services refuse LIAISON_TOKEN (malformed, expired, or not signed by the key they trust): $(answer)" ;;
  *) fail "GET /organizations with LIAISON_TOKEN: expected HTTP 200, got $(answer)" ;;
esac
ok "token accepted by orgs-service"

# 3. «مســد» (with a tatweel) is already the SDC's name in another spelling: 409 naming the SDC.
api POST "$ORGS_URL/organizations" '{"kind":"council","nameAr":"مســد"}'
expect_status 409 "POST /organizations «مســد»"
body_has "\"existingId\" *: *\"$SDC\"" || fail "POST /organizations «مســد»: the 409 does not name the SDC $SDC as existingId: $(answer)"
ok "POST /organizations «مســد» -> 409, existingId $SDC ($(field matchedName))"

# 4. Searching «مسـد» finds the SDC.
api GET "$ORGS_URL/organizations" -G --data-urlencode 'q=مسـد'
expect_status 200 "GET /organizations?q=مسـد"
body_has "\"id\" *: *\"$SDC\"" || fail "GET /organizations?q=مسـد does not list the SDC $SDC: $(answer)"
ok "GET /organizations?q=مسـد finds the SDC"

# 5. د. بدر جاموس and his roles.
api GET "$ORGS_URL/people/$JAMOUS"
expect_status 200 "GET /people/$JAMOUS"
body_has '"roles" *: *{ *"current" *: *\[ *{' || fail "GET /people/$JAMOUS shows no current role: $(answer)"
ok "GET /people/$JAMOUS -> $(field nameAr) with current roles"

# 6. A meeting organised by the SDC, read back.
TITLE_AR="اجتماع مع الأحزاب الأعضاء $RUN"
TITLE_EN="Meeting with the member parties $RUN"
api POST "$MEETINGS_URL/meetings" "{\"kind\":\"internal_meeting\",\"titleAr\":\"$TITLE_AR\",\"titleEn\":\"$TITLE_EN\",\"organizerId\":\"$SDC\"}"
expect_status 201 "POST /meetings"
MEETING=$(field id)
[ -n "$MEETING" ] || fail "POST /meetings: 201 without an id in the body: $(answer)"
api GET "$MEETINGS_URL/meetings/$MEETING"
expect_status 200 "GET /meetings/$MEETING"
body_has "\"titleAr\" *: *\"$TITLE_AR\"" || fail "GET /meetings/$MEETING: not the title just recorded: $(answer)"
body_has "\"$SDC\"" || fail "GET /meetings/$MEETING: the SDC $SDC is not its organiser: $(answer)"
ETAG=$(printf '%s\n' "$HEADERS" | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | head -n 1)
[ -n "$ETAG" ] || fail "GET /meetings/$MEETING answered no ETag"
ok "POST /meetings -> 201 $MEETING, read back (ETag $ETAG)"

# 7. Found by its organiser's current name together with this run's stamp. (Not by «مسد», as the README's
#    quickstart has it: that is a short name of the SDC, and meetings-service indexes only nameAr and nameEn.)
api GET "$MEETINGS_URL/meetings" -G --data-urlencode "q=مجلس سوريا الديمقراطية $RUN"
expect_status 200 "GET /meetings?q=مجلس سوريا الديمقراطية $RUN"
body_has "\"id\" *: *\"$MEETING\"" || fail "GET /meetings?q=مجلس سوريا الديمقراطية $RUN does not find meeting $MEETING: $(answer)"
ok "GET /meetings?q=مجلس سوريا الديمقراطية finds it by its organiser's name"

# 8. recommendations-service hears of it through Kafka.
deadline=$((SECONDS + SMOKE_TIMEOUT))
while :; do
  api GET "$RECOMMENDATIONS_URL/directory/meetings/$MEETING"
  [ "$STATUS" = 200 ] && break
  [ "$STATUS" = 404 ] || fail "GET $RECOMMENDATIONS_URL/directory/meetings/$MEETING: expected HTTP 200 (or 404 until it arrives), got $(answer)"
  [ "$SECONDS" -lt "$deadline" ] || fail "meeting $MEETING did not reach recommendations-service within ${SMOKE_TIMEOUT}s (GET /directory/meetings/$MEETING still 404)"
  sleep 0.5
done
ok "recommendations-service has meeting $MEETING (/directory/meetings, after ~$((SECONDS + SMOKE_TIMEOUT - deadline))s)"

# 9. The 2023 work plan.
api GET "$RECOMMENDATIONS_URL/recommendation-sets"
expect_status 200 "GET /recommendation-sets"
body_has "\"id\" *: *\"$WORK_PLAN_2023\"" || fail "GET /recommendation-sets does not list the 2023 work plan $WORK_PLAN_2023: $(answer)"
body_has '"year" *: *2023' || fail "GET /recommendation-sets: no set of the year 2023: $(answer)"
ok "GET /recommendation-sets lists the 2023 work plan $WORK_PLAN_2023"

# 10. One live event from the dashboard: a ticket, the stream (new events of this meeting only), then a change.
api POST "$DASHBOARD_URL/stream/tickets"
expect_status 201 "POST /stream/tickets"
TICKET=$(field ticket)
[ -n "$TICKET" ] || fail "POST /stream/tickets: no ticket in $(answer)"
: >"$TMP/stream"; : >"$TMP/stream-headers"
curl -sS -N -m "$((SMOKE_TIMEOUT + 15))" -D "$TMP/stream-headers" -o "$TMP/stream" \
  "$DASHBOARD_URL/stream?ticket=$TICKET&type=meeting.updated&subject=meeting/$MEETING" 2>"$TMP/stream-error" &
STREAM_PID=$!
deadline=$((SECONDS + 15))
until grep -q '^: *connected' "$TMP/stream"; do
  if ! kill -0 "$STREAM_PID" 2>/dev/null; then
    fail "GET /stream ended before it connected: $(head -n 1 "$TMP/stream-headers" | tr -d '\r') $(tr '\n' ' ' <"$TMP/stream" | cut -c1-300) $(tr '\n' ' ' <"$TMP/stream-error")"
  fi
  [ "$SECONDS" -lt "$deadline" ] || fail "GET /stream: no ': connected' comment within 15s ($(head -n 1 "$TMP/stream-headers" | tr -d '\r'))"
  sleep 0.2
done
grep -qi '^content-type: *text/event-stream' "$TMP/stream-headers" || fail "GET /stream is not text/event-stream: $(tr '\r\n' '  ' <"$TMP/stream-headers")"
ok "GET /stream connected with a single-use ticket"

api PATCH "$MEETINGS_URL/meetings/$MEETING" "{\"titleEn\":\"$TITLE_EN (updated)\"}" -H "If-Match: $ETAG"
expect_status 200 "PATCH /meetings/$MEETING"
deadline=$((SECONDS + SMOKE_TIMEOUT))
until grep -q "^data:.*\"subject\" *: *\"meeting/$MEETING\"" "$TMP/stream"; do
  [ "$SECONDS" -lt "$deadline" ] || fail "no SSE data line for meeting $MEETING on /stream within ${SMOKE_TIMEOUT}s of the PATCH (received: $(tr '\n' ' ' <"$TMP/stream" | cut -c1-300))"
  kill -0 "$STREAM_PID" 2>/dev/null || fail "GET /stream closed before the event arrived: $(tr '\n' ' ' <"$TMP/stream" | cut -c1-300) $(tr '\n' ' ' <"$TMP/stream-error")"
  sleep 0.2
done
DATA=$(grep -m 1 "^data:.*\"subject\" *: *\"meeting/$MEETING\"" "$TMP/stream")
EVENT_ID=$(grep -m 1 '^id:' "$TMP/stream" | sed 's/^id: *//')
grep -q '"type" *: *"meeting.updated"' <<<"$DATA" || fail "the SSE event for meeting $MEETING is not meeting.updated: $(printf '%s' "$DATA" | cut -c1-300)"
grep -q "(updated)" <<<"$DATA" || fail "the SSE event for meeting $MEETING does not carry the change: $(printf '%s' "$DATA" | cut -c1-300)"
ok "PATCH /meetings/$MEETING -> SSE meeting.updated on /stream (id $EVENT_ID)"

echo "smoke test passed"
