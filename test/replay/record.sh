#!/bin/sh
# test/replay/record.sh — compiles the C programs here and records the strace logs that
# test/replay/replay.test.ts replays with `linuxsim replay`: files.static.log, files.dynamic.log,
# files.v.log (-v), signals.log, signals.f.log (-f -T) and fork.f.log (-f). Needs root (a private
# mount namespace with a tmpfs, the filesystem linuxsim models), gcc and strace. Run it from
# anywhere; it rewrites the logs here.
# Change it together with ./README.md (which quotes the commands).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT

gcc -O0 -o "$BUILD/files.dynamic" "$HERE/files.c"
gcc -O0 -static -o "$BUILD/files.static" "$HERE/files.c"
gcc -O0 -o "$BUILD/signals" "$HERE/signals.c"
gcc -O0 -o "$BUILD/fork" "$HERE/fork.c"

# Everything runs in /tmp/linuxsim-replay, a fresh tmpfs in a private mount namespace: the
# program's working directory is its empty subdirectory "work"; the binaries sit beside it.
unshare --mount --propagation private sh -eu -c '
  R=/tmp/linuxsim-replay
  mkdir -p $R
  mount -t tmpfs -o mode=0755 tmpfs $R
  mkdir -m 0755 $R/bin $R/work $R/logs
  cp "$1/files.dynamic" "$1/files.static" "$1/signals" "$1/fork" $R/bin/
  cd $R/work
  umask 022
  # A clean environment: -v prints it whole in the execve line.
  strace() { env -i PATH=/usr/bin:/bin /usr/bin/strace "$@"; }
  strace -o $R/logs/files.static.log  -s 65536    ../bin/files.static  </dev/null >/dev/null
  strace -o $R/logs/files.dynamic.log -s 65536    ../bin/files.dynamic </dev/null >/dev/null
  strace -o $R/logs/files.v.log       -s 65536 -v ../bin/files.dynamic </dev/null >/dev/null
  # signals dies of SIGPIPE (its last write), and strace exits as it did: 128 + 13.
  strace -o $R/logs/signals.log       -s 65536       ../bin/signals </dev/null >/dev/null || test $? -eq 141
  strace -o $R/logs/signals.f.log     -s 65536 -f -T ../bin/signals </dev/null >/dev/null || test $? -eq 141
  strace -o $R/logs/fork.f.log        -s 65536 -f    ../bin/fork    </dev/null >/dev/null
  test -z "$(ls -A $R/work)"
  cp $R/logs/*.log "$2/"
' sh "$BUILD" "$HERE"
echo "recorded: $(cd "$HERE" && ls ./*.log | tr '\n' ' ')"
