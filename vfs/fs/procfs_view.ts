// vfs/fs/procfs_view.ts — what procfs (vfs/fs/procfs.ts) reads of the kernel: a "process
// view" the kernel passes in when it mounts /proc, so that vfs/ never imports proc/ or kernel/.
// The shapes are structural: the kernel's own Process and Task objects satisfy them, and
// kernel/procview.ts builds the rest (clock, machine, UTS namespace of a caller). procfs only
// reads through the view, except the UTS nodename (/proc/sys/kernel/hostname) and a thread's
// name (/proc/[pid]/comm).
// Owned by procfs; the kernel side adapts to it.

import type { AddressSpace } from '../../mm/address_space';
import type { FsContext, VfsCtx } from '../ctx';
import type { OpenFile } from '../file';
import type { MountNamespace } from '../mount';

/** The credential fields /proc/[pid]/status shows (Linux's struct cred). */
export interface ProcCredView {
  readonly uid: number;
  readonly gid: number;
  readonly euid: number;
  readonly egid: number;
  readonly suid: number;
  readonly sgid: number;
  readonly fsuid: number;
  readonly fsgid: number;
  readonly groups: readonly number[];
  readonly capEffective: number;
  readonly capPermitted: number;
  readonly capInheritable: number;
  readonly capBounding: number;
  readonly capAmbient: number;
  readonly noNewPrivs: boolean;
}

/** A thread (Linux's task_struct), as procfs reads it. */
export interface ProcTaskView {
  readonly tid: number;
  /** The thread's name (writing /proc/[pid]/comm changes it). */
  comm: string;
  /** 'new' | 'running' | 'runnable' | 'blocked' | 'dead'. */
  readonly state: string;
  readonly cred: ProcCredView;
  readonly fs: FsContext;
  readonly mntns: MountNamespace;
  readonly files: {
    entries(): IterableIterator<[fd: number, file: OpenFile, cloexec: boolean]>;
    /** Slots ever used: the highest open fd + 1, at most. */
    readonly size: number;
  };
  readonly sigBlocked: bigint;
  readonly sigPending: { readonly set: bigint };
  readonly utimeNs: number;
  readonly stimeNs: number;
  readonly mm: AddressSpace;
  readonly uts: { nodename: string };
  readonly process: ProcProcessView;
}

/** A process (thread group), as procfs reads it. */
export interface ProcProcessView {
  readonly pid: number;
  readonly parent: { readonly pid: number } | null;
  readonly pgid: number;
  readonly sid: number;
  /** 'alive' | 'zombie' | 'reaped'. */
  readonly state: string;
  /** Job control: stopped by a stop signal (shown as "T (stopped)"). */
  readonly stopped: boolean;
  readonly threads: readonly ProcTaskView[];
  /** What execve ran (an absolute path), its argv and envp. */
  readonly exe: string;
  readonly argv: readonly string[];
  readonly envp: readonly string[];
  /** [soft, hard] per RLIMIT_*; 2**64 is unlimited. */
  readonly rlimits: readonly (readonly [number, number])[];
  readonly sharedPending: { readonly set: bigint };
  /** handler: SIG_DFL (0), SIG_IGN (1), or anything else for a caught signal. */
  readonly sighand: { readonly actions: readonly ({ readonly handler: unknown } | undefined)[] };
  readonly exitSignal: number;
  readonly exitStatus: number;
  /** CLOCK_MONOTONIC when the process started, in ns. */
  readonly startNs: number;
  readonly cutimeNs: number;
  readonly cstimeNs: number;
  readonly deadUtimeNs: number;
  readonly deadStimeNs: number;
}

/** The kernel as procfs sees it. */
export interface ProcessView {
  /** Processes by pid: zombies included, reaped ones gone. */
  readonly processes: ReadonlyMap<number, ProcProcessView>;
  /** Threads by tid (dead threads of a live process may linger: check their state). */
  readonly tasks: ReadonlyMap<number, ProcTaskView>;
  /** The task making the call (undefined for the kernel's own context). */
  taskOf(ctx: VfsCtx): ProcTaskView | undefined;
  /** The UTS namespace of the caller (/proc/sys/kernel/hostname reads and writes it). */
  utsOf(ctx: VfsCtx): { nodename: string };
  /** CLOCK_BOOTTIME in ns (uptime). */
  uptimeNs(): number;
  /** The last pid handed out (the fifth field of /proc/loadavg). */
  lastPid(): number;
  /** Who the kernel says it is and the machine it models. */
  readonly machine: {
    readonly sysname: string;
    readonly release: string;
    readonly version: string;
    readonly ramBytes: number;
    readonly cpus: number;
  };
}
