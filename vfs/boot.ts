// vfs/boot.ts — the filesystem a kernel boots with, built directly (no syscalls, no trace):
// a tmpfs root laid out like a small Linux (/bin /sbin /usr/bin /etc /home /root /tmp /dev
// /proc /sys /var /run), a devtmpfs on /dev with the standard character devices, and the
// /etc files programs read (passwd, group, hostname). Also exports kernelCtx(), the root
// context the kernel uses to create files on behalf of nobody (installing programs, tests).

import { S_IFCHR, S_IFDIR, S_IFLNK, S_IFREG, S_ISVTX } from '../abi/stat';
import { NO_MEMORY } from '../mm/address_space';
import type { FsContext, VfsCtx, VfsCred } from './ctx';
import { DEV_CONSOLE, DEV_FULL, DEV_NULL, DEV_RANDOM, DEV_TTY, DEV_URANDOM, DEV_ZERO } from './fs/devfs';
import { setSize, writeData } from './fs/tmpfs';
import { newProcSuperblock, type ProcessView } from './fs/procfs';
import type { DirInode, Inode, RegularInode, SpecialInode, SymlinkInode } from './inode';
import type { MountNamespace, PathRef } from './mount';
import { addEntry } from './namei';
import type { Vfs } from './vfs';

/** A user account of the initial system. */
export interface Account {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
  readonly shell: string;
  /** Supplementary groups (by gid) this user belongs to. */
  readonly groups?: readonly number[];
}

export const DEFAULT_ACCOUNTS: readonly Account[] = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/sh' },
  { name: 'user', uid: 1000, gid: 1000, home: '/home/user', shell: '/bin/sh' },
  { name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent', shell: '/usr/sbin/nologin' },
];

const ROOT_CRED: VfsCred = {
  uid: 0, gid: 0, euid: 0, egid: 0, fsuid: 0, fsgid: 0, groups: [], capEffective: 2 ** 41 - 1,
};

/** A root context for building files from inside the kernel (no task, no trace). */
export function kernelCtx(vfs: Vfs, ns: MountNamespace): VfsCtx {
  const root: PathRef = { mnt: ns.root, inode: ns.root.root };
  const fs: FsContext = { root, cwd: root, umask: 0, users: 1 }; // short-lived: holds no references
  return {
    cred: ROOT_CRED,
    fs,
    mntns: ns,
    mm: NO_MEMORY,
    now: () => vfs.now(),
    waitOn: () => { throw new Error('kernelCtx cannot sleep'); },
    signalSelf: () => {},
    progress: 0,
    fileSizeLimit: () => Infinity,
  };
}

/** Finds or creates the directory `path` (absolute), returning its inode. */
export function mkdirs(ctx: VfsCtx, path: string, mode = 0o755, uid = 0, gid = 0): DirInode {
  return mkdirsRef(ctx, path, mode, uid, gid).inode as DirInode;
}

/** mkdirs, answering with the mount too; crosses mounts on the way (as a path walk does). */
export function mkdirsRef(ctx: VfsCtx, path: string, mode = 0o755, uid = 0, gid = 0): PathRef {
  let mnt = ctx.fs.root.mnt;
  let dir = ctx.fs.root.inode as DirInode;
  for (const name of path.split('/').filter(Boolean)) {
    let next = dir.sb.lookup(dir, name);
    if (!next) {
      next = dir.sb.newInode(S_IFDIR | mode, uid, gid, ctx.now());
      next.size = 40;
      addEntry(ctx, dir, name, next);
    }
    if (!next.isDir()) throw new Error(`mkdirs: ${path}: ${name} is not a directory`);
    dir = next;
    for (let m = ctx.mntns.mountedOn(mnt, dir); m; m = ctx.mntns.mountedOn(mnt, dir)) {
      mnt = m;
      dir = m.root as DirInode;
    }
  }
  return { mnt, inode: dir };
}

/** Creates or replaces the regular file `path` with `content`. */
export function writeFile(ctx: VfsCtx, path: string, content: Uint8Array | string, mode = 0o644, uid = 0, gid = 0): Inode {
  const slash = path.lastIndexOf('/');
  const dir = mkdirs(ctx, path.slice(0, slash));
  const name = path.slice(slash + 1);
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  let inode = dir.sb.lookup(dir, name);
  if (!inode) {
    inode = dir.sb.newInode(S_IFREG | mode, uid, gid, ctx.now());
    addEntry(ctx, dir, name, inode);
  }
  if (!inode.isReg()) throw new Error(`writeFile: ${path} is not a regular file`);
  setSize(inode, 0);
  const err = writeData(inode, 0, bytes);
  if (err) throw new Error(`writeFile: ${path}: no space`);
  inode.size = bytes.length;
  return inode;
}

function mkchr(ctx: VfsCtx, dir: DirInode, name: string, rdev: number, mode: number, gid = 0): void {
  const inode = dir.sb.newInode(S_IFCHR | mode, 0, gid, ctx.now()) as SpecialInode;
  inode.rdev = rdev;
  addEntry(ctx, dir, name, inode);
}

/** tzdata's Etc/UTC: a TZif2 file with no transitions, one type (UTC, offset 0), footer "UTC0". */
const TZIF_UTC = (() => {
  const header = (typecnt: number, charcnt: number): number[] => [
    ...'TZif2'.split('').map((c) => c.charCodeAt(0)), ...new Array(15).fill(0),
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // isutcnt isstdcnt leapcnt timecnt
    0, 0, 0, typecnt, 0, 0, 0, charcnt,
  ];
  const body = [0, 0, 0, 0, 0, 0, ...'UTC'.split('').map((c) => c.charCodeAt(0)), 0];
  const footer = '\nUTC0\n'.split('').map((c) => c.charCodeAt(0));
  return new Uint8Array([...header(1, 4), ...body, ...header(1, 4), ...body, ...footer]);
})();

export interface BootFsOptions {
  hostname: string;
  accounts: readonly Account[];
  /** The kernel's processes, for the procfs mounted on /proc (none: /proc stays an empty directory). */
  procView?: ProcessView;
}

/** Builds the initial mount namespace: tmpfs on /, devtmpfs on /dev. */
export function buildRootFs(vfs: Vfs, opts: BootFsOptions): MountNamespace {
  const ns = vfs.newMountNamespace();
  const rootSb = vfs.newSuperblock('tmpfs');
  ns.mount(rootSb, null);
  const ctx = kernelCtx(vfs, ns);
  for (const d of ['bin', 'sbin', 'usr/bin', 'usr/sbin', 'usr/lib', 'usr/local/bin', 'lib', 'etc', 'home', 'mnt', 'opt', 'srv', 'var/log', 'run', 'proc', 'sys', 'dev']) {
    mkdirs(ctx, '/' + d);
  }
  mkdirs(ctx, '/root', 0o700);
  const tmp = mkdirs(ctx, '/tmp', 0o777);
  tmp.mode |= S_ISVTX;
  const vtmp = mkdirs(ctx, '/var/tmp', 0o777);
  vtmp.mode |= S_ISVTX;
  ns.names.invalidate(); // modes changed behind the name cache's back

  const passwd = opts.accounts.map((a) => `${a.name}:x:${a.uid}:${a.gid}:${a.name}:${a.home}:${a.shell}\n`).join('');
  const groupNames = new Map<number, string>(opts.accounts.map((a) => [a.gid, a.name === 'nobody' ? 'nogroup' : a.name]));
  const members = (gid: number): string => opts.accounts.filter((a) => a.groups?.includes(gid)).map((a) => a.name).join(',');
  const group = [...groupNames].map(([gid, name]) => `${name}:x:${gid}:${members(gid)}\n`).join('');
  writeFile(ctx, '/etc/passwd', passwd);
  writeFile(ctx, '/etc/group', group);
  writeFile(ctx, '/etc/hostname', opts.hostname + '\n');
  writeFile(ctx, '/etc/os-release', 'PRETTY_NAME="linuxsim"\nNAME="linuxsim"\nID=linuxsim\n');
  // The zone is UTC, as tzdata ships it (Etc/UTC, TZif version 2), and /etc/localtime names it.
  writeFile(ctx, '/usr/share/zoneinfo/Etc/UTC', TZIF_UTC);
  const etc = mkdirs(ctx, '/etc');
  const lt = etc.sb.newInode(S_IFLNK | 0o777, 0, 0, ctx.now()) as SymlinkInode;
  lt.target = '/usr/share/zoneinfo/Etc/UTC';
  lt.size = lt.target.length;
  addEntry(ctx, etc, 'localtime', lt);
  for (const a of opts.accounts) {
    if (a.home.startsWith('/home/')) mkdirs(ctx, a.home, 0o755, a.uid, a.gid);
  }

  // devtmpfs on /dev
  const devSb = vfs.newSuperblock('devtmpfs');
  const devAt = mkdirs(ctx, '/dev');
  ns.mount(devSb, { mnt: ns.root, inode: devAt });
  const dev = devSb.root;
  mkchr(ctx, dev, 'null', DEV_NULL, 0o666);
  mkchr(ctx, dev, 'zero', DEV_ZERO, 0o666);
  mkchr(ctx, dev, 'full', DEV_FULL, 0o666);
  mkchr(ctx, dev, 'random', DEV_RANDOM, 0o666);
  mkchr(ctx, dev, 'urandom', DEV_URANDOM, 0o666);
  mkchr(ctx, dev, 'tty', DEV_TTY, 0o666, 5);
  mkchr(ctx, dev, 'console', DEV_CONSOLE, 0o600);
  const shm = dev.sb.newInode(S_IFDIR | 0o777 | S_ISVTX, 0, 0, ctx.now());
  shm.size = 40;
  addEntry(ctx, dev, 'shm', shm);

  // proc on /proc
  if (opts.procView) ns.mount(newProcSuperblock(vfs, opts.procView), mkdirsRef(ctx, '/proc'));
  return ns;
}
