#!/usr/bin/env bash
# Cyber bulk import and TAXII page cost (issue 23), server on core 0, load generator on core 1.
#  1. Import throughput: three bureaus each POST a bundle of 25,000 random indicators (/api/v1/cyber/bundles), first
#     on the baseline jar BEFORE_JAR (if given: e.g. the previous commit's build), then on server/target, each on a
#     fresh database in the same run; prints objects/s per bundle.
#  2. TAXII page p95: OBJECTS rows (default 1,000,000) are seeded directly with SQL into cyber_objects (not through
#     the import, which would take minutes: generate_series, a tenth restricted to one country, a tenth TLP:AMBER),
#     then an open-loop load of GET /taxii2/interlink/collections/all/objects/?limit=100 from random cursor-free
#     added_after points, and as a baseline in the same run GET /taxii2/ (discovery), both at RATE/s.
#
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 [BEFORE_JAR=/path/old.jar] bench/scripts/cyber-taxii.sh [OBJECTS] [RATE] [SECONDS]
# Needs: ./mvnw -q -DskipTests package, curl, python3, psql.
set -euo pipefail
OBJECTS=${1:-1000000}
RATE=${2:-50}
SECONDS_MEASURED=${3:-30}
WORK=${WORK:-$(mktemp -d)}
PORT=18085
DBPORT=54398
BASE=http://localhost:$PORT
JAVA=$JAVA_HOME/bin/java
echo "work directory: $WORK"
cp server/target/interlink-server.jar "$WORK/interlink-server.jar"
cp bench/target/benchmarks.jar "$WORK/benchmarks.jar"
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null || true' EXIT

start() { # jar, data directory
  taskset -c "${SERVER_CPUS:-0}" $JAVA -Xms3g -Xmx3g @$PWD/server/jvm.options -jar "$1" --server.port=$PORT \
    --interlink.data-dir="$2" --interlink.database.port=$DBPORT --interlink.screening.warm-up=0s > "$2.log" 2>&1 &
  SERVER=$!
  until curl -sf $BASE/actuator/health > /dev/null; do sleep 1; done
}
stop() { kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=; }
token() { curl -s -u "$1:demo" -d grant_type=client_credentials $BASE/oauth2/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }

python3 - "$WORK" <<'PY'
import json, random, sys, uuid, datetime
work = sys.argv[1]
now = datetime.datetime.now(datetime.timezone.utc)
vf = (now - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
for b, owner in enumerate(["fr", "de", "it"]):
    rng = random.Random(23 + b)
    def word(): return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(5, 12)))
    def value(kind):
        if kind == 0:
            a = "%d.%d.%d.%d" % (rng.randrange(1, 224), rng.randrange(256), rng.randrange(256), rng.randrange(256))
            return ("ipv4-addr:value", a + "/%d" % rng.randrange(16, 29) if rng.randrange(5) == 0 else a)
        if kind == 1: return ("domain-name:value", "%s.%s.example" % (word(), word()))
        if kind == 2: return ("url:value", "https://%s.example/%s/%s.php?id=%d" % (word(), word(), word(), rng.randrange(1 << 31)))
        return ("file:hashes.'SHA-256'", "%064x" % rng.getrandbits(256))
    objects = []
    for i in range(25000):
        path, v = value(i % 4)
        objects.append({"type": "indicator", "spec_version": "2.1", "id": "indicator--%s" % uuid.UUID(int=rng.getrandbits(128), version=4),
            "created": vf, "modified": vf, "pattern": "[%s = '%s']" % (path, v), "pattern_type": "stix", "valid_from": vf})
    with open("%s/bundle-%d-%s.json" % (work, b, owner), "w") as out:
        json.dump({"type": "bundle", "id": "bundle--%s" % uuid.uuid4(), "objects": objects}, out)
PY

imports() { # label
  for f in "$WORK"/bundle-*.json; do
    local client="ncb-$(basename "$f" .json | sed 's/.*-//')" seconds
    seconds=$(curl -s -o "$WORK/import.out" -w '%{time_total}' -H "Authorization: Bearer $(token "$client")" \
      -H 'Content-Type: application/json' -H 'X-Purpose: benchmark' --data-binary @"$f" $BASE/api/v1/cyber/bundles)
    printf '%-8s %-8s %-22s 25000 objects in %6.2f s = %6.0f objects/s  %s\n' "$1" "$client" "$(basename "$f")" \
      "$seconds" "$(echo "25000 / $seconds" | bc -l)" "$(cat "$WORK/import.out")"
  done
}
echo "== import: three bundles of 25,000 indicators, each on a fresh database"
if [ -n "${BEFORE_JAR:-}" ]; then
  start "$BEFORE_JAR" "$WORK/before"; imports before; stop
fi
start "$WORK/interlink-server.jar" "$WORK/after"; imports after

echo "== seeding $OBJECTS TAXII objects with SQL"
psql -q -h localhost -p $DBPORT -U postgres -v ON_ERROR_STOP=1 <<SQL
\timing on
INSERT INTO cyber_objects (owner, id, type, modified, latest, classification, audience, countries, tlp, markings,
    valid_from, valid_until, confidence, revoked, date_added, body)
SELECT o.owner, o.id, 'indicator', o.at, true, 0, CASE WHEN g % 10 = 1 THEN 'ONLY' ELSE 'ALL' END,
    CASE WHEN g % 10 = 1 THEN ARRAY['IT'] ELSE '{}'::text[] END, CASE WHEN g % 10 = 2 THEN 3 ELSE 0 END, '{}',
    o.at, o.at + interval '365 days', 50, false, o.at,
    jsonb_build_object('type', 'indicator', 'spec_version', '2.1', 'id', o.id,
        'created', to_char(o.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'modified', to_char(o.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'pattern', '[ipv4-addr:value = ''' || (g % 223 + 1) || '.' || (g / 65536 % 256) || '.' || (g / 256 % 256)
            || '.' || (g % 256) || ''']', 'pattern_type', 'stix',
        'valid_from', to_char(o.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
FROM generate_series(1, $OBJECTS) g,
LATERAL (SELECT (ARRAY['FR','DE','IT','ES','NL','BE','PL','US','BR','JP'])[1 + g % 10] AS owner,
    'indicator--' || md5('seed' || g)::uuid AS id,
    timestamptz '2026-01-01' + g * interval '1 second' AS at) o;
ANALYZE cyber_objects;
SELECT count(*) AS taxii_objects FROM cyber_objects;
SQL

# Pages from random points of the collection: added_after at a random second of the seeded span.
python3 - "$OBJECTS" "$WORK" <<'PY'
import random, sys, datetime
n, work = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
with open(work + "/pages.txt", "w") as out:
    for _ in range(5000):
        at = start + datetime.timedelta(seconds=rng.randrange(n))
        out.write("/taxii2/interlink/collections/all/objects/?limit=100&added_after=%s\n" % at.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
with open(work + "/discovery.txt", "w") as out:
    out.write("/taxii2/\n")
PY
DE=$(token ncb-de)
curl -s -o "$WORK/page.json" -w 'one page: HTTP %{http_code}, %{size_download} bytes, %{time_total} s\n' \
  -H "Authorization: Bearer $DE" -H 'Accept: application/taxii+json;version=2.1' -H 'X-Purpose: benchmark' \
  "$BASE$(head -1 "$WORK/pages.txt")"
LOAD="taskset -c 1 $JAVA @$PWD/bench/load-jvm.options -cp $WORK/benchmarks.jar org.interlink.bench.load.LoadGenerator --base $BASE --client ncb-de --secret demo --accept application/taxii+json;version=2.1"
echo "== TAXII pages of 100 objects on $OBJECTS objects at $RATE/s"
$LOAD --paths "$WORK/pages.txt" --rate "$RATE" --warmup 30 --duration "$SECONDS_MEASURED" | tee "$WORK/load.out"
echo "== baseline: TAXII discovery (GET /taxii2/) at $RATE/s"
$LOAD --paths "$WORK/discovery.txt" --rate "$RATE" --warmup 30 --duration "$SECONDS_MEASURED" | tee -a "$WORK/load.out"
ps -o rss= -p $SERVER | awk '{printf "server JVM RSS: %d MB\n", $1/1024}'
