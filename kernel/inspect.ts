// kernel/inspect.ts — the kernel's state as plain data, for debuggers, tests and property
// models: snapshot(k) dumps the id-keyed tables (processes, tasks with their fd tables,
// open files, inodes, mounts, the clock) into a frozen tree; a Timeline records one
// snapshot per step with immer, so unchanged subtrees are shared between steps and each
// step's change comes out as a list of patches (immer's produceWithPatches). Never on the
// syscall path: taking a snapshot walks the whole state.

import { enablePatches, produceWithPatches, freeze, type Patch } from 'immer';
import { pathOf } from '../vfs/path_walk';
import type { Kernel } from './kernel';

enablePatches();

export interface TaskSnapshot {
  tid: number;
  pid: number;
  state: string;
  comm: string;
  uid: number;
  gid: number;
  euid: number;
  egid: number;
  cwd: string | null;
  umask: number;
  /** fd → open file id, and the close-on-exec flag. */
  fds: Record<string, { file: number; cloexec: boolean }>;
  inSyscall: string | null;
}

export interface ProcessSnapshot {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  state: string;
  exitStatus: number;
  threads: number[];
  children: number[];
  exe: string;
}

export interface FileSnapshot {
  id: number;
  /** "dev:ino" of the inode. */
  inode: string;
  flags: number;
  pos: number;
  refs: number;
}

export interface InodeSnapshot {
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  size: number;
  /** Directories: name → "dev:ino". */
  entries?: Record<string, string>;
  /** Symlinks. */
  target?: string;
}

export interface KernelSnapshot {
  monoNs: number;
  processes: Record<string, ProcessSnapshot>;
  tasks: Record<string, TaskSnapshot>;
  files: Record<string, FileSnapshot>;
  inodes: Record<string, InodeSnapshot>;
  mounts: Record<string, { id: number; fsType: string; dev: number; parent: number | null; root: string }>;
}

/** The whole state as a frozen plain-data tree. */
export function snapshot(k: Kernel): KernelSnapshot {
  const processes: Record<string, ProcessSnapshot> = {};
  for (const p of k.pidns.processes.values()) {
    processes[p.pid] = {
      pid: p.pid, ppid: p.parent?.pid ?? 0, pgid: p.pgid, sid: p.sid, state: p.state, exitStatus: p.exitStatus,
      threads: p.threads.map((t) => t.tid), children: p.children.map((c) => c.pid), exe: p.exe,
    };
  }
  const tasks: Record<string, TaskSnapshot> = {};
  for (const t of k.pidns.tasks.values()) {
    const fds: TaskSnapshot['fds'] = {};
    for (const [fd, f, cloexec] of t.files.entries()) fds[fd] = { file: f.id, cloexec };
    tasks[t.tid] = {
      tid: t.tid, pid: t.tgid, state: t.state, comm: t.comm, uid: t.cred.uid, gid: t.cred.gid,
      euid: t.cred.euid, egid: t.cred.egid, cwd: pathOf(t.fs.root, t.fs.cwd), umask: t.fs.umask, fds,
      inSyscall: t.inSyscall ? String(t.scNr) : null,
    };
  }
  const files: Record<string, FileSnapshot> = {};
  for (const f of k.vfs.files.values()) {
    files[f.id] = { id: f.id, inode: `${f.inode.sb.dev}:${f.inode.ino}`, flags: f.flags, pos: f.pos, refs: f.refs };
  }
  const inodes: Record<string, InodeSnapshot> = {};
  const mounts: KernelSnapshot['mounts'] = {};
  const seen = new Set<number>();
  for (const m of k.mntns.mounts.values()) {
    mounts[m.id] = { id: m.id, fsType: m.sb.fsType, dev: m.sb.dev, parent: m.parent?.id ?? null, root: `${m.sb.dev}:${m.root.ino}` };
    if (seen.has(m.sb.dev)) continue;
    seen.add(m.sb.dev);
    for (const i of m.sb.inodes.values()) {
      const s: InodeSnapshot = { mode: i.mode, uid: i.uid, gid: i.gid, nlink: i.nlink, size: i.size };
      if (i.isDir()) s.entries = Object.fromEntries([...i.entries].map(([n, ino]) => [n, `${i.sb.dev}:${ino}`]));
      if (i.isSymlink()) s.target = i.target;
      inodes[`${i.sb.dev}:${i.ino}`] = s;
    }
  }
  return freeze({ monoNs: k.clock.monoNs, processes, tasks, files, inodes, mounts }, true);
}

/** Makes `draft` equal to `next`, touching only what differs (so immer's patches are small). */
function reconcile(draft: Record<string, unknown>, next: Record<string, unknown>): void {
  for (const key of Object.keys(draft)) if (!(key in next)) delete draft[key];
  for (const [key, v] of Object.entries(next)) {
    const d = draft[key];
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && d !== null && typeof d === 'object' && !Array.isArray(d)) {
      reconcile(d as Record<string, unknown>, v as Record<string, unknown>);
    } else if (Array.isArray(v) && Array.isArray(d) && d.length === v.length && d.every((x, i) => x === v[i])) {
      // unchanged array
    } else if (d !== v) {
      draft[key] = v;
    }
  }
}

/** One recorded step: the state after it and what changed. */
export interface TimelineStep {
  readonly label: string;
  readonly state: KernelSnapshot;
  readonly patches: readonly Patch[];
}

/**
 * Snapshots over time: record() after each step. Steps share unchanged subtrees, so keeping
 * every step costs what changed, and stepping backwards is a lookup.
 */
export class Timeline {
  readonly steps: TimelineStep[] = [];

  constructor(private readonly k: Kernel) {
    this.steps.push({ label: 'start', state: snapshot(k), patches: [] });
  }

  get current(): KernelSnapshot {
    return this.steps[this.steps.length - 1]!.state;
  }

  record(label: string): TimelineStep {
    const fresh = snapshot(this.k);
    const [state, patches] = produceWithPatches(this.current, (draft) => {
      reconcile(draft as unknown as Record<string, unknown>, fresh as unknown as Record<string, unknown>);
    });
    const step = { label, state, patches };
    this.steps.push(step);
    return step;
  }
}

/** The changes from snapshot `a` to snapshot `b`, as immer patches (paths into the tree). */
export function diff(a: KernelSnapshot, b: KernelSnapshot): Patch[] {
  const [, patches] = produceWithPatches(a, (draft) => {
    reconcile(draft as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>);
  });
  return patches;
}
