// vfs/ctx.ts — what the VFS needs from whoever calls it, as narrow interfaces (the VFS never
// imports proc/ or kernel/): the caller's credentials, its filesystem context (root, cwd,
// umask), the clock, its memory for user copies, and a way to sleep on a wait queue.
// proc/task.ts implements VfsCtx; tests may implement it with a plain object.

import type { AddressSpace } from '../mm/address_space';
import type { WaitQueue } from './waitqueue';
import type { MountNamespace, PathRef } from './mount';

/** The parts of a credential that permission checks read (Linux's fsuid, fsgid, groups, caps). */
export interface VfsCred {
  readonly uid: number;
  readonly gid: number;
  readonly euid: number;
  readonly egid: number;
  readonly fsuid: number;
  readonly fsgid: number;
  readonly groups: readonly number[];
  /** Effective capabilities as a bit mask (bit n = capability n, abi/misc.ts CAP_*). */
  readonly capEffective: number;
  /** Permitted capabilities (access(2) runs with these when the real uid is 0); absent: capEffective. */
  readonly capPermitted?: number;
}

/** A point in CLOCK_REALTIME, as inode timestamps store it. */
export interface Timestamp {
  readonly sec: number;
  readonly nsec: number;
}

/**
 * Linux's fs_struct: root and cwd (shared between tasks with CLONE_FS) and the umask. A task's
 * context holds references on the root and cwd inodes: make and change it with vfs/fs_struct.ts.
 */
export interface FsContext {
  root: PathRef;
  cwd: PathRef;
  umask: number;
  /** Tasks sharing this context (CLONE_FS). */
  users: number;
}

export interface VfsCtx {
  readonly cred: VfsCred;
  readonly fs: FsContext;
  /** The caller's mount namespace (where its path walks look for mounts). */
  readonly mntns: MountNamespace;
  readonly mm: AddressSpace;
  /** CLOCK_REALTIME now, for timestamps. */
  now(): Timestamp;
  /** Registers the caller on `q`; the handler then returns BLOCK and is retried when woken. */
  waitOn(q: WaitQueue): void;
  /** Sends a signal to the calling thread (SIGPIPE on a broken pipe, SIGXFSZ). */
  signalSelf(sig: number): void;
  /**
   * Progress of a blocking call across its retries (bytes already moved by a partial pipe
   * write, for example). Reset to 0 when a new syscall starts.
   */
  progress: number;
  /** RLIMIT_FSIZE soft limit in bytes (Infinity when unlimited). */
  fileSizeLimit(): number;
  /**
   * Runs `fn` once when the current call returns, however it ends (completed, interrupted,
   * killed): what a sleeping call must undo (a FIFO open waiting for its partner holds its
   * reader or writer count). Absent: the caller never sleeps in such a call.
   */
  atCallExit?(fn: () => void): void;
}

/** Returned by an operation that must sleep: the caller parks and retries it when woken. */
export const BLOCK: unique symbol = Symbol('BLOCK');
export type Block = typeof BLOCK;

/** Capability test on a VfsCred. */
export function capable(cred: VfsCred, cap: number): boolean {
  return Math.floor(cred.capEffective / 2 ** cap) % 2 === 1;
}

/**
 * `ctx` seen with some properties replaced (access(2)'s real-id credential, openat2's walk
 * scope): everything else reads from `ctx` (methods bound to it), writes go to it, and the view
 * is still an instance of ctx's class (procfs recognises the calling task through it).
 */
export function ctxWith<T extends object>(ctx: VfsCtx, over: T): VfsCtx & T {
  return new Proxy(ctx, {
    get(target, prop) {
      if (Object.prototype.hasOwnProperty.call(over, prop)) return (over as Record<PropertyKey, unknown>)[prop];
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value, target);
    },
    has(target, prop) {
      return prop in over || prop in target;
    },
  }) as VfsCtx & T;
}
