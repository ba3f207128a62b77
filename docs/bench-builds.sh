#!/bin/bash
# docs/bench-builds.sh JAR LABEL [FILES] [XMX]
# The lexical build of an archive of FILES page files (default 3000: copies of the five sample pages under
# dates from 2015-01-01, eight pages a day, named YYYY-MM-DD_PP.txt), then one more day of 8 pages, an `index`
# with nothing changed, and `serve` until its first answer; with XMX (e.g. 200m) only the build, with that heap.
# Figures go to /tmp/bench-builds-LABEL/; the archive and the index stay in /tmp until you delete them.
set -u
jar=$1; label=$2; files=${3:-3000}; xmx=${4:-}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
samples=$(cd "$(dirname "$0")/../index/pages" && pwd)
arch=/tmp/bench-builds-archive-$files; idx=/tmp/bench-builds-index-$label; out=/tmp/bench-builds-$label
if [ ! -d "$arch" ]; then
  mkdir -p "$arch"; pages=($(ls "$samples"/*.txt | sort))
  for ((i = 0; i < files; i++)); do
    cp "${pages[$((i % 5))]}" "$arch/$(date -u -d "2015-01-01 +$((i / 8)) days" +%F)_$(printf %02d $((i % 8 + 1))).txt"
  done
fi
rm -rf "$idx" "$out"; mkdir -p "$out"; cp -a "$arch" "$out/pages"
# embed-on-build=false is main's switch before issue 13, policy=none this branch's: each ignores the other's.
props="-Dnewsdesk.search.embed-on-build=false -Dnewsdesk.embedding.policy=none -Dnewsdesk.ingest.pages-dir=$out/pages
 -Dnewsdesk.ingest.manifest=$out/pages/manifest.csv -Dnewsdesk.search.index-dir=$idx -Dnewsdesk.telegram.token="
uptime > "$out/load"
if [ -n "$xmx" ]; then
  /usr/bin/time -v $JAVA -Xmx$xmx $props -jar "$jar" index > "$out/build.out" 2> "$out/build.time"; echo "exit $?" >> "$out/build.out"
  exit
fi
/usr/bin/time -v $JAVA $props -jar "$jar" index > "$out/build.out" 2> "$out/build.time"
for p in 1 2 3 4 5 6 7 8; do cp "$(ls "$samples"/*.txt | sort | sed -n "$(( (p - 1) % 5 + 1 ))p")" "$out/pages/2030-01-01_0$p.txt"; done
/usr/bin/time -v $JAVA $props -jar "$jar" index > "$out/day.out" 2> "$out/day.time"
/usr/bin/time -v $JAVA $props -jar "$jar" index > "$out/unchanged.out" 2> "$out/unchanged.time"
port=18187; start=$(date +%s.%N)
$JAVA $props -Dserver.port=$port -Dserver.address=127.0.0.1 -jar "$jar" serve > "$out/serve.log" 2>&1 & pid=$!
until curl -sf -o "$out/answer.json" "http://127.0.0.1:$port/api/answer?q=%E5%B7%9D%E6%B1%87%E5%8C%BA%E5%9B%BE%E4%B9%A6%E9%A6%86%E6%AF%8F%E5%A4%A9%E6%8E%A5%E5%BE%85%E5%A4%9A%E5%B0%91%E4%BA%BA"; do
  sleep 0.1; kill -0 $pid 2> /dev/null || break
done
echo "first answer after $(echo "$(date +%s.%N) - $start" | bc) s" > "$out/startup"
ps -o rss= -p $pid > "$out/serve-rss"; kill $pid; wait $pid
du -sh "$idx" > "$out/disk"
grep -H -E 'User time|System time|Elapsed|Maximum resident' "$out"/*.time; cat "$out"/*.out "$out/startup" "$out/serve-rss" "$out/disk"
