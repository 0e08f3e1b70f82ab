// test/vfs/mount.test.ts — what mount(2) does that the conformance executor may not show its
// workers (its deny-list lets them mount only tmpfs and ramfs): a procfs mounted anywhere, and
// what /proc/self/mounts says of new, bind and read-only mounts. The rest of mount, umount2
// and chroot is compared with the host in test/conformance/scenarios/mount.strace.

import { describe, expect, it } from 'vitest';
import { SYS } from '../../abi/syscalls';
import { MS_BIND, MS_RDONLY, MS_REMOUNT, MNT_DETACH } from '../../abi/misc';
import { checkInvariants } from '../../kernel/invariants';
import { createSystem } from '../../index';
import type { SyncSys } from '../../userland/sys';

function cat(sys: SyncSys, path: string): string {
  const fd = sys.open(path, 0);
  const buf = new Uint8Array(65536);
  let out = '';
  for (;;) {
    const n = sys.read(fd, buf);
    if (n <= 0) break;
    for (let i = 0; i < n; i++) out += String.fromCharCode(buf[i]!);
  }
  sys.close(fd);
  return out;
}

describe('mount(2)', () => {
  it('mounts a procfs anywhere; it shows the processes and goes away with umount', () => {
    const s = createSystem({ seed: 1 });
    const p = s.process({ uid: 0, cwd: '/tmp' });
    expect(p.syscall(SYS.mkdir, 'p', 0o755)).toBe(0);
    expect(p.syscall(SYS.mount, 'proc', 'p', 'proc', 0, 0)).toBe(0);
    expect(cat(p.sys, `/tmp/p/${p.pid}/comm`)).toBe(cat(p.sys, '/proc/self/comm'));
    expect(cat(p.sys, '/proc/self/mounts')).toContain('proc /tmp/p proc rw,relatime 0 0\n');
    expect(checkInvariants((s as unknown as { kernel: Parameters<typeof checkInvariants>[0] }).kernel)).toEqual([]);
    const st = (path: string) => { const b = new Uint8Array(144); expect(p.syscall(SYS.stat, path, b)).toBe(0); return new DataView(b.buffer).getBigUint64(0, true); };
    expect(st('/tmp/p')).toBe(st('/proc')); // one procfs per pid namespace
    expect(p.syscall(SYS.mount, 'proc', 'p', 'proc', 0, 0)).toBe(-16); // EBUSY: already there
    expect(p.syscall(SYS.mount, 'x', 'p', 'nosuchfs', 0, 0)).toBe(-19); // ENODEV
    expect(p.syscall(SYS.mount, 'x', 'p', 0, 0, 0)).toBe(-22); // EINVAL: no type
    expect(p.syscall(SYS.umount2, '/tmp/p', 0)).toBe(0);
    expect(p.syscall(SYS.open, `/tmp/p/${p.pid}/comm`, 0, 0)).toBe(-2); // ENOENT
  });

  it('shows new, bind and read-only mounts in /proc/self/mounts; users may not mount', () => {
    const s = createSystem({ seed: 1 });
    const p = s.process({ uid: 0, cwd: '/tmp' });
    const u = s.process({ uid: 1000, cwd: '/tmp' });
    expect(p.syscall(SYS.mkdir, 'm', 0o755)).toBe(0);
    expect(p.syscall(SYS.mkdir, 'b', 0o755)).toBe(0);
    expect(u.syscall(SYS.mount, 'none', '/tmp/m', 'tmpfs', 0, 0)).toBe(-1); // EPERM
    expect(p.syscall(SYS.mount, 'scratch', 'm', 'tmpfs', MS_RDONLY, 'size=1m,mode=700')).toBe(0);
    expect(p.syscall(SYS.mount, '/tmp/m', 'b', 0, MS_BIND, 0)).toBe(0);
    const mounts = cat(p.sys, '/proc/self/mounts');
    expect(mounts).toContain('scratch /tmp/m tmpfs ro,relatime,size=1024k,mode=700 0 0\n');
    expect(mounts).toContain('scratch /tmp/b tmpfs ro,relatime,size=1024k,mode=700 0 0\n');
    expect(p.syscall(SYS.mkdir, 'b/x', 0o755)).toBe(-30); // EROFS
    expect(p.syscall(SYS.mount, 0, 'm', 0, MS_REMOUNT, 0)).toBe(0);
    expect(p.syscall(SYS.mkdir, 'm/x', 0o755)).toBe(0);
    expect(p.syscall(SYS.umount2, 'm', MNT_DETACH)).toBe(0);
    expect(p.syscall(SYS.umount2, 'b', 0)).toBe(0);
    expect(checkInvariants((s as unknown as { kernel: Parameters<typeof checkInvariants>[0] }).kernel)).toEqual([]);
  });
});
