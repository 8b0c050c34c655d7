#!/usr/bin/env bash
# The daily journey of an officer and a supervisor under load, in one run: every page's requests/s as a share
# of the anonymous /actuator/health (the ceiling of the stack on the same machine), p50, p99 and the page alone.
#
#   bench/pages.sh                                   # app on http://127.0.0.1:8091, demo accounts
#   BASE=http://127.0.0.1:8091 DURATION=15s bench/pages.sh
#   PETCLINIC_URL=http://127.0.0.1:8080 bench/pages.sh   # spring-petclinic's /owners/1 and list in the same run
#   PAGES='visits|/visits;dashboard|/dashboard?area={AREA}' bench/pages.sh   # only these (as the supervisor)
#
# Signs in as SUPERVISOR (branch.chief) for the supervision pages and as OFFICER (officer.linhe) for the
# officer's pages. Detail pages and timelines take the first record linked from their list. Needs curl and wrk.
set -euo pipefail

BASE=${BASE:-http://127.0.0.1:8091}
SUPERVISOR=${SUPERVISOR:-branch.chief}
OFFICER=${OFFICER:-officer.linhe}
PASSWORD=${PASSWORD:-gridwatch-demo}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-16}
SERIAL=${SERIAL:-10}
THREADS=${THREADS:-2}
MONTH=${MONTH:-$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
jars=$(mktemp -d)
trap 'rm -rf "$jars"' EXIT

# Signs in with curl (the login page gives the CSRF token and a session) and prints the Cookie header value.
sign_in() {
  local jar="$jars/$1" token status
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//' | head -1)
  [ -n "$token" ] || { echo "no CSRF token on $BASE/login" >&2; exit 1; }
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
  [ "$status" = 302 ] || { echo "sign-in of $1 answered $status" >&2; exit 1; }
  awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar"
}
supervisor=$(sign_in "$SUPERVISOR")
officer=$(sign_in "$OFFICER")

# The first match of a pattern on a page (for detail pages and ids); empty when there is none.
first() { curl -s -H "Cookie: $1" "$BASE$2" | grep -o "$3" | head -1 || true; }

AREA=${AREA:-$(first "$supervisor" /dashboard '?area=[0-9]*&amp;from=' | grep -o '[0-9]*' | head -1)}
# the grid the officer's visit form preselects: one of their own
GRID=${GRID:-$(first "$officer" /visits/new '<option value="[0-9]*" selected' | grep -o '[0-9][0-9]*' | head -1 || true)}

declare -a NAMES URLS WHO
page() { NAMES+=("$1"); URLS+=("$2"); WHO+=("$3"); }
page "health (ceiling)" "/actuator/health" none
page "health signed in" "/actuator/health" supervisor
if [ -n "${PAGES:-}" ]; then
  IFS=';' read -ra chosen <<<"$PAGES"
  for entry in "${chosen[@]}"; do
    path=${entry#*|}; path=${path//\{AREA\}/$AREA}; path=${path//\{MONTH\}/$MONTH}; path=${path//\{GRID\}/$GRID}
    page "${entry%%|*}" "$path" supervisor
  done
else
page "home, supervisor" "/" supervisor
page "dashboard MONTH" "/dashboard?area=$AREA&period=MONTH" supervisor
page "map page" "/dashboard/map?area=$AREA" supervisor
page "map data" "/dashboard/map/data?area=$AREA&measure=RECORDS" supervisor
page "coverage" "/duty/coverage" supervisor
page "overdue cases" "/cases/overdue" supervisor
page "campaigns" "/campaigns" supervisor
page "ratings" "/ratings" supervisor
page "monthly report" "/reports/monthly?area=$AREA&month=$MONTH" supervisor
page "report .xlsx" "/reports/monthly.xlsx?area=$AREA&month=$MONTH" supervisor
page "home, officer" "/" officer
page "my grids" "/duty/my-grids" officer
for list in patrols visits consultations publicity drills tips disputes hazards places; do
  page "/$list" "/$list" supervisor
  detail=$(first "$officer" "/$list" "/$list/[0-9][0-9]*\"" | tr -d '"')
  [ -n "$detail" ] && page "$list detail" "$detail" officer
done
[ -n "$GRID" ] && page "grid timeline" "/grids/$GRID/timeline" officer
for form in visits patrols tips; do page "/$form/new" "/$form/new" officer; done
fi
if [ -n "${PETCLINIC_URL:-}" ]; then
  page "petclinic health" "${PETCLINIC_URL}/actuator/health" external
  page "petclinic /owners/1" "${PETCLINIC_URL}/owners/1" external
  page "petclinic owners list" "${PETCLINIC_URL}/owners?lastName=" external
fi

# wrk prints latencies as 812.00us, 12.34ms or 1.02s: in milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /s$/) n *= 1000; else if (v ~ /m$/) n *= 60000; printf "%.1f", n }'; }

echo "Gridwatch pages $(date -u +%FT%TZ) base=$BASE area=$AREA grid=$GRID month=$MONTH"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, each after a $WARMUP warm-up; $(nproc) cores"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -a RPS P50 P99 CODE ERR ONE
for i in "${!URLS[@]}"; do
  case "${WHO[$i]}" in
    supervisor) header="Cookie: $supervisor"; url="$BASE${URLS[$i]}" ;;
    officer) header="Cookie: $officer"; url="$BASE${URLS[$i]}" ;;
    none) header="X-Anonymous: 1"; url="$BASE${URLS[$i]}" ;;
    external) header="X-Anonymous: 1"; url="${URLS[$i]}" ;;
  esac
  CODE[$i]=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$url")
  ONE[$i]=$(for n in $(seq "$SERIAL"); do curl -s -o /dev/null -w '%{time_total}\n' -H "$header" "$url"; done |
    sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", 1000 * v[int((NR + 1) / 2)] }')
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$header" "$url" >/dev/null 2>&1 || true
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$header" "$url")
  RPS[$i]=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  P50[$i]=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  P99[$i]=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  if [ "${P50[$i]}" = "0.0" ]; then P50[$i]="n/a"; P99[$i]="n/a"; fi
  ERR[$i]=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
done
echo "load average at end:   $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# Each page's share is of its own server's health: Gridwatch's pages of Gridwatch's, petclinic's of petclinic's.
ceiling() { if [ "${WHO[$1]}" = external ]; then echo "${RPS[$petclinic_health]}"; else echo "${RPS[0]}"; fi; }
petclinic_health=0
for i in "${!URLS[@]}"; do [ "${NAMES[$i]}" = "petclinic health" ] && petclinic_health=$i; done
printf '| %-22s | %6s | %9s | %8s | %8s | %8s | %6s | %8s |\n' page status "req/s" "p50 ms" "p99 ms" "% health" errors "alone ms"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "---" "---" "---:" "---:" "---:" "---:" "---:" "---:"
for i in "${!URLS[@]}"; do
  share=$(awk -v a="${RPS[$i]}" -v b="$(ceiling "$i")" 'BEGIN { printf "%.1f", (b > 0) ? 100 * a / b : 0 }')
  printf '| %-22s | %6s | %9s | %8s | %8s | %8s | %6s | %8s |\n' "${NAMES[$i]}" "${CODE[$i]}" "${RPS[$i]}" "${P50[$i]}" "${P99[$i]}" "$share" "${ERR[$i]}" "${ONE[$i]}"
done
