// vfs/permission.ts — discretionary access control as Linux's generic_permission() and
// inode_permission() do it: owner, then group (with supplementary groups), then other bits,
// and the capability overrides CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH. EROFS for writes on
// read-only mounts. Every permission decision of the VFS goes through this file.

import { EACCES, EPERM, EROFS, type Errno } from '../abi/errno';
import { CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER } from '../abi/misc';
import { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK } from '../abi/stat';
import { capable, type VfsCred } from './ctx';
import type { Inode } from './inode';
import type { Mount } from './mount';

export const MAY_EXEC = 1;
export const MAY_WRITE = 2;
export const MAY_READ = 4;

/** Is `gid` the caller's fsgid or one of its supplementary groups? */
export function inGroup(cred: VfsCred, gid: number): boolean {
  return cred.fsgid === gid || cred.groups.includes(gid);
}

/** generic_permission(): EACCES unless the mode bits or a capability allow `mask`. */
export function genericPermission(cred: VfsCred, inode: Inode, mask: number): Errno | undefined {
  let mode = inode.mode;
  if (cred.fsuid === inode.uid) mode >>= 6;
  else if (inGroup(cred, inode.gid)) mode >>= 3;
  if ((mask & ~mode & 7) === 0) return undefined;

  if ((inode.mode & S_IFMT) === S_IFDIR) {
    if (!(mask & MAY_WRITE) && capable(cred, CAP_DAC_READ_SEARCH)) return undefined;
    if (capable(cred, CAP_DAC_OVERRIDE)) return undefined;
    return EACCES;
  }
  if (capable(cred, CAP_DAC_OVERRIDE) && (!(mask & MAY_EXEC) || (inode.mode & 0o111) !== 0)) return undefined;
  if ((mask & (MAY_READ | MAY_WRITE)) === MAY_READ && !(mask & MAY_EXEC) && capable(cred, CAP_DAC_READ_SEARCH)) {
    return undefined;
  }
  return EACCES;
}

/** inode_permission(): EROFS for writing a file, directory or symlink on a read-only mount, EPERM
 *  for writing an immutable inode. */
export function inodePermission(cred: VfsCred, mnt: Mount | null, inode: Inode, mask: number): Errno | undefined {
  if (mask & MAY_WRITE && mnt && (mnt.readOnly || inode.sb.readOnly)) {
    const t = inode.mode & S_IFMT;
    if (t === S_IFREG || t === S_IFDIR || t === S_IFLNK) return EROFS;
  }
  // Nobody gets write access to an immutable inode (FS_IMMUTABLE_FL), not even root.
  if (mask & MAY_WRITE && inode.isImmutable) return EPERM;
  return genericPermission(cred, inode, mask);
}

/** inode_owner_or_capable(): the caller owns the inode or has CAP_FOWNER. */
export function ownerOrCapable(cred: VfsCred, inode: Inode): boolean {
  return cred.fsuid === inode.uid || capable(cred, CAP_FOWNER);
}
