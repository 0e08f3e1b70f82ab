// proc/fdtable.ts — a file descriptor table (Linux's files_struct): fd → open file plus the
// close-on-exec bit, lowest-free allocation in O(1) amortised, shared between tasks created
// with CLONE_FILES and copied by fork. Holds one reference on each open file it names; the
// caller passes the VFS so references are taken and dropped in one place (vfs.fget/fput).

import { EBADF, EMFILE, type Errno } from '../abi/errno';
import type { OpenFile } from '../vfs/file';
import type { Vfs } from '../vfs/vfs';

export class FdTable {
  private files: (OpenFile | undefined)[] = [];
  private cloexec: boolean[] = [];
  /** No fd below this index is free (a hint, like Linux's next_fd). */
  private nextFree = 0;
  /** Tasks sharing this table (CLONE_FILES). */
  users = 1;

  /** The open file at `fd`, or undefined for a closed or invalid fd. */
  get(fd: number): OpenFile | undefined {
    return this.files[fd];
  }

  isCloexec(fd: number): boolean {
    return this.cloexec[fd] === true;
  }

  setCloexec(fd: number, on: boolean): void {
    if (this.files[fd]) this.cloexec[fd] = on;
  }

  /** Number of slots ever used (the highest open fd + 1, at most). */
  get size(): number {
    return this.files.length;
  }

  /** The fd alloc() would choose, or EMFILE (checked before an open does its work). */
  peek(min: number, limit: number): number | Errno {
    let fd = Math.max(min, this.nextFree);
    while (fd < this.files.length && this.files[fd] !== undefined) fd++;
    return fd >= limit ? EMFILE : fd;
  }

  /** Installs `f` (whose reference the table takes over) at the lowest free fd ≥ min. */
  alloc(f: OpenFile, cloexec: boolean, min: number, limit: number): number | Errno {
    let fd = Math.max(min, this.nextFree);
    const files = this.files;
    while (fd < files.length && files[fd] !== undefined) fd++;
    if (fd >= limit) return EMFILE;
    files[fd] = f;
    this.cloexec[fd] = cloexec;
    if (min <= this.nextFree) this.nextFree = fd + 1;
    return fd;
  }

  /** Puts `f` at exactly `fd` (dup2/dup3); returns the file that was there, for the caller to fput. */
  install(fd: number, f: OpenFile, cloexec: boolean): OpenFile | undefined {
    const old = this.files[fd];
    this.files[fd] = f;
    this.cloexec[fd] = cloexec;
    return old;
  }

  /** Removes `fd`; returns the file for the caller to fput, or EBADF. */
  remove(fd: number): OpenFile | Errno {
    const f = this.files[fd];
    if (f === undefined) return EBADF;
    this.files[fd] = undefined;
    this.cloexec[fd] = false;
    if (fd < this.nextFree) this.nextFree = fd;
    while (this.files.length > 0 && this.files[this.files.length - 1] === undefined) this.files.pop();
    return f;
  }

  /** Every open fd in increasing order. */
  *entries(): IterableIterator<[fd: number, file: OpenFile, cloexec: boolean]> {
    for (let fd = 0; fd < this.files.length; fd++) {
      const f = this.files[fd];
      if (f) yield [fd, f, this.cloexec[fd] === true];
    }
  }

  /** fork(): a copy naming the same open files (each gains a reference). */
  fork(vfs: Vfs): FdTable {
    const t = new FdTable();
    for (const [fd, f, ce] of this.entries()) {
      t.files[fd] = vfs.fget(f);
      t.cloexec[fd] = ce;
    }
    t.nextFree = 0;
    return t;
  }

  /** Closes every fd (exit); each file loses a reference. */
  closeAll(vfs: Vfs): void {
    for (const [, f] of this.entries()) vfs.filpClose(f, this); // this table's POSIX locks go too
    this.files = [];
    this.cloexec = [];
    this.nextFree = 0;
  }

  /** execve(): closes the close-on-exec fds. */
  closeOnExec(vfs: Vfs): void {
    for (const [fd, f, ce] of this.entries()) {
      if (ce) {
        this.remove(fd);
        vfs.filpClose(f, this);
      }
    }
  }
}
