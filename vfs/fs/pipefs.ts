// vfs/fs/pipefs.ts — pipes and FIFOs: a 64 KiB ring buffer with a read end and a write end.
// Linux's rules (pipe(7)): reads block while the pipe is empty and has writers, and return 0
// (EOF) when it has none; writes of at most PIPE_BUF bytes are atomic; larger writes may be
// split and block part-way; a write with no readers raises SIGPIPE and fails with EPIPE;
// O_NONBLOCK turns every wait into EAGAIN. Waiters sleep on the pipe's two wait queues.

import { EAGAIN, EFAULT, EPIPE } from '../../abi/errno';
import { O_NONBLOCK } from '../../abi/fcntl';
import { SIGPIPE } from '../../abi/signal';
import { copyToUserAt } from '../../mm/usercopy';
import { BLOCK, type VfsCtx } from '../ctx';
import type { FileOps, IoResult, OpenFile } from '../file';
import { WaitQueue } from '../waitqueue';

export const PIPE_BUF = 4096;
/** Copies up to this many bytes go byte by byte (cheaper than typed-array views). */
const SMALL = 64;
export const PIPE_DEF_CAPACITY = 65536;

export class Pipe {
  buf = new Uint8Array(PIPE_DEF_CAPACITY);
  /** Index of the first unread byte and the number of unread bytes. */
  head = 0;
  len = 0;
  readers = 0;
  writers = 0;
  readonly readq = new WaitQueue();
  readonly writeq = new WaitQueue();

  get capacity(): number {
    return this.buf.length;
  }

  read(ctx: VfsCtx, dst: Parameters<typeof copyToUserAt>[1], count: number, nonblock: boolean): IoResult {
    if (count === 0) return 0;
    if (this.len === 0) {
      if (this.writers === 0) return 0;
      if (nonblock) return EAGAIN;
      ctx.waitOn(this.readq);
      return BLOCK;
    }
    const n = Math.min(count, this.len);
    const cap = this.buf.length;
    if (n <= SMALL && dst instanceof Uint8Array && n <= dst.length) {
      // Small reads into a JS buffer: a byte loop beats making two subarray views.
      const buf = this.buf;
      let h = this.head;
      for (let i = 0; i < n; i++) {
        dst[i] = buf[h]!;
        if (++h === cap) h = 0;
      }
      this.head = this.len === n ? 0 : h;
      this.len -= n;
      this.writeq.wakeAll();
      return n;
    }
    const first = Math.min(n, cap - this.head);
    let k = copyToUserAt(ctx.mm, dst, 0, this.buf.subarray(this.head, this.head + first), first);
    if (k === first && n > first) k += copyToUserAt(ctx.mm, dst, first, this.buf.subarray(0, n - first), n - first);
    if (k === 0) return EFAULT;
    this.head = (this.head + k) % cap;
    this.len -= k;
    if (this.len === 0) this.head = 0;
    this.writeq.wakeAll();
    return k;
  }

  write(ctx: VfsCtx, src: Uint8Array, nonblock: boolean): IoResult {
    const total = src.length;
    if (total === 0) return 0;
    let done = ctx.progress;
    if (this.readers === 0) {
      ctx.signalSelf(SIGPIPE);
      return done > 0 ? done : EPIPE;
    }
    const cap = this.buf.length;
    const free = cap - this.len;
    const rest = total - done;
    // Writes of at most PIPE_BUF bytes go in whole or not at all.
    const n = rest <= PIPE_BUF ? (free >= rest ? rest : 0) : Math.min(free, rest);
    if (n > 0 && n <= SMALL) {
      const buf = this.buf;
      let tail = (this.head + this.len) % cap;
      for (let i = done; i < done + n; i++) {
        buf[tail] = src[i]!;
        if (++tail === cap) tail = 0;
      }
      this.len += n;
      done += n;
      this.readq.wakeAll();
    } else if (n > 0) {
      let tail = (this.head + this.len) % cap;
      let from = done;
      let left = n;
      while (left > 0) {
        const chunk = Math.min(left, cap - tail);
        this.buf.set(src.subarray(from, from + chunk), tail);
        tail = (tail + chunk) % cap;
        from += chunk;
        left -= chunk;
      }
      this.len += n;
      done += n;
      this.readq.wakeAll();
    }
    if (done === total) return total;
    if (nonblock) return done > 0 ? done : EAGAIN;
    ctx.progress = done;
    ctx.waitOn(this.writeq);
    return BLOCK;
  }
}

/** Which end of a pipe an OpenFile is (kept in OpenFile.priv). */
export interface PipeEnd {
  readonly pipe: Pipe;
}

function pipeOf(f: OpenFile): Pipe {
  return (f.priv as PipeEnd).pipe;
}

export const pipeFileOps: FileOps = {
  stream: true,
  read(f, ctx, dst, count) {
    return pipeOf(f).read(ctx, dst, count, (f.flags & O_NONBLOCK) !== 0);
  },
  write(f, ctx, src) {
    return pipeOf(f).write(ctx, src, (f.flags & O_NONBLOCK) !== 0);
  },
  release(f) {
    const p = pipeOf(f);
    if (f.readable) p.readers--;
    if (f.writable) p.writers--;
    // Whoever waits on the other end must look again: EOF for readers, EPIPE for writers.
    p.readq.wakeAll();
    p.writeq.wakeAll();
    // An anonymous pipe's inode goes with its last end (a FIFO's stays in its directory).
    if (p.readers === 0 && p.writers === 0 && f.inode.sb.fsType === 'pipefs' && f.inode.refs <= 1) {
      f.inode.sb.inodes.delete(f.inode.ino);
    }
  },
};
