#!/bin/bash
# docs/bench-archive.sh JAR ARCHIVE [XMX]
# Issue 13's figures on an archive written by `generate-archive --out ARCHIVE`, lexical (policy none), heap
# XMX (default 600m): the full build into ARCHIVE-idx (skipped when that index exists: delete it to rebuild),
# planted facts (`eval`), one more day of 8 pages (the last day's files copied under the next date, removed
# again at the end), then `serve` on the index: seconds to its first answer, `bench-web` with the planted
# questions (1 client, 30 s idle, then during a refresh that adds a second day, idle again) and the service's
# peak RSS; at the end an `index` takes both days out again.
# Each step's output and /usr/bin/time -v go to ARCHIVE-bench/.
set -u
jar=$(realpath "$1"); arch=$(realpath "$2"); xmx=${3:-600m}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
idx=$arch-idx; out=$arch-bench; port=18188; token=bench-archive-token
mkdir -p "$out"; uptime > "$out/load"
props="-Xmx$xmx -Dnewsdesk.embedding.policy=none -Dnewsdesk.search.index-dir=$idx -Dnewsdesk.ingest.pages-dir=$arch/pages
 -Dnewsdesk.ingest.manifest=$arch/pages/manifest.csv -Dnewsdesk.telegram.token="
if [ ! -d "$idx" ]; then
  /usr/bin/time -v $JAVA $props -jar "$jar" index --full > "$out/build.out" 2> "$out/build.time"
fi
/usr/bin/time -v $JAVA $props -jar "$jar" eval --questions "$arch/planted-questions.jsonl" > "$out/eval.out" 2> "$out/eval.time"
last=$(ls "$arch/pages" | grep -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}_' | sort | tail -1 | cut -c1-10)
next=$(date -u -d "$last +1 day" +%F)
for f in "$arch/pages/${last}"_*; do cp "$f" "$arch/pages/${next}${f##*/$last}"; done
/usr/bin/time -v $JAVA $props -jar "$jar" index > "$out/day.out" 2> "$out/day.time"
sed -n 's/^{"q":"\([^"]*\)".*/\1/p' "$arch/planted-questions.jsonl" > "$out/questions.txt"
start=$(date +%s.%N)
$JAVA $props -Dnewsdesk.admin.token=$token -Dserver.port=$port -Dserver.address=127.0.0.1 -jar "$jar" serve \
  > "$out/serve.log" 2>&1 & pid=$!
until curl -sf -o "$out/first-answer.json" --get --data-urlencode "q=$(head -1 "$out/questions.txt")" \
    "http://127.0.0.1:$port/api/answer"; do
  sleep 0.1; kill -0 $pid 2> /dev/null || break
done
echo "first answer after $(echo "$(date +%s.%N) - $start" | bc) s" > "$out/startup"
grep VmRSS /proc/$pid/status >> "$out/startup"
day2=$(date -u -d "$last +2 day" +%F)
for f in "$arch/pages/${last}"_*; do cp "$f" "$arch/pages/${day2}${f##*/$last}"; done
NEWSDESK_ADMIN_TOKEN=$token $JAVA -jar "$jar" bench-web --url "http://127.0.0.1:$port/api/answer" --clients 1 \
  --seconds 30 --warmup-seconds 10 --questions "$out/questions.txt" --during-refresh > "$out/bench-web.out" 2>&1
grep -E 'VmHWM|VmRSS' /proc/$pid/status > "$out/serve-rss"
kill $pid; wait $pid
rm -f "$arch/pages/${next}"_* "$arch/pages/${day2}"_*
$JAVA $props -jar "$jar" index > "$out/undo-days.out" 2>&1
du -sh "$idx" > "$out/disk"
grep -H -E 'User time|System time|Elapsed|Maximum resident' "$out"/*.time
grep -h -E 'written:|page files:|correct at top 1|p95' "$out"/*.out; cat "$out/startup" "$out/serve-rss" "$out/disk"
