// vfs/fs/devfs.ts — the character devices of /dev: null, zero, full, random, urandom (from the
// kernel's seeded PRNG), tty and console. A device is FileOps registered under its device
// number; a char-device inode anywhere (mknod) opens the driver its rdev names. The console
// is the machine's terminal: programs write to it, the host (bin/, tests) feeds its input
// and reads its output. No line discipline yet (the tty issue adds canonical mode and echo).

import { EAGAIN, EFAULT, ENOSPC, type Errno } from '../../abi/errno';
import { O_NONBLOCK } from '../../abi/fcntl';
import { makedev } from '../../abi/stat';
import { copyToUser, copyToUserAt, type UPtr } from '../../mm/usercopy';
import { BLOCK, type VfsCtx } from '../ctx';
import type { FileOps, OpenFile } from '../file';
import { WaitQueue } from '../waitqueue';

export const DEV_NULL = makedev(1, 3);
export const DEV_ZERO = makedev(1, 5);
export const DEV_FULL = makedev(1, 7);
export const DEV_RANDOM = makedev(1, 8);
export const DEV_URANDOM = makedev(1, 9);
export const DEV_TTY = makedev(5, 0);
export const DEV_CONSOLE = makedev(5, 1);

const ZEROS = new Uint8Array(65536);

function zeroRead(ctx: VfsCtx, dst: UPtr, count: number): number | Errno {
  let done = 0;
  while (done < count) {
    const n = Math.min(count - done, ZEROS.length);
    const k = copyToUserAt(ctx.mm, dst, done, ZEROS, n);
    done += k;
    if (k < n) break;
  }
  return done === 0 && count > 0 ? EFAULT : done;
}

/** null_lseek (drivers/char/mem.c): any seek on /dev/null, /dev/zero, /dev/full lands at 0. */
function nullLseek(f: OpenFile): number {
  f.pos = 0;
  return 0;
}

/** noop_llseek: the offset does not move; lseek reports where it is. */
function noopLlseek(f: OpenFile): number {
  return f.pos;
}

export const nullOps: FileOps = {
  read: () => 0,
  write: (_f, _c, src) => src.length,
  llseek: nullLseek,
};

export const zeroOps: FileOps = {
  read: (_f, ctx, dst, count) => zeroRead(ctx, dst, count),
  write: (_f, _c, src) => src.length,
  llseek: nullLseek,
};

export const fullOps: FileOps = {
  read: (_f, ctx, dst, count) => zeroRead(ctx, dst, count),
  write: (_f, _c, src) => (src.length === 0 ? 0 : ENOSPC),
  llseek: nullLseek,
};

/** /dev/random and /dev/urandom: bytes from the kernel's seeded generator. */
export function randomOps(fill: (b: Uint8Array) => void): FileOps {
  return {
    read(_f, ctx, dst, count) {
      // In 64 KiB chunks, stopping at the first fault (a huge count costs what it copies).
      const total = Math.min(count, 1 << 25);
      const chunk = new Uint8Array(Math.min(total, ZEROS.length));
      let done = 0;
      while (done < total) {
        const n = Math.min(chunk.length, total - done);
        const b = chunk.subarray(0, n);
        fill(b);
        const k = copyToUserAt(ctx.mm, dst, done, b, n);
        done += k;
        if (k < n) break;
      }
      return done === 0 && total > 0 ? EFAULT : done;
    },
    write: (_f, _c, src) => src.length,
    llseek: noopLlseek,
  };
}

/** Which host stream a console open file writes to (kept in OpenFile.priv). */
export type ConsoleStream = 1 | 2;

/** The system console: input queued by the host, output handed to the host. */
export class Console {
  private chunks: Uint8Array[] = [];
  private eof = false;
  readonly readq = new WaitQueue();
  /** Everything written so far, per stream, as delivered (for tests and transcripts). */
  readonly written: Uint8Array[] = [];
  /** Called for every write, with the stream the writer's open file belongs to. */
  onOutput: (stream: ConsoleStream, bytes: Uint8Array) => void = () => {};

  /** Queues input for readers of the console (the host's stdin). */
  feed(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunks.push(bytes.slice());
    this.readq.wakeAll();
  }

  /** The host's stdin is at its end: readers get 0 once the queue is drained. */
  end(): void {
    this.eof = true;
    this.readq.wakeAll();
  }

  get ended(): boolean {
    return this.eof;
  }

  /** Is some task asleep waiting for host input that may still come? */
  awaitingInput(): boolean {
    return !this.eof && this.readq.size > 0;
  }

  readonly ops: FileOps = {
    stream: true,
    read: (f, ctx, dst, count) => {
      if (count === 0) return 0;
      const c = this.chunks[0];
      if (!c) {
        if (this.eof) return 0;
        if (f.flags & O_NONBLOCK) return EAGAIN;
        ctx.waitOn(this.readq);
        return BLOCK;
      }
      const n = Math.min(count, c.length);
      const k = copyToUser(ctx.mm, dst, c.subarray(0, n), n);
      if (k === 0) return EFAULT;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
      return k;
    },
    write: (f, _ctx, src) => {
      const copy = src.slice();
      this.written.push(copy);
      this.onOutput(f.priv === 2 ? 2 : 1, copy);
      return src.length;
    },
  };
}
