// proc/exec.ts — what execve(2) checks before it replaces a process image, and the format of
// an executable. Executables are files (DESIGN.md): a registered TypeScript program is
// installed as a regular file whose first bytes are EXEC_MAGIC followed by the program's
// name. execve resolves the path, demands a regular file with execute permission, reads the
// header, and names the program; anything else is ENOEXEC. (#! scripts: the signals/process
// issue.) The image switch itself (threads, fds, signals, memory) is kernel/syscalls/sys_process.ts.

import { E2BIG, EACCES, ENOEXEC, ETXTBSY, type Errno } from '../abi/errno';
import { MS_NOEXEC } from '../abi/misc';
import type { Inode } from '../vfs/inode';
import type { VfsCtx } from '../vfs/ctx';
import type { PathRef } from '../vfs/mount';
import { LOOKUP_FOLLOW, pathLookup } from '../vfs/path_walk';
import { genericPermission, MAY_EXEC } from '../vfs/permission';

/** The first bytes of a linuxsim executable: "\x7fLSX" then a space, the name and a newline. */
export const EXEC_MAGIC = '\x7fLSX';

/** The file content that makes an executable of registered program `name`. */
export function executableImage(name: string): Uint8Array {
  const s = `${EXEC_MAGIC} ${name}\n`;
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** MAX_ARG_STRLEN: no single argument or environment string may be longer (32 pages). */
export const MAX_ARG_STRLEN = 32 * 4096;
/** argv + envp together may use at most a quarter of the 8 MiB stack limit. */
export const MAX_ARG_TOTAL = 2 * 1024 * 1024;

export interface Executable {
  readonly ref: PathRef;
  /** The registered program the file names. */
  readonly program: string;
}

/**
 * Resolves and checks `path` for execve; returns the program it names. `openForWrite` tells
 * whether a file is open for writing somewhere (then it is ETXTBSY, before its format is read:
 * exe_file_deny_write_access()).
 */
export function resolveExecutable(ctx: VfsCtx, base: PathRef, path: string, openForWrite?: (inode: Inode) => boolean): Executable | Errno {
  const ref = pathLookup(ctx, base, path, LOOKUP_FOLLOW);
  if (!('inode' in ref)) return ref;
  const inode = ref.inode;
  if (!inode.isReg()) return EACCES;
  if (ref.mnt.flags & MS_NOEXEC) return EACCES; // may_open(): path_noexec()
  const perm = genericPermission(ctx.cred, inode, MAY_EXEC);
  if (perm) return perm;
  if (openForWrite?.(inode)) return ETXTBSY;
  let head = '';
  inode.data?.read(0, Math.min(inode.size, 256), (chunk) => {
    for (let i = 0; i < chunk.length; i++) head += String.fromCharCode(chunk[i]!);
    return true;
  });
  if (!head.startsWith(EXEC_MAGIC + ' ')) return ENOEXEC;
  const nl = head.indexOf('\n');
  const program = head.slice(EXEC_MAGIC.length + 1, nl < 0 ? undefined : nl).trim();
  if (program.length === 0) return ENOEXEC;
  return { ref, program };
}

/** E2BIG when argv and envp do not fit the new image's stack. */
export function checkArgSize(argv: readonly string[], envp: readonly string[]): Errno | undefined {
  let total = 0;
  for (const s of argv) {
    if (s.length + 1 > MAX_ARG_STRLEN) return E2BIG;
    total += s.length + 1 + 8;
  }
  for (const s of envp) {
    if (s.length + 1 > MAX_ARG_STRLEN) return E2BIG;
    total += s.length + 1 + 8;
  }
  return total > MAX_ARG_TOTAL ? E2BIG : undefined;
}
