#!/usr/bin/env bash
# Crash loop: kills imports, backups and migrations of studyledger-cli with SIGKILL at random
# moments and checks that each ledger holds all or none of the work and passes `check`.
# Prints its tallies; exits 1 when any run broke a ledger. See docs/fault-testing.md.
#
# usage: scripts/crash-loop.sh [--cli PATH] [--runs N] [--members N] [--seed N] [--keep]
#   --cli      the studyledger-cli to test (default: build/test/src/cli/studyledger-cli)
#   --runs     runs per kind of work (default 30; four kinds: 120 runs in all)
#   --members  size of the demo ledger (default 300)
#   --seed     seed of bash's RANDOM, for a repeatable sequence of delays
#   --keep     keep the work folder (it is printed) instead of removing it
# Needs python3 (its sqlite3 module reads the ledgers to compare them).
set -euo pipefail
trap 'echo "crash-loop: stopped by a failing command at line $LINENO" >&2' ERR

root=$(cd "$(dirname "$0")/.." && pwd)
cli="$root/build/test/src/cli/studyledger-cli"
runs=30
members=300
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    --cli) cli=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --members) members=$2; shift 2 ;;
    --seed) RANDOM=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--cli PATH] [--runs N] [--members N] [--seed N] [--keep]" >&2; exit 1 ;;
    esac
done
[ -x "$cli" ] || { echo "crash-loop: no studyledger-cli at $cli (build it first)" >&2; exit 1; }
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")

work=$(mktemp -d "${TMPDIR:-/tmp}/sl-crash-loop.XXXXXX")
if [ "$keep" = 0 ]; then trap 'rm -rf "$work"' EXIT; else echo "work folder: $work"; fi
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

# dump.py FILE: every row of every table (clock-time columns left out), sorted, and the schema
# version; "unreadable" when SQLite cannot read the file. integrity FILE: integrity_check.
cat >"$work/db.py" <<'PY'
import sqlite3, sys
mode, path = sys.argv[1], sys.argv[2]
try:
    con = sqlite3.connect("file:%s?mode=rw" % path, uri=True)
    if mode == "version":
        print(con.execute("PRAGMA user_version").fetchone()[0])
        sys.exit(0)
    if mode == "integrity":
        rows = con.execute("PRAGMA integrity_check").fetchall()
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        print("ok" if rows == [("ok",)] and not fk else "damaged")
        sys.exit(0)
    out = ["user_version=%d" % con.execute("PRAGMA user_version").fetchone()[0]]
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for t in tables:
        cur = con.execute('SELECT * FROM "%s"' % t)
        keep = [i for i, d in enumerate(cur.description) if d[0] != "at" and not d[0].endswith("_at")]
        rows = sorted(repr(tuple(r[i] for i in keep)) for r in cur)
        out.append("%s: %d" % (t, len(rows)))
        out.extend(rows)
    print("\n".join(out))
except sqlite3.Error as e:
    print("unreadable: %s" % e)
PY
dump() { python3 "$work/db.py" dump "$1"; }
integrity() { python3 "$work/db.py" integrity "$1"; }
version() { python3 "$work/db.py" version "$1"; }

# Seconds (fractional) for a random delay below $1 milliseconds.
delay() { printf '0.%03d' $((RANDOM % $1)); }
ms() { date +%s%3N; }

# --- the ledgers ------------------------------------------------------------------------------
"$cli" --db "$work/base.sqlite" demo --members "$members" --seed 7 >/dev/null 2>&1
"$cli" --db "$work/base.sqlite" export members -o "$work/members.csv" >/dev/null
"$cli" --db "$work/base.sqlite" export attendance -o "$work/attendance.csv" >/dev/null
"$cli" --db "$work/base.sqlite" export orgs -o "$work/orgs.csv" >/dev/null
# The work of an import: a new phone number for every member, every third attendee absent.
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
lines = open(work + "/members.csv", encoding="utf-8-sig").read().splitlines()
out = [lines[0]] + [l[:-1] + str((int(l[-1]) + 1) % 10) if l[-1:].isdigit() else l + "13900000000"
                    for l in lines[1:]]
open(work + "/members-new.csv", "w", encoding="utf-8").write("\n".join(out) + "\n")
lines = open(work + "/attendance.csv", encoding="utf-8-sig").read().splitlines()
out = [lines[0]] + [l.replace(",出席,", ",缺席,", 1) if i % 3 == 0 else l for i, l in enumerate(lines[1:])]
open(work + "/attendance-new.csv", "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
# An older ledger: the demo ledger taken back to schema version 1 (version 2 only adds indexes).
cp "$work/base.sqlite" "$work/v1.sqlite"
python3 - "$work/v1.sqlite" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("DROP INDEX attendance_makeup")
con.execute("DROP INDEX sessions_speaker_member")
con.execute("PRAGMA user_version = 1")
con.commit()
con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
con.close()
PY
rm -f "$work"/v1.sqlite-wal "$work"/v1.sqlite-shm

# References: the content before and after each piece of work, and how long it takes.
declare -A before after took
for kind in members attendance; do
    cp "$work/base.sqlite" "$work/ref.sqlite"
    before[$kind]=$(dump "$work/ref.sqlite" | md5sum)
    t0=$(ms)
    "$cli" --db "$work/ref.sqlite" import "$kind" "$work/$kind-new.csv" >/dev/null
    took[$kind]=$(($(ms) - t0))
    after[$kind]=$(dump "$work/ref.sqlite" | md5sum)
    [ "${before[$kind]}" != "${after[$kind]}" ] || { echo "crash-loop: import $kind changes nothing" >&2; exit 1; }
    rm -f "$work"/ref.sqlite*
done
source_dump=$(dump "$work/base.sqlite" | md5sum)
t0=$(ms)
"$cli" --db "$work/base.sqlite" backup "$work/ref-backup.sqlite" >/dev/null
took[backup]=$(($(ms) - t0))
rm -f "$work/ref-backup.sqlite"
before[migration]=$(dump "$work/v1.sqlite" | md5sum)
mkdir "$work/ref-migration"
cp "$work/v1.sqlite" "$work/ref-migration/ledger.sqlite"
t0=$(ms)
"$cli" --db "$work/ref-migration/ledger.sqlite" export orgs -o "$work/migrated-orgs.csv" >/dev/null 2>&1
took[migration]=$(($(ms) - t0))
after[migration]=$(dump "$work/ref-migration/ledger.sqlite" | md5sum)
latest=$(version "$work/base.sqlite")
[ "$(version "$work/ref-migration/ledger.sqlite")" = "$latest" ] ||
    { echo "crash-loop: opening an old ledger does not migrate it" >&2; exit 1; }

# --- the loop ---------------------------------------------------------------------------------
declare -A killed finished none all broken
problems=()
note() { problems+=("$1"); }

# Starts the command in the background, kills it after a random delay below 1.3 x its normal
# time; sets $outcome to killed or finished (the command ended first, with its exit code).
run_and_kill() {
    local limit=$1; shift
    "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(delay "$limit")"
    # A command that has ended but is not reaped yet (a zombie) counts as finished.
    local state
    state=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -c1 || true)
    if [ -n "$state" ] && [ "$state" != Z ] && kill -9 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null || true
        outcome=killed
    else
        local rc=0
        wait "$pid" || rc=$?
        outcome="finished:$rc"
    fi
}

tally() { # kind outcome verdict
    if [ "$2" = killed ]; then killed[$1]=$((${killed[$1]:-0} + 1)); else finished[$1]=$((${finished[$1]:-0} + 1)); fi
    case "$3" in
    none) none[$1]=$((${none[$1]:-0} + 1)) ;;
    all) all[$1]=$((${all[$1]:-0} + 1)) ;;
    *) broken[$1]=$((${broken[$1]:-0} + 1)) ;;
    esac
}

limit_for() { local t=$(($1 * 13 / 10 + 5)); [ "$t" -lt 999 ] || t=999; echo "$t"; }
leftovers=0
retry_failures=0
migration_leftovers=0
start=$(ms)
for ((i = 1; i <= runs; i++)); do
    # Imports: all the rows or none of them, and check passes.
    for kind in members attendance; do
        dir="$work/run-import"
        rm -rf "$dir"; mkdir "$dir"
        cp "$work/base.sqlite" "$dir/ledger.sqlite"
        run_and_kill "$(limit_for "${took[$kind]}")" "$cli" --db "$dir/ledger.sqlite" import "$kind" "$work/$kind-new.csv"
        got=$(dump "$dir/ledger.sqlite" | md5sum)
        verdict=broken
        if [ "$got" = "${before[$kind]}" ]; then verdict=none
        elif [ "$got" = "${after[$kind]}" ]; then verdict=all
        else note "import $kind run $i ($outcome): the ledger holds part of the work"; fi
        if [ "$outcome" = finished:0 ] && [ "$verdict" != all ]; then
            verdict=broken; note "import $kind run $i: exit 0 without all the rows"
        fi
        if ! "$cli" --db "$dir/ledger.sqlite" check >/dev/null 2>&1; then
            verdict=broken; note "import $kind run $i ($outcome): check fails afterwards"
        fi
        tally "import $kind" "$outcome" "$verdict"
    done

    # Backup: nothing at the target, or a complete ledger that passes check; a retry succeeds.
    dir="$work/run-backup"
    rm -rf "$dir"; mkdir "$dir"
    run_and_kill "$(limit_for "${took[backup]}")" "$cli" --db "$work/base.sqlite" backup "$dir/copy.sqlite"
    verdict=none
    if [ -e "$dir/copy.sqlite" ]; then
        if [ "$(dump "$dir/copy.sqlite" | md5sum)" = "$source_dump" ] &&
            "$cli" --db "$dir/copy.sqlite" check >/dev/null 2>&1; then
            verdict=all
        else
            verdict=broken; note "backup run $i ($outcome): a partial or damaged file at the target"
        fi
    fi
    others=$(find "$dir" -mindepth 1 ! -name copy.sqlite ! -name 'copy.sqlite-wal' ! -name 'copy.sqlite-shm' | wc -l)
    leftovers=$((leftovers + others))
    if [ "$verdict" != all ]; then
        rm -f "$dir/copy.sqlite" "$dir/copy.sqlite-wal" "$dir/copy.sqlite-shm"
        if ! "$cli" --db "$work/base.sqlite" backup "$dir/copy.sqlite" >/dev/null 2>&1; then
            retry_failures=$((retry_failures + 1)); note "backup run $i ($outcome): the retry fails"
        fi
    fi
    if [ "$outcome" = finished:0 ] && [ "$verdict" != all ]; then
        verdict=broken; note "backup run $i: exit 0 without a complete backup"
    fi
    [ "$(dump "$work/base.sqlite" | md5sum)" = "$source_dump" ] || { verdict=broken; note "backup run $i: the source changed"; }
    tally backup "$outcome" "$verdict"

    # Migration: the old version intact, or the new one complete; at most one copy beside it.
    dir="$work/run-migration"
    rm -rf "$dir"; mkdir "$dir"
    cp "$work/v1.sqlite" "$dir/ledger.sqlite"
    # A write command (its rows are all unchanged): opening the ledger migrates it.
    run_and_kill "$(limit_for "${took[migration]}")" "$cli" --db "$dir/ledger.sqlite" export orgs -o "$work/migrated-orgs.csv"
    got=$(dump "$dir/ledger.sqlite" | md5sum)
    verdict=broken
    if [ "$got" = "${before[migration]}" ]; then verdict=none
    elif [ "$got" = "${after[migration]}" ]; then verdict=all
    else note "migration run $i ($outcome): neither the old nor the new ledger"; fi
    [ "$(integrity "$dir/ledger.sqlite")" = ok ] || { verdict=broken; note "migration run $i ($outcome): integrity_check fails"; }
    # A kill cannot clean up after itself: what it left is counted, and the next command must
    # take it away (copies must not pile up).
    left=$(find "$dir" -mindepth 1 ! -name ledger.sqlite ! -name 'ledger.sqlite-wal' ! -name 'ledger.sqlite-shm' ! -name '*.bak' | wc -l)
    migration_leftovers=$((migration_leftovers + left))
    # Opening it again completes the migration (the content is not compared: a second import
    # adds a line to the audit log).
    if ! err=$("$cli" --db "$dir/ledger.sqlite" import orgs "$work/orgs.csv" 2>&1 >/dev/null); then
        verdict=broken
        note "migration run $i ($outcome): the next command fails: $(echo "$err" | head -1 | sed "s|$work/||g; s/[0-9]\{8\}-[0-9]\{6\}/STAMP/g")"
    elif [ "$(version "$dir/ledger.sqlite")" != "$latest" ] || ! "$cli" --db "$dir/ledger.sqlite" check >/dev/null 2>&1; then
        verdict=broken; note "migration run $i ($outcome): the next command does not complete the migration"
    fi
    copies=$(find "$dir" -mindepth 1 ! -name ledger.sqlite ! -name 'ledger.sqlite-wal' ! -name 'ledger.sqlite-shm' | wc -l)
    [ "$copies" -le 1 ] || { verdict=broken; note "migration run $i ($outcome): after the next command $copies files beside the ledger: $(cd "$dir" && ls -A | grep -v '^ledger.sqlite\(-wal\|-shm\)\?$' | sed 's/[0-9]\{8\}-[0-9]\{6\}/STAMP/' | tr '\n' ' ')"; }
    tally migration "$outcome" "$verdict"
done
seconds=$((($(ms) - start) / 1000))

# --- tallies ----------------------------------------------------------------------------------
total=0
bad=0
printf '%-20s %5s %7s %9s %5s %5s %7s\n' work runs killed finished none all broken
for kind in "import members" "import attendance" backup migration; do
    k=${killed[$kind]:-0} f=${finished[$kind]:-0}
    printf '%-20s %5d %7d %9d %5d %5d %7d\n' "$kind" $((k + f)) "$k" "$f" "${none[$kind]:-0}" "${all[$kind]:-0}" "${broken[$kind]:-0}"
    total=$((total + k + f))
    bad=$((bad + ${broken[$kind]:-0}))
done
echo "migration: ${migration_leftovers} temporary files left beside the ledger by killed runs, removed by the next command"
echo "normal times (ms): import members ${took[members]}, import attendance ${took[attendance]}, backup ${took[backup]}, migration ${took[migration]}"
echo "backup: $leftovers files left beside the target by killed runs, $retry_failures failed retries"
echo "$total runs in ${seconds}s, $bad broken"
if [ ${#problems[@]} -gt 0 ]; then
    echo "problems (how many runs):"
    printf '%s\n' "${problems[@]}" | sed 's/ run [0-9]* / /' | sort | uniq -c | sort -rn
fi
trap - ERR
[ "$bad" = 0 ] || exit 1
