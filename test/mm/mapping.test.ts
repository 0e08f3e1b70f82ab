// test/mm/mapping.test.ts — behaviour of the memory syscalls beyond their errnos: one page cache
// for read/write and MAP_SHARED (both see each other's bytes at once), MAP_PRIVATE copies on
// first write and keeps its copy, ftruncate zaps pages beyond the new end (SIGBUS there),
// fork shares copy-on-write (and MAP_SHARED stays shared), mremap keeps data, mincore, brk's
// [heap], accounting (RSS, VmSize, VmPeak, faults), RLIMIT_AS, process_vm_readv/writev, exec's
// fresh address space, CLONE_VM, and the layout (ASLR per seed, fixed with ADDR_NO_RANDOMIZE).

import { describe, expect, it } from 'vitest';
import { O_CREAT, O_RDWR } from '../../abi/fcntl';
import { MADV_DONTNEED, MAP_ANONYMOUS, MAP_FIXED, MAP_PRIVATE, MAP_SHARED, MREMAP_MAYMOVE, PROT_READ, PROT_WRITE } from '../../abi/mman';
import { RLIMIT_AS } from '../../abi/resource';
import { CLONE_VM } from '../../abi/sched';
import { SIGCHLD } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { createKernel } from '../../kernel/kernel';
import { MemoryFault } from '../../kernel/usermem';
import { IMAGE_BASE, IMAGE_SIZE } from '../../mm/mm';
import { createSystem } from '../../userland/system';
import { checkMm } from './helpers';

const P = 4096;
const RW = PROT_READ | PROT_WRITE;
const ANON = MAP_PRIVATE | MAP_ANONYMOUS;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

function setup() {
  const system = createSystem();
  const p = system.process({ uid: 0, cwd: '/tmp' });
  const fd = p.sys.open('f', O_RDWR | O_CREAT, 0o644);
  return { system, p, fd };
}

describe('file mappings share the page cache', () => {
  it('MAP_SHARED and read/write see the same bytes at once', () => {
    const { p, fd } = setup();
    p.sys.write(fd, 'hello world');
    const a = p.sys.mmap(0, P, RW, MAP_SHARED, fd, 0);
    expect(dec(p.sys.mem.read(a, 11))).toBe('hello world');
    p.sys.mem.write(a, 'HELLO');
    const b = new Uint8Array(11);
    expect(p.sys.pread64(fd, b, 11, 0)).toBe(11);
    expect(dec(b)).toBe('HELLO world');
    p.sys.pwrite64(fd, 'W', 1, 6);
    expect(dec(p.sys.mem.read(a, 11))).toBe('HELLO World');
    // Two mappings of the file, one frame.
    const c = p.sys.mmap(0, P, PROT_READ, MAP_SHARED, fd, 0);
    expect(dec(p.sys.mem.read(c, 5))).toBe('HELLO');
  });

  it('MAP_PRIVATE reads the file, copies on the first write, and keeps its copy', () => {
    const { p, fd } = setup();
    p.sys.write(fd, 'abcdef');
    const a = p.sys.mmap(0, P, RW, MAP_PRIVATE, fd, 0);
    p.sys.pwrite64(fd, 'X', 1, 0); // before the copy: the mapping sees the file
    expect(dec(p.sys.mem.read(a, 6))).toBe('Xbcdef');
    p.sys.mem.write(a + 1, 'Y');
    p.sys.pwrite64(fd, 'Z', 1, 2); // after the copy: it does not
    expect(dec(p.sys.mem.read(a, 6))).toBe('XYcdef');
    const b = new Uint8Array(6);
    p.sys.pread64(fd, b, 6, 0);
    expect(dec(b)).toBe('XbZdef'); // and the file never sees the private write
    // MADV_DONTNEED drops the private copy: the file shows through again.
    expect(p.sys.madvise(a, P, MADV_DONTNEED)).toBe(0);
    expect(dec(p.sys.mem.read(a, 6))).toBe('XbZdef');
  });

  it('ftruncate that shrinks zaps the pages beyond the end: SIGBUS there, zeros in the tail', () => {
    const { system, p, fd } = setup();
    p.sys.write(fd, new Uint8Array(3 * P).fill(7));
    const a = p.sys.mmap(0, 3 * P, RW, MAP_SHARED, fd, 0);
    const priv = p.sys.mmap(0, 3 * P, RW, MAP_PRIVATE, fd, 0);
    p.sys.mem.setU8(priv + 2 * P, 9); // a private copy of page 2
    expect(p.sys.mem.u8(a + 2 * P)).toBe(7);
    expect(p.syscall(SYS.ftruncate, fd, P + 10)).toBe(0);
    expect(p.sys.mem.u8(a + P + 9)).toBe(7);
    expect(p.sys.mem.u8(a + P + 10)).toBe(0); // the tail of the cut page is zeroed
    const signals: unknown[] = [];
    system.kernel.trace.on('signal', (e: { info: unknown }) => signals.push(e.info));
    expect(() => p.sys.mem.u8(priv + 2 * P)).toThrow(MemoryFault); // private copies go too
    expect(signals).toEqual([{ signo: 7, code: 2, addr: priv + 2 * P }]);
  });

  it('the frames of an unlinked, closed file live while mapped', () => {
    const { system, p, fd } = setup();
    const before = system.kernel.vfs.frames.inUse;
    p.sys.write(fd, 'data');
    const a = p.sys.mmap(0, P, RW, MAP_SHARED, fd, 0);
    p.sys.close(fd);
    p.sys.unlink('f');
    expect(dec(p.sys.mem.read(a, 4))).toBe('data');
    expect(checkMm([p.handle.task.mm], null, [])).toEqual(['frame refs 2, held by 1']); // + the file's page cache
    p.sys.munmap(a, P);
    expect(checkMm([p.handle.task.mm], null)).toEqual([]);
    expect(system.kernel.vfs.frames.inUse).toBe(before); // the file is gone with its page
  });
});

describe('fork and address spaces', () => {
  it('fork shares copy-on-write; MAP_SHARED stays shared; reference counts stay exact', async () => {
    const log: string[] = [];
    const system = createSystem({
      programs: {
        prog: async (sys) => {
          const priv = await sys.mmap(0, 2 * P, RW, ANON);
          const shared = await sys.mmap(0, P, RW, MAP_SHARED | MAP_ANONYMOUS);
          sys.mem.write(priv, 'parent');
          await sys.clone(SIGCHLD, async (c) => {
            log.push(`child sees ${dec(c.mem.read(priv, 6))}`);
            c.mem.write(priv, 'child!');
            c.mem.write(shared, 'from child');
            return 0;
          });
          await sys.wait4(-1, 0);
          log.push(`parent sees ${dec(sys.mem.read(priv, 6))} and ${dec(sys.mem.read(shared, 10))}`);
          return 0;
        },
      },
      installed: { '/usr/bin/prog': 'prog' },
    });
    const h = system.spawn('/usr/bin/prog', ['prog']);
    await system.run();
    expect(await h.exited()).toBe(0);
    expect(log).toEqual(['child sees parent', 'parent sees parent and from child']);
  });

  it('CLONE_VM shares the address space: the child\'s stores are the parent\'s', async () => {
    let seen = '';
    const system = createSystem({
      programs: {
        prog: async (sys) => {
          const a = await sys.mmap(0, P, RW, ANON);
          await sys.clone(CLONE_VM | SIGCHLD, async (c) => {
            c.mem.write(a, 'shared vm');
            await c.munmap(a + P, P); // harmless: nothing there
            return 0;
          });
          await sys.wait4(-1, 0);
          seen = dec(sys.mem.read(a, 9));
          return 0;
        },
      },
      installed: { '/usr/bin/prog': 'prog' },
    });
    const h = system.spawn('/usr/bin/prog', ['prog']);
    await system.run();
    expect(await h.exited()).toBe(0);
    expect(seen).toBe('shared vm');
  });

  it('mm.fork() costs the same whatever was touched (the table is shared)', () => {
    const k = createKernel();
    const p = k.createProcess();
    const mm = p.task.mm;
    const a = p.syscall(SYS.mmap, 0, 64 << 20, RW, ANON, -1, 0) as number;
    for (let off = 0; off < 64 << 20; off += P) mm.copyOut(a + off, new Uint8Array([1]), 0, 1);
    expect(mm.residentBytes()).toBe(64 << 20);
    const child = mm.fork();
    expect(child.pt.root).toBe(mm.pt.root);
    expect(child.residentBytes()).toBe(64 << 20);
    mm.copyOut(a, new Uint8Array([2]), 0, 1);
    const b = new Uint8Array(1);
    child.copyIn(a, b, 0, 1);
    expect(b[0]).toBe(1);
    expect(checkMm([mm, child], null)).toEqual([]);
    child.put();
    expect(checkMm([mm], null)).toEqual([]);
  });

  it('execve gives a fresh address space; exit releases every frame', async () => {
    const system = createSystem({
      programs: {
        a: async (sys) => {
          const m = await sys.mmap(0, 8 * P, RW, ANON);
          sys.mem.fill(m, 1, 8 * P);
          await sys.execve('/usr/bin/b', ['b', String(m)], []);
        },
        b: async (sys, argv) => {
          await sys.mem.u8(Number(argv[1])); // unmapped in the new image
        },
      },
      installed: { '/usr/bin/a': 'a', '/usr/bin/b': 'b' },
    });
    const before = system.kernel.vfs.frames.inUse; // the files' pages
    const h = system.spawn('/usr/bin/a', ['a']);
    await system.run();
    expect(await h.exited()).toBe(0xb);
    expect(system.kernel.vfs.frames.inUse).toBe(before); // every page of both images released
  });
});

describe('mremap, mincore, brk, accounting', () => {
  it('mremap moves pages with their data; a grow in place keeps the address', () => {
    const { p } = setup();
    const a = p.sys.mmap(0, 2 * P, RW, ANON);
    p.sys.mem.write(a + P, 'moved');
    p.sys.mmap(a + 2 * P, P, PROT_READ, ANON | MAP_FIXED); // blocks growth in place
    const b = p.sys.mremap(a, 2 * P, 4 * P, MREMAP_MAYMOVE);
    expect(b).not.toBe(a);
    expect(dec(p.sys.mem.read(b + P, 5))).toBe('moved');
    expect(() => p.sys.mem.u8(a)).toThrow(MemoryFault);
  });

  it('mincore reports touched pages', () => {
    const { p } = setup();
    const a = p.sys.mmap(0, 4 * P, RW, ANON);
    p.sys.mem.setU8(a + P, 1);
    const vec = p.sys.mmap(0, P, RW, ANON);
    expect(p.syscall(SYS.mincore, a, 4 * P, vec)).toBe(0);
    expect([...p.sys.mem.read(vec, 4)]).toEqual([0, 1, 0, 0]);
  });

  it('brk grows a [heap] VMA after the image; RSS, VmSize, VmPeak and minor faults follow', () => {
    const k = createKernel();
    const p = k.createProcess();
    const mm = p.task.mm;
    const start = mm.brkStart;
    expect(start).toBeGreaterThanOrEqual(IMAGE_BASE + IMAGE_SIZE);
    const size0 = mm.vmSize;
    expect(p.syscall(SYS.brk, start + 3 * P)).toBe(start + 3 * P);
    expect(mm.vmSize).toBe(size0 + 3 * P);
    const heap = mm.vmas.find(start)!;
    expect(mm.nameOf(heap)).toBe('[heap]');
    const faults = mm.minFlt;
    mm.copyOut(start, new Uint8Array(2 * P), 0, 2 * P);
    expect(mm.minFlt).toBe(faults + 2);
    expect(mm.residentBytes()).toBe(2 * P);
    expect(p.syscall(SYS.brk, start)).toBe(start);
    expect(mm.residentBytes()).toBe(0);
    expect(mm.vmPeak).toBe(size0 + 3 * P);
    expect(mm.vmHwm).toBe(2 * P);
  });

  it('RLIMIT_AS: mmap and brk fail with ENOMEM / the old break', () => {
    const k = createKernel();
    const p = k.createProcess();
    p.task.process.rlimits[RLIMIT_AS] = [p.task.mm.vmSize + 4 * P, 2 ** 64];
    expect(p.syscall(SYS.mmap, 0, 8 * P, RW, ANON, -1, 0)).toBe(-12);
    const b = p.task.mm.brkStart;
    expect(p.syscall(SYS.brk, b + 8 * P)).toBe(b);
    expect(p.syscall(SYS.mmap, 0, 4 * P, RW, ANON, -1, 0)).toBeGreaterThan(0);
  });
});

describe('process_vm_readv / process_vm_writev, CLONE_VM, layout', () => {
  it('copies between address spaces', () => {
    const k = createKernel();
    const a = k.createProcess();
    const b = k.createProcess();
    const ra = a.syscall(SYS.mmap, 0, P, RW, ANON, -1, 0) as number;
    a.mem.write(ra, enc('secret'));
    const out = new Uint8Array(6);
    expect(b.syscall(SYS.process_vm_readv, a.pid, [out], 1, (() => {
      const rb = b.syscall(SYS.mmap, 0, P, RW, ANON, -1, 0) as number;
      const iov = new Uint8Array(16);
      new DataView(iov.buffer).setBigUint64(0, BigInt(ra), true);
      new DataView(iov.buffer).setBigUint64(8, 6n, true);
      b.task.mm.copyOut(rb, iov, 0, 16);
      return rb;
    })(), 1, 0)).toBe(6);
    expect(dec(out)).toBe('secret');
  });

  it('ASLR: the same seed gives the same layout, another seed another; ADDR_NO_RANDOMIZE fixes it', () => {
    const layout = (seed: number, norand = false) => {
      const k = createKernel({ seed });
      if (norand) k.init.personality = 0x0040000;
      const p = k.createProcess();
      if (norand) {
        p.task.process.personality = 0x0040000;
        p.task.mm.put();
        p.task.mm = k.newMm(p.task.process);
      }
      const mm = p.task.mm;
      return [mm.brkStart, mm.mmapBase, mm.stackTop, p.syscall(SYS.mmap, 0, P, RW, ANON, -1, 0)];
    };
    expect(layout(1)).toEqual(layout(1));
    expect(layout(1)).not.toEqual(layout(2));
    expect(layout(1, true)).toEqual(layout(2, true));
    expect(layout(1, true)).toEqual([IMAGE_BASE + IMAGE_SIZE, 0x7ffff7fff000, 0x7ffffffff000, 0x7ffff7ffe000]);
  });

  it('personality(2) sets the persona (as the host: any value is kept) and 0xffffffff queries it', () => {
    const p = createKernel().createProcess();
    expect(p.syscall(SYS.personality, 0xffffffff)).toBe(0);
    expect(p.syscall(SYS.personality, 0x0040000)).toBe(0);
    expect(p.syscall(SYS.personality, 0xffffffff)).toBe(0x0040000);
    expect(p.syscall(SYS.personality, 0x12345678)).toBe(0x0040000);
    expect(p.syscall(SYS.personality, 0xffffffff)).toBe(0x12345678);
  });
});
