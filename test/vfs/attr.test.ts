// test/vfs/attr.test.ts — what the conformance scenarios cannot show yet (their processes have
// equal real and effective ids, and no call changes them): access(2) and faccessat2(2) without
// AT_EACCESS check with the real uid and gid and drop the capabilities of a non-root real uid;
// with AT_EACCESS they use the effective (fs) ids. Also the name cache staying coherent across
// such checks, statfs's default tmpfs size from the modelled machine's RAM, and openat2's
// resolve flags at procfs's magic links (no procfs in the conformance chroot). The rest of
// vfs/attr.ts is compared with the host in test/conformance/scenarios/attrs.strace.

import { describe, expect, it } from 'vitest';
import { SYS } from '../../abi/syscalls';
import {
  AT_EACCESS, AT_FDCWD, RESOLVE_BENEATH, RESOLVE_IN_ROOT, RESOLVE_NO_MAGICLINKS, RESOLVE_NO_SYMLINKS, R_OK, W_OK, X_OK,
} from '../../abi/fcntl';
import { checkInvariants } from '../../kernel/invariants';
import { createKernel } from '../../kernel/kernel';
import { createSystem } from '../../index';
import { Cred, CAP_FULL } from '../../proc/cred';
import { Out } from '../../mm/usercopy';
import type { Statfs } from '../../abi/structs';

const EACCES = -13;

function setup() {
  const k = createKernel({
    seed: 1,
    initialFs: (fs) => {
      fs.writeFile('/srv/rootonly', 'x', 0o600, 0, 0);
      fs.writeFile('/srv/useronly', 'x', 0o600, 1000, 1000);
      fs.writeFile('/srv/groupread', 'x', 0o040, 0, 100);
      fs.mkdir('/srv/locked', 0o700, 0, 0);
      fs.writeFile('/srv/locked/f', 'x', 0o644, 0, 0);
    },
  });
  return k;
}

describe('access(2) and faccessat2(2): real or effective ids', () => {
  it('a set-user-ID-root process (real uid 1000, effective 0): access uses the real uid, AT_EACCESS the effective one', () => {
    const k = setup();
    const p = k.createProcess({ uid: 1000, gid: 1000, cwd: '/srv' });
    // ruid 1000, euid/suid/fsuid 0: as after exec of a set-user-ID-root program.
    p.task.cred = new Cred(1000, 1000, 0, 1000, 0, 1000, 0, 1000, [], CAP_FULL, CAP_FULL);
    expect(p.syscall(SYS.access, 'rootonly', R_OK)).toBe(EACCES);
    expect(p.syscall(SYS.faccessat2, AT_FDCWD, 'rootonly', R_OK, AT_EACCESS)).toBe(0);
    expect(p.syscall(SYS.access, 'useronly', R_OK | W_OK)).toBe(0);
    // Path search runs with the real ids too: /srv/locked is root's, mode 0700.
    expect(p.syscall(SYS.access, 'locked/f', R_OK)).toBe(EACCES);
    expect(p.syscall(SYS.faccessat2, AT_FDCWD, 'locked/f', R_OK, AT_EACCESS)).toBe(0);
    // And the name cache keeps the two answers apart.
    expect(p.syscall(SYS.access, 'locked/f', R_OK)).toBe(EACCES);
    expect(checkInvariants(k)).toEqual([]);
  });

  it('real uid 0 with an unprivileged effective uid: access has root\'s permitted capabilities', () => {
    const k = setup();
    const p = k.createProcess({ uid: 0, gid: 0, cwd: '/srv' });
    p.task.cred = new Cred(0, 0, 1000, 1000, 1000, 1000, 1000, 1000, [], 0, CAP_FULL);
    expect(p.syscall(SYS.faccessat2, AT_FDCWD, 'rootonly', R_OK, AT_EACCESS)).toBe(EACCES);
    expect(p.syscall(SYS.access, 'rootonly', R_OK | W_OK)).toBe(0);
    expect(p.syscall(SYS.access, 'rootonly', X_OK)).toBe(EACCES); // no x bit at all: not even root
    expect(p.syscall(SYS.faccessat2, AT_FDCWD, 'useronly', R_OK, AT_EACCESS)).toBe(0);
  });

  it('the real gid and the supplementary groups decide group access', () => {
    const k = setup();
    const p = k.createProcess({ uid: 1000, gid: 1000, cwd: '/srv' });
    p.task.cred = new Cred(1000, 100, 1000, 1000, 1000, 1000, 1000, 1000, [], 0, 0);
    expect(p.syscall(SYS.access, 'groupread', R_OK)).toBe(0);
    expect(p.syscall(SYS.faccessat2, AT_FDCWD, 'groupread', R_OK, AT_EACCESS)).toBe(EACCES);
    p.task.cred = new Cred(1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, [100], 0, 0);
    expect(p.syscall(SYS.access, 'groupread', R_OK)).toBe(0);
  });
});

describe('statfs(2) of a tmpfs without size=', () => {
  it('reports half of the modelled machine\'s RAM, in pages, for blocks and inodes', () => {
    const k = setup();
    const p = k.createProcess({ uid: 0, cwd: '/' });
    const out = new Out<Statfs>();
    expect(p.syscall(SYS.statfs, '/srv', out)).toBe(0);
    const half = k.ramBytes / 4096 / 2;
    expect(out.value!.f_blocks).toBe(half);
    expect(out.value!.f_files).toBe(half);
  });
});

describe('openat2(2) and procfs\'s magic links (none in the conformance chroot)', () => {
  it('RESOLVE_NO_MAGICLINKS refuses them with ELOOP, the scoped flags with EXDEV; plain symlinks of procfs still work', () => {
    const s = createSystem({ seed: 1 });
    const p = s.process({ uid: 0, cwd: '/tmp' });
    const fd = p.sys.open('f', 0o101, 0o644);
    const how = (resolve: number) => ({ flags: 0, mode: 0, resolve });
    expect(p.syscall(SYS.openat2, AT_FDCWD, `/proc/self/fd/${fd}`, how(0), 24)).toBeGreaterThan(fd);
    expect(p.syscall(SYS.openat2, AT_FDCWD, `/proc/self/fd/${fd}`, how(RESOLVE_NO_MAGICLINKS), 24)).toBe(-40); // ELOOP
    const dir = p.syscall(SYS.openat2, AT_FDCWD, '/proc/self/fd', how(RESOLVE_NO_MAGICLINKS), 24) as number;
    expect(dir).toBeGreaterThan(0);
    expect(p.syscall(SYS.openat2, dir, String(fd), how(RESOLVE_BENEATH), 24)).toBe(-18); // EXDEV
    expect(p.syscall(SYS.openat2, dir, String(fd), how(RESOLVE_IN_ROOT), 24)).toBe(-18);
    // /proc/self is an ordinary (generated) symlink: allowed, refused only by RESOLVE_NO_SYMLINKS.
    expect(p.syscall(SYS.openat2, AT_FDCWD, '/proc/self/comm', how(RESOLVE_NO_MAGICLINKS), 24)).toBeGreaterThan(0);
    expect(p.syscall(SYS.openat2, AT_FDCWD, '/proc/self/comm', how(RESOLVE_NO_SYMLINKS), 24)).toBe(-40);
  });
});
