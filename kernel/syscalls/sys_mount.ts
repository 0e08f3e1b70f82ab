// kernel/syscalls/sys_mount.ts — mount, umount2, chroot: the mount table and the root
// directory. Decoding only; the rules are vfs/mount.ts and vfs/fs_struct.ts. (pivot_root: not
// yet; the conformance executor may not call it either.)

import { EFAULT, EINVAL, ENAMETOOLONG, EPERM, type Errno } from '../../abi/errno';
import { AT_FDCWD, PATH_MAX } from '../../abi/fcntl';
import { CAP_SYS_CHROOT, MNT_DETACH, MNT_EXPIRE, MNT_FORCE, UMOUNT_NOFOLLOW } from '../../abi/misc';
import { userString, type UPtr } from '../../mm/usercopy';
import type { Task } from '../../proc/task';
import { capable } from '../../vfs/ctx';
import { newProcSuperblock } from '../../vfs/fs/procfs';
import { setRoot } from '../../vfs/fs_struct';
import { doMount, doUmount } from '../../vfs/mount';
import { chdirCheck } from '../../vfs/namei';
import { LOOKUP_DIRECTORY, LOOKUP_FOLLOW, pathLookup } from '../../vfs/path_walk';
import { processView } from '../procview';
import { full, partial, type Handler } from '../table';
import { int, ptr, ulong } from './args';
import { atBase, getPath } from './common';

/** copy_mount_string(): a string argument of mount(2), or null for NULL (EFAULT, EINVAL when too long). */
function mountString(t: Task, p: UPtr): string | null | Errno {
  if (p === 0) return null;
  const s = userString(t.mm, p, PATH_MAX);
  return s === ENAMETOOLONG ? EINVAL : s;
}

/** The object `path` names, from the cwd, following symlinks (user_path_at(LOOKUP_FOLLOW)). */
function lookupPath(t: Task, p: UPtr, flags = LOOKUP_FOLLOW) {
  const path = getPath(t, p);
  if (typeof path !== 'string') return path;
  const base = atBase(t, AT_FDCWD, path);
  if (!('inode' in base)) return base;
  return pathLookup(t, base, path, flags);
}

/** mount(2): the strings first (EFAULT), then the target, then vfs/mount.ts's rules. */
const sysMount: Handler = (k, t, source, target, fstype, flags, data) => {
  const type = mountString(t, ptr(fstype));
  if (typeof type === 'object' && type !== null) return type;
  const src = mountString(t, ptr(source));
  if (typeof src === 'object' && src !== null) return src;
  let opts: string | null = null;
  if (ptr(data) !== 0) {
    const d = userString(t.mm, ptr(data), 4096);
    if (d === EFAULT) return EFAULT;
    opts = typeof d === 'string' ? d : null;
  }
  const at = lookupPath(t, ptr(target));
  if (!('inode' in at)) return at;
  const lookup = (path: string) => {
    const base = atBase(t, AT_FDCWD, path);
    if (!('inode' in base)) return base;
    return path.length === 0 ? EINVAL as Errno : pathLookup(t, base, path, LOOKUP_FOLLOW);
  };
  // procfs: one superblock per pid namespace (get_tree_keyed()); every mount of "proc" shows it.
  const factory = (fs: string) => {
    if (fs !== 'proc') return undefined;
    for (const m of k.mntns.mounts.values()) if (m.sb.fsType === 'proc') return m.sb;
    return newProcSuperblock(k.vfs, processView(k));
  };
  return doMount(k.vfs, t, at, { source: src, fstype: type, flags: ulong(flags) % 2 ** 32, data: opts }, lookup, factory) ?? 0;
};

/** umount2(2): flags (EINVAL), the path (its last symlink followed unless UMOUNT_NOFOLLOW), then the rules. */
const sysUmount2: Handler = (k, t, target, flags) => {
  const fl = int(flags);
  if (fl & ~(MNT_FORCE | MNT_DETACH | MNT_EXPIRE | UMOUNT_NOFOLLOW)) return EINVAL;
  const at = lookupPath(t, ptr(target), fl & UMOUNT_NOFOLLOW ? 0 : LOOKUP_FOLLOW);
  if (!('inode' in at)) return at;
  return doUmount(k.vfs, t, at, fl) ?? 0;
};

/** chroot(2): a directory the caller may search (ENOTDIR, EACCES), then CAP_SYS_CHROOT (EPERM). */
const sysChroot: Handler = (_k, t, p) => {
  const ref = lookupPath(t, ptr(p), LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
  if (!('inode' in ref)) return ref;
  const err = chdirCheck(t, ref);
  if (err) return err;
  if (!capable(t.cred, CAP_SYS_CHROOT)) return EPERM;
  setRoot(t.fs, ref);
  return 0;
};

export const mountSyscalls = {
  mount: partial(sysMount, 'tmpfs, ramfs and proc; bind, move, remount and read-only mounts, MS_NODEV and MS_NOEXEC; propagation flags are accepted but nothing propagates (one mount namespace); MS_NOSUID is kept but exec has no set-user-ID yet'),
  umount2: partial(sysUmount2, "MNT_EXPIRE's mark is not cleared by later uses of the mount"),
  chroot: full(sysChroot),
};
