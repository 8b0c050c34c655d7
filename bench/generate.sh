#!/usr/bin/env bash
# Fills an embedded PostgreSQL folder with the demo data plus a generated territory and records, in one command:
#
#   bench/generate.sh 10000 1000000 /tmp/pg-1m        # 10,000 grids, 1,000,000 records
#   SEED=7 bench/generate.sh 60 3000 /tmp/pg-small
#
# Then serve it:  GRIDWATCH_EMBEDDED_DB_DIR=/tmp/pg-1m java -Xmx1g -jar target/gridwatch-*.jar
# The folder must not exist yet or hold an earlier generation's data (generation adds to what is there).
set -euo pipefail
cd "$(dirname "$0")/.."

GRIDS=${1:?usage: bench/generate.sh GRIDS RECORDS DATA_DIR}
RECORDS=${2:?usage: bench/generate.sh GRIDS RECORDS DATA_DIR}
DATA_DIR=${3:?usage: bench/generate.sh GRIDS RECORDS DATA_DIR}

jar=$(ls target/gridwatch-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/gridwatch-*.jar | grep -v original | head -1)
fi
started=$(date +%s)
GRIDWATCH_EMBEDDED_DB_DIR="$DATA_DIR" GRIDWATCH_DEMO_DATA_ENABLED=true java -jar "$jar" \
  --spring.profiles.active=generate --server.port=0 \
  --gridwatch.generate.grids="$GRIDS" --gridwatch.generate.records="$RECORDS" ${SEED:+--gridwatch.generate.seed=$SEED}
echo "generated $GRIDS grids and $RECORDS records into $DATA_DIR in $(( $(date +%s) - started )) s"
