#!/usr/bin/env bash
# Measures, in one run and with one signed-in session, the supervision pages against /actuator/health (the
# ceiling of the stack on the same machine): requests/s, p50 and p99 latency, and each page's share of health.
#
#   bench/dashboard.sh                       # app on http://127.0.0.1:8091, signed in as branch.chief
#   BASE=http://127.0.0.1:8091 AREA=5 MONTH=2026-10 DURATION=20s CONNECTIONS=16 bench/dashboard.sh
#
# "alone ms" is the median of SERIAL (10) requests sent one at a time before the load, for comparison.
# AREA defaults to the signed-in user's own area (read from the dashboard), MONTH to last month.
# The ceiling is the anonymous /actuator/health; "health signed in" is the same page with the session
# cookie (the fixed cost of a signed-in request: session, security). PAGES replaces the measured pages:
#   PAGES='home|/;password form|/account/password' bench/dashboard.sh
# Needs curl and wrk (apt-get install -y wrk).
set -euo pipefail

BASE=${BASE:-http://127.0.0.1:8091}
USERNAME=${USERNAME:-branch.chief}
PASSWORD=${PASSWORD:-gridwatch-demo}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-16}
SERIAL=${SERIAL:-10}
THREADS=${THREADS:-2}
MONTH=${MONTH:-$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

# Sign in: the login page gives the CSRF token and a session; the POST turns it into a signed-in session.
token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//' | head -1)
[ -n "$token" ] || { echo "no CSRF token on $BASE/login" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
  "$BASE/login")
cookie=$(awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar")
check=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE/dashboard")
[ "$check" = 200 ] || { echo "sign-in failed (POST /login $status, /dashboard $check)" >&2; exit 1; }

if [ -z "${AREA:-}" ]; then
  AREA=$(curl -s -H "Cookie: $cookie" "$BASE/dashboard" | grep -o '?area=[0-9]*&amp;from=' | head -1 | grep -o '[0-9]*' | head -1)
fi

declare -a NAMES URLS
NAMES+=("health");           URLS+=("/actuator/health")
NAMES+=("health signed in"); URLS+=("/actuator/health")
if [ -n "${PAGES:-}" ]; then
  IFS=';' read -ra pages <<<"$PAGES"
  for page in "${pages[@]}"; do NAMES+=("${page%%|*}"); URLS+=("${page#*|}"); done
else
  NAMES+=("dashboard MONTH"); URLS+=("/dashboard?area=$AREA&period=MONTH")
  NAMES+=("map data RECORDS"); URLS+=("/dashboard/map/data?area=$AREA&measure=RECORDS")
  NAMES+=("monthly report");  URLS+=("/reports/monthly?area=$AREA&month=$MONTH")
fi

# wrk prints latencies as 812.00us, 12.34ms or 1.02s: in milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /s$/) n *= 1000; else if (v ~ /m$/) n *= 60000; printf "%.1f", n }'; }

echo "Gridwatch bench $(date -u +%FT%TZ) base=$BASE user=$USERNAME area=$AREA month=$MONTH"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, each after a $WARMUP warm-up; $(nproc) cores"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -a RPS P50 P99 CODE ERR ONE
for i in "${!URLS[@]}"; do
  url="$BASE${URLS[$i]}"
  # the first page, the ceiling, is asked without the session
  if [ "$i" = 0 ]; then as="X-Anonymous: 1"; else as="Cookie: $cookie"; fi
  CODE[$i]=$(curl -s -o /dev/null -w '%{http_code}' -H "$as" "$url")
  # One request at a time first: the median of $SERIAL requests, the page's own latency without queueing.
  ONE[$i]=$(for n in $(seq "$SERIAL"); do curl -s -o /dev/null -w '%{time_total}\n' -H "$as" "$url"; done |
    sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", 1000 * v[int((NR + 1) / 2)] }')
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$as" "$url" >/dev/null 2>&1 || true
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$as" "$url")
  RPS[$i]=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  P50[$i]=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  P99[$i]=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  # wrk leaves requests that timed out (10 s) out of the latencies: none left means no latency to show.
  if [ "${P50[$i]}" = "0.0" ]; then P50[$i]="n/a"; P99[$i]="n/a"; fi
  ERR[$i]=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
done
echo "load average at end:   $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '%-18s %6s %10s %10s %10s %10s %9s %10s\n' "page" "status" "req/s" "p50 ms" "p99 ms" "% health" "errors" "alone ms"
for i in "${!URLS[@]}"; do
  share=$(awk -v a="${RPS[$i]}" -v b="${RPS[0]}" 'BEGIN { printf "%.1f", (b > 0) ? 100 * a / b : 0 }')
  printf '%-18s %6s %10s %10s %10s %10s %9s %10s\n' "${NAMES[$i]}" "${CODE[$i]}" "${RPS[$i]}" "${P50[$i]}" "${P99[$i]}" "$share" "${ERR[$i]}" "${ONE[$i]}"
done
for i in "${!URLS[@]}"; do
  [ "${CODE[$i]}" = 200 ] || echo "note: ${URLS[$i]} answered ${CODE[$i]} (figures above are of that answer)"
done
