// vfs/file.ts — open file descriptions (Linux's struct file) and the operations a filesystem
// or device supplies for them. An OpenFile is shared by every fd that dup()s it and across
// fork; it holds the offset and the status flags. OpenFiles live in the VFS's id-keyed table
// (vfs/vfs.ts) from open until the last reference is dropped (fput).

import type { Errno } from '../abi/errno';
import { O_ACCMODE, O_PATH } from '../abi/fcntl';
import type { UPtr } from '../mm/usercopy';
import type { Block, VfsCred, VfsCtx } from './ctx';
import type { Inode } from './inode';
import type { Mount } from './mount';

/** Result of an I/O operation: a byte count, an error, or "sleep and retry". */
export type IoResult = number | Errno | Block;

export interface FileOps {
  /** Reads up to `count` bytes at `pos` into the user buffer `dst`. */
  read?(f: OpenFile, ctx: VfsCtx, dst: UPtr, count: number, pos: number): IoResult;
  /** Writes `src` at `pos` (the caller has resolved O_APPEND). */
  write?(f: OpenFile, ctx: VfsCtx, src: Uint8Array, pos: number): IoResult;
  /**
   * A write whose source faulted on its first byte: what the filesystem does before it copies
   * (size checks, timestamps, the page it prepares), and the error to return. Absent: EFAULT.
   */
  writeFault?(f: OpenFile, ctx: VfsCtx, pos: number): Errno;
  /** Called once, when the last reference to the open file goes. */
  release?(f: OpenFile): void;
  /** lseek(2), for files whose offset is not the generic one (devices); absent: the generic rules. */
  llseek?(f: OpenFile, offset: number, whence: number): number | Errno;
  /** ioctl(2); absent means ENOTTY. */
  ioctl?(f: OpenFile, ctx: VfsCtx, cmd: number, arg: UPtr): number | Errno;
  /** Streams (pipes, ttys, sockets) ignore the offset and refuse lseek with ESPIPE. */
  readonly stream?: boolean;
}

export const FMODE_READ = 1;
export const FMODE_WRITE = 2;

export class OpenFile {
  refs = 1;
  /** The file offset (f_pos); for directories, how many entries getdents has returned. */
  pos = 0;
  /** FMODE_READ | FMODE_WRITE, fixed at open. */
  readonly fmode: number;
  /** Per-open private state of the filesystem or device (a pipe end, …). */
  priv: unknown = null;
  /** The opener's credentials (f_cred), where an open by path set them (linkat AT_EMPTY_PATH compares). */
  cred: VfsCred | null = null;

  constructor(
    readonly id: number,
    readonly mnt: Mount,
    readonly inode: Inode,
    /** O_* status flags: the access mode plus O_APPEND, O_NONBLOCK, … (F_GETFL/F_SETFL). */
    public flags: number,
    readonly ops: FileOps,
  ) {
    const acc = flags & O_ACCMODE;
    this.fmode = flags & O_PATH ? 0 : (acc + 1) & O_ACCMODE;
  }

  get readable(): boolean {
    return (this.fmode & FMODE_READ) !== 0;
  }
  get writable(): boolean {
    return (this.fmode & FMODE_WRITE) !== 0;
  }
}
