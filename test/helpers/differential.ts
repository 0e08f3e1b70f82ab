// test/helpers/differential.ts — run one list of syscalls on the host kernel and on linuxsim
// and return both sides' raw results (value or -errno), for tests that must agree with Linux.
// The host side is a generated C program run in a fresh scratch directory on a tmpfs
// (/dev/shm when the host has it, as linuxsim's files are tmpfs) as root, or as a
// given uid after chown'ing the directory to it); the linuxsim side is a fresh kernel's
// process in an empty directory owned the same way. Arguments are integers or strings
// (passed as C string literals / typed-door strings); output buffers are scratch space.
// Only relative paths compare meaningfully (the scratch directories differ). The full
// strace-syntax conformance harness is a later issue; this is its smallest useful core.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syscallByName } from '../../abi/syscalls';
import { createKernel } from '../../kernel/kernel';
import { compileC, hasGcc, runBinary } from './host';
import type { DirInode } from '../../vfs/inode';

/** One call: the syscall's name and its arguments; `{ buf: n }` is an n-byte output buffer. */
export interface Call {
  readonly name: string;
  readonly args: readonly (number | string | { buf: number })[];
}

export interface DiffOptions {
  /** Run as this uid/gid (default root). */
  readonly uid?: number;
  readonly gid?: number;
  readonly umask?: number;
}

let warned = false;

function cString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x20 && c < 0x7f && s[i] !== '"' && s[i] !== '\\' && s[i] !== '?' ? s[i] : '\\' + c.toString(8).padStart(3, '0');
  }
  return out + '"';
}

/** Runs `calls` on the host; null when there is no gcc. */
export function runOnHost(calls: readonly Call[], opts: DiffOptions = {}): number[] | null {
  if (!hasGcc()) {
    if (!warned) console.warn('differential: no C compiler, so the host kernel is not consulted (linuxsim side only)');
    warned = true;
    return null;
  }
  const uid = opts.uid ?? 0;
  const gid = opts.gid ?? uid;
  const lines = calls.map((c, i) => {
    const spec = syscallByName(c.name);
    if (!spec) throw new Error(`unknown syscall ${c.name}`);
    const args = c.args.map((a) => (typeof a === 'number' ? `(long)${a}L` : typeof a === 'string' ? `(long)${cString(a)}` : `(long)buf${i}`));
    const buf = c.args.some((a) => typeof a === 'object') ? `static char buf${i}[${Math.max(...c.args.map((a) => (typeof a === 'object' ? a.buf : 0)))}];` : '';
    return `{ ${buf} long r = syscall(${spec.nr}${args.map((a) => ', ' + a).join('')}); printf("%ld\\n", r < 0 ? (long)-errno : r); fflush(stdout); }`;
  });
  const src = `#define _GNU_SOURCE
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <errno.h>
#include <stdio.h>
#include <grp.h>
int main(int argc, char **argv) {
  if (chdir(argv[1]) != 0) return 100;
  umask(${opts.umask ?? 0o022});
  if (${uid} != 0) {
    if (chown(argv[1], ${uid}, ${gid}) != 0) return 101;
    if (setgroups(0, 0) != 0 || setgid(${gid}) != 0 || setuid(${uid}) != 0) return 102;
  }
${lines.join('\n')}
  return 0;
}
`;
  const bin = compileC(src);
  // linuxsim's files are tmpfs: compare with a tmpfs on the host too (/dev/shm), not /tmp's disk.
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'linuxsim-diff-'));
  try {
    const r = runBinary(bin, [dir]);
    if (r.status !== 0) throw new Error(`host program failed (${r.status}): ${r.stderr}`);
    return r.stdout.trim().split('\n').filter(Boolean).map(Number);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `calls` on a fresh linuxsim, in a new empty directory owned by the caller. */
export function runOnLinuxsim(calls: readonly Call[], opts: DiffOptions = {}): number[] {
  const uid = opts.uid ?? 0;
  const gid = opts.gid ?? uid;
  const k = createKernel();
  const root = k.createProcess({ uid: 0, cwd: '/tmp' });
  const mkdirat = syscallByName('mkdirat')!.nr;
  const chown = syscallByName('chown')!.nr;
  root.syscall(mkdirat, -100, 'scratch', 0o700);
  if (uid !== 0 && root.syscall(chown, 'scratch', uid, gid) !== 0) {
    // chown is not implemented yet: set the owner directly, as the host's chown would.
    const t = root.task;
    const dir = t.fs.cwd.inode.sb.lookup(t.fs.cwd.inode as DirInode, 'scratch')!;
    dir.uid = uid;
    dir.gid = gid;
    dir.sb.names.invalidate(); // an owner change, as chown would make
  }
  const p = k.createProcess({ uid, gid, groups: [], cwd: '/tmp/scratch', umask: opts.umask ?? 0o022 });
  return calls.map((c) => {
    const spec = syscallByName(c.name)!;
    const args = c.args.map((a) => (typeof a === 'object' ? new Uint8Array(a.buf) : a));
    const r = p.syscall(spec.nr, ...args);
    if (r === 'would-block') throw new Error(`${c.name} would block`);
    return r;
  });
}
