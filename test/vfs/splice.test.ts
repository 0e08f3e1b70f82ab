// test/vfs/splice.test.ts — what the conformance scenarios cannot show about data movement and
// file sizes (vfs/splice.ts, vfs/fs/pipefs.ts): timestamps, which the scenarios never compare
// (checked against Linux 6.18 on tmpfs by hand: truncate and ftruncate set mtime and ctime even
// when the size stays, fallocate and hole punching set them, a sendfile of nothing does not),
// and a FIFO open that would sleep through the synchronous door (WOULD_BLOCK), which must undo
// the reader or writer count it took. The rest is compared with the host in
// test/conformance/scenarios/{vectored,splice,truncate,fifo,ioctl}.strace.

import { describe, expect, it } from 'vitest';
import { AT_FDCWD, O_NONBLOCK, O_RDONLY, O_RDWR, O_CREAT, O_WRONLY } from '../../abi/fcntl';
import { FALLOC_FL_KEEP_SIZE, FALLOC_FL_PUNCH_HOLE } from '../../abi/misc';
import { S_IFIFO } from '../../abi/stat';
import { SYS } from '../../abi/syscalls';
import { checkInvariants } from '../../kernel/invariants';
import { createSystem } from '../../index';

const ENXIO = -6;

function setup() {
  const system = createSystem({ seed: 1 });
  const p = system.process({ uid: 1000, cwd: '/home/user' });
  return { system, p };
}

describe('file sizes and timestamps', () => {
  it('truncate, ftruncate and fallocate set mtime and ctime (even without a size change); a sendfile of nothing does not', () => {
    const { system, p } = setup();
    const fd = p.sys.open('f', O_RDWR | O_CREAT, 0o644);
    p.sys.write(fd, 'hello');
    const times = () => {
      const st = p.sys.fstat(fd);
      return `${st.st_mtime}.${st.st_mtime_nsec}/${st.st_ctime}.${st.st_ctime_nsec}`;
    };
    const steps: [string, () => unknown, boolean][] = [
      ['ftruncate, same size', () => p.syscall(SYS.ftruncate, fd, 5), true],
      ['truncate, same size', () => p.syscall(SYS.truncate, 'f', 5), true],
      ['truncate, larger', () => p.syscall(SYS.truncate, 'f', 6), true],
      ['fallocate', () => p.syscall(SYS.fallocate, fd, 0, 0, 4096), true],
      ['fallocate, KEEP_SIZE', () => p.syscall(SYS.fallocate, fd, FALLOC_FL_KEEP_SIZE, 0, 10000), true],
      ['punch a hole', () => p.syscall(SYS.fallocate, fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 100), true],
      ['sendfile of nothing', () => p.syscall(SYS.sendfile, fd, fd, 0, 0), false],
    ];
    for (const [what, call, changes] of steps) {
      system.kernel.clock.advance(10_000_000); // past the coarse clock's tick (file times use it)
      const before = times();
      expect(call(), what).toBe(0);
      expect(times() !== before, what).toBe(changes);
    }
    expect(system.kernel.oopses).toEqual([]);
    expect(checkInvariants(system.kernel)).toEqual([]);
  });
});

describe('FIFO opens that would sleep', () => {
  it('a blocking open through the synchronous door gives up and leaves no reader or writer behind', () => {
    const { system, p } = setup();
    expect(p.syscall(SYS.mknodat, AT_FDCWD, 'fifo', S_IFIFO | 0o666, 0)).toBe(0);
    expect(p.syscall(SYS.openat, AT_FDCWD, 'fifo', O_RDONLY)).toBe('would-block');
    expect(checkInvariants(system.kernel)).toEqual([]);
    // Had the sleeping reader's count stayed, this open would succeed.
    expect(p.syscall(SYS.openat, AT_FDCWD, 'fifo', O_WRONLY | O_NONBLOCK)).toBe(ENXIO);
    expect(p.syscall(SYS.openat, AT_FDCWD, 'fifo', O_WRONLY)).toBe('would-block');
    // A reader that does not wait (O_NONBLOCK) opens; then a writer finds it.
    const r = p.syscall(SYS.openat, AT_FDCWD, 'fifo', O_RDONLY | O_NONBLOCK);
    expect(r).toBeGreaterThanOrEqual(3);
    const w = p.syscall(SYS.openat, AT_FDCWD, 'fifo', O_WRONLY);
    expect(w).toBeGreaterThanOrEqual(3);
    expect(system.kernel.oopses).toEqual([]);
    expect(checkInvariants(system.kernel)).toEqual([]);
  });
});
