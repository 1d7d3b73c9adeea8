#!/usr/bin/env bash
# Cyber indicators through HTTP (issue 23): the packaged platform (demo data), INDICATORS random indicators (a quarter
# each IPv4 with one in five a CIDR range, domains, URLs, SHA-256 hashes) imported by ten bureaus in bundles of
# 25,000 through POST /api/v1/cyber/bundles (timed: objects/s), MITRE ATT&CK for ICS imported by three bureaus
# (timed), then an open-loop load of single-value checks (POST /api/v1/cyber/checks, half of them matching) at RATE/s,
# and as a baseline in the same run the document check (POST /api/v1/screening/documents) at the same rate. Server on
# core 0, load generator on core 1.
#
# Usage: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/scripts/cyber-load.sh [INDICATORS] [RATE] [SECONDS]
# Needs: ./mvnw -q -DskipTests package (server/target/interlink-server.jar, bench/target/benchmarks.jar), curl,
# python3, and ../shared/fixtures/stix/attack/ics-attack-18.1.json (the ATT&CK step is skipped without it).
set -euo pipefail
INDICATORS=${1:-100000}
RATE=${2:-2000}
SECONDS_MEASURED=${3:-60}
WORK=${WORK:-$(mktemp -d)}
ATTACK=${ATTACK:-../shared/fixtures/stix/attack/ics-attack-18.1.json}
PORT=18084
DBPORT=54397
BASE=http://localhost:$PORT
JAVA=$JAVA_HOME/bin/java
echo "work directory: $WORK"
cp server/target/interlink-server.jar "$WORK/interlink-server.jar"
cp bench/target/benchmarks.jar "$WORK/benchmarks.jar"

taskset -c "${SERVER_CPUS:-0}" $JAVA -Xms3g -Xmx3g @$PWD/server/jvm.options -jar "$WORK/interlink-server.jar" \
  --server.port=$PORT --interlink.data-dir="$WORK/data" --interlink.database.port=$DBPORT \
  --interlink.screening.warm-up=0s > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf $BASE/actuator/health > /dev/null; do sleep 1; done

# The indicator bundles, and the check bodies: half values an indicator names (an address in a range, a subdomain),
# half random values of the same kinds.
python3 - "$INDICATORS" "$WORK" <<'PY'
import json, random, sys, uuid, datetime
n, work = int(sys.argv[1]), sys.argv[2]
rng = random.Random(23)
owners = ["fr", "de", "it", "es", "nl", "be", "pl", "us", "br", "jp"]
now = datetime.datetime.now(datetime.timezone.utc)
valid_from = (now - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
def word(): return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(5, 12)))
def value(kind):
    if kind == 0:
        a = "%d.%d.%d.%d" % (rng.randrange(1, 224), rng.randrange(256), rng.randrange(256), rng.randrange(256))
        return ("ipv4-addr:value", a + "/%d" % rng.randrange(16, 29) if rng.randrange(5) == 0 else a)
    if kind == 1: return ("domain-name:value", "%s.%s.example" % (word(), word()))
    if kind == 2: return ("url:value", "https://%s.example/%s/%s.php?id=%d" % (word(), word(), word(), rng.randrange(1 << 31)))
    return ("file:hashes.'SHA-256'", "%064x" % rng.getrandbits(256))
def checked(path, v):
    if path.startswith("ipv4"): return v.split("/")[0]
    if path.startswith("domain") and rng.randrange(2): return "www." + v
    return v
named, bundles, objects = [], {}, []
for i in range(n):
    path, v = value(i % 4)
    if i % 10 == 0: named.append(checked(path, v))
    objects.append({"type": "indicator", "spec_version": "2.1", "id": "indicator--%s" % uuid.UUID(int=rng.getrandbits(128), version=4),
        "created": valid_from, "modified": valid_from, "pattern": "[%s = '%s']" % (path, v), "pattern_type": "stix",
        "valid_from": valid_from})
size = 25000
for b in range(0, n, size):
    owner = owners[(b // size) % len(owners)]
    with open("%s/bundle-%06d-%s.json" % (work, b // size, owner), "w") as out:
        json.dump({"type": "bundle", "id": "bundle--%s" % uuid.uuid4(), "objects": objects[b:b + size]}, out)
with open(work + "/checks.ndjson", "w") as out:
    for i in range(20000):
        v = rng.choice(named) if i % 2 == 0 else checked(*value(i % 4))
        out.write(json.dumps({"values": [v]}) + "\n")
with open(work + "/documents.ndjson", "w") as out:
    for i in range(20000):
        out.write(json.dumps({"number": "X%08d" % rng.randrange(10**8), "issuingCountry": "D"}) + "\n")
PY

token() { curl -s -u "$1:demo" -d grant_type=client_credentials $BASE/oauth2/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
# POSTs a bundle as a bureau; prints objects, seconds and objects/s
import_bundle() {
  local client=$1 file=$2 objects seconds
  objects=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['objects']))" "$file")
  seconds=$(curl -s -o "$WORK/import.out" -w '%{time_total}' -H "Authorization: Bearer $(token "$client")" \
    -H 'Content-Type: application/json' -H 'X-Purpose: benchmark' --data-binary @"$file" $BASE/api/v1/cyber/bundles)
  printf '%-8s %-40s %6d objects in %7.2f s = %6.0f objects/s  %s\n' "$client" "$(basename "$file")" "$objects" \
    "$seconds" "$(echo "$objects / $seconds" | bc -l)" "$(cat "$WORK/import.out")"
}
echo "== import of $INDICATORS indicators in bundles of 25,000"
for f in "$WORK"/bundle-*.json; do
  import_bundle "ncb-$(basename "$f" .json | sed 's/.*-//')" "$f"
done
if [ -f "$ATTACK" ]; then
  echo "== import of MITRE ATT&CK for ICS ($(basename "$ATTACK")) by three bureaus"
  for client in ncb-fr ncb-de ncb-it; do import_bundle "$client" "$ATTACK"; done
else
  echo "== $ATTACK not found: ATT&CK import skipped"
fi
# The check index follows each import after its commit: wait until a named value is a hit, then a little more.
DE=$(token ncb-de)
until curl -s -H "Authorization: Bearer $DE" -H 'Content-Type: application/json' -d "$(head -1 "$WORK/checks.ndjson")" \
    $BASE/api/v1/cyber/checks | grep -q '"HIT"'; do sleep 1; done
sleep 5

LOAD="taskset -c 1 $JAVA @$PWD/bench/load-jvm.options -cp $WORK/benchmarks.jar org.interlink.bench.load.LoadGenerator --base $BASE --client ncb-de --secret demo"
echo "== cyber checks (1 value) at $RATE/s"
$LOAD --path /api/v1/cyber/checks --bodies "$WORK/checks.ndjson" --rate "$RATE" --warmup 30 --duration "$SECONDS_MEASURED" | tee "$WORK/load.out"
echo "== baseline: document checks at $RATE/s"
$LOAD --path /api/v1/screening/documents --bodies "$WORK/documents.ndjson" --rate "$RATE" --warmup 30 --duration "$SECONDS_MEASURED" | tee -a "$WORK/load.out"
echo "== hits raised by the cyber checks: $(curl -s -H "Authorization: Bearer $(token gs)" "$BASE/api/v1/hits?kind=CYBER_INDICATOR&limit=1" | head -c 200)"
ps -o rss= -p $SERVER | awk '{printf "server JVM RSS: %d MB\n", $1/1024}'
