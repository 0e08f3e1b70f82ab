// vfs/locks.ts — advisory file locks (Linux's fs/locks.c): flock(2) locks, POSIX record locks
// (fcntl F_SETLK/F_SETLKW/F_GETLK) and open-file-description locks (F_OFD_*), and leases as
// far as they are recorded. One LockTable per Vfs; each inode with locks has a LockContext
// holding two independent lists (flock locks; POSIX and OFD locks together, which conflict
// with each other) and the wait queue its blocked requests sleep on.
//
// Owners: a flock or OFD lock belongs to its open file description (shared by dup and fork,
// released when the description's last reference goes: fileReleased). A POSIX lock belongs to
// a file descriptor table (Linux's files_struct: the `owner` the caller passes, an opaque
// object here) and is released when that table closes ANY fd of the inode (closePosix).
// Blocking requests return BLOCK after parking the caller on the context's queue; every
// change to a context wakes all its sleepers, who retry. F_SETLKW's deadlock detection follows
// Linux's: a sleeping POSIX request (recorded with block()) waits for the first lock that
// conflicts with it now; chains of such waits that come back to the caller are EDEADLK.
// Only vfs/ changes locks; the kernel's syscall files decode arguments and call in here.

import { EAGAIN, EDEADLK, type Errno } from '../abi/errno';
import { F_RDLCK, F_UNLCK, F_WRLCK } from '../abi/fcntl';
import { BLOCK, type Block, type VfsCtx } from './ctx';
import type { OpenFile } from './file';
import type { Inode } from './inode';
import { WaitQueue } from './waitqueue';

/** The largest file offset (loff_t): a lock "to EOF" ends here. */
export const OFFSET_MAX = (1n << 63n) - 1n;
/** posix_locks_deadlock() gives up after this many links. */
const MAX_DEADLK_ITERATIONS = 10;

export type LockKind = 'flock' | 'posix' | 'ofd';

/** A held lock (or, before it is granted, a request). Ranges are inclusive, in bytes. */
export class FileLock {
  constructor(
    readonly kind: LockKind,
    /** F_RDLCK or F_WRLCK (F_UNLCK only in requests). */
    public type: number,
    public start: bigint,
    public end: bigint,
    /** flock/OFD: the OpenFile; POSIX: the fd table (files_struct). */
    readonly owner: object,
    /** The tgid of the process that set it. */
    readonly pid: number,
    /** The open file it was set through. */
    readonly file: OpenFile,
  ) {}

  copy(): FileLock {
    return new FileLock(this.kind, this.type, this.start, this.end, this.owner, this.pid, this.file);
  }
}

/** F_SETOWN's owner (a pid, or a process group) and F_SETSIG's signal, of one open file. */
export interface FOwner {
  /** F_OWNER_TID, F_OWNER_PID or F_OWNER_PGRP. */
  type: number;
  pid: number;
  signum: number;
  /** The real and effective uid of whoever last set a non-zero owner (F_GETOWNER_UIDS). */
  uid: number;
  euid: number;
}

/** A lease (F_SETLEASE): recorded, never broken. */
export interface Lease {
  readonly file: OpenFile;
  type: number;
}

/** The locks of one inode. */
export class LockContext {
  readonly flock: FileLock[] = [];
  /** POSIX and OFD locks, in Linux's list order (an owner's locks together, by start). */
  readonly posix: FileLock[] = [];
  readonly leases: Lease[] = [];
  /** Blocked flock/fcntl requests on this inode sleep here. */
  readonly wq = new WaitQueue();
  constructor(readonly inode: Inode) {}

  get empty(): boolean {
    return this.flock.length === 0 && this.posix.length === 0 && this.leases.length === 0;
  }
}

/** A POSIX (not OFD) request that sleeps in F_SETLKW, for deadlock detection. */
interface Blocked {
  /** Who sleeps (a task): one entry each. */
  readonly token: object;
  readonly request: FileLock;
  /** Is the sleeper still in its call? (A task killed in its sleep never returns from it.) */
  readonly alive: () => boolean;
}

function overlap(a: FileLock, b: FileLock): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** locks_conflict(): at least one of the two is a write lock. */
function typesConflict(a: FileLock, b: FileLock): boolean {
  return a.type === F_WRLCK || b.type === F_WRLCK;
}

/** posix_locks_conflict(): another owner's overlapping lock, one of them a write lock. */
function posixConflict(req: FileLock, held: FileLock): boolean {
  return req.owner !== held.owner && overlap(req, held) && typesConflict(req, held);
}

/** flock_locks_conflict(): another open file's lock, one of them exclusive. */
function flockConflict(req: FileLock, held: FileLock): boolean {
  return req.file !== held.file && typesConflict(req, held);
}

export class LockTable {
  private readonly ctxs = new Map<Inode, LockContext>();
  private blocked: Blocked[] = [];
  /** Per open file: the SIGIO owner and signal (fcntl F_SETOWN, F_SETSIG); gone with the file. */
  readonly owners = new WeakMap<OpenFile, FOwner>();
  /** Per inode: fcntl F_SET_RW_HINT's write-lifetime hint (kept here with the other fcntl state). */
  readonly writeHints = new WeakMap<Inode, number>();

  /** The lock context of `inode`, if it has one. */
  context(inode: Inode): LockContext | undefined {
    return this.ctxs.get(inode);
  }

  /** Every lock context (for /proc/locks and the invariants), in creation order. */
  contexts(): IterableIterator<LockContext> {
    return this.ctxs.values();
  }

  /** The tokens of the requests that sleep in F_SETLKW (invariants: each is a live sleeper). */
  sleepers(): readonly object[] {
    this.prune();
    return this.blocked.map((b) => b.token);
  }

  private ctxOf(inode: Inode): LockContext {
    let c = this.ctxs.get(inode);
    if (!c) {
      c = new LockContext(inode);
      this.ctxs.set(inode, c);
    }
    return c;
  }

  /** After a change: wake the sleepers (they retry) and drop an empty context. */
  private changed(c: LockContext): void {
    c.wq.wakeAll();
    if (c.empty && c.wq.size === 0) this.ctxs.delete(c.inode);
  }

  // -------------------------------------------------------------------------------------------
  // flock(2)

  /**
   * flock_lock_inode(): `type` F_RDLCK (LOCK_SH), F_WRLCK (LOCK_EX) or F_UNLCK. A conversion
   * first drops the file's current lock (it is not atomic). A conflict is EWOULDBLOCK when
   * `wait` is false; else the caller sleeps and the call is retried.
   */
  flock(ctx: VfsCtx, f: OpenFile, type: number, pid: number, wait: boolean): 0 | Errno | Block {
    let c = this.ctxs.get(f.inode);
    if (!c) {
      if (type === F_UNLCK) return 0;
      c = this.ctxOf(f.inode);
    }
    const i = c.flock.findIndex((l) => l.file === f);
    if (i >= 0) {
      if (c.flock[i]!.type === type) return 0;
      c.flock.splice(i, 1);
      c.wq.wakeAll();
    }
    if (type === F_UNLCK) {
      this.changed(c);
      return 0;
    }
    const req = new FileLock('flock', type, 0n, OFFSET_MAX, f, pid, f);
    if (c.flock.some((l) => flockConflict(req, l))) {
      if (!wait) {
        if (c.empty && c.wq.size === 0) this.ctxs.delete(c.inode);
        return EAGAIN;
      }
      ctx.waitOn(c.wq);
      return BLOCK;
    }
    c.flock.push(req);
    return 0;
  }

  // -------------------------------------------------------------------------------------------
  // POSIX and OFD record locks

  /**
   * posix_test_lock(): the first lock that conflicts with `req` (F_GETLK), or null. An F_UNLCK
   * request (F_OFD_GETLK allows it) finds the owner's own first overlapping lock.
   */
  test(req: FileLock): FileLock | null {
    const c = this.ctxs.get(req.file.inode);
    if (!c) return null;
    if (req.type === F_UNLCK) return c.posix.find((l) => l.owner === req.owner && overlap(req, l)) ?? null;
    return c.posix.find((l) => posixConflict(req, l)) ?? null;
  }

  /**
   * posix_lock_inode(): sets or clears `req` (F_SETLK, F_SETLKW, F_OFD_*). On a conflict:
   * EAGAIN without `wait`; EDEADLK when waiting would close a cycle of POSIX owners; else the
   * caller sleeps (and, for a POSIX request, is recorded under `token` until unblock()).
   * Granting merges the owner's adjacent and overlapping locks of the same type and splits
   * those of another type.
   */
  setPosix(ctx: VfsCtx, req: FileLock, wait: boolean, token: object, alive: () => boolean): 0 | Errno | Block {
    const c0 = this.ctxs.get(req.file.inode);
    if (!c0 && req.type === F_UNLCK) return 0;
    const c = c0 ?? this.ctxOf(req.file.inode);
    if (req.type !== F_UNLCK) {
      const fl = c.posix.find((l) => posixConflict(req, l));
      if (fl) {
        if (!wait) {
          if (c.empty && c.wq.size === 0) this.ctxs.delete(c.inode);
          return EAGAIN;
        }
        if (this.deadlock(req, fl)) {
          if (c.empty && c.wq.size === 0) this.ctxs.delete(c.inode);
          return EDEADLK;
        }
        this.unblock(token);
        if (req.kind === 'posix') this.blocked.push({ token, request: req, alive });
        ctx.waitOn(c.wq);
        return BLOCK;
      }
    }
    this.apply(c, req);
    this.changed(c);
    return 0;
  }

  /** The merge/split pass of posix_lock_inode() over the owner's locks (no conflicts left). */
  private apply(c: LockContext, request: FileLock): void {
    const list = c.posix;
    let req = request.copy();
    let added = false;
    let left: FileLock | null = null;
    let right: FileLock | null = null;
    let i = list.findIndex((l) => l.owner === req.owner);
    if (i < 0) i = list.length;
    while (i < list.length) {
      const fl = list[i]!;
      if (fl.owner !== req.owner) break;
      if (req.type === fl.type) {
        // Same type: join adjacent or overlapping locks (compare with start - 1, never end + 1).
        if (fl.end < req.start - 1n) { i++; continue; }
        if (fl.start - 1n > req.end) break;
        if (fl.start > req.start) fl.start = req.start;
        else req.start = fl.start;
        if (fl.end < req.end) fl.end = req.end;
        else req.end = fl.end;
        if (added) {
          list.splice(i, 1);
          continue;
        }
        req = fl;
        added = true;
        i++;
      } else {
        if (fl.end < req.start) { i++; continue; }
        if (fl.start > req.end) break;
        if (req.type === F_UNLCK) added = true;
        if (fl.start < req.start) left = fl;
        if (fl.end > req.end) {
          right = fl;
          break;
        }
        if (fl.start >= req.start) {
          // The new lock covers this one entirely: it takes its place.
          if (added) {
            list.splice(i, 1);
            continue;
          }
          const nl = req.copy();
          list[i] = nl;
          req = nl;
          added = true;
        }
        i++;
      }
    }
    if (!added) {
      if (req.type === F_UNLCK) return;
      const nl = req.copy();
      list.splice(i, 0, nl);
      req = nl;
    }
    if (right) {
      if (left === right) {
        // The new lock cuts the old one in two: the left piece is a copy, before the cursor.
        left = right.copy();
        const at = list.indexOf(added ? right : req);
        list.splice(at, 0, left);
      }
      right.start = req.end + 1n;
    }
    if (left) left.end = req.start - 1n;
  }

  /** posix_locks_deadlock(): would `req` waiting for `blocker` close a cycle of owners? */
  private deadlock(req: FileLock, blocker: FileLock): boolean {
    if (req.kind !== 'posix') return false;
    let bl: FileLock | null = blocker;
    let i = 0;
    while ((bl = this.waitingFor(bl.owner)) !== null) {
      if (i++ > MAX_DEADLK_ITERATIONS) return false;
      if (bl.owner === req.owner) return true;
    }
    return false;
  }

  /** What a sleeping POSIX owner waits for now: the first lock conflicting with its request. */
  private waitingFor(owner: object): FileLock | null {
    this.prune();
    const b = this.blocked.find((x) => x.request.owner === owner);
    if (!b) return null;
    const c = this.ctxs.get(b.request.file.inode);
    return c?.posix.find((l) => posixConflict(b.request, l)) ?? null;
  }

  /** Forgets sleepers that died in their sleep. */
  private prune(): void {
    if (this.blocked.some((b) => !b.alive())) this.blocked = this.blocked.filter((b) => b.alive());
  }

  /** The sleeper `token` no longer waits (its call returned, was interrupted or ended). */
  unblock(token: object): void {
    if (this.blocked.length > 0) this.blocked = this.blocked.filter((b) => b.token !== token);
  }

  // -------------------------------------------------------------------------------------------
  // Leases

  lease(f: OpenFile): Lease | undefined {
    return this.ctxs.get(f.inode)?.leases.find((l) => l.file === f);
  }

  /** Records (F_RDLCK, F_WRLCK) or removes (F_UNLCK) `f`'s lease. */
  setLease(f: OpenFile, type: number): void {
    const c = this.ctxOf(f.inode);
    const i = c.leases.findIndex((l) => l.file === f);
    if (type === F_UNLCK) {
      if (i >= 0) c.leases.splice(i, 1);
    } else if (i >= 0) {
      c.leases[i]!.type = type;
    } else {
      c.leases.push({ file: f, type });
    }
    this.changed(c);
  }

  // -------------------------------------------------------------------------------------------
  // Release

  /** locks_remove_posix(): `owner` closed an fd of `f`'s inode: its POSIX locks there go. */
  closePosix(f: OpenFile, owner: object): void {
    const c = this.ctxs.get(f.inode);
    if (!c || c.posix.length === 0) return;
    const keep = c.posix.filter((l) => !(l.kind === 'posix' && l.owner === owner));
    if (keep.length === c.posix.length) return;
    c.posix.length = 0;
    c.posix.push(...keep);
    this.changed(c);
  }

  /** locks_remove_file(): the last reference to `f` went: its flock, OFD locks and lease go. */
  fileReleased(f: OpenFile): void {
    const c = this.ctxs.get(f.inode);
    if (!c) return;
    const flock = c.flock.filter((l) => l.file !== f);
    const posix = c.posix.filter((l) => l.owner !== f && l.file !== f);
    const leases = c.leases.filter((l) => l.file !== f);
    if (flock.length === c.flock.length && posix.length === c.posix.length && leases.length === c.leases.length) return;
    c.flock.length = 0;
    c.flock.push(...flock);
    c.posix.length = 0;
    c.posix.push(...posix);
    c.leases.length = 0;
    c.leases.push(...leases);
    this.changed(c);
  }
}

/** F_RDLCK/F_WRLCK/F_UNLCK, or null for another l_type (assign_type). */
export function lockType(t: number): number | null {
  return t === F_RDLCK || t === F_WRLCK || t === F_UNLCK ? t : null;
}
