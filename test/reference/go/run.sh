#!/usr/bin/env bash
# Rebuild the chapter's Go examples and re-capture their reference runs on the
# real Linux host: stdout/stderr/exit status, strace traces, and the filtered
# "own calls" (see README.md and FINDINGS.md).
#
#   ./run.sh                 # every runnable example
#   ./run.sh file-os clock   # only these
#
# Needs: go (1.19 was used), strace, curl, python3, unshare (for chroot).
# Run as root (setuid and chroot need it; they are skipped otherwise).
#
# SAFETY RULES (built in, do not remove):
#   * nonblock-connect, namespaces and cgroups are NEVER executed (the first
#     dials a public address, the other two change the host). They are only
#     compiled, as a check that the sources still build.
#   * The only network traffic this script makes is to 127.0.0.1:8080.
#     curl is run with --noproxy '*' and every proxy variable unset, so no
#     request can leave the machine through a proxy either.
#   * Every server started here is killed (by its pid) before the script
#     moves on, and again from an EXIT trap if the script is interrupted.
#   * Every run happens in a fresh `mktemp -d` scratch directory, deleted
#     afterwards.
#   * chroot only runs inside a private mount namespace (unshare --mount)
#     in which the scratch directory is bind-mounted over /tmp, so the
#     program's hard-coded /tmp/jail ends up inside the scratch directory and
#     chroot(2) only changes the root of that one process. If unshare is not
#     available it is skipped.
#   * setuid only changes the credentials of its own process.
set -uo pipefail
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY all_proxy no_proxy NO_PROXY

HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"

# Programs must start with exactly fds 0, 1, 2 open, as from a terminal.
# Close whatever the caller leaked to us (fd numbers show up in the traces:
# an inherited fd 10 makes os/exec's pipes come out as [9, 11]).
for _fd in $(ls /proc/$$/fd); do
    case $_fd in 0|1|2|255) ;; *) eval "exec $_fd>&-" 2>/dev/null ;; esac
done
unset _fd

RUNNABLE=(file-os file-syscall stdin-echo procinfo uname clock
          mmap-file flock dirs-symlinks mmap-anon rusage rlimit setuid
          signals tcp-server epoll-http epoll-echo exec-forkexec exec-command
          chroot)
NEVER_RUN=(nonblock-connect namespaces cgroups)
# Examples that also get a plain `strace -o strace-plain.txt ./prog`.
PLAIN_TOO=" file-os file-syscall stdin-echo procinfo uname clock "
SERVERS=" tcp-server epoll-http epoll-echo "
PORT=8080

STRACE=${STRACE:-/usr/bin/strace}
PY=${PYTHON:-python3}
GO=${GO:-go}

log() { printf '[run.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

command -v "$GO" >/dev/null || die "go not found"
[ -x "$STRACE" ] || die "strace not found at $STRACE"
command -v "$PY" >/dev/null || die "python3 not found"

is_never_run() { local n; for n in "${NEVER_RUN[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1; }

# ---------------------------------------------------------------- cleanup --
BG_PIDS=()
SCRATCH_DIRS=()
BUILD=$(mktemp -d)
cleanup() {
    local p
    for p in "${BG_PIDS[@]:-}"; do
        [ -n "$p" ] && kill -0 "$p" 2>/dev/null && kill -KILL "$p" 2>/dev/null
    done
    rm -rf "$BUILD"
    for p in "${SCRATCH_DIRS[@]:-}"; do [ -n "$p" ] && rm -rf "$p"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Fixed, minimal environment for the programs (procinfo prints PATH,
# exec-command searches it, exec-forkexec passes it on to ls).
RUN_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# ------------------------------------------------------------------ build --
build_one() { # name
    local name=$1
    ( cd "$HERE/$name" && CGO_ENABLED=0 GOFLAGS=-trimpath "$GO" build -o "$BUILD/$name" main.go ) \
        || die "build of $name failed"
}

# -------------------------------------------------------- run primitives --
# prefix for a run mode; trace files go straight into the example directory.
#   none  - plain run, produces stdout.txt/stderr.txt/exit-status.txt
#   f     - strace -f -s 65536            -> strace.txt
#   plain - strace (no -f, no -s)         -> strace-plain.txt
#   k     - strace -f -k -s 65536 (stacks) -> strace-stacks.txt
mode_prefix() { # mode outdir scratch -> sets PREFIX array
    local mode=$1 out=$2 scratch=$3
    PREFIX=(env -i "PATH=$RUN_PATH" "HOME=/root" "LANG=C" "PWD=$scratch")
    # variant no-pwd: no PWD in the environment (os.Getwd must ask the kernel)
    [ "${VARIANT:-}" = no-pwd ] && PREFIX=(env -i "PATH=$RUN_PATH" "HOME=/root" "LANG=C")
    case $mode in
        none)  ;;
        f)     PREFIX+=("$STRACE" -f -o "$out/strace.txt" -s 65536) ;;
        plain) PREFIX+=("$STRACE" -o "$out/strace-plain.txt") ;;
        k)     PREFIX+=("$STRACE" -f -k -o "$out/strace-stacks.txt" -s 65536) ;;
    esac
}

# names of the stdout/stderr/status/client files for a mode
mode_files() { # mode -> sets F_OUT F_ERR F_ST F_CLIENT (relative names)
    case $1 in
        none)  F_OUT=stdout.txt; F_ERR=stderr.txt; F_ST=exit-status.txt; F_CLIENT=client.txt ;;
        f)     F_OUT=strace.stdout.txt; F_ERR=strace.stderr.txt; F_ST=strace.exit-status.txt; F_CLIENT=strace.client.txt ;;
        plain) F_OUT=strace-plain.stdout.txt; F_ERR=strace-plain.stderr.txt; F_ST=strace-plain.exit-status.txt; F_CLIENT=strace-plain.client.txt ;;
        k)     F_OUT=strace-stacks.stdout.txt; F_ERR=strace-stacks.stderr.txt; F_ST=strace-stacks.exit-status.txt; F_CLIENT=strace-stacks.client.txt ;;
    esac
}

# sets SCRATCH (not a $(...) call, so that the EXIT trap knows the dir)
new_scratch() { SCRATCH=$(mktemp -d) || die "mktemp failed"; SCRATCH_DIRS+=("$SCRATCH"); }

# Describe what the program left behind in its scratch directory.
scratch_listing() { # scratch outfile
    local s=$1 f
    ( cd "$s" && find . -mindepth 1 ! -path ./prog | LC_ALL=C sort | while IFS= read -r f; do
        stat -c '%A %h %s %N' "$f"
        if [ -f "$f" ] && [ ! -L "$f" ]; then
            if [ "$(stat -c %s "$f")" -le 4096 ]; then
                printf '    content: '; cat -A "$f" | sed '2,$s/^/             /'; echo
            else
                printf '    first 16 bytes: '; head -c 16 "$f" | od -An -c | tr -s ' '
            fi
        fi
      done ) > "$2"
    [ -s "$2" ] || echo "(empty)" > "$2"
}

# Wait until file $1 contains pattern $2 (max ~20 s).
wait_for() { local i; for i in $(seq 200); do grep -q -- "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done; return 1; }

# pid of the traced program: the only child of strace (or the process itself)
target_pid() { # mode bgpid
    local i c
    if [ "$1" = none ]; then echo "$2"; return; fi
    for i in $(seq 100); do
        c=$(cat /proc/"$2"/task/"$2"/children 2>/dev/null | awk '{print $1}')
        [ -n "$c" ] && { echo "$c"; return; }
        sleep 0.05
    done
}

port_busy() { (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; }

stop_pid() { # pid: TERM, then KILL after 5 s
    local p=$1 i
    kill -0 "$p" 2>/dev/null || return 0
    kill -TERM "$p" 2>/dev/null
    for i in $(seq 50); do kill -0 "$p" 2>/dev/null || return 0; sleep 0.1; done
    log "pid $p ignored SIGTERM, sending SIGKILL"
    kill -KILL "$p" 2>/dev/null
}

# ------------------------------------------------------------ the runs --
run_simple() { # name mode out scratch
    local name=$1 mode=$2 out=$3 s=$4 st
    mode_prefix "$mode" "$out" "$s"; mode_files "$mode"
    ( cd "$s"
      # variant nofile-1024: start with a soft RLIMIT_NOFILE below the hard one
      [ "${VARIANT:-}" = nofile-1024 ] && ulimit -S -n 1024
      "${PREFIX[@]}" ./prog </dev/null >"$out/$F_OUT" 2>"$out/$F_ERR" ); st=$?
    echo "$st" > "$out/$F_ST"
}

run_stdin() { # name mode out scratch
    local name=$1 mode=$2 out=$3 s=$4 st
    mode_prefix "$mode" "$out" "$s"; mode_files "$mode"
    ( cd "$s" && printf 'hello from stdin\n' | "${PREFIX[@]}" ./prog >"$out/$F_OUT" 2>"$out/$F_ERR"; exit "${PIPESTATUS[1]}" ); st=$?
    echo "$st" > "$out/$F_ST"
}

run_chroot() { # name mode out scratch
    local name=$1 mode=$2 out=$3 s=$4 st
    mode_prefix "$mode" "$out" "/tmp"; mode_files "$mode"
    # Inside a private mount namespace, $s is bind-mounted on /tmp, so the
    # program's /tmp/jail is really $s/jail; the program runs with cwd /tmp.
    unshare --mount --propagation private -- "$BASH" -c '
        set -e; s=$1; shift; out=$1; shift; fo=$1; shift; fe=$1; shift
        mount --bind "$s" /tmp
        cd /tmp
        set +e
        "$@" </dev/null >"$out/$fo" 2>"$out/$fe"
        echo $? > "$out/.status.$$"; mv "$out/.status.$$" "$out/.chroot-status"
    ' run_chroot "$s" "$out" "$F_OUT" "$F_ERR" "${PREFIX[@]}" ./prog
    st=$(cat "$out/.chroot-status" 2>/dev/null || echo "unshare-failed"); rm -f "$out/.chroot-status"
    echo "$st" > "$out/$F_ST"
}

run_signals() { # name mode out scratch
    local name=$1 mode=$2 out=$3 s=$4 st bg pid
    mode_prefix "$mode" "$out" "$s"; mode_files "$mode"
    # set -m: without job control bash starts background jobs with SIGINT and
    # SIGQUIT ignored, which changes what the Go runtime does at start-up.
    set -m
    ( cd "$s" && exec "${PREFIX[@]}" ./prog </dev/null >"$out/$F_OUT" 2>"$out/$F_ERR" ) &
    bg=$!; set +m; BG_PIDS+=("$bg")
    wait_for "$out/$F_OUT" "Waiting for signals" || log "$name: program did not start"
    pid=$(sed -n 's/^Process PID: \([0-9]*\)$/\1/p' "$out/$F_OUT")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        BG_PIDS+=("$pid")
        kill -USR1 "$pid"; wait_for "$out/$F_OUT" "Received SIGUSR1"
        kill -INT  "$pid"; wait_for "$out/$F_OUT" "Received SIGINT"
        kill -TERM "$pid"
    fi
    sleep 1; [ -n "$pid" ] && stop_pid "$pid"; stop_pid "$bg"
    wait "$bg"; st=$?; BG_PIDS=()
    echo "$st" > "$out/$F_ST"
}

client() { # name outfile
    case $1 in
        tcp-server|epoll-http)
            curl -sS -i --noproxy '*' --max-time 5 "http://127.0.0.1:$PORT/" >"$2" 2>&1
            echo "[curl exit status: $?]" >>"$2" ;;
        epoll-echo)
            "$PY" - "$PORT" >"$2" 2>&1 <<'PYEOF'
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
msg = b"hello epoll\n"
s.sendall(msg)
print("sent:", msg)
got = b""
while len(got) < len(msg):
    chunk = s.recv(1024)
    if not chunk:
        break
    got += chunk
print("received:", got)
s.close()
print("closed")
PYEOF
            echo "[client exit status: $?]" >>"$2" ;;
    esac
}

run_server() { # name mode out scratch
    local name=$1 mode=$2 out=$3 s=$4 st bg pid ready
    mode_prefix "$mode" "$out" "$s"; mode_files "$mode"
    if port_busy; then die "127.0.0.1:$PORT is already in use; refusing to run $name"; fi
    case $name in epoll-http) ready="HTTP Server on :8080" ;; *) ready="Server listening on :8080" ;; esac
    set -m
    ( cd "$s" && exec "${PREFIX[@]}" ./prog </dev/null >"$out/$F_OUT" 2>"$out/$F_ERR" ) &
    bg=$!; set +m; BG_PIDS+=("$bg")
    pid=$(target_pid "$mode" "$bg"); [ -n "$pid" ] && BG_PIDS+=("$pid")
    if wait_for "$out/$F_OUT" "$ready"; then
        client "$name" "$out/$F_CLIENT"
        sleep 0.5
    else
        log "$name: server did not come up"; echo "server did not come up" > "$out/$F_CLIENT"
    fi
    # kill the server itself (by pid); strace then exits on its own
    [ -n "$pid" ] && stop_pid "$pid"
    sleep 0.2; stop_pid "$bg"
    wait "$bg"; st=$?; BG_PIDS=()
    echo "$st" > "$out/$F_ST"
}

run_mode() { # name mode [outdir]
    local name=$1 mode=$2 out=${3:-$HERE/$1} s
    is_never_run "$name" && die "refusing to run $name"
    new_scratch; s=$SCRATCH
    cp "$BUILD/$name" "$s/prog"
    case $name in
        stdin-echo) run_stdin  "$name" "$mode" "$out" "$s" ;;
        signals)    run_signals "$name" "$mode" "$out" "$s" ;;
        chroot)     run_chroot "$name" "$mode" "$out" "$s" ;;
        *)  if [[ $SERVERS == *" $name "* ]]; then run_server "$name" "$mode" "$out" "$s"
            else run_simple "$name" "$mode" "$out" "$s"; fi ;;
    esac
    [ "$mode" = none ] && scratch_listing "$s" "$out/scratch-after.txt"
    if [ "$mode" = k ]; then   # stdout of the -k run is not kept
        mode_files k; rm -f "$out/$F_OUT" "$out/$F_ERR" "$out/$F_ST" "$out/$F_CLIENT"
    fi
    rm -rf "$s"
}

capture() { # name
    local name=$1 out=$HERE/$1 mode f
    if [ "$(id -u)" != 0 ] && { [ "$name" = setuid ] || [ "$name" = chroot ]; }; then
        log "skipping $name: needs root"; return
    fi
    if [ "$name" = chroot ] && ! unshare --mount --propagation private true 2>/dev/null; then
        log "skipping chroot: cannot create a private mount namespace"; return
    fi
    log "== $name"
    rm -f "$out"/stdout.txt "$out"/stderr.txt "$out"/exit-status.txt "$out"/client.txt \
          "$out"/strace*.txt "$out"/strace*.txt.gz "$out"/own-calls*.txt "$out"/scratch-after.txt
    build_one "$name"
    for mode in none f k; do run_mode "$name" "$mode"; done
    [[ $PLAIN_TOO == *" $name "* ]] && run_mode "$name" plain
    # empty stderr/stdout side files are not kept
    for f in "$out"/stderr.txt "$out"/strace*.stderr.txt "$out"/strace*.stdout.txt; do
        [ -e "$f" ] && [ ! -s "$f" ] && rm -f "$f"
    done
    "$PY" "$HERE/owncalls.py" "$out" || log "$name: own-calls extraction reported a problem"
    gzip -9nf "$out/strace-stacks.txt"
    case $name in
        procinfo) capture_variant "$name" no-pwd ;;
        rlimit)   capture_variant "$name" nofile-1024 ;;
    esac
}

# A variant: same program, one thing about its start changed (see FINDINGS.md).
capture_variant() { # name variant
    local name=$1 out=$HERE/$1/variants/$2 mode
    log "== $name (variant $2)"
    rm -rf "$out"; mkdir -p "$out"
    for mode in none f; do VARIANT=$2 run_mode "$name" "$mode" "$out"; done
    rm -f "$out/scratch-after.txt"
    for f in "$out"/stderr.txt "$out"/strace*.stderr.txt; do
        [ -e "$f" ] && [ ! -s "$f" ] && rm -f "$f"
    done
    "$PY" "$HERE/owncalls.py" "$out" || log "$name/$2: own-calls extraction reported a problem"
}

# ------------------------------------------------------------------ main --
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${RUNNABLE[@]}"); fi

# compile-check the never-run examples (no execution)
for n in "${NEVER_RUN[@]}"; do
    [ -f "$HERE/$n/main.go" ] && { build_one "$n" && log "$n: builds (NOT run, see README.md)"; rm -f "$BUILD/$n"; }
done

[ "${#TARGETS[@]}" -gt 0 ] && [ -e /tmp/jail ] && log "note: /tmp/jail already exists on the host (not created by this script)"
for n in "${TARGETS[@]}"; do
    is_never_run "$n" && { log "refusing to run $n (see README.md)"; continue; }
    [ -f "$HERE/$n/main.go" ] || die "no such example: $n"
    capture "$n"
done

# record the machine
{
    echo "# captured $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "\$ uname -a"; uname -a
    echo "\$ go version"; "$GO" version
    echo "\$ strace -V"; "$STRACE" -V | head -1
    echo "\$ id"; id
    echo "\$ ulimit -n (soft/hard)"; echo "$(ulimit -Sn)/$(ulimit -Hn)"
} > "$HERE/machine.txt"
log "done"
