#!/usr/bin/env bash
# The supervision pages under load: the branch dashboard, the map's values and the monthly report, beside the
# anonymous /actuator/health (the ceiling) and health with the session; see bench/pages.sh for the whole journey.
#
#   bench/dashboard.sh                       # app on http://127.0.0.1:8091, signed in as branch.chief
#   BASE=http://127.0.0.1:8091 AREA=5 MONTH=2026-10 DURATION=20s CONNECTIONS=16 bench/dashboard.sh
#   PAGES='password form|/account/password;home|/' bench/dashboard.sh      # other pages, same sign-in
set -euo pipefail
export SUPERVISOR=${USERNAME:-${SUPERVISOR:-branch.chief}}
export DURATION=${DURATION:-20s}
export PAGES=${PAGES:-'dashboard MONTH|/dashboard?area={AREA}&period=MONTH;map values|/dashboard/map/data?area={AREA}&measure=RECORDS;monthly report|/reports/monthly?area={AREA}&month={MONTH}'}
exec "$(dirname "$0")/pages.sh"
