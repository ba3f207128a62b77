#!/usr/bin/env bash
# Questions during a refresh of 30 new pages, beside the same clients idle, on one server process:
#   docs/bench-refresh.sh SERVER_JAR [PORT] [CLIENTS]
# Starts SERVER_JAR on a copy of the sample pages in a temporary folder, waits until it serves them,
# adds 30 new page files (copies of the samples under new dates), then runs bench-web of this
# checkout's jar (target/newsdesk.jar) with --during-refresh. Loopback only; the server is stopped at
# the end. SERVER_JAR may be an older build: the client only needs its HTTP API (give that build its own
# copy of the sample pages in PAGES, e.g. from `git worktree add`, if the manifest format changed since).
set -euo pipefail
cd "$(dirname "$0")/.."
server_jar=$(realpath "$1"); port=${2:-8097}; clients=${3:-4}
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
work=$(mktemp -d); trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/pages"; cp "${PAGES:-index/pages}"/* "$work/pages/"   # PAGES: the sample pages an older build understands
export NEWSDESK_ADMIN_TOKEN=bench-refresh
"$java" -Dserver.address=127.0.0.1 -Dserver.port="$port" -Dnewsdesk.ingest.pages-dir="$work/pages" \
  -Dnewsdesk.ingest.manifest="$work/pages/manifest.csv" -Dnewsdesk.search.index-dir="$work/index" \
  -jar "$server_jar" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  health=$(curl -s "localhost:$port/actuator/health" || true)
  if echo "$health" | grep -q '"articles":41' && ! echo "$health" | grep -q '"state":"refreshing"'; then break; fi
  sleep 1
done
echo "$health" | grep -q '"articles":41' || { echo "server did not come up; log:"; cat "$work/server.log"; exit 1; }
samples=("$work"/pages/0*.txt)
for day in 01 02 03 04 05 06; do
  for page in 1 2 3 4 5; do cp "${samples[$((page - 1))]}" "$work/pages/2024-05-${day}_0${page}.txt"; done
done
"$java" -jar target/newsdesk.jar bench-web --url "http://127.0.0.1:$port/api/answer" --clients "$clients" \
  --seconds 30 --warmup-seconds 10 --during-refresh 2>/dev/null | grep -v '^20[0-9][0-9]-'
