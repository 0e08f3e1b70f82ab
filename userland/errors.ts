// userland/errors.ts — the error the typed syscall API throws: the errno as a JS Error with
// `.errno` (2), `.code` ('ENOENT'), `.syscall` ('openat') and Go's message ("no such file or
// directory"), like Go's syscall.Errno and Node's fs errors. `.is(ENOENT)` compares with the
// abi/errno.ts value.

import { errnoByNumber, goErrnoText, type Errno } from '../abi/errno';
import { syscallByNr } from '../abi/syscalls';

export class ErrnoError extends Error {
  /** The positive errno number. */
  readonly errno: number;
  /** The errno's name: 'ENOENT'. */
  readonly code: string;
  /** The syscall that failed: 'openat'. */
  readonly syscall: string;

  constructor(errno: number, syscall: string) {
    super(goErrnoText(errno));
    this.name = 'ErrnoError';
    this.errno = errno;
    this.code = errnoByNumber(errno)?.code ?? `E${errno}`;
    this.syscall = syscall;
  }

  /** Is this the given errno (abi/errno.ts value)? */
  is(e: Errno): boolean {
    return e.errno === this.errno;
  }

  static fromResult(ret: number, nr: number): ErrnoError {
    return new ErrnoError(-ret, syscallByNr(nr)?.name ?? `syscall_${nr}`);
  }
}

/** Is `ret` a raw syscall error return (-4095..-1)? */
export function isErrorReturn(ret: number): boolean {
  return ret < 0 && ret > -4096;
}
