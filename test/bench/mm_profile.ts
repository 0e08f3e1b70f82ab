// test/bench/mm_profile.ts — runs one memory row in a loop for a few seconds, so that
// `node --cpu-prof` can see where its time goes (see README.md, "Profiling a row").
// Usage: mm_profile.ts <row> [seconds]; rows: mmap_raw (mmap+munmap of 1 GiB untouched through
// handle.syscall), mmap_mm (the same on the MemoryMap alone), mmap_door_unmap_mm and
// mmap_mm_unmap_door (one half through the door: which half costs what), munmap_none (munmap of
// an unmapped range through the door: decoding and dispatch alone), getpid (the door alone),
// first_write_4 / first_write_64 (first write to each page of a fresh 4 / 64 MiB region,
// mem.setU8; also prints the write and munmap shares per page), fork_touched (mm.fork()+put()
// after touching 256 MiB). Prints ns/op each second.

import { MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE } from '../../abi/mman';
import { SYS } from '../../abi/syscalls';
import { createSystem } from '../../userland/system';

const row = process.argv[2] ?? 'mmap_raw';
const seconds = Number(process.argv[3] ?? 4);
const ANON = MAP_PRIVATE | MAP_ANONYMOUS;
const RW = PROT_READ | PROT_WRITE;
const GiB = 1 << 30;
const P = 4096;

function loop(f: () => number): void {
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const t0 = performance.now();
    let ops = 0;
    while (performance.now() - t0 < 1000) ops += f();
    console.log(`${row}: ${(((performance.now() - t0) * 1e6) / ops).toFixed(1)} ns/op`);
  }
}

const s = createSystem();
const p = s.process();
const h = p.handle;
const mm = h.task.mm;

switch (row) {
  case 'mmap_raw':
    loop(() => {
      for (let i = 0; i < 1000; i++) {
        const a = h.syscall(SYS.mmap, 0, GiB, RW, ANON, -1, 0) as number;
        h.syscall(SYS.munmap, a, GiB);
      }
      return 1000;
    });
    break;
  case 'mmap_door_unmap_mm':
    loop(() => {
      for (let i = 0; i < 1000; i++) {
        const a = h.syscall(SYS.mmap, 0, GiB, RW, ANON, -1, 0) as number;
        mm.unmap(a, a + GiB);
      }
      return 1000;
    });
    break;
  case 'mmap_mm_unmap_door':
    loop(() => {
      for (let i = 0; i < 1000; i++) {
        const a = mm.mmap(0, GiB, RW, ANON, null, 0) as number;
        h.syscall(SYS.munmap, a, GiB);
      }
      return 1000;
    });
    break;
  case 'munmap_none':
    loop(() => {
      for (let i = 0; i < 1000; i++) h.syscall(SYS.munmap, 0x7f0000000000, GiB);
      return 1000;
    });
    break;
  case 'getpid':
    loop(() => {
      for (let i = 0; i < 1000; i++) h.syscall(SYS.getpid);
      return 1000;
    });
    break;
  case 'mmap_mm':
    loop(() => {
      for (let i = 0; i < 1000; i++) {
        const a = mm.mmap(0, GiB, RW, ANON, null, 0) as number;
        mm.unmap(a, a + GiB);
      }
      return 1000;
    });
    break;
  case 'first_write_4':
  case 'first_write_64': {
    const region = (row === 'first_write_4' ? 4 : 64) << 20;
    const mem = p.sys.mem;
    let tw = 0;
    let tu = 0;
    let pages = 0;
    loop(() => {
      const a = h.syscall(SYS.mmap, 0, region, RW, ANON, -1, 0) as number;
      const t0 = performance.now();
      for (let off = 0; off < region; off += P) mem.setU8(a + off, 1);
      const t1 = performance.now();
      h.syscall(SYS.munmap, a, region);
      tw += t1 - t0;
      tu += performance.now() - t1;
      pages += region / P;
      if (pages > 200_000) {
        console.log(`  write ${((tw * 1e6) / pages).toFixed(0)} ns/page, munmap ${((tu * 1e6) / pages).toFixed(0)} ns/page`);
        tw = tu = pages = 0;
      }
      return region / P;
    });
    break;
  }
  case 'fork_touched': {
    const a = mm.mmap(0, 256 << 20, RW, ANON, null, 0) as number;
    const one = new Uint8Array([1]);
    for (let off = 0; off < 256 << 20; off += P) mm.copyOut(a + off, one, 0, 1);
    loop(() => {
      for (let i = 0; i < 100; i++) mm.fork().put();
      return 100;
    });
    break;
  }
  default:
    console.error(`unknown row ${row}`);
    process.exit(2);
}
