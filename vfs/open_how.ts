// vfs/open_how.ts — openat2(2)'s struct open_how checked as Linux's build_open_flags() checks
// it: openat2 refuses what open/openat silently drop (unknown flags or resolve bits, a mode
// without O_CREAT/O_TMPFILE, O_PATH with other flags) with EINVAL, and RESOLVE_CACHED with a
// flag that must create or truncate with EAGAIN. The walk obeys the resolve flags through
// path_walk.ts's scopedCtx(). Owned by the attributes/openat2 work; kernel/syscalls/sys_file.ts
// decodes the struct (size rules: EINVAL, E2BIG, EFAULT) and calls this.

import { EAGAIN, EINVAL, type Errno } from '../abi/errno';
import {
  FASYNC, O_ACCMODE, O_APPEND, O_CLOEXEC, O_CREAT, O_DIRECT, O_DIRECTORY, O_DSYNC, O_EXCL, O_LARGEFILE,
  O_NOATIME, O_NOCTTY, O_NOFOLLOW, O_NONBLOCK, O_PATH, O_RDONLY, O_TRUNC, RESOLVE_BENEATH,
  RESOLVE_CACHED, RESOLVE_IN_ROOT, RESOLVE_NO_MAGICLINKS, RESOLVE_NO_SYMLINKS, RESOLVE_NO_XDEV, __O_SYNC,
  __O_TMPFILE,
} from '../abi/fcntl';
import { S_IALLUGO } from '../abi/stat';

/** VALID_OPEN_FLAGS (include/linux/fcntl.h): every flag open knows. */
const VALID_OPEN_FLAGS = O_ACCMODE | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_APPEND | O_NONBLOCK | __O_SYNC |
  O_DSYNC | FASYNC | O_DIRECT | O_LARGEFILE | O_DIRECTORY | O_NOFOLLOW | O_NOATIME | O_CLOEXEC | O_PATH | __O_TMPFILE;
/** VALID_RESOLVE_FLAGS */
const VALID_RESOLVE_FLAGS = RESOLVE_NO_XDEV | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH |
  RESOLVE_IN_ROOT | RESOLVE_CACHED;
/** O_PATH_FLAGS: what O_PATH may be combined with. */
const O_PATH_FLAGS = O_DIRECTORY | O_NOFOLLOW | O_PATH | O_CLOEXEC;

/** struct open_how as decoded (64-bit fields as numbers). */
export interface OpenHowIn {
  readonly flags: number;
  readonly mode: number;
  readonly resolve: number;
}

/** Is `v` (a decoded u64) outside the 32-bit range `mask` allows, or has it bits outside `mask`? */
function hasBitsOutside(v: number, mask: number): boolean {
  if (v < 0 || v > 0xffffffff || !Number.isInteger(v)) return true;
  return ((v >>> 0) & ~mask) !== 0;
}

/**
 * build_open_flags() for openat2: EINVAL for unknown flags or resolve bits, BENEATH with
 * IN_ROOT, a mode outside S_IALLUGO (or any mode without O_CREAT/O_TMPFILE), O_CREAT with
 * O_DIRECTORY, O_TMPFILE without O_DIRECTORY or write access, O_PATH with anything but
 * O_DIRECTORY/O_NOFOLLOW/O_CLOEXEC; EAGAIN for RESOLVE_CACHED with O_CREAT, O_TRUNC or O_TMPFILE.
 * Returns the open flags and mode to open with.
 */
export function buildOpenHow(how: OpenHowIn): { flags: number; mode: number; resolve: number } | Errno {
  if (hasBitsOutside(how.flags, VALID_OPEN_FLAGS)) return EINVAL;
  if (hasBitsOutside(how.resolve, VALID_RESOLVE_FLAGS)) return EINVAL;
  const flags = how.flags >>> 0;
  const resolve = how.resolve >>> 0;
  if (resolve & RESOLVE_BENEATH && resolve & RESOLVE_IN_ROOT) return EINVAL;
  if (flags & (O_CREAT | __O_TMPFILE)) {
    if (how.mode < 0 || how.mode > S_IALLUGO) return EINVAL;
  } else if (how.mode !== 0) {
    return EINVAL;
  }
  if ((flags & (O_DIRECTORY | O_CREAT)) === (O_DIRECTORY | O_CREAT)) return EINVAL;
  if (flags & __O_TMPFILE) {
    if (!(flags & O_DIRECTORY)) return EINVAL;
    const acc = flags & O_ACCMODE;
    if (acc === O_RDONLY) return EINVAL; // ACC_MODE() without MAY_WRITE (O_WRONLY, O_RDWR and 3 have it)
  }
  if (flags & O_PATH && (flags & ~O_CLOEXEC) & ~O_PATH_FLAGS) return EINVAL;
  if (resolve & RESOLVE_CACHED && flags & (O_TRUNC | O_CREAT | __O_TMPFILE)) return EAGAIN;
  return { flags: flags & O_PATH ? flags : flags | O_LARGEFILE, mode: how.mode, resolve };
}
