// test/mm/errno.test.ts — the memory syscalls' answers to bad (and a few good) inputs, case by
// case against the host kernel's: test/mm/host/mm_errno.c runs the same cases on Linux and
// test/mm/host/record.sh stores its answers in test/mm/fixtures/mm_errno.host.json (recorded on
// the kernel named in mm_errno.host.kernel). Each case here mirrors the C one of the same name.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errnoByNumber } from '../../abi/errno';
import { O_APPEND, O_CREAT, O_DIRECTORY, O_RDONLY, O_RDWR, O_WRONLY } from '../../abi/fcntl';
import {
  MADV_COLD, MADV_DONTDUMP, MADV_DONTFORK, MADV_DONTNEED, MADV_FREE, MADV_NORMAL, MADV_PAGEOUT, MADV_POPULATE_WRITE,
  MADV_RANDOM, MADV_REMOVE, MADV_SEQUENTIAL, MADV_WILLNEED, MADV_WIPEONFORK, MAP_32BIT, MAP_ANONYMOUS, MAP_FIXED,
  MAP_FIXED_NOREPLACE, MAP_GROWSDOWN, MAP_HUGETLB, MAP_LOCKED, MAP_PRIVATE, MAP_SHARED, MAP_SHARED_VALIDATE, MAP_SYNC,
  MCL_CURRENT, MCL_FUTURE, MCL_ONFAULT, MLOCK_ONFAULT, MREMAP_DONTUNMAP, MREMAP_FIXED, MREMAP_MAYMOVE, MS_ASYNC,
  MS_INVALIDATE, MS_SYNC, PROT_GROWSDOWN, PROT_GROWSUP, PROT_NONE, PROT_READ, PROT_WRITE,
} from '../../abi/mman';
import { RLIMIT_AS, RLIMIT_DATA, RLIMIT_MEMLOCK } from '../../abi/resource';
import { SYS } from '../../abi/syscalls';
import { createKernel, type ProcessHandle } from '../../kernel/kernel';

const host = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'mm_errno.host.json'), 'utf8')) as Record<string, string>;
const P = 4096;
const ANON = MAP_PRIVATE | MAP_ANONYMOUS;
const PROT_SEM = 0x8;

function name(r: number): string {
  if (r < 0 && r > -4096) return errnoByNumber(-r)?.code ?? `E${-r}`;
  return 'OK';
}

function runCases(): Record<string, string> {
  const k = createKernel();
  const p = k.createProcess({ uid: 0, gid: 0, cwd: '/tmp' });
  const out: Record<string, string> = {};
  const sc = (h: ProcessHandle, nr: number, ...a: number[]): number => h.syscall(nr, ...a) as number;
  const rep = (n: string, r: number): void => {
    out[n] = name(r);
  };
  const mmap = (a: number, l: number, pr: number, f: number, fd: number, o: number): number => sc(p, SYS.mmap, a, l, pr, f, fd, o);
  const open = (path: string, flags: number): number => p.syscall(SYS.openat, -100, path, flags, 0o600) as number;
  const fd = open('mm_errno', O_RDWR | O_CREAT);
  sc(p, SYS.ftruncate, fd, 3 * P);
  const rd = open('mm_errno', O_RDONLY);
  const wr = open('mm_errno', O_WRONLY);
  const ap = open('mm_errno', O_RDWR | O_APPEND);
  const pipe = new Uint8Array(8);
  p.syscall(SYS.pipe2, pipe, 0);
  const pfd0 = pipe[0]!;
  const dir = open('/tmp', O_RDONLY | O_DIRECTORY);

  rep('mmap_len0', mmap(0, 0, PROT_READ, ANON, -1, 0));
  rep('mmap_notype', mmap(0, P, PROT_READ, MAP_ANONYMOUS, -1, 0));
  rep('mmap_badtype', mmap(0, P, PROT_READ, MAP_ANONYMOUS | 0xf, -1, 0));
  rep('mmap_validate_unknown', mmap(0, P, PROT_READ, MAP_SHARED_VALIDATE | MAP_ANONYMOUS | 0x40000000, -1, 0));
  rep('mmap_private_unknown_flag', mmap(0, P, PROT_READ, ANON | 0x40000000, -1, 0));
  rep('mmap_offset_unaligned', mmap(0, P, PROT_READ, MAP_PRIVATE, fd, 100));
  rep('mmap_anon_offset_unaligned', mmap(0, P, PROT_READ, ANON, -1, 100));
  rep('mmap_fixed_unaligned', mmap(0x10000001, P, PROT_READ, ANON | MAP_FIXED, -1, 0));
  rep('mmap_fixed_over_task_size', mmap(0x7ffffffff000, 2 * P, PROT_READ, ANON | MAP_FIXED, -1, 0));
  rep('mmap_huge_len', mmap(0, -P, PROT_READ, ANON, -1, 0));
  rep('mmap_len_over_task', mmap(0, 0x800000000000, PROT_READ, ANON, -1, 0));
  rep('mmap_badfd', mmap(0, P, PROT_READ, MAP_PRIVATE, 999, 0));
  rep('mmap_anon_badfd_ignored', mmap(0, P, PROT_READ, ANON, 999, 0));
  rep('mmap_pipe', mmap(0, P, PROT_READ, MAP_PRIVATE, pfd0, 0));
  rep('mmap_dir', mmap(0, P, PROT_READ, MAP_PRIVATE, dir, 0));
  rep('mmap_shared_write_rdonly', mmap(0, P, PROT_READ | PROT_WRITE, MAP_SHARED, rd, 0));
  rep('mmap_shared_read_rdonly', mmap(0, P, PROT_READ, MAP_SHARED, rd, 0));
  rep('mmap_private_write_rdonly', mmap(0, P, PROT_READ | PROT_WRITE, MAP_PRIVATE, rd, 0));
  rep('mmap_wronly', mmap(0, P, PROT_READ, MAP_SHARED, wr, 0));
  rep('mmap_wronly_private', mmap(0, P, PROT_WRITE, MAP_PRIVATE, wr, 0));
  rep('mmap_append_shared_write', mmap(0, P, PROT_READ | PROT_WRITE, MAP_SHARED, ap, 0));
  rep('mmap_append_shared_read', mmap(0, P, PROT_READ, MAP_SHARED, ap, 0));
  rep('mmap_pgoff_overflow', mmap(0, 2 * P, PROT_READ, MAP_PRIVATE, fd, 0x7ffffffffffff000));
  rep('mmap_beyond_eof_ok', mmap(0, P, PROT_READ, MAP_SHARED, fd, 100 * P));
  rep('mmap_bad_prot', mmap(0, P, 0x100, ANON, -1, 0));
  rep('mmap_prot_growsdown', mmap(0, P, PROT_READ | PROT_GROWSDOWN, ANON, -1, 0));
  rep('mmap_prot_sem', mmap(0, P, PROT_READ | PROT_SEM, ANON, -1, 0));
  let a = mmap(0, 4 * P, PROT_READ | PROT_WRITE, ANON, -1, 0);
  rep('mmap_noreplace_overlap', mmap(a + P, P, PROT_READ, ANON | MAP_FIXED_NOREPLACE, -1, 0));
  {
    const h = mmap(0, 8 * P, PROT_NONE, ANON, -1, 0);
    sc(p, SYS.munmap, h, 8 * P);
    rep('mmap_noreplace_free', mmap(h + P, P, PROT_READ, ANON | MAP_FIXED_NOREPLACE, -1, 0) === h + P ? 0 : -22);
    rep('mmap_hint_free_used', mmap(h + 2 * P, P, PROT_READ, ANON, -1, 0) === h + 2 * P ? 0 : -22);
    rep('mmap_hint_taken_moved', mmap(a, P, PROT_READ, ANON, -1, 0) !== a ? 0 : -22);
  }
  rep('mmap_validate_sync_tmpfs', mmap(0, P, PROT_READ, MAP_SHARED_VALIDATE | MAP_SYNC, fd, 0));
  rep('mmap_validate_file_ok', mmap(0, P, PROT_READ, MAP_SHARED_VALIDATE, fd, 0));
  rep('mmap_shared_sync_ignored', mmap(0, P, PROT_READ, MAP_SHARED | MAP_SYNC, fd, 0));
  rep('mmap_shared_anon_growsdown', mmap(0, P, PROT_READ, MAP_SHARED | MAP_ANONYMOUS | MAP_GROWSDOWN, -1, 0));
  rep('mmap_hint_low_ignored', mmap(0x1000, P, PROT_READ, ANON, -1, 0) >= 0x10000 ? 0 : -22);
  rep('mmap_hugetlb_anon', mmap(0, 2 << 20, PROT_READ, ANON | MAP_HUGETLB, -1, 0));
  rep('mmap_hugetlb_file', mmap(0, P, PROT_READ, MAP_PRIVATE | MAP_HUGETLB, fd, 0));
  rep('mmap_growsdown_file', mmap(0, P, PROT_READ, MAP_PRIVATE | MAP_GROWSDOWN, fd, 0));
  rep('mmap_32bit', mmap(0, P, PROT_READ, ANON | MAP_32BIT, -1, 0) < 0x80000000 ? 0 : -22);
  {
    const rl = p.task.process.rlimits;
    const old = rl.map(([c, m]) => [c, m] as [number, number]);
    rl[RLIMIT_AS] = [1 << 20, 2 ** 64];
    rep('mmap_rlimit_as', mmap(0, 64 << 20, PROT_READ, ANON, -1, 0));
    rl[RLIMIT_AS] = old[RLIMIT_AS]!;
    rl[RLIMIT_DATA] = [1 << 20, old[RLIMIT_DATA]![1]];
    rep('mmap_rlimit_data_private_rw', mmap(0, 64 << 20, PROT_READ | PROT_WRITE, ANON, -1, 0));
    rep('mmap_rlimit_data_private_ro', mmap(0, 64 << 20, PROT_READ, ANON, -1, 0));
    rep('mmap_rlimit_data_shared_rw', mmap(0, 64 << 20, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
    rl[RLIMIT_DATA] = old[RLIMIT_DATA]!;
  }

  // munmap
  rep('munmap_unaligned', sc(p, SYS.munmap, a + 1, P));
  rep('munmap_len0', sc(p, SYS.munmap, a, 0));
  rep('munmap_unmapped', sc(p, SYS.munmap, a + 1000 * P, P));
  rep('munmap_over_task', sc(p, SYS.munmap, 0x7ffffffff000, 2 * P));
  rep('munmap_huge_len', sc(p, SYS.munmap, a, -P));
  rep('munmap_unaligned_len_ok', sc(p, SYS.munmap, a + 3 * P, 100));

  // mprotect
  a = mmap(0, 4 * P, PROT_READ | PROT_WRITE, ANON, -1, 0);
  sc(p, SYS.munmap, a + 2 * P, P);
  rep('mprotect_unaligned', sc(p, SYS.mprotect, a + 1, P, PROT_READ));
  rep('mprotect_len0', sc(p, SYS.mprotect, a, 0, PROT_READ));
  rep('mprotect_bad_prot', sc(p, SYS.mprotect, a, P, 0x100));
  rep('mprotect_hole', sc(p, SYS.mprotect, a, 4 * P, PROT_READ));
  rep('mprotect_unmapped', sc(p, SYS.mprotect, a + 2 * P, P, PROT_READ));
  rep('mprotect_wrap', sc(p, SYS.mprotect, a, -P, PROT_READ));
  rep('mprotect_growsdown_nongrow', sc(p, SYS.mprotect, a, P, PROT_READ | PROT_GROWSDOWN));
  rep('mprotect_both_grow', sc(p, SYS.mprotect, a, P, PROT_READ | PROT_GROWSDOWN | PROT_GROWSUP));
  rep('mprotect_sem', sc(p, SYS.mprotect, a, P, PROT_READ | PROT_SEM));
  {
    const s = mmap(0, P, PROT_READ, MAP_SHARED, rd, 0);
    rep('mprotect_shared_rdonly_write', sc(p, SYS.mprotect, s, P, PROT_READ | PROT_WRITE));
    const q = mmap(0, P, PROT_READ, MAP_PRIVATE, rd, 0);
    rep('mprotect_private_rdonly_write', sc(p, SYS.mprotect, q, P, PROT_READ | PROT_WRITE));
  }

  // mremap
  a = mmap(0, 4 * P, PROT_READ | PROT_WRITE, ANON, -1, 0);
  rep('mremap_unaligned', sc(p, SYS.mremap, a + 1, P, P, 0, 0));
  rep('mremap_badflags', sc(p, SYS.mremap, a, P, P, 8, 0));
  rep('mremap_fixed_no_maymove', sc(p, SYS.mremap, a, P, P, MREMAP_FIXED, a + 100 * P));
  rep('mremap_dontunmap_no_maymove', sc(p, SYS.mremap, a, P, P, MREMAP_DONTUNMAP, 0));
  rep('mremap_dontunmap_len_differ', sc(p, SYS.mremap, a, P, 2 * P, MREMAP_DONTUNMAP | MREMAP_MAYMOVE, 0));
  rep('mremap_newlen0', sc(p, SYS.mremap, a, P, 0, MREMAP_MAYMOVE, 0));
  rep('mremap_oldlen0_private', sc(p, SYS.mremap, a, 0, P, MREMAP_MAYMOVE, 0));
  {
    const hole = mmap(0, P, PROT_NONE, ANON, -1, 0);
    sc(p, SYS.munmap, hole, P);
    rep('mremap_unmapped', sc(p, SYS.mremap, hole, P, 2 * P, MREMAP_MAYMOVE, 0));
  }
  rep('mremap_span', sc(p, SYS.mremap, a, 8 * P, 16 * P, MREMAP_MAYMOVE, 0));
  rep('mremap_fixed_overlap', sc(p, SYS.mremap, a, 2 * P, 2 * P, MREMAP_FIXED | MREMAP_MAYMOVE, a + P));
  rep('mremap_fixed_unaligned', sc(p, SYS.mremap, a, P, P, MREMAP_FIXED | MREMAP_MAYMOVE, a + 100 * P + 1));
  {
    const b = mmap(0, 2 * P, PROT_READ, ANON, -1, 0);
    mmap(b + 2 * P, P, PROT_READ, ANON | MAP_FIXED, -1, 0);
    sc(p, SYS.mprotect, b + 2 * P, P, PROT_READ | PROT_WRITE);
    rep('mremap_grow_blocked', sc(p, SYS.mremap, b, 2 * P, 4 * P, 0, 0));
    rep('mremap_shrink_ok', sc(p, SYS.mremap, b, 2 * P, P, 0, 0) === b ? 0 : -22);
    const sh = mmap(0, P, PROT_READ, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    rep('mremap_oldlen0_shared_nomove', sc(p, SYS.mremap, sh, 0, P, 0, 0));
    rep('mremap_oldlen0_shared', sc(p, SYS.mremap, sh, 0, P, MREMAP_MAYMOVE, 0));
  }

  // madvise
  a = mmap(0, 4 * P, PROT_READ | PROT_WRITE, ANON, -1, 0);
  sc(p, SYS.munmap, a + 2 * P, P);
  rep('madvise_unaligned', sc(p, SYS.madvise, a + 1, P, MADV_DONTNEED));
  rep('madvise_bad_advice', sc(p, SYS.madvise, a, P, 9999));
  rep('madvise_len0', sc(p, SYS.madvise, a, 0, MADV_DONTNEED));
  rep('madvise_len0_bad_advice', sc(p, SYS.madvise, a, 0, 9999));
  rep('madvise_hole', sc(p, SYS.madvise, a, 4 * P, MADV_DONTNEED));
  rep('madvise_unmapped', sc(p, SYS.madvise, a + 2 * P, P, MADV_DONTNEED));
  rep('madvise_wrap', sc(p, SYS.madvise, a, -P, MADV_DONTNEED));
  rep('madvise_normal', sc(p, SYS.madvise, a, P, MADV_NORMAL));
  rep('madvise_random', sc(p, SYS.madvise, a, P, MADV_RANDOM));
  rep('madvise_sequential', sc(p, SYS.madvise, a, P, MADV_SEQUENTIAL));
  rep('madvise_willneed', sc(p, SYS.madvise, a, P, MADV_WILLNEED));
  rep('madvise_free_anon', sc(p, SYS.madvise, a, P, MADV_FREE));
  rep('madvise_remove_private', sc(p, SYS.madvise, a, P, MADV_REMOVE));
  rep('madvise_dontfork', sc(p, SYS.madvise, a, P, MADV_DONTFORK));
  rep('madvise_wipeonfork', sc(p, SYS.madvise, a, P, MADV_WIPEONFORK));
  rep('madvise_dontdump', sc(p, SYS.madvise, a, P, MADV_DONTDUMP));
  rep('madvise_cold', sc(p, SYS.madvise, a, P, MADV_COLD));
  rep('madvise_pageout', sc(p, SYS.madvise, a, P, MADV_PAGEOUT));
  rep('madvise_populate_write', sc(p, SYS.madvise, a, P, MADV_POPULATE_WRITE));
  {
    const s = mmap(0, P, PROT_READ, MAP_SHARED, fd, 0);
    rep('madvise_free_file', sc(p, SYS.madvise, s, P, MADV_FREE));
    rep('madvise_wipeonfork_file', sc(p, SYS.madvise, s, P, MADV_WIPEONFORK));
    rep('madvise_dontneed_file', sc(p, SYS.madvise, s, P, MADV_DONTNEED));
    const sa = mmap(0, P, PROT_READ, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    rep('madvise_free_shared_anon', sc(p, SYS.madvise, sa, P, MADV_FREE));
    const l = mmap(0, P, PROT_READ | PROT_WRITE, ANON, -1, 0);
    sc(p, SYS.mlock, l, P);
    rep('madvise_dontneed_locked', sc(p, SYS.madvise, l, P, MADV_DONTNEED));
    rep('msync_invalidate_locked', sc(p, SYS.msync, l, P, MS_INVALIDATE));
    rep('msync_sync_locked', sc(p, SYS.msync, l, P, MS_SYNC));
  }

  // mincore (the vector lies on the C program's stack: here, mapped before the hole is made)
  const vec = mmap(0, P, PROT_READ | PROT_WRITE, ANON, -1, 0);
  a = mmap(0, 4 * P, PROT_READ | PROT_WRITE, ANON, -1, 0);
  sc(p, SYS.munmap, a + 2 * P, P);
  {
    rep('mincore_unaligned', sc(p, SYS.mincore, a + 1, P, vec));
    rep('mincore_len0', sc(p, SYS.mincore, a, 0, vec));
    rep('mincore_hole', sc(p, SYS.mincore, a, 4 * P, vec));
    rep('mincore_unmapped', sc(p, SYS.mincore, a + 2 * P, P, vec));
    rep('mincore_badvec', sc(p, SYS.mincore, a, P, 8));
    rep('mincore_over_task', sc(p, SYS.mincore, 0x7ffffffff000, 2 * P, vec));
    rep('mincore_ok', sc(p, SYS.mincore, a, 2 * P, vec));
  }

  // msync
  rep('msync_unaligned', sc(p, SYS.msync, a + 1, P, MS_SYNC));
  rep('msync_badflags', sc(p, SYS.msync, a, P, 8));
  rep('msync_async_sync', sc(p, SYS.msync, a, P, MS_ASYNC | MS_SYNC));
  rep('msync_len0', sc(p, SYS.msync, a, 0, MS_SYNC));
  rep('msync_hole', sc(p, SYS.msync, a, 4 * P, MS_SYNC));
  rep('msync_unmapped', sc(p, SYS.msync, a + 2 * P, P, MS_SYNC));
  rep('msync_flags0', sc(p, SYS.msync, a, P, 0));
  rep('msync_wrap', sc(p, SYS.msync, a, -P, MS_SYNC));

  // mlock
  rep('mlock_unaligned_ok', sc(p, SYS.mlock, a + 1, 10));
  rep('mlock_hole', sc(p, SYS.mlock, a, 4 * P));
  rep('mlock_unmapped', sc(p, SYS.mlock, a + 2 * P, P));
  rep('mlock_len0', sc(p, SYS.mlock, a, 0));
  rep('mlock2_badflags', sc(p, SYS.mlock2, a, P, 2));
  rep('mlock2_onfault', sc(p, SYS.mlock2, a, P, MLOCK_ONFAULT));
  rep('munlock_hole', sc(p, SYS.munlock, a, 4 * P));
  rep('munlock_ok', sc(p, SYS.munlock, a, P));
  rep('mlockall_0', sc(p, SYS.mlockall, 0));
  rep('mlockall_onfault_only', sc(p, SYS.mlockall, MCL_ONFAULT));
  rep('mlockall_bad', sc(p, SYS.mlockall, 8));
  rep('mlockall_future', sc(p, SYS.mlockall, MCL_FUTURE));
  rep('munlockall', sc(p, SYS.munlockall));
  rep('mlock_wrap', sc(p, SYS.mlock, a, -P));

  // brk
  {
    const cur = sc(p, SYS.brk, 0);
    rep('brk_below_start_returns_current', sc(p, SYS.brk, 0x1000) === cur ? 0 : -22);
  }

  // process_vm_readv / writev (iovecs and buffers in the caller's memory)
  {
    const m = mmap(0, P, PROT_READ | PROT_WRITE, ANON, -1, 0);
    const buf = m;
    const outb = m + 16;
    const iov = (at: number, base: number, len: number): number => {
      const b = new Uint8Array(16);
      const dv = new DataView(b.buffer);
      dv.setBigUint64(0, BigInt(base), true);
      dv.setBigUint64(8, BigInt(len), true);
      p.task.mm.copyOut(at, b, 0, 16);
      return at;
    };
    p.task.mm.copyOut(buf, new TextEncoder().encode('hello'), 0, 5);
    const l = iov(m + 64, outb, 5);
    const r = iov(m + 80, buf, 5);
    const bad = iov(m + 96, 8, 5);
    const pid = p.pid;
    rep('pvr_ok', sc(p, SYS.process_vm_readv, pid, l, 1, r, 1, 0));
    rep('pvr_flags', sc(p, SYS.process_vm_readv, pid, l, 1, r, 1, 1));
    rep('pvr_nopid', sc(p, SYS.process_vm_readv, 999999, l, 1, r, 1, 0));
    rep('pvr_badlocal_iov', sc(p, SYS.process_vm_readv, pid, 8, 1, r, 1, 0));
    rep('pvr_badremote_iov', sc(p, SYS.process_vm_readv, pid, l, 1, 8, 1, 0));
    rep('pvr_badremote_addr', sc(p, SYS.process_vm_readv, pid, l, 1, bad, 1, 0));
    rep('pvr_badlocal_addr', sc(p, SYS.process_vm_readv, pid, bad, 1, r, 1, 0));
    rep('pvr_toomany', sc(p, SYS.process_vm_readv, pid, l, 1025, r, 1, 0));
    rep('pvr_zero', sc(p, SYS.process_vm_readv, pid, l, 0, r, 1, 0));
    rep('pvw_ok', sc(p, SYS.process_vm_writev, pid, l, 1, r, 1, 0));
    // An unprivileged process reading a root process: EPERM.
    const u = k.createProcess({ uid: 1000, gid: 1000 });
    const um = sc(u, SYS.mmap, 0, P, PROT_READ | PROT_WRITE, ANON, -1, 0);
    const ub = new Uint8Array(32);
    new DataView(ub.buffer).setBigUint64(0, BigInt(um + 256), true);
    new DataView(ub.buffer).setBigUint64(8, 5n, true);
    new DataView(ub.buffer).setBigUint64(16, BigInt(buf), true);
    new DataView(ub.buffer).setBigUint64(24, 5n, true);
    u.task.mm.copyOut(um, ub, 0, 32);
    rep('pvr_other_uid', sc(u, SYS.process_vm_readv, pid, um, 1, um + 16, 1, 0));
  }
  // Unprivileged mlock limits, and MAP_FIXED below mmap_min_addr.
  {
    const u = k.createProcess({ uid: 1000, gid: 1000 });
    u.task.process.rlimits[RLIMIT_MEMLOCK] = [0, 0];
    const b = sc(u, SYS.mmap, 0, P, PROT_READ, ANON, -1, 0);
    rep('mlock_nonroot_limit0', sc(u, SYS.mlock, b, P));
    const v = k.createProcess({ uid: 1000, gid: 1000 });
    v.task.process.rlimits[RLIMIT_MEMLOCK] = [P, P];
    const c = sc(v, SYS.mmap, 0, 4 * P, PROT_READ, ANON, -1, 0);
    const r1 = sc(v, SYS.mlock, c, 4 * P);
    const r2 = sc(v, SYS.mmap, 0, 4 * P, PROT_READ, ANON | MAP_LOCKED, -1, 0);
    const r3 = sc(v, SYS.mlockall, MCL_CURRENT);
    rep('mlock_nonroot_over_limit_ENOMEM_MAPLOCKED_EAGAIN_mlockall_ENOMEM', r1 === -12 && r2 === -11 && r3 === -12 ? 0 : -22);
    rep('mmap_fixed_below_min_nonroot', sc(v, SYS.mmap, 0, P, PROT_READ, ANON | MAP_FIXED, -1, 0));
  }
  return out;
}

describe('memory syscalls answer bad inputs as the host kernel does', () => {
  const sim = runCases();
  it('covers every host case', () => {
    expect(Object.keys(sim).sort()).toEqual(Object.keys(host).sort());
  });
  it.each(Object.keys(host))('%s', (c) => {
    expect(sim[c]).toBe(host[c]);
  });
});
