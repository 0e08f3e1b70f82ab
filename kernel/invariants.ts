// kernel/invariants.ts — checkInvariants(k): what must hold of a kernel's state between any two
// syscalls, as a list of violations (empty when healthy). Used by the property tests after every
// step, and by the debugger to flag the first step at which the state went wrong. It only reads:
// it never repairs. Add an invariant here when a subsystem gains state with a rule; keep each
// message self-contained (it names the object and both sides of the broken equation).
// Owned by the kernel maintainers; any subsystem owner may add checks for their own state.

import type { MemoryMap } from '../mm/mm';
import { TmpfsMapping } from '../vfs/fs/tmpfs';
import { S_IALLUGO, S_IFMT } from '../abi/stat';
import { SA_NOCLDWAIT, SIGCHLD, SIG_IGN } from '../abi/signal';
import type { FdTable } from '../proc/fdtable';
import type { Process } from '../proc/process';
import type { Task } from '../proc/task';
import type { Errno } from '../abi/errno';
import type { FsContext, VfsCtx } from '../vfs/ctx';
import type { Mount, PathRef } from '../vfs/mount';
import { pathLookupUncached } from '../vfs/path_walk';
import type { OpenFile } from '../vfs/file';
import { pipeFileOps, type Pipe, type PipeEnd } from '../vfs/fs/pipefs';
import { procfsViolations } from '../vfs/fs/procfs';
import { SHORT_SYMLINK_LEN, type Inode, type Superblock } from '../vfs/inode';
import { BOGO_DIRENT_SIZE } from '../vfs/stat';
import { PAGE_SIZE } from '../vfs/pages';
import type { Kernel } from './kernel';
import { OFFSET_MAX } from '../vfs/locks';
import { F_RDLCK, F_WRLCK } from '../abi/fcntl';

export interface InvariantOptions {
  /** CLOCK_MONOTONIC (ns) read at an earlier step: the clock must not be behind it. */
  prevMonoNs?: number;
  /** Stop after this many violations (default 50): one bug tends to break many rules. */
  limit?: number;
}

/** tmpfs reports an empty directory as 2 * BOGO_DIRENT_SIZE bytes ("." and ".."). */
const EMPTY_DIR_SIZE = 2 * BOGO_DIRENT_SIZE;

/** Filesystems whose directory sizes follow tmpfs's BOGO_DIRENT_SIZE accounting. */
const TMPFS_LIKE = new Set(['tmpfs', 'devtmpfs']);

class Violations {
  readonly list: string[] = [];
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.list.length >= this.limit;
  }
  add(msg: string): void {
    if (this.list.length < this.limit) this.list.push(msg);
  }
}

const taskName = (t: Task): string => `task ${t.tid} (pid ${t.process.pid}, ${t.state})`;
const fileName = (f: OpenFile): string => `open file #${f.id} (ino ${f.inode.ino} on ${f.inode.sb.fsType})`;
const inodeName = (i: Inode): string => `inode ${i.ino} of ${i.sb.fsType} (dev ${i.sb.dev})`;

/**
 * Every violated invariant of `k`, as readable messages; [] when the state is consistent.
 * Cost: linear in tasks + fds + open files + inodes (about 20 µs for a freshly booted system).
 *
 * What is checked:
 * - clock: CLOCK_MONOTONIC is finite, and not behind `opts.prevMonoNs`;
 * - tasks: keyed by tid; each in its process's threads; a live one belongs to a live process,
 *   every fd names an OpenFile registered in vfs.files with refs ≥ 1, its root and cwd are
 *   directories present in their superblocks; fd tables' and fs contexts' `users` equal the
 *   live tasks sharing them; lowest-free fd allocation would pick the lowest free fd;
 * - processes: keyed by pid, never 'reaped' in the table, threads in the task table, alive ⇔
 *   a live thread; parent/child links agree both ways; a zombie has no children, a live parent
 *   other than init, and a parent that does not ignore SIGCHLD (no zombie outlives a wait: a
 *   reaped child leaves the table; orphans go to init, which reaps them at once unless
 *   options.initReaps is false);
 * - scheduler: the run queue holds only runnable (or new) tasks, once each; `current` runs;
 *   a blocked task sleeps on a wait queue or a timer (else no one would ever wake it);
 * - open files: each registered file's refs equals the fd slots naming it plus the VMAs
 *   mapping it (a mapping holds its file), offsets are non-negative safe integers, inodes are in their superblocks;
 * - filesystems: every directory entry names an inode of the same superblock; nlink equals the
 *   entries naming the inode (directories: 2 + subdirectories, 0 once removed); directory size
 *   = 40 + 20·entries (tmpfs); a directory's parent/name match the entry; symlink size = target
 *   length; modes hold a file type and S_IALLUGO bits only (symlinks 0777); inode refs = open
 *   files + fs contexts (root, cwd) + mounts; no inode without links
 *   or references stays in a table; tmpfs's bytesUsed = the file data it holds;
 * - pipes: readers/writers = the open files on each end; head/len within the buffer; every
 *   pipefs inode has a pipe, nlink 1 and an open end.
 */
export function checkInvariants(k: Kernel, opts: InvariantOptions = {}): string[] {
  const v = new Violations(opts.limit ?? 50);
  checkClock(k, v, opts.prevMonoNs);
  const { tables, contexts } = checkTasks(k, v);
  checkProcesses(k, v);
  checkScheduler(k, v);
  checkOpenFiles(k, v, tables);
  checkFilesystems(k, v, contexts);
  checkPipes(k, v);
  checkNameCache(k, v);
  checkLocks(k, v, tables);
  return v.list;
}

/**
 * File locks (vfs/locks.ts): every lock is set through a registered open file; a flock or OFD
 * lock's owner is that file; a POSIX lock's owner is the fd table of a live task that still has
 * an fd on the inode. Ranges are 0 ≤ start ≤ end ≤ OFFSET_MAX; no two held locks conflict; an
 * open file holds at most one flock lock; an owner's POSIX locks neither overlap nor touch
 * when of one type (they are merged); no empty context is kept; every F_SETLKW sleeper is a
 * live task inside a syscall (asleep, or woken and about to retry).
 */
function checkLocks(k: Kernel, v: Violations, tables: Set<FdTable>): void {
  const locks = k.vfs.locks;
  for (const c of locks.contexts()) {
    const ino = inodeName(c.inode);
    if (c.empty && c.wq.size === 0) v.add(`locks: ${ino} keeps an empty lock context`);
    if (c.inode.refs < 1) v.add(`locks: ${ino} has locks but no references (freed)`);
    const all = [...c.flock, ...c.posix];
    for (const l of all) {
      const what = `${l.kind} lock [${l.start}, ${l.end}] of pid ${l.pid} on ${ino}`;
      if (k.vfs.files.get(l.file.id) !== l.file) v.add(`locks: ${what} is set through ${fileName(l.file)}, which is not in the open-file table`);
      if (l.file.inode !== c.inode) v.add(`locks: ${what} is set through ${fileName(l.file)} of another inode`);
      if (l.start < 0n || l.start > l.end || l.end > OFFSET_MAX) v.add(`locks: ${what} has a bad range`);
      if (l.type !== F_RDLCK && l.type !== F_WRLCK) v.add(`locks: ${what} has type ${l.type}`);
      if (l.kind !== 'posix' && l.owner !== l.file) v.add(`locks: ${what} is not owned by its open file`);
      if (l.kind === 'posix') {
        const t = l.owner as FdTable;
        if (!tables.has(t)) v.add(`locks: ${what} is owned by an fd table no live task uses`);
        else if (![...t.entries()].some(([, f]) => f.inode === c.inode)) v.add(`locks: ${what} is owned by an fd table with no fd on the inode`);
      }
    }
    for (const l of c.leases) {
      if (k.vfs.files.get(l.file.id) !== l.file) v.add(`locks: a lease on ${ino} is held through ${fileName(l.file)}, which is not in the open-file table`);
    }
    const seen = new Set<OpenFile>();
    for (const l of c.flock) {
      if (seen.has(l.file)) v.add(`locks: ${fileName(l.file)} holds two flock locks`);
      seen.add(l.file);
      for (const m of c.flock) {
        if (m !== l && m.file !== l.file && (l.type === F_WRLCK || m.type === F_WRLCK)) v.add(`locks: flock locks of ${fileName(l.file)} and ${fileName(m.file)} conflict`);
      }
    }
    for (let i = 0; i < c.posix.length; i++) {
      for (let j = i + 1; j < c.posix.length; j++) {
        const a = c.posix[i]!;
        const b = c.posix[j]!;
        const touch = a.start <= b.end + 1n && b.start <= a.end + 1n;
        const overlap = a.start <= b.end && b.start <= a.end;
        if (a.owner !== b.owner) {
          if (overlap && (a.type === F_WRLCK || b.type === F_WRLCK)) v.add(`locks: ${a.kind} [${a.start}, ${a.end}] and ${b.kind} [${b.start}, ${b.end}] on ${ino} conflict`);
        } else if (overlap || (touch && a.type === b.type)) {
          v.add(`locks: one owner's locks [${a.start}, ${a.end}] and [${b.start}, ${b.end}] on ${ino} are not merged`);
        }
      }
    }
  }
  for (const token of locks.sleepers()) {
    const t = token as Task;
    if (t.state === 'dead' || !t.inSyscall) v.add(`locks: ${taskName(t)} is recorded as sleeping in F_SETLKW`);
  }
}

/** Every cached lookup (vfs/namecache.ts) still gives what a fresh walk gives. */
function checkNameCache(k: Kernel, v: Violations): void {
  for (const [path, e] of k.vfs.names.all()) {
    const root = { mnt: e.rootMnt, inode: e.root };
    const ctx = { cred: e.cred, fs: { root, cwd: root, umask: 0, users: 1 }, mntns: k.mntns } as unknown as VfsCtx;
    const fresh = pathLookupUncached(ctx, { mnt: e.baseMnt, inode: e.base }, path, e.flags);
    const same = 'inode' in e.result
      ? 'inode' in fresh && fresh.inode === e.result.inode && fresh.mnt === e.result.mnt
      : fresh === e.result;
    if (!same) v.add(`name cache: "${path}" is cached as ${describe(e.result)} but resolves to ${describe(fresh)}`);
  }
}

function describe(r: PathRef | Errno): string {
  return 'inode' in r ? `${r.inode.sb.dev}:${r.inode.ino}` : r.code;
}

// ---------------------------------------------------------------------------------------------

function checkClock(k: Kernel, v: Violations, prev: number | undefined): void {
  const now = k.clock.monoNs;
  if (!Number.isFinite(now) || now < 0) v.add(`clock: CLOCK_MONOTONIC is ${now}`);
  if (prev !== undefined && now < prev) v.add(`clock: CLOCK_MONOTONIC went backwards from ${prev} to ${now}`);
}

/**
 * Tasks: the pid table's keys, each live task's fds and fs context, and the user counts of fd
 * tables and fs contexts. Returns the distinct fd tables (holders of open-file references) and
 * fs contexts (holders of root and cwd inode references) of live tasks.
 */
function checkTasks(k: Kernel, v: Violations): { tables: Set<FdTable>; contexts: Set<FsContext> } {
  const { tasks, processes } = k.pidns;
  const tables = new Map<FdTable, number>();
  const contexts = new Map<FsContext, number>();
  for (const [tid, t] of tasks) {
    if (t.tid !== tid) v.add(`pid table: key ${tid} holds ${taskName(t)}`);
    if (processes.get(t.process.pid) !== t.process) v.add(`${taskName(t)}: its process ${t.process.pid} is not in the pid table`);
    if (!t.process.threads.includes(t)) v.add(`${taskName(t)}: not among its process's threads`);
    if (t.state === 'dead') continue;
    if (t.process.state !== 'alive') v.add(`${taskName(t)}: live thread of a ${t.process.state} process`);
    tables.set(t.files, (tables.get(t.files) ?? 0) + 1);
    contexts.set(t.fs, (contexts.get(t.fs) ?? 0) + 1);
    for (const [fd, f] of t.files.entries()) {
      if (k.vfs.files.get(f.id) !== f) v.add(`${taskName(t)}: fd ${fd} names ${fileName(f)}, which is not in the open-file table`);
      if (f.refs < 1) v.add(`${taskName(t)}: fd ${fd} names ${fileName(f)} with refs ${f.refs}`);
    }
    for (const [what, ref] of [['cwd', t.fs.cwd], ['root', t.fs.root]] as const) {
      if (!ref.inode.isDir()) v.add(`${taskName(t)}: ${what} is ${inodeName(ref.inode)}, not a directory`);
      if (ref.inode.sb.inodes.get(ref.inode.ino) !== ref.inode) v.add(`${taskName(t)}: ${what} ${inodeName(ref.inode)} is not in its superblock`);
    }
  }
  for (const [fs, users] of contexts) {
    if (fs.users !== users) v.add(`fs context shared by ${users} live task(s) counts ${fs.users} users`);
  }
  for (const [table, users] of tables) {
    if (table.users !== users) v.add(`fd table shared by ${users} live task(s) counts ${table.users} users`);
    // Lowest-free allocation: the table's next-free hint must not skip a free slot.
    let lowest = 0;
    while (table.get(lowest) !== undefined) lowest++;
    const peek = table.peek(0, Infinity);
    if (peek !== lowest) v.add(`fd table: lowest free fd is ${lowest} but allocation would pick ${String(peek)}`);
  }
  return { tables: new Set(tables.keys()), contexts: new Set(contexts.keys()) };
}

/** Processes: the pid table, parent/child links, zombies and reaping. */
function checkProcesses(k: Kernel, v: Violations): void {
  const { tasks, processes } = k.pidns;
  for (const [pid, p] of processes) {
    const name = `process ${pid} (${p.state})`;
    if (p.pid !== pid) v.add(`pid table: key ${pid} holds process ${p.pid}`);
    if (p.state === 'reaped') v.add(`${name}: reaped but still in the pid table`);
    if (p.threads.length === 0) v.add(`${name}: has no threads`);
    for (const t of p.threads) {
      if (tasks.get(t.tid) !== t) v.add(`${name}: thread ${t.tid} is not in the task table`);
      if (t.process !== p) v.add(`${name}: thread ${t.tid} belongs to process ${t.process.pid}`);
    }
    const live = p.threads.some((t) => t.state !== 'dead');
    if (p.state === 'alive' && !live && p !== k.init) v.add(`${name}: alive with every thread dead`);
    if (p.state === 'zombie' && live) v.add(`${name}: zombie with a live thread`);
    if (p === k.init) continue;
    const parent = p.parent;
    if (!parent) {
      v.add(`${name}: has no parent`);
    } else {
      if (processes.get(parent.pid) !== parent) v.add(`${name}: parent ${parent.pid} (${parent.state}) is not in the pid table`);
      if (!parent.children.includes(p)) v.add(`${name}: not among the children of its parent ${parent.pid}`);
    }
    for (const c of p.children) {
      if (c.parent !== p) v.add(`${name}: child ${c.pid} names ${c.parent?.pid ?? 'no'} parent`);
      if (processes.get(c.pid) !== c) v.add(`${name}: child ${c.pid} (${c.state}) is not in the pid table`);
    }
    if (p.state === 'zombie') {
      if (p.children.length > 0) v.add(`${name}: zombie still has children ${p.children.map((c) => c.pid).join(',')}`);
      if (parent === null || (parent === k.reaper && k.initReaps)) v.add(`${name}: zombie orphan (init reaps its children at once)`);
      else if (parent === k.reaper) continue; // an init that does not reap (options.initReaps false)
      else if (parent.state !== 'alive') v.add(`${name}: zombie whose parent ${parent.pid} is ${parent.state}`);
      else if (autoReaps(parent, p)) v.add(`${name}: zombie whose parent ${parent.pid} ignores SIGCHLD`);
    }
  }
  for (const c of k.init.children) {
    if (c.state === 'zombie' && k.initReaps) v.add(`process ${c.pid}: zombie child of init`);
  }
}

function autoReaps(parent: Process, child: Process): boolean {
  const act = parent.sighand.actions[SIGCHLD];
  return child.exitSignal === SIGCHLD && act !== undefined && (act.handler === SIG_IGN || (act.flags & SA_NOCLDWAIT) !== 0);
}

/** The run queue holds only runnable (or not yet started) tasks; sleepers sleep on something. */
function checkScheduler(k: Kernel, v: Violations): void {
  const seen = new Set<Task>();
  for (const t of k.sched.runnable) {
    if (seen.has(t)) v.add(`run queue: ${taskName(t)} queued twice`);
    seen.add(t);
    if (t.state !== 'runnable' && t.state !== 'new') v.add(`run queue: holds ${taskName(t)}`);
    if (k.pidns.tasks.get(t.tid) !== t) v.add(`run queue: ${taskName(t)} is not in the task table`);
  }
  const cur = k.sched.current;
  if (cur && cur.state !== 'running') v.add(`scheduler: current is ${taskName(cur)}`);
  const initTask = k.init.threads[0];
  for (const t of k.pidns.tasks.values()) {
    if (t === initTask || t.state !== 'blocked') continue;
    if (!t.waiting && t.wakeAtNs < 0) v.add(`${taskName(t)}: asleep on no wait queue and no timer (lost wake-up)`);
    if (seen.has(t)) v.add(`${taskName(t)}: blocked but in the run queue`);
  }
}

/** Open files: registered, referenced exactly by the fd slots that name them. */
function checkOpenFiles(k: Kernel, v: Violations, tables: Set<FdTable>): void {
  const slots = new Map<OpenFile, number>();
  for (const table of tables) {
    for (const [, f] of table.entries()) slots.set(f, (slots.get(f) ?? 0) + 1);
  }
  // Address spaces: their own invariants, and the files their VMAs map.
  const mms = new Set<MemoryMap>();
  for (const t of k.pidns.tasks.values()) if (t.state !== 'dead') mms.add(t.mm);
  const mapped = new Map<OpenFile, number>();
  for (const mm of mms) {
    for (const e of mm.check()) v.add(`address space of ${[...k.pidns.tasks.values()].find((t) => t.mm === mm && t.state !== 'dead')?.tid}: ${e}`);
    for (const vma of mm.vmas.list) {
      if (vma.file instanceof TmpfsMapping) mapped.set(vma.file.file, (mapped.get(vma.file.file) ?? 0) + 1);
    }
  }
  for (const [id, f] of k.vfs.files) {
    if (v.full) return;
    if (f.id !== id) v.add(`open-file table: key ${id} holds ${fileName(f)}`);
    const n = slots.get(f) ?? 0;
    const m = mapped.get(f) ?? 0;
    if (f.refs !== n + m) v.add(`${fileName(f)}: refs ${f.refs} but ${n} fd slot(s) and ${m} mapping(s) name it`);
    if (!f.ops.stream && !(Number.isSafeInteger(f.pos) && f.pos >= 0)) v.add(`${fileName(f)}: offset ${f.pos}`);
    if (f.inode.sb.inodes.get(f.inode.ino) !== f.inode) v.add(`${fileName(f)}: its inode is not in its superblock`);
  }
  for (const f of slots.keys()) {
    if (k.vfs.files.get(f.id) !== f) v.add(`${fileName(f)}: named by an fd but not in the open-file table`);
  }
}

/** Every superblock the kernel can reach: the mounted ones and pipefs. */
function superblocks(k: Kernel): Superblock[] {
  const sbs = new Set<Superblock>();
  for (const m of k.mntns.mounts.values()) sbs.add(m.sb);
  sbs.add(k.vfs.pipefs);
  for (const f of k.vfs.files.values()) sbs.add(f.inode.sb);
  return [...sbs];
}

/** Inodes: link counts = directory entries, sizes, references, tmpfs accounting. */
function checkFilesystems(k: Kernel, v: Violations, contexts: Set<FsContext>): void {
  // Who holds a reference on an inode: open files, tasks' roots and cwds, mounts (root and mountpoint).
  const holders = new Map<Inode, number>();
  const hold = (i: Inode): void => void holders.set(i, (holders.get(i) ?? 0) + 1);
  for (const f of k.vfs.files.values()) hold(f.inode);
  for (const fs of contexts) {
    hold(fs.root.inode);
    hold(fs.cwd.inode);
  }
  for (const m of k.mntns.mounts.values()) {
    hold(m.root);
    if (m.parent) hold(m.mountpoint);
  }

  for (const sb of superblocks(k)) {
    if (v.full) return;
    if (sb === k.vfs.pipefs) {
      checkPipefs(sb, v, holders);
      continue;
    }
    if (sb.dyn !== null) {
      // procfs: generated names (no directory entries to count); its own bookkeeping, and refs.
      for (const msg of procfsViolations(sb)) v.add(msg);
      for (const i of sb.inodes.values()) {
        const held = holders.get(i) ?? 0;
        if (i.refs !== held) v.add(`${inodeName(i)}: refs ${i.refs} but ${held} open file(s)/root(s)/cwd(s)/mount(s) hold it`);
      }
      continue;
    }
    const links = new Map<number, number>();
    const subdirs = new Map<number, number>();
    for (const dir of sb.inodes.values()) {
      if (!dir.isDir()) continue;
      for (const [name, ino] of dir.entries) {
        if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
          v.add(`${inodeName(dir)}: bad entry name ${JSON.stringify(name)}`);
        }
        const child = sb.inodes.get(ino);
        if (!child) {
          v.add(`${inodeName(dir)}: entry ${JSON.stringify(name)} names inode ${ino}, which is not in the superblock`);
          continue;
        }
        links.set(ino, (links.get(ino) ?? 0) + 1);
        if (child.isDir()) {
          subdirs.set(dir.ino, (subdirs.get(dir.ino) ?? 0) + 1);
          if (child.parent !== dir.ino || child.name !== name) {
            v.add(`${inodeName(child)}: directory entry ${JSON.stringify(name)} of ${dir.ino} but records parent ${child.parent} name ${JSON.stringify(child.name)}`);
          }
        }
      }
    }
    let bytes = 0;
    for (const [ino, i] of sb.inodes) {
      if (i.ino !== ino) v.add(`${sb.fsType}: inode table key ${ino} holds ${inodeName(i)}`);
      const n = links.get(ino) ?? 0;
      if (i.isDir()) {
        if (i === sb.root) {
          if (n !== 0) v.add(`${inodeName(i)}: root directory named by ${n} entries`);
        } else if (i.nlink === 0) {
          if (n !== 0) v.add(`${inodeName(i)}: removed directory still named by ${n} entries`);
        } else if (n !== 1) {
          v.add(`${inodeName(i)}: directory named by ${n} entries`);
        }
        const expected = i.nlink === 0 && i !== sb.root ? 0 : 2 + (subdirs.get(ino) ?? 0);
        if (i.nlink !== expected) v.add(`${inodeName(i)}: directory nlink ${i.nlink}, expected ${expected} (2 + ${subdirs.get(ino) ?? 0} subdirectories)`);
        if (i.nlink === 0 && i.entries.size > 0) v.add(`${inodeName(i)}: removed directory with ${i.entries.size} entries`);
        if (TMPFS_LIKE.has(sb.fsType)) {
          const size = EMPTY_DIR_SIZE + BOGO_DIRENT_SIZE * i.entries.size;
          if (i.size !== size) v.add(`${inodeName(i)}: directory size ${i.size}, expected ${size} (${i.entries.size} entries)`);
        }
      } else if (i.nlink !== n) {
        v.add(`${inodeName(i)}: nlink ${i.nlink} but ${n} directory entries name it`);
      }
      if (i.isReg()) {
        const pages = i.data?.count ?? 0;
        bytes += pages * PAGE_SIZE;
        if (!Number.isSafeInteger(i.size) || i.size < 0) v.add(`${inodeName(i)}: size ${i.size}`);
        // Pages past the size are legitimate: fallocate(FALLOC_FL_KEEP_SIZE), a faulting write.
      }
      if (i.isSymlink() && i.target.length >= SHORT_SYMLINK_LEN) bytes += PAGE_SIZE; // a long target's page
      if (i.isSymlink() && i.size !== i.target.length) v.add(`${inodeName(i)}: symlink size ${i.size} for target ${JSON.stringify(i.target)}`);
      // Modes (vfs/attr.ts): a file type and permission bits only; a symlink's are always 0777.
      if ((i.mode & ~(S_IFMT | S_IALLUGO)) !== 0 || (i.mode & S_IFMT) === 0) v.add(`${inodeName(i)}: mode 0${i.mode.toString(8)}`);
      if (i.isSymlink() && (i.mode & S_IALLUGO) !== 0o777) v.add(`${inodeName(i)}: symlink mode 0${(i.mode & S_IALLUGO).toString(8)}`);
      const held = holders.get(i) ?? 0;
      if (i.refs !== held) v.add(`${inodeName(i)}: refs ${i.refs} but ${held} open file(s)/root(s)/cwd(s)/mount(s) hold it`);
      if (i.nlink === 0 && i.refs === 0 && i !== sb.root) v.add(`${inodeName(i)}: no links and no references, yet not freed`);
    }
    if (sb.bytesUsed !== bytes) v.add(`${sb.fsType} (dev ${sb.dev}): bytesUsed ${sb.bytesUsed}, file data holds ${bytes}`);
    // tmpfs charges every name of a non-directory past its first to nr_inodes (vfs/namei.ts).
    let extra = 0;
    for (const i of sb.inodes.values()) if (!i.isDir() && i.nlink > 1) extra += i.nlink - 1;
    if (sb.extraLinks !== extra) v.add(`${sb.fsType} (dev ${sb.dev}): extraLinks ${sb.extraLinks}, hard links beyond the first: ${extra}`);
  }
  // Mounts: each counts the roots and working directories on it (umount's EBUSY).
  const users = new Map<Mount, number>();
  for (const fs of contexts) for (const ref of [fs.root, fs.cwd]) users.set(ref.mnt, (users.get(ref.mnt) ?? 0) + 1);
  for (const m of k.mntns.mounts.values()) {
    if (m.users !== (users.get(m) ?? 0)) v.add(`mount ${m.id}: users ${m.users} but ${users.get(m) ?? 0} root(s)/cwd(s) are on it`);
    if (m.detached) v.add(`mount ${m.id}: detached, yet in its namespace`);
    if (m.parent && !k.mntns.mounts.has(m.parent.id)) v.add(`mount ${m.id}: its parent ${m.parent.id} is not in the namespace`);
    if (m.parent && k.mntns.mountedOn(m.parent, m.mountpoint) === undefined) v.add(`mount ${m.id}: not found on its mountpoint`);
  }
}

/** pipefs: anonymous pipes only, each kept alive by its open ends. */
function checkPipefs(sb: Superblock, v: Violations, holders: Map<Inode, number>): void {
  for (const i of sb.inodes.values()) {
    if (i === sb.root) continue;
    if (!i.isSpecial() || !i.pipe) v.add(`${inodeName(i)}: pipefs inode without a pipe`);
    if (i.nlink !== 1) v.add(`${inodeName(i)}: pipefs nlink ${i.nlink}`);
    const held = holders.get(i) ?? 0;
    if (held === 0) v.add(`${inodeName(i)}: pipe with no open end, yet not freed`);
    if (i.refs !== held) v.add(`${inodeName(i)}: refs ${i.refs} but ${held} open file(s) hold it`);
  }
}

/** Pipes and FIFOs: the reader/writer counts are the open files on each end (and FIFO openers asleep). */
function checkPipes(k: Kernel, v: Violations): void {
  const ends = new Map<Pipe, { r: number; w: number }>();
  const note = (p: Pipe): { r: number; w: number } => {
    let e = ends.get(p);
    if (!e) ends.set(p, (e = { r: 0, w: 0 }));
    return e;
  };
  for (const f of k.vfs.files.values()) {
    if (f.ops !== pipeFileOps) continue;
    const pipe = (f.priv as PipeEnd | null)?.pipe;
    if (!pipe) {
      v.add(`${fileName(f)}: pipe file without a pipe`);
      continue;
    }
    if (f.inode.isSpecial() && f.inode.pipe !== null && f.inode.pipe !== pipe) v.add(`${fileName(f)}: uses another pipe than its FIFO inode's`);
    const e = note(pipe);
    if (f.readable) e.r++;
    if (f.writable) e.w++;
  }
  for (const sb of superblocks(k)) {
    for (const i of sb.inodes.values()) if (i.isSpecial() && i.pipe) note(i.pipe);
  }
  // FIFO openers asleep until their partner opens hold their count already (fifo_open).
  for (const [p, e] of ends) {
    for (const w of p.openWaits?.values() ?? []) {
      if (w.read) e.r++;
      else e.w++;
    }
  }
  for (const [p, e] of ends) {
    if (p.readers !== e.r || p.writers !== e.w) {
      v.add(`pipe: readers/writers ${p.readers}/${p.writers} but ${e.r}/${e.w} open ends`);
    }
    if (!(p.len >= 0 && p.len <= p.capacity && p.head >= 0 && p.head < p.capacity)) v.add(`pipe: head ${p.head} len ${p.len} of ${p.capacity}`);
  }
}
