#!/usr/bin/env bash
# Fills an embedded PostgreSQL folder with the demo data plus a generated territory and records, in one command:
#
#   bench/generate.sh 10000 1000000 /tmp/pg-1m        # 10,000 grids, 1,000,000 records
#   SEED=7 bench/generate.sh 60 3000 /tmp/pg-small
#   JAVA_OPTS=-Xmx2g bench/generate.sh ...              # options for the generating JVM
#
# Then serve it:  GRIDWATCH_EMBEDDED_DB_DIR=/tmp/pg-1m java -Xmx1g -jar target/gridwatch-*.jar
# The folder must not exist yet or hold an earlier generation's data (generation adds to what is there).
# The generator lives in the test sources (never in the production jar): it runs on the test classpath.
set -euo pipefail
cd "$(dirname "$0")/.."

GRIDS=${1:?usage: bench/generate.sh GRIDS RECORDS DATA_DIR}
RECORDS=${2:?usage: bench/generate.sh GRIDS RECORDS DATA_DIR}
DATA_DIR=${3:?usage: bench/generate.sh GRIDS RECORDS DATA_DIR}

classpath=target/generate.classpath
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
started=$(date +%s)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
GRIDWATCH_EMBEDDED_DB_DIR="$DATA_DIR" GRIDWATCH_DEMO_DATA_ENABLED=true java ${JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat "$classpath")" org.gridwatch.demo.generator.GenerateData \
  --server.port=0 \
  --gridwatch.generate.grids="$GRIDS" --gridwatch.generate.records="$RECORDS" ${SEED:+--gridwatch.generate.seed=$SEED}
echo "generated $GRIDS grids and $RECORDS records into $DATA_DIR in $(( $(date +%s) - started )) s"
