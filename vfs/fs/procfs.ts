// vfs/fs/procfs.ts — procfs: /proc's directories and files, made when they are looked up or
// read, from the kernel's state as the process view (./procfs_view.ts) shows it — Linux's
// fs/proc/{root,base,fd,array,generic,proc_sysctl}.c. The superblock's `dyn` hook
// (vfs/inode.ts DynamicFs) routes lookups, getdents, opens and symlinks here; walks through
// /proc are never name-cached (pids come and go, /proc/self depends on the caller).
//
// Inodes are real Inode objects of this superblock, made on the first lookup and kept while
// their process lives (so stat gives the same st_ino twice); a process's inodes are dropped
// once it is reaped (those still open stay until closed: reads then fail with ESRCH).
// Magic links (/proc/[pid]/{cwd,root,exe,fd/N}) jump to the object itself when followed.
// Writable: /proc/sys/kernel/hostname (root: the UTS nodename) and /proc/[pid]/comm.
// Contents (one generator per file) are in ./procfs_files.ts. Owned by procfs.

import { EACCES, EFAULT, EINVAL, ENOENT, EPERM, ESRCH, type Errno } from '../../abi/errno';
import { SEEK_CUR, SEEK_SET } from '../../abi/fcntl';
import { CAP_SYS_PTRACE } from '../../abi/misc';
import { S_IFDIR, S_IFLNK, S_IFREG } from '../../abi/stat';
import { accessOk, copyToUser, type UPtr } from '../../mm/usercopy';
import { capable, type VfsCtx } from '../ctx';
import { FMODE_READ, FMODE_WRITE, type FileOps, type IoResult, type OpenFile } from '../file';
import { dtype, type DirInode, type DynamicFs, type Inode, type Superblock, type SymlinkInode } from '../inode';
import type { PathRef } from '../mount';
import { LOOKUP_FOLLOW, pathLookupUncached, pathOf } from '../path_walk';
import type { Vfs } from '../vfs';
import { GLOBAL_FILES, PID_FILES, SYS_KERNEL_FILES, type FileGen } from './procfs_files';
import type { ProcessView, ProcProcessView, ProcTaskView } from './procfs_view';

export type { ProcessView } from './procfs_view';

/** What a procfs inode stands for. */
interface Node {
  readonly kind: Kind;
  /** The process (0: not per-process) and thread (0: the thread-group level). */
  readonly pid: number;
  readonly tid: number;
  /** fd/N and fdinfo/N: N; files: their name. */
  readonly fd: number;
  readonly name: string;
  /** The process the inode was made for (a reused pid is another process). */
  readonly proc: ProcProcessView | null;
}

type Kind =
  | 'root' | 'sys' | 'sys-kernel' | 'global' | 'sysctl' | 'self' | 'thread-self' | 'static-link'
  | 'pid' | 'task' | 'tid' | 'fd' | 'fdinfo' | 'fd-link' | 'fdinfo-file' | 'pid-file' | 'cwd' | 'root-link' | 'exe';

/** Per-process entries, in the order Linux lists them (tgid_base_stuff; tid_base_stuff has no "task"). */
const PID_ENTRIES: readonly (readonly [name: string, kind: Kind, mode: number])[] = [
  ['task', 'task', S_IFDIR | 0o555],
  ['fd', 'fd', S_IFDIR | 0o500],
  ['fdinfo', 'fdinfo', S_IFDIR | 0o555],
  ['environ', 'pid-file', S_IFREG | 0o400],
  ['status', 'pid-file', S_IFREG | 0o444],
  ['limits', 'pid-file', S_IFREG | 0o444],
  ['comm', 'pid-file', S_IFREG | 0o644],
  ['cmdline', 'pid-file', S_IFREG | 0o444],
  ['stat', 'pid-file', S_IFREG | 0o444],
  ['statm', 'pid-file', S_IFREG | 0o444],
  ['maps', 'pid-file', S_IFREG | 0o444],
  ['cwd', 'cwd', S_IFLNK | 0o777],
  ['root', 'root-link', S_IFLNK | 0o777],
  ['exe', 'exe', S_IFLNK | 0o777],
  ['mounts', 'pid-file', S_IFREG | 0o444],
  ['mountinfo', 'pid-file', S_IFREG | 0o444],
  ['smaps', 'pid-file', S_IFREG | 0o444],
  ['smaps_rollup', 'pid-file', S_IFREG | 0o444],
];

/** Files whose open needs ptrace read access (PTRACE_MODE_READ_FSCREDS). */
const MM_FILES: ReadonlySet<string> = new Set(['environ', 'maps', 'smaps', 'smaps_rollup']);

/** getdents positions in /proc (fs/proc/base.c): self, thread-self, then pid + TGID_OFFSET. */
const FIRST_PROCESS_ENTRY = 256;
const TGID_OFFSET = FIRST_PROCESS_ENTRY + 2;
const PID_MAX_LIMIT = 4 * 1024 * 1024;
/** /proc/[pid] reports 2 + its subdirectories in Linux's full table (task fd map_files fdinfo ns net attr). */
const PID_DIR_NLINK = 9;
/** /proc/[pid]/task/[tid]: 2 + fd map_files fdinfo ns net attr… as Linux reports it (7). */
const TID_DIR_NLINK = 7;
/** proc_fd_link inodes say they are 64 bytes long. */
const FD_LINK_SIZE = 64;

interface ListEntry {
  readonly pos: number;
  readonly ino: number;
  readonly type: number;
  readonly name: string;
}

/** One procfs instance (each mount of "proc" makes one). */
class ProcFs implements DynamicFs {
  private readonly meta = new Map<number, Node>();
  /** Inodes by place ("parent-ino/name"), while their process lives. */
  private readonly cache = new Map<string, Inode>();
  /** The cache keys of each process's inodes, and the process they were made for. */
  private readonly owned = new Map<number, { proc: ProcProcessView; keys: string[] }>();
  /** Inodes of gone processes that were still open when purged: freed once closed. */
  private readonly orphans = new Set<Inode>();
  /** Fixed entries of the root, of /proc/sys and of /proc/sys/kernel, in listing order. */
  private readonly rootNames: [string, Inode][] = [];
  private readonly sysNames: [string, Inode][] = [];
  private readonly kernelNames: [string, Inode][] = [];
  readonly fileOps: FileOps;
  /** Numbers for objects with no inode (shared anonymous memory in maps), from 1, per instance. */
  private readonly objIds = new WeakMap<object, number>();
  private nextObjId = 1;
  readonly hostnameOps: FileOps;
  readonly commOps: FileOps;

  constructor(readonly vfs: Vfs, readonly sb: Superblock, readonly view: ProcessView) {
    const root = sb.root;
    this.meta.set(root.ino, node('root'));
    const sys = this.make(S_IFDIR | 0o555, 0, 0, node('sys'), root, 'sys') as DirInode;
    sys.nlink = 1; // sysctl directories report 1
    const kernel = this.make(S_IFDIR | 0o555, 0, 0, node('sys-kernel'), sys, 'kernel') as DirInode;
    kernel.nlink = 1;
    this.sysNames.push(['kernel', kernel]);
    for (const [name, gen] of SYS_KERNEL_FILES) {
      this.kernelNames.push([name, this.make(S_IFREG | (gen.write ? 0o644 : 0o444), 0, 0, { ...node('sysctl'), name }, kernel, name)]);
    }
    // The root's fixed entries in Linux's order: shorter names first, then bytewise.
    const fixed: [string, () => Inode][] = [
      ['sys', () => sys],
      ['mounts', () => {
        const l = this.make(S_IFLNK | 0o777, 0, 0, { ...node('static-link'), name: 'mounts' }, root, 'mounts') as SymlinkInode;
        l.target = 'self/mounts';
        l.size = l.target.length;
        return l;
      }],
      ...GLOBAL_FILES.map(([name]) => [name, () => this.make(S_IFREG | 0o444, 0, 0, { ...node('global'), name }, root, name)] as [string, () => Inode]),
    ];
    fixed.sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, mk] of fixed) this.rootNames.push([name, mk()]);
    this.rootNames.push(['self', this.make(S_IFLNK | 0o777, 0, 0, node('self'), root, 'self')]);
    this.rootNames.push(['thread-self', this.make(S_IFLNK | 0o777, 0, 0, node('thread-self'), root, 'thread-self')]);
    root.nlink = 2 + 1; // ".", "..", sys (pids are added when counted)

    const read = (f: OpenFile, ctx: VfsCtx, dst: UPtr, count: number, pos: number): IoResult => this.read(f, ctx, dst, count, pos);
    const llseek = (f: OpenFile, offset: number, whence: number): number | Errno => {
      // seq_lseek(): SEEK_SET and SEEK_CUR only, never below 0.
      const to = whence === SEEK_SET ? offset : whence === SEEK_CUR ? f.pos + offset : -1;
      if (whence !== SEEK_SET && whence !== SEEK_CUR) return EINVAL;
      if (to < 0) return EINVAL;
      if (to !== f.pos) f.priv = null;
      f.pos = to;
      return to;
    };
    this.fileOps = { read, llseek };
    this.hostnameOps = {
      read, llseek,
      write: (f, ctx, src, pos) => this.writeSysctl(f, ctx, src, pos),
    };
    this.commOps = { read, llseek, write: (f, ctx, src) => this.writeComm(f, ctx, src) };
  }

  // -------------------------------------------------------------------------------------------
  // Inodes

  private make(mode: number, uid: number, gid: number, n: Node, parent: DirInode | null, name: string): Inode {
    const i = this.sb.newInode(mode, uid, gid, this.vfs.now());
    i.nlink = i.isDir() ? 2 : 1;
    if (i.isDir()) {
      i.parent = parent ? parent.ino : i.ino;
      i.name = name;
    }
    this.meta.set(i.ino, n);
    return i;
  }

  /** The inode for `n` under `parent`, made on first use and refreshed (owner, mode, size). */
  private get(n: Node, mode: number, parent: DirInode, name: string): Inode {
    const key = `${parent.ino}/${name}`; // the same file under two directories is two inodes, as on Linux
    let i = this.cache.get(key);
    if (i === undefined) {
      i = this.make(mode, 0, 0, n, parent, name);
      if (n.kind === 'pid' || n.kind === 'tid') i.nlink = n.kind === 'pid' ? PID_DIR_NLINK : TID_DIR_NLINK;
      this.cache.set(key, i);
      const own = this.owned.get(n.pid);
      if (own) own.keys.push(key);
      else this.owned.set(n.pid, { proc: n.proc!, keys: [key] });
    } else {
      i.mode = mode; // proc_setattr() refuses mode changes: a process's files keep theirs
    }
    return i;
  }

  /** Forgets the inodes of a process that is gone (open ones stay until their last close). */
  private purge(pid: number): void {
    const own = this.owned.get(pid);
    if (!own) return;
    this.owned.delete(pid);
    for (const key of own.keys) {
      const i = this.cache.get(key);
      this.cache.delete(key);
      if (!i) continue;
      i.nlink = 0;
      if (i.refs === 0) {
        this.meta.delete(i.ino);
        this.sb.inodes.delete(i.ino);
      } else {
        this.orphans.add(i);
      }
    }
  }

  /** Drops the inodes of every process that has been reaped (or whose pid now names another). */
  private sweep(): void {
    for (const [pid, own] of this.owned) {
      if (this.view.processes.get(pid) !== own.proc) this.purge(pid);
    }
    // Open inodes of gone processes, now closed (fput's maybeFree took them out of the table).
    for (const i of this.orphans) {
      if (i.refs > 0) continue;
      this.orphans.delete(i);
      this.meta.delete(i.ino);
      this.sb.inodes.delete(i.ino);
    }
  }

  /** The live process a node belongs to, or undefined once it is gone. */
  private procOf(n: Node): ProcProcessView | undefined {
    const p = this.view.processes.get(n.pid);
    return p !== undefined && p === n.proc && p.state !== 'reaped' ? p : undefined;
  }

  /** The thread a node reads: its own for /proc/[pid]/task/[tid], else the leader. */
  private taskOf(n: Node): ProcTaskView | undefined {
    const p = this.procOf(n);
    if (!p) return undefined;
    if (n.tid !== 0) return p.threads.find((t) => t.tid === n.tid);
    return p.threads.find((t) => t.tid === p.pid) ?? p.threads[0];
  }

  /** Owner of a process's inodes: its effective ids (task_dump_owner). */
  private own(i: Inode, t: ProcTaskView | undefined): Inode {
    if (t) {
      i.uid = t.cred.euid;
      i.gid = t.cred.egid;
    }
    return i;
  }

  /** See procfsViolations(). */
  violations(): string[] {
    const v: string[] = [];
    const name = (i: Inode): string => `proc inode ${i.ino}`;
    for (const i of this.sb.inodes.values()) {
      if (!this.meta.has(i.ino)) v.push(`${name(i)}: in the table but stands for nothing`);
      if (i.nlink === 0 && i.refs === 0) v.push(`${name(i)}: no link and no reference, yet in the table`);
      if (i.nlink === 0 && !this.orphans.has(i)) v.push(`${name(i)}: purged but not kept as an orphan`);
    }
    for (const [key, i] of this.cache) {
      if (this.sb.inodes.get(i.ino) !== i) v.push(`cached ${key}: ${name(i)} is not in the table`);
      if (i.nlink === 0) v.push(`cached ${key}: ${name(i)} has no link`);
    }
    for (const [pid, own] of this.owned) {
      for (const key of own.keys) if (!this.cache.has(key)) v.push(`pid ${pid}: owns ${key}, which is not cached`);
    }
    for (const i of this.orphans) {
      if (i.nlink !== 0) v.push(`orphan ${name(i)} has ${i.nlink} links`);
    }
    return v;
  }

  // -------------------------------------------------------------------------------------------
  // DynamicFs: lookup and listing

  lookup(dir: DirInode, name: string): Inode | undefined {
    const n = this.meta.get(dir.ino);
    if (!n) return undefined;
    switch (n.kind) {
      case 'root': {
        const fixed = this.rootNames.find(([k]) => k === name);
        if (fixed) return fixed[1];
        if (!/^[1-9][0-9]{0,9}$/.test(name)) return undefined;
        this.sweep();
        return this.pidDir(dir, name);
      }
      case 'sys': return this.sysNames.find(([k]) => k === name)?.[1];
      case 'sys-kernel': return this.kernelNames.find(([k]) => k === name)?.[1];
      case 'pid': case 'tid': {
        const t = this.taskOf(n);
        if (!t) return undefined;
        const e = PID_ENTRIES.find(([k]) => k === name);
        if (!e || (n.kind === 'tid' && e[1] === 'task')) return undefined;
        const child = this.get({ kind: e[1], pid: n.pid, tid: n.tid, fd: 0, name: e[0], proc: n.proc }, e[2], dir, name);
        if (e[1] === 'fd') child.size = countFds(t);
        if (e[1] === 'task') child.nlink = 2 + this.procOf(n)!.threads.filter((x) => x.state !== 'dead').length;
        return this.own(child, t);
      }
      case 'task': {
        const p = this.procOf(n);
        if (!p || !/^[1-9][0-9]{0,9}$/.test(name)) return undefined;
        const t = p.threads.find((x) => x.tid === Number(name) && x.state !== 'dead');
        if (!t) return undefined;
        return this.own(this.get({ kind: 'tid', pid: n.pid, tid: t.tid, fd: 0, name: '', proc: n.proc }, S_IFDIR | 0o555, dir, name), t);
      }
      case 'fd': case 'fdinfo': {
        const t = this.taskOf(n);
        if (!t || !/^(0|[1-9][0-9]{0,9})$/.test(name)) return undefined;
        const fd = Number(name);
        const f = fileAt(t, fd);
        if (!f) return undefined;
        if (n.kind === 'fdinfo') {
          return this.own(this.get({ kind: 'fdinfo-file', pid: n.pid, tid: n.tid, fd, name: '', proc: n.proc }, S_IFREG | 0o444, dir, name), t);
        }
        const link = this.get({ kind: 'fd-link', pid: n.pid, tid: n.tid, fd, name: '', proc: n.proc }, S_IFLNK, dir, name);
        // tid_fd_update_inode(): r-x for a readable file, -wx for a writable one.
        link.mode = S_IFLNK | (f.fmode & FMODE_READ ? 0o500 : 0) | (f.fmode & FMODE_WRITE ? 0o300 : 0);
        link.size = FD_LINK_SIZE;
        return this.own(link, t);
      }
      default: return undefined;
    }
  }

  /** /proc/[pid] (a decimal name in the root), for a process or, unlisted, a thread. */
  private pidDir(dir: DirInode, name: string): Inode | undefined {
    const id = Number(name);
    let p = this.view.processes.get(id);
    let tid = 0;
    if (!p) {
      // A thread's id names its thread group too, seen from that thread (not listed).
      const t = this.view.tasks.get(id);
      if (!t || t.state === 'dead') return undefined;
      p = t.process;
      tid = id;
    }
    if (p.state === 'reaped') return undefined;
    const pn: Node = { kind: 'pid', pid: p.pid, tid, fd: 0, name: '', proc: p };
    return this.own(this.get(pn, S_IFDIR | 0o555, dir, name), this.taskOf(pn));
  }

  /** A directory's entries after "." and "..", with their getdents positions. */
  private list(ctx: VfsCtx, dir: DirInode): { entries: ListEntry[]; end: number } | Errno {
    const n = this.meta.get(dir.ino);
    if (!n) return ENOENT;
    const out: ListEntry[] = [];
    const add = (pos: number, name: string, i: Inode | undefined): void => {
      if (i) out.push({ pos, ino: i.ino, type: dtype(i.mode), name });
    };
    switch (n.kind) {
      case 'root': {
        this.sweep();
        let pos = 2;
        for (const [name, i] of this.rootNames) {
          if (name === 'self') pos = FIRST_PROCESS_ENTRY;
          add(pos++, name, i);
        }
        const pids = [...this.view.processes.keys()].filter((pid) => this.view.processes.get(pid)!.state !== 'reaped').sort((a, b) => a - b);
        dir.nlink = 3 + pids.length;
        for (const pid of pids) add(pid + TGID_OFFSET, String(pid), this.pidDir(dir, String(pid)));
        return { entries: out, end: PID_MAX_LIMIT + TGID_OFFSET };
      }
      case 'sys': case 'sys-kernel': {
        let pos = 2;
        for (const [name, i] of n.kind === 'sys' ? this.sysNames : this.kernelNames) add(pos++, name, i);
        return { entries: out, end: pos };
      }
      case 'pid': case 'tid': {
        if (!this.taskOf(n)) return ENOENT;
        let pos = 2;
        for (const [name, kind] of PID_ENTRIES) {
          if (n.kind === 'tid' && kind === 'task') continue;
          add(pos++, name, this.lookup(dir, name));
        }
        return { entries: out, end: pos };
      }
      case 'task': {
        const p = this.procOf(n);
        if (!p) return ENOENT;
        // proc_task_readdir(): one position per thread, in tid order.
        const tids = p.threads.filter((t) => t.state !== 'dead').map((t) => t.tid).sort((a, b) => a - b);
        tids.forEach((tid, k) => add(k + 2, String(tid), this.lookup(dir, String(tid))));
        return { entries: out, end: tids.length + 2 };
      }
      case 'fd': case 'fdinfo': {
        const t = this.taskOf(n);
        if (!t) return ENOENT;
        if (n.kind === 'fdinfo' && !this.mayAccess(ctx, t)) return EACCES;
        // proc_readfd_common(): fd N at position N + 2; the end is one past the last fd.
        let end = 2;
        for (const [fd] of t.files.entries()) {
          add(fd + 2, String(fd), this.lookup(dir, String(fd)));
          end = fd + 3;
        }
        return { entries: out, end };
      }
      default: return ENOENT;
    }
  }

  getdents(ctx: VfsCtx, f: OpenFile, dst: UPtr, count: number): number | Errno {
    const dir = f.inode as DirInode;
    const l = this.list(ctx, dir);
    if ('errno' in l) return l;
    const all: ListEntry[] = [
      { pos: 0, ino: dir.ino, type: 4, name: '.' },
      { pos: 1, ino: dir.parent, type: 4, name: '..' },
      ...l.entries,
    ];
    const out = new Uint8Array(Math.min(count, 1 << 20));
    const dv = new DataView(out.buffer);
    let used = 0;
    let last = -1;
    let pos = f.pos;
    let full = false;
    for (const e of all) {
      if (e.pos < f.pos) continue;
      const reclen = (19 + e.name.length + 1 + 7) & ~7;
      if (used + reclen > out.length) { full = true; pos = e.pos; break; }
      if (last >= 0) dv.setBigInt64(last + 8, BigInt(e.pos), true);
      dv.setBigUint64(used, BigInt(e.ino), true);
      dv.setUint16(used + 16, reclen, true);
      dv.setUint8(used + 18, e.type);
      for (let k = 0; k < e.name.length; k++) out[used + 19 + k] = e.name.charCodeAt(k) & 0xff;
      last = used;
      used += reclen;
      pos = e.pos;
    }
    if (!full) pos = Math.max(f.pos, l.end);
    if (used === 0) {
      if (full) return EINVAL;
      f.pos = pos;
      return 0;
    }
    dv.setBigInt64(last + 8, BigInt(pos), true);
    const copied = copyToUser(ctx.mm, dst, out, used);
    if (copied < used) return EFAULT_OR(copied);
    f.pos = pos;
    return used;
  }

  // -------------------------------------------------------------------------------------------
  // DynamicFs: open, read, write

  open(ctx: VfsCtx, inode: Inode, _flags: number): FileOps | Errno {
    const n = this.meta.get(inode.ino);
    if (!n) return ENOENT;
    if (n.pid !== 0) {
      const t = this.taskOf(n);
      if (!t) return ENOENT;
      // environ (mem_open), maps/smaps/smaps_rollup (proc_mem_open → mm_access) and fdinfo/N
      // need ptrace read access to the process.
      if ((MM_FILES.has(n.name) || n.kind === 'fdinfo-file') && !this.mayAccess(ctx, t)) return EACCES;
      // mounts_open_common(): a process that has exited has no namespaces left.
      if ((n.name === 'mounts' || n.name === 'mountinfo') && t.state === 'dead') return EINVAL;
    }
    if (n.kind === 'sysctl' && SYS_KERNEL_FILES.find(([k]) => k === n.name)?.[1].write) return this.hostnameOps;
    if (n.kind === 'pid-file' && n.name === 'comm') return this.commOps;
    return this.fileOps;
  }

  private generator(n: Node): FileGen | undefined {
    switch (n.kind) {
      case 'global': return GLOBAL_FILES.find(([k]) => k === n.name)?.[1];
      case 'sysctl': return SYS_KERNEL_FILES.find(([k]) => k === n.name)?.[1].read;
      case 'pid-file': return PID_FILES.get(n.name);
      case 'fdinfo-file': return PID_FILES.get('fdinfo');
      default: return undefined;
    }
  }

  private read(f: OpenFile, ctx: VfsCtx, dst: UPtr, count: number, pos: number): IoResult {
    const n = this.meta.get(f.inode.ino);
    if (!n) return ESRCH;
    let text = f.priv as Uint8Array | null;
    if (text === null || pos === 0) {
      const gen = this.generator(n);
      if (!gen) return EINVAL;
      let task: ProcTaskView | undefined;
      if (n.pid !== 0) {
        task = this.taskOf(n);
        if (!task) return ESRCH;
      }
      const s = gen({
        view: this.view, ctx, task, fd: n.fd, vfs: this.vfs,
        dPath: (r) => this.dPath(ctx, r),
        idOf: (o) => {
          let id = this.objIds.get(o);
          if (id === undefined) this.objIds.set(o, (id = this.nextObjId++));
          return id;
        },
      });
      if (typeof s !== 'string') return s;
      text = new Uint8Array(s.length);
      for (let k = 0; k < s.length; k++) text[k] = s.charCodeAt(k) & 0xff;
      f.priv = text;
    }
    if (pos >= text.length || count === 0) return 0;
    const k = Math.min(count, text.length - pos);
    if (!accessOk(dst, k)) return EFAULT_OR(0);
    const c = copyToUser(ctx.mm, dst, text.subarray(pos), k);
    return c === 0 ? EFAULT_OR(0) : c;
  }

  /** proc_do_uts_string(): a write replaces the value with what is written, up to a newline. */
  private writeSysctl(_f: OpenFile, ctx: VfsCtx, src: Uint8Array, pos: number): IoResult {
    if (pos !== 0) return src.length; // proc_dostring: writes past the start are ignored
    let s = '';
    for (const b of src) {
      if (b === 10 || b === 0) break;
      s += String.fromCharCode(b);
    }
    this.view.utsOf(ctx).nodename = s.slice(0, 64);
    return src.length;
  }

  /** comm_write(): a thread of the caller's own process takes the first 15 bytes as its name. */
  private writeComm(f: OpenFile, ctx: VfsCtx, src: Uint8Array): IoResult {
    const n = this.meta.get(f.inode.ino);
    const t = n ? this.taskOf(n) : undefined;
    if (!t) return ESRCH;
    if (this.view.taskOf(ctx)?.process !== t.process) return EINVAL;
    let s = '';
    for (let k = 0; k < Math.min(src.length, 15) && src[k] !== 0; k++) s += String.fromCharCode(src[k]!);
    t.comm = s;
    return src.length;
  }

  // -------------------------------------------------------------------------------------------
  // DynamicFs: links

  /** ptrace_may_access(PTRACE_MODE_READ_FSCREDS): same process, same ids, or CAP_SYS_PTRACE. */
  private mayAccess(ctx: VfsCtx, t: ProcTaskView): boolean {
    const me = this.view.taskOf(ctx);
    if (me && me.process === t.process) return true;
    const c = ctx.cred;
    const tc = t.cred;
    if (c.fsuid === tc.uid && c.fsuid === tc.euid && c.fsuid === tc.suid &&
        c.fsgid === tc.gid && c.fsgid === tc.egid && c.fsgid === tc.sgid) return true;
    return capable(c, CAP_SYS_PTRACE);
  }

  /** Where a magic link leads: the object, or why not. */
  private magic(ctx: VfsCtx, n: Node): PathRef | Errno {
    const t = this.taskOf(n);
    if (!t) return ENOENT;
    if (!this.mayAccess(ctx, t)) return EACCES;
    if (n.kind === 'fd-link') {
      const f = fileAt(t, n.fd);
      return f ? { mnt: f.mnt, inode: f.inode } : ENOENT;
    }
    if (t.state === 'dead') return ENOENT; // exited: no fs, no mm
    if (n.kind === 'cwd') return t.fs.cwd;
    if (n.kind === 'root-link') return t.fs.root;
    // exe: the file execve ran, found again from the process's root.
    const exe = t.process.exe;
    if (!exe) return ENOENT;
    const walker = Object.create(ctx, { fs: { value: t.fs }, cred: { value: KERNEL_CRED } }) as VfsCtx;
    const r = pathLookupUncached(walker, t.fs.root, exe, LOOKUP_FOLLOW);
    return 'inode' in r ? r : ENOENT;
  }

  follow(ctx: VfsCtx, link: SymlinkInode): string | PathRef | Errno {
    const n = this.meta.get(link.ino);
    if (!n) return ENOENT;
    switch (n.kind) {
      case 'self': case 'thread-self': return this.selfTarget(ctx, n.kind);
      case 'static-link': return link.target;
      default: return this.magic(ctx, n);
    }
  }

  readlink(ctx: VfsCtx, link: SymlinkInode): string | Errno {
    const n = this.meta.get(link.ino);
    if (!n) return ENOENT;
    switch (n.kind) {
      case 'self': case 'thread-self': return this.selfTarget(ctx, n.kind);
      case 'static-link': return link.target;
      case 'exe': {
        const t = this.taskOf(n);
        if (!t) return ENOENT;
        if (!this.mayAccess(ctx, t)) return EACCES;
        if (t.state === 'dead' || !t.process.exe) return ENOENT;
        return t.process.exe;
      }
      default: {
        const r = this.magic(ctx, n);
        if (!('inode' in r)) return r;
        if (n.kind === 'fd-link') {
          const f = fileAt(this.taskOf(n)!, n.fd)!;
          return this.describe(ctx, f);
        }
        return this.dPath(ctx, r);
      }
    }
  }

  private selfTarget(ctx: VfsCtx, kind: 'self' | 'thread-self'): string | Errno {
    const me = this.view.taskOf(ctx);
    if (!me) return ENOENT;
    return kind === 'self' ? String(me.process.pid) : `${me.process.pid}/task/${me.tid}`;
  }

  removeError(dir: DirInode, _victim: Inode): Errno {
    // Sysctl directories refuse with their permission check; everything else has no ->unlink/->rmdir.
    const n = this.meta.get(dir.ino);
    return n && (n.kind === 'sys' || n.kind === 'sys-kernel') ? EACCES : EPERM;
  }

  // -------------------------------------------------------------------------------------------
  // Paths (d_path) and open-file descriptions

  /** d_path(): the path of (mnt, inode) from the caller's root ("… (deleted)" once removed). */
  dPath(ctx: VfsCtx, ref: PathRef): string {
    const roots: PathRef[] = [ctx.fs.root, { mnt: ctx.mntns.root, inode: ctx.mntns.root.root }];
    const inode = ref.inode;
    if (inode.isDir()) {
      for (const root of roots) {
        const p = pathOf(root, ref);
        if (p !== null) return p;
      }
      // A removed directory: its old place, marked.
      if (inode.nlink === 0) {
        const parent = inode.sb.inodes.get(inode.parent);
        if (parent && parent !== inode) {
          const above = this.dPath(ctx, { mnt: ref.mnt, inode: parent });
          return `${above === '/' ? '' : above.replace(/ \(deleted\)$/, '')}/${inode.name} (deleted)`;
        }
      }
      return '/';
    }
    if (inode.isReg() && inode.memfdName !== null) return `/${inode.memfdName} (deleted)`; // memfd_create's file
    if (inode.nlink === 0) {
      // A removed file: the name it had when its last link went, under its directory's path.
      const last = inode.lastName;
      if (last === null) return '/ (deleted)';
      const above = this.dPath(ctx, { mnt: ref.mnt, inode: last.dir }).replace(/ \(deleted\)$/, '');
      return `${above === '/' ? '' : above}/${last.name} (deleted)`;
    }
    const at = nameOf(inode);
    if (!at) return '/';
    const above = this.dPath(ctx, { mnt: ref.mnt, inode: at.dir });
    return `${above === '/' ? '' : above}/${at.name}`;
  }

  /** What /proc/[pid]/fd/N reads: a path, "pipe:[ino]", "socket:[ino]" or "anon_inode:…". */
  describe(ctx: VfsCtx, f: OpenFile): string {
    const type = f.inode.sb.fsType;
    if (type === 'pipefs') return `pipe:[${f.inode.ino}]`;
    if (type === 'sockfs') return `socket:[${f.inode.ino}]`;
    if (type.startsWith('anon_inode')) return `anon_inode:${type.slice('anon_inode'.length).replace(/^:/, '') || '[unknown]'}`;
    return this.dPath(ctx, { mnt: f.mnt, inode: f.inode });
  }
}

/**
 * procfs's own invariants, for kernel/invariants.ts: every inode of the superblock is known
 * (what it stands for), every cached inode is in the table with a link, and each belongs to a
 * process that still has that pid; purged inodes (no link) are held open by someone.
 */
export function procfsViolations(sb: Superblock): string[] {
  const fs = sb.dyn;
  return fs instanceof ProcFs ? fs.violations() : [];
}

function node(kind: Kind): Node {
  return { kind, pid: 0, tid: 0, fd: 0, name: '', proc: null };
}

/** A root credential for finding a process's executable again (no permission applies). */
const KERNEL_CRED = {
  uid: 0, gid: 0, euid: 0, egid: 0, fsuid: 0, fsgid: 0, groups: [], capEffective: 2 ** 41 - 1,
};

function fileAt(t: ProcTaskView, fd: number): OpenFile | undefined {
  for (const [n, f] of t.files.entries()) if (n === fd) return f;
  return undefined;
}

function countFds(t: ProcTaskView): number {
  let n = 0;
  for (const _ of t.files.entries()) n++;
  return n;
}

/** Some directory entry naming `inode` (the first, in inode order), for d_path of a file. */
function nameOf(inode: Inode): { dir: DirInode; name: string } | undefined {
  if (inode.nlink === 0) return undefined;
  for (const d of inode.sb.inodes.values()) {
    if (!d.isDir()) continue;
    for (const [name, ino] of d.entries) if (ino === inode.ino) return { dir: d, name };
  }
  return undefined;
}

/** A fault while copying: EFAULT when nothing was copied, else the count. */
function EFAULT_OR(copied: number): number | Errno {
  return copied > 0 ? copied : EFAULT;
}

/**
 * A new procfs instance showing `view`'s processes: what mount(2) of type "proc" makes (boot
 * mounts one on /proc). Mount the returned superblock where it should appear, e.g. from a
 * syscall handler: `ns.mount(newProcSuperblock(k.vfs, processView(k)), at)` with the kernel's
 * view from kernel/procview.ts. Each call makes a separate superblock (own device number and
 * inodes), as each proc mount has on Linux since 5.8; all show the same processes.
 */
export function newProcSuperblock(vfs: Vfs, view: ProcessView): Superblock {
  const sb = vfs.newSuperblock('proc', 0o555);
  sb.dyn = new ProcFs(vfs, sb, view);
  return sb;
}
