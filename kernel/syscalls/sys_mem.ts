// kernel/syscalls/sys_mem.ts — memory: mmap, munmap, mprotect, mremap, madvise, mincore, msync,
// mlock, mlock2, munlock, mlockall, munlockall, brk, process_vm_readv, process_vm_writev.
// Argument decoding and the checks Linux makes before touching the address space (in Linux's
// order, each errno verified on the host: test/mm/host/mm_errno.c); the work is mm/mm.ts's.

import { EACCES, EBADF, EEXIST, EFAULT, EINVAL, ENODEV, ENOMEM, EOPNOTSUPP, EOVERFLOW, EPERM, ESRCH, type Errno } from '../../abi/errno';
import { O_PATH } from '../../abi/fcntl';
import {
  MADV_COLLAPSE, MADV_DONTNEED_LOCKED, MADV_GUARD_INSTALL, MADV_GUARD_REMOVE, MADV_REMOVE,
  MAP_ANONYMOUS, MAP_DROPPABLE, MAP_FIXED, MAP_FIXED_NOREPLACE, MAP_GROWSDOWN, MAP_HUGETLB, MAP_LOCKED, MAP_PRIVATE,
  MAP_SHARED, MAP_SHARED_VALIDATE, MAP_TYPE, MCL_CURRENT, MCL_FUTURE, MCL_ONFAULT, MLOCK_ONFAULT, MREMAP_DONTUNMAP,
  MREMAP_FIXED, MREMAP_MAYMOVE, MS_ASYNC, MS_INVALIDATE, MS_SYNC, PAGE_SIZE, PROT_EXEC, PROT_GROWSDOWN, PROT_GROWSUP,
  PROT_READ, PROT_SEM, PROT_WRITE,
} from '../../abi/mman';
import { CAP_IPC_LOCK, CAP_SYS_PTRACE, CAP_SYS_RAWIO, FALLOC_FL_KEEP_SIZE, FALLOC_FL_PUNCH_HOLE, MS_NOEXEC } from '../../abi/misc';
import { RLIMIT_AS, RLIMIT_DATA, RLIMIT_MEMLOCK, RLIMIT_STACK } from '../../abi/resource';
import { iovec } from '../../abi/structs';
import { TASK_SIZE } from '../../mm/address_space';
import type { MappableFile } from '../../mm/frames';
import { MMAP_MIN_ADDR, type MemoryMap, type MmLimits } from '../../mm/mm';
import { accessOk, copyToUser, userBytes, type UPtr } from '../../mm/usercopy';
import { VM_LOCKED, VM_LOCKONFAULT } from '../../mm/vma';
import type { Task } from '../../proc/task';
import { capable } from '../../vfs/ctx';
import type { OpenFile } from '../../vfs/file';
import { TmpfsMapping, tmpfsFileOps } from '../../vfs/fs/tmpfs';
import { writeSealed } from '../../vfs/seals';
import { fallocateFile } from '../../vfs/splice';
import { RegularInode } from '../../vfs/inode';
import type { Kernel } from '../kernel';
import { full, partial, type Handler } from '../table';
import { int, ptr, uint, ulong } from './args';

const pageUp = (n: number): number => Math.ceil(n / PAGE_SIZE) * PAGE_SIZE;
/** `a % PAGE_SIZE === 0` without `%` (V8 calls C's fmod for `%` of a double: addresses are doubles). */
const aligned = (a: number): boolean => Math.floor(a / PAGE_SIZE) * PAGE_SIZE === a;

/** The caller's limits for mm: soft RLIMIT_AS/DATA/MEMLOCK/STACK and CAP_IPC_LOCK, each read
 *  only when an operation asks (most mmaps never test the capability, which was 13 % of an
 *  mmap+munmap; and a one-field object costs no heap numbers for the Infinity limits). */
class TaskLimits implements MmLimits {
  constructor(private readonly t: Task) {}
  get as(): number {
    return soft(this.t.process.rlimits[RLIMIT_AS]![0]);
  }
  get data(): number {
    return soft(this.t.process.rlimits[RLIMIT_DATA]![0]);
  }
  get memlock(): number {
    return soft(this.t.process.rlimits[RLIMIT_MEMLOCK]![0]);
  }
  get stack(): number {
    return soft(this.t.process.rlimits[RLIMIT_STACK]![0]);
  }
  get ipcLock(): boolean {
    return capable(this.t.cred, CAP_IPC_LOCK);
  }
}

function soft(x: number): number {
  return x >= 2 ** 63 ? Infinity : x;
}

export function mmLimits(t: Task): MmLimits {
  return new TaskLimits(t);
}

/** The open file as mm maps it (one per open file description, like vm_file), or null: no mmap op. */
function mappableOf(k: Kernel, f: OpenFile): MappableFile | null {
  if (f.ops !== tmpfsFileOps || !(f.inode instanceof RegularInode)) return null;
  let m = k.fileMappings.get(f);
  if (m === undefined) {
    m = new TmpfsMapping(f, f.inode, (x) => k.vfs.fput(x));
    k.fileMappings.set(f, m);
  }
  return m;
}

// ---------------------------------------------------------------------------------------------
// mmap, munmap

/** mmap(2): ksys_mmap_pgoff + do_mmap's checks, in their order. */
const sysMmap: Handler = (k, t, addrArg, lenArg, protArg, flagsArg, fdArg, offArg) => {
  let addr = ulong(addrArg);
  const lenIn = ulong(lenArg);
  const prot = ulong(protArg);
  const flags = ulong(flagsArg);
  const off = ulong(offArg);
  if (!aligned(off)) return EINVAL; // sys_mmap: the offset must be page-aligned
  let file: MappableFile | null = null;
  let of: OpenFile | null = null;
  if (!(flags & MAP_ANONYMOUS)) {
    const f = t.files.get(int(fdArg));
    if (f === undefined || f.flags & O_PATH) return EBADF;
    of = f;
    if (flags & MAP_HUGETLB) return EINVAL; // not a hugetlbfs file
  } else if (flags & MAP_HUGETLB) {
    return ENOMEM; // no huge pages reserved (vm.nr_hugepages = 0)
  }
  if (lenIn === 0) return EINVAL;
  const fixed = (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) !== 0;
  if (!fixed && addr !== 0) {
    // round_hint_to_min
    addr = Math.floor(addr / PAGE_SIZE) * PAGE_SIZE;
    if (addr < MMAP_MIN_ADDR) addr = MMAP_MIN_ADDR;
  }
  const len = pageUp(lenIn);
  if (len >= 2 ** 64 || len > 2 ** 63) return ENOMEM;
  const pgoff = off / PAGE_SIZE;
  if (len > TASK_SIZE) return ENOMEM;
  if (fixed) {
    if (addr > TASK_SIZE - len) return ENOMEM;
    if (!aligned(addr)) return EINVAL;
    if (addr < MMAP_MIN_ADDR && !capable(t.cred, CAP_SYS_RAWIO)) return EPERM;
  }
  const mm = t.mm;
  if (flags & MAP_FIXED_NOREPLACE && mm.overlaps(addr, addr + len)) return EEXIST;
  const lim = mmLimits(t);
  if (flags & MAP_LOCKED && !lim.ipcLock && lim.memlock === 0) return EPERM;
  const type = flags & MAP_TYPE;
  let shared = false;
  let noMayWrite = false;
  let noMayExec = false;
  if (of !== null) {
    // file_mmap_ok: the mapped range must end below MAX_LFS_FILESIZE (2^63 - 1).
    if (pgoff + len / PAGE_SIZE >= 2 ** 51) return EOVERFLOW;
    if (type !== MAP_SHARED && type !== MAP_SHARED_VALIDATE && type !== MAP_PRIVATE) return EINVAL;
    if (type !== MAP_PRIVATE) {
      // MAP_SHARED ignores unknown flags; MAP_SHARED_VALIDATE refuses them (MAP_SYNC: not DAX).
      if (type === MAP_SHARED_VALIDATE && flags & ~LEGACY_MAP_MASK) return EOPNOTSUPP;
      if (prot & PROT_WRITE && !of.writable) return EACCES;
      // An append-only inode is never mapped shared through a descriptor open for writing.
      if (of.inode.isAppend && of.writable) return EACCES;
      if (!of.writable) noMayWrite = true;
      shared = true;
    }
    if (!of.readable) return EACCES;
    // path_noexec(): a file on a noexec mount maps without PROT_EXEC (EPERM) and can never gain
    // it (VM_MAYEXEC cleared: mprotect EACCES).
    if (of.mnt.flags & MS_NOEXEC) {
      if (prot & PROT_EXEC) return EPERM;
      noMayExec = true;
    }
    file = mappableOf(k, of);
    if (file === null) return ENODEV;
    // memfd_check_seals_mmap(): a write-sealed file maps shared only read-only, never to become writable.
    if (shared && writeSealed(of.inode)) {
      if (prot & PROT_WRITE) return EPERM;
      noMayWrite = true;
    }
    if (flags & MAP_GROWSDOWN) return EINVAL;
  } else {
    switch (type) {
      case MAP_SHARED:
        if (flags & MAP_GROWSDOWN) return EINVAL;
        shared = true;
        break;
      case MAP_DROPPABLE:
      case MAP_PRIVATE:
        break;
      default:
        return EINVAL;
    }
  }
  const r = mm.mmap(addr, len, prot & (PROT_READ | PROT_WRITE | PROT_EXEC), (flags & ~MAP_TYPE) | (shared ? MAP_SHARED : MAP_PRIVATE),
    file, pgoff, lim, noMayWrite, noMayExec);
  return r;
};

/** LEGACY_MAP_MASK: the flags MAP_SHARED_VALIDATE accepts on a file without MAP_SYNC support. */
const LEGACY_MAP_MASK = 0x01 | 0x02 | 0x10 | 0x20 | 0x0100 | 0x0800 | 0x1000 | 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000 | 0x40000 | (0x3f << 26);


/** munmap(2). */
const sysMunmap: Handler = (_k, t, addrArg, lenArg) => {
  const addr = ulong(addrArg);
  const lenIn = ulong(lenArg);
  if (!aligned(addr) || addr > TASK_SIZE || lenIn > TASK_SIZE - addr) return EINVAL;
  const len = pageUp(lenIn);
  if (len === 0) return EINVAL;
  t.mm.unmap(addr, addr + len);
  return 0;
};

/** mprotect(2). */
const sysMprotect: Handler = (_k, t, addrArg, lenArg, protArg) => {
  const start = ulong(addrArg);
  const lenIn = ulong(lenArg);
  let prot = uint(protArg);
  const grows = prot & (PROT_GROWSDOWN | PROT_GROWSUP);
  prot &= ~(PROT_GROWSDOWN | PROT_GROWSUP);
  if (grows === (PROT_GROWSDOWN | PROT_GROWSUP)) return EINVAL;
  if (!aligned(start)) return EINVAL;
  if (lenIn === 0) return 0;
  const end = start + pageUp(lenIn);
  if (end >= 2 ** 64 || end <= start) return ENOMEM;
  if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM)) return EINVAL;
  const mm = t.mm;
  if (end > TASK_SIZE) return ENOMEM;
  if (grows) {
    const v = mm.vmas.find(start);
    if (v === undefined) return ENOMEM;
    // PROT_GROWSDOWN applies only to a VM_GROWSDOWN mapping (the stack).
    return EINVAL;
  }
  return mm.mprotect(start, end, prot & (PROT_READ | PROT_WRITE | PROT_EXEC), mmLimits(t));
};

/** mremap(2). */
const sysMremap: Handler = (_k, t, addrArg, oldArg, newArg, flagsArg, newAddrArg) => {
  const addr = ulong(addrArg);
  const oldIn = ulong(oldArg);
  const newIn = ulong(newArg);
  const flags = ulong(flagsArg);
  const newAddr = ulong(newAddrArg);
  if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE | MREMAP_DONTUNMAP)) return EINVAL;
  if (flags & MREMAP_FIXED && !(flags & MREMAP_MAYMOVE)) return EINVAL;
  if (flags & MREMAP_DONTUNMAP && (!(flags & MREMAP_MAYMOVE) || oldIn !== newIn)) return EINVAL;
  if (!aligned(addr)) return EINVAL;
  const oldLen = pageUp(oldIn);
  const newLen = pageUp(newIn);
  if (newLen === 0 || newLen >= 2 ** 64) return EINVAL;
  if (oldLen > TASK_SIZE || newLen > TASK_SIZE || addr >= TASK_SIZE) return oldLen > TASK_SIZE ? EFAULT : EINVAL;
  return t.mm.mremap(addr, oldLen, newLen, flags, newAddr, mmLimits(t));
};

/** madvise_behavior_valid() of a kernel built without CONFIG_MEMORY_FAILURE (as the host's, and
 *  the simplest faithful choice: linuxsim has no hardware pages to poison): MADV_HWPOISON (100)
 *  and MADV_SOFT_OFFLINE (101) are unknown advice, EINVAL for everyone (with it: EPERM without
 *  CAP_SYS_ADMIN). */
const VALID_ADVICE = new Set([0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
  MADV_GUARD_INSTALL, MADV_GUARD_REMOVE]);

/** MADV_REMOVE's hole: vfs_fallocate(PUNCH_HOLE|KEEP_SIZE) on the mapped file (mtime, ctime, seals
 *  as fallocate(2)); shared anonymous memory punches its own shmem object. */
function punchFor(t: Task): (f: MappableFile, from: number, to: number) => Errno | undefined {
  return (f, from, to) => {
    if (f instanceof TmpfsMapping) return fallocateFile(t, f.file, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, from, to - from);
    return f.punch?.(from, to);
  };
}

/** madvise(2). */
const sysMadvise: Handler = (_k, t, addrArg, lenArg, adviceArg) => {
  const start = ulong(addrArg);
  const lenIn = ulong(lenArg);
  const advice = int(adviceArg);
  if (!VALID_ADVICE.has(advice)) return EINVAL;
  if (!aligned(start)) return EINVAL;
  const len = pageUp(lenIn);
  if (lenIn !== 0 && len >= 2 ** 64) return EINVAL;
  const end = start + len;
  if (end >= 2 ** 64) return EINVAL;
  if (end === start) return 0;
  if (end > TASK_SIZE) return ENOMEM;
  if (advice === MADV_COLLAPSE || advice === MADV_GUARD_INSTALL || advice === MADV_GUARD_REMOVE) return t.mm.madvise(start, end, 3);
  if (advice === MADV_REMOVE) return t.mm.madvise(start, end, advice, punchFor(t));
  return t.mm.madvise(start, end, advice === MADV_DONTNEED_LOCKED ? MADV_DONTNEED_LOCKED : advice);
};

/** mincore(2). */
const sysMincore: Handler = (_k, t, addrArg, lenArg, vecArg) => {
  const start = ulong(addrArg);
  const len = ulong(lenArg);
  if (!aligned(start)) return EINVAL;
  if (!accessOk(start, len)) return ENOMEM;
  const pages = Math.ceil(len / PAGE_SIZE);
  const vec = ptr(vecArg);
  if (!accessOk(vec, pages)) return EFAULT;
  // sys_mincore's loop: one VMA (at most 4096 pages) at a time, each piece of the vector copied
  // out before the next is looked at, so a hole further on (ENOMEM) leaves the earlier pieces
  // written (and the copy may itself fault in a page a later piece reports).
  // A vector given by the JS door (not in the address space) is filled piece by piece too.
  const whole = typeof vec === 'number' ? null : new Uint8Array(pages);
  let at = start;
  let done = 0;
  while (done < pages) {
    const r = t.mm.mincore(at, Math.min(pages - done, PAGE_SIZE));
    if (!(r instanceof Uint8Array)) {
      if (whole !== null && done > 0) copyToUser(t.mm, vec, whole.subarray(0, done));
      return r;
    }
    if (whole !== null) whole.set(r, done);
    else if (copyToUser(t.mm, (vec as number) + done, r) !== r.length) return EFAULT;
    done += r.length;
    at += r.length * PAGE_SIZE;
  }
  if (whole !== null) return copyToUser(t.mm, vec, whole) === pages ? 0 : EFAULT;
  return 0;
};

/** msync(2): tmpfs pages are the page cache itself, so there is nothing to write back. */
const sysMsync: Handler = (_k, t, addrArg, lenArg, flagsArg) => {
  const start = ulong(addrArg);
  const lenIn = ulong(lenArg);
  const flags = int(flagsArg);
  if (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC)) return EINVAL;
  if (!aligned(start)) return EINVAL;
  if (flags & MS_ASYNC && flags & MS_SYNC) return EINVAL;
  const end = start + pageUp(lenIn);
  if (end >= 2 ** 64 || (lenIn !== 0 && end === start)) return ENOMEM;
  if (end === start) return 0;
  return t.mm.msync(start, end, flags);
};

/** mlock / mlock2 / munlock: the range widened to whole pages. */
function doMlock(t: Task, addrArg: unknown, lenArg: unknown, lock: number): number | Errno {
  const a = ulong(addrArg);
  const lenIn = ulong(lenArg);
  const lim = mmLimits(t);
  if (lock !== 0 && !lim.ipcLock && lim.memlock === 0) return EPERM;
  const start = Math.floor(a / PAGE_SIZE) * PAGE_SIZE;
  const end = start + pageUp(lenIn + (a - start));
  if (end >= 2 ** 64 || end < start) return EINVAL;
  if (end === start) return 0;
  if (end > TASK_SIZE) return ENOMEM;
  return t.mm.mlock(start, end, lock, lim);
}

const sysMlock: Handler = (_k, t, addr, len) => doMlock(t, addr, len, VM_LOCKED);
const sysMlock2: Handler = (_k, t, addr, len, flags) => {
  const f = uint(flags);
  if (f & ~MLOCK_ONFAULT) return EINVAL;
  return doMlock(t, addr, len, f & MLOCK_ONFAULT ? VM_LOCKED | VM_LOCKONFAULT : VM_LOCKED);
};
const sysMunlock: Handler = (_k, t, addr, len) => doMlock(t, addr, len, 0);

const sysMlockall: Handler = (_k, t, flagsArg) => {
  const flags = int(flagsArg);
  if (!flags || flags & ~(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT) || flags === MCL_ONFAULT) return EINVAL;
  return t.mm.mlockall(flags, mmLimits(t));
};
const sysMunlockall: Handler = (_k, t) => t.mm.munlockall();

/** brk(2): returns the new break, or the current one when the request cannot be met. */
const sysBrk: Handler = (_k, t, addr) => t.mm.brk(ulong(addr), mmLimits(t));

// ---------------------------------------------------------------------------------------------
// process_vm_readv / process_vm_writev

const UIO_MAXIOV = 1024;

interface Seg {
  base: UPtr;
  len: number;
}

/** An iovec array of the caller (typed door: an array of Uint8Array). */
function importIov(t: Task, p: UPtr, cnt: number): Seg[] | Errno {
  if (cnt > UIO_MAXIOV) return EINVAL;
  if (cnt === 0) return [];
  if (Array.isArray(p)) {
    const bufs = (p as unknown[]).slice(0, cnt);
    if (bufs.length < cnt || !bufs.every((b) => b instanceof Uint8Array)) return EFAULT;
    return (bufs as Uint8Array[]).map((b) => ({ base: b, len: b.length }));
  }
  const raw = userBytes(t.mm, p, cnt * iovec.size);
  if (!(raw instanceof Uint8Array) || raw.length < cnt * iovec.size) return EFAULT;
  const out: Seg[] = [];
  for (let i = 0; i < cnt; i++) {
    const v = iovec.fromBytes(raw, i * iovec.size);
    if (raw[i * iovec.size + 15]! & 0x80) return EINVAL;
    out.push({ base: v.iov_base, len: v.iov_len });
  }
  return out;
}

/** PTRACE_MODE_ATTACH_REALCREDS: same thread group, or the caller's real ids match all of the
 *  target's, or CAP_SYS_PTRACE. */
function mayAccess(t: Task, target: Task): boolean {
  if (target.process === t.process) return true;
  const c = t.cred;
  const tc = target.cred;
  if (c.uid === tc.uid && c.uid === tc.euid && c.uid === tc.suid && c.gid === tc.gid && c.gid === tc.egid && c.gid === tc.sgid) return true;
  return capable(c, CAP_SYS_PTRACE);
}

function processVm(k: Kernel, t: Task, pidArg: unknown, lArg: unknown, lcnt: unknown, rArg: unknown, rcnt: unknown, flagsArg: unknown, write: boolean): number | Errno {
  if (ulong(flagsArg) !== 0) return EINVAL;
  const local = importIov(t, ptr(lArg), ulong(lcnt));
  if (!Array.isArray(local)) return local;
  const remote = importIov(t, ptr(rArg), ulong(rcnt));
  if (!Array.isArray(remote)) return remote;
  for (const s of remote) if (typeof s.base === 'number' && !accessOk(s.base, s.len)) return EFAULT;
  let total = 0;
  for (const s of local) total += s.len;
  if (total === 0) return 0;
  const target = k.pidns.tasks.get(int(pidArg));
  if (target === undefined || target.state === 'dead') return ESRCH;
  if (!mayAccess(t, target)) return EPERM;
  const rmm = target.mm as MemoryMap;
  const lmm = t.mm;
  // Copy remote segment by segment through a bounce buffer, local segments consumed in order.
  let li = 0;
  let loff = 0;
  let done = 0;
  const buf = new Uint8Array(PAGE_SIZE);
  for (const r of remote) {
    let roff = 0;
    while (roff < r.len && li < local.length) {
      const l = local[li]!;
      if (loff >= l.len) {
        li++;
        loff = 0;
        continue;
      }
      const n = Math.min(PAGE_SIZE - ((r.base as number) + roff) % PAGE_SIZE, r.len - roff, l.len - loff, PAGE_SIZE);
      const raddr = (r.base as number) + roff;
      if (!write) {
        const got = typeof r.base === 'number' ? rmm.copyIn(raddr, buf, 0, n) : 0;
        const put = got > 0 ? copyToLocal(lmm, l.base, loff, buf, got) : 0;
        done += put;
        if (got < n || put < got) return done > 0 ? done : EFAULT;
      } else {
        const got = copyFromLocal(lmm, l.base, loff, buf, n);
        const put = got > 0 && typeof r.base === 'number' ? rmm.copyOut(raddr, buf, 0, got) : 0;
        done += put;
        if (got < n || put < got) return done > 0 ? done : EFAULT;
      }
      roff += n;
      loff += n;
    }
  }
  return done;
}

function copyToLocal(mm: MemoryMap, base: UPtr, off: number, src: Uint8Array, n: number): number {
  if (typeof base === 'number') return mm.copyOut(base + off, src, 0, n);
  if (base instanceof Uint8Array) {
    const k = Math.max(0, Math.min(n, base.length - off));
    base.set(src.subarray(0, k), off);
    return k;
  }
  return 0;
}

function copyFromLocal(mm: MemoryMap, base: UPtr, off: number, dst: Uint8Array, n: number): number {
  if (typeof base === 'number') return mm.copyIn(base + off, dst, 0, n);
  if (base instanceof Uint8Array) {
    const k = Math.max(0, Math.min(n, base.length - off));
    dst.set(base.subarray(off, off + k));
    return k;
  }
  return 0;
}

const sysProcessVmReadv: Handler = (k, t, pid, l, lc, r, rc, f) => processVm(k, t, pid, l, lc, r, rc, f, false);
const sysProcessVmWritev: Handler = (k, t, pid, l, lc, r, rc, f) => processVm(k, t, pid, l, lc, r, rc, f, true);

export const memSyscalls = {
  mmap: partial(sysMmap, 'Anonymous (private, shared) and tmpfs regular files; devices (/dev/zero included) and hugetlb are ENODEV/ENOMEM.'),
  munmap: full(sysMunmap),
  mprotect: partial(sysMprotect, 'PROT_GROWSDOWN/PROT_GROWSUP: EINVAL (no stack extension through mprotect).'),
  mremap: full(sysMremap),
  madvise: partial(sysMadvise, 'MADV_FREE frees at once; KSM/THP/guard/collapse advice are accepted and ignored; MADV_HWPOISON and MADV_SOFT_OFFLINE are EINVAL (a kernel without CONFIG_MEMORY_FAILURE).'),
  mincore: full(sysMincore),
  msync: full(sysMsync),
  mlock: full(sysMlock),
  mlock2: full(sysMlock2),
  munlock: full(sysMunlock),
  mlockall: full(sysMlockall),
  munlockall: full(sysMunlockall),
  brk: full(sysBrk),
  process_vm_readv: full(sysProcessVmReadv),
  process_vm_writev: full(sysProcessVmWritev),
};

