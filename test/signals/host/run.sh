#!/bin/sh
# test/signals/host/run.sh — compiles and runs eintr.c on the host kernel (Linux, gcc).
set -e
dir=$(dirname "$0")
gcc -O1 -Wall -o /tmp/linuxsim-eintr "$dir/eintr.c"
/tmp/linuxsim-eintr
