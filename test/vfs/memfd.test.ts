// test/vfs/memfd.test.ts — what memfd_create's files look like from /proc, where the scenario
// corpus (test/conformance/scenarios/memfd.strace, run in a chroot without /proc) cannot look:
// the fd link and the maps line name "/memfd:<name> (deleted)" (as the host prints them: a C
// probe on Linux 6.18 read "/memfd:m (deleted)" from /proc/self/fd/N).

import { describe, expect, it } from 'vitest';
import { MAP_SHARED, PROT_READ } from '../../abi/mman';
import { SYS } from '../../abi/syscalls';
import { createKernel } from '../../kernel/kernel';

describe('memfd_create', () => {
  it('names its file "/memfd:<name> (deleted)" in /proc/self/fd and /proc/self/maps', () => {
    const k = createKernel();
    const h = k.createProcess({ uid: 1000, gid: 1000 });
    const fd = h.syscall(SYS.memfd_create, 'm', 0) as number;
    expect(fd).toBe(3);
    const buf = new Uint8Array(64);
    const n = h.syscall(SYS.readlinkat, -100, `/proc/self/fd/${fd}`, buf, buf.length) as number;
    expect(new TextDecoder().decode(buf.subarray(0, n))).toBe('/memfd:m (deleted)');
    expect(h.syscall(SYS.ftruncate, fd, 4096)).toBe(0);
    const a = h.syscall(SYS.mmap, 0, 4096, PROT_READ, MAP_SHARED, fd, 0) as number;
    expect(a).toBeGreaterThan(0);
    const mf = h.syscall(SYS.openat, -100, '/proc/self/maps', 0, 0) as number;
    const out = new Uint8Array(8192);
    const got = h.syscall(SYS.read, mf, out, out.length) as number;
    const line = new TextDecoder().decode(out.subarray(0, got)).split('\n').find((l) => l.startsWith(a.toString(16).padStart(8, '0')));
    expect(line).toMatch(/ r--s 00000000 [0-9a-f]{2}:[0-9a-f]{2} \d+ +\/memfd:m \(deleted\)$/);
    expect(k.oopses).toEqual([]);
  });
});
