#!/bin/sh
# test/mm/host/record.sh — compiles mm_errno.c and records the host kernel's answers in
# test/mm/fixtures/mm_errno.host.json (run as root on Linux; the kernel version goes alongside).
set -e
here=$(dirname "$0")
mkdir -p "$here/../fixtures"
gcc -O1 -o /tmp/mm_errno "$here/mm_errno.c"
/tmp/mm_errno > "$here/../fixtures/mm_errno.host.json"
uname -r > "$here/../fixtures/mm_errno.host.kernel"
