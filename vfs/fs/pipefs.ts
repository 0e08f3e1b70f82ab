// vfs/fs/pipefs.ts — pipes and FIFOs: a 64 KiB ring buffer with a read end and a write end.
// Linux's rules (pipe(7)): reads block while the pipe is empty and has writers, and return 0
// (EOF) when it has none; writes of at most PIPE_BUF bytes are atomic; larger writes may be
// split and block part-way; a write with no readers raises SIGPIPE and fails with EPIPE;
// O_NONBLOCK turns every wait into EAGAIN. Waiters sleep on the pipe's two wait queues.
// Packet mode (an O_DIRECT writer): each write is cut into packets of at most PAGE_SIZE, and a
// read returns at most one packet, discarding what of it does not fit.

import { EAGAIN, EFAULT, EPIPE } from '../../abi/errno';
import { O_DIRECT, O_NONBLOCK } from '../../abi/fcntl';
import { SIGPIPE } from '../../abi/signal';
import { copyToUserAt } from '../../mm/usercopy';
import { BLOCK, type VfsCtx } from '../ctx';
import type { FileOps, IoResult, OpenFile } from '../file';
import { WaitQueue } from '../waitqueue';

export const PIPE_BUF = 4096;
/** Copies up to this many bytes go byte by byte (cheaper than typed-array views). */
const SMALL = 64;
export const PIPE_DEF_CAPACITY = 65536;
/** A pipe_buffer holds one page: a packet is at most this long. */
const PAGE_SIZE = 4096;

/** A run of unread bytes: one packet, or bytes written by stream writers. */
interface Segment {
  len: number;
  packet: boolean;
}

export class Pipe {
  buf = new Uint8Array(PIPE_DEF_CAPACITY);
  /** Index of the first unread byte and the number of unread bytes. */
  head = 0;
  len = 0;
  readers = 0;
  writers = 0;
  readonly readq = new WaitQueue();
  readonly writeq = new WaitQueue();
  /** The unread bytes as segments, front first, while any packet is unread; else null. */
  segs: Segment[] | null = null;
  /** Room left in the page of the last buffer written, if it is a stream buffer (else 0). */
  tailRoom = 0;

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
    if (this.segs) return this.readPackets(ctx, dst, count);
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

  /** pipe_read() over segments: stream bytes up to the first packet, then that packet alone. */
  private readPackets(ctx: VfsCtx, dst: Parameters<typeof copyToUserAt>[1], count: number): IoResult {
    const segs = this.segs!;
    const cap = this.buf.length;
    let done = 0;
    while (segs.length > 0 && done < count) {
      const seg = segs[0]!;
      const n = Math.min(count - done, seg.len);
      const first = Math.min(n, cap - this.head);
      let k = copyToUserAt(ctx.mm, dst, done, this.buf.subarray(this.head, this.head + first), first);
      if (k === first && n > first) k += copyToUserAt(ctx.mm, dst, done + first, this.buf.subarray(0, n - first), n - first);
      if (k < n) {
        if (done === 0) return EFAULT; // nothing of the segment is consumed
        break;
      }
      done += n;
      const used = seg.packet ? seg.len : n; // a packet goes whole, read or not
      this.head = (this.head + used) % cap;
      this.len -= used;
      seg.len -= used;
      if (seg.len === 0) segs.shift();
      if (seg.packet) break;
    }
    if (this.len === 0) this.head = 0;
    if (!segs.some((x) => x.packet)) this.segs = null;
    this.writeq.wakeAll();
    return done;
  }

  /**
   * Records `n` bytes about to be written as pipe_write() lays them out in page buffers: the
   * part beyond whole pages first joins the last buffer if that one is a stream buffer with
   * room (only at the start of a write, into a pipe that is not empty; even a packet writer's
   * bytes join it), the rest fills new buffers of a page each, packets for a packet writer.
   * Segments are kept only while a packet is unread.
   */
  private record(n: number, packet: boolean, start: boolean): void {
    if (packet && !this.segs) this.segs = this.len > 0 ? [{ len: this.len, packet: false }] : [];
    const segs = this.segs;
    let rest = n;
    const chars = n % PAGE_SIZE;
    if (start && chars > 0 && this.len > 0 && chars <= this.tailRoom) {
      if (segs) segs[segs.length - 1]!.len += chars;
      this.tailRoom -= chars;
      rest -= chars;
    }
    while (rest > 0) {
      const c = Math.min(rest, PAGE_SIZE);
      if (segs) {
        const last = segs[segs.length - 1];
        if (!packet && last && !last.packet) last.len += c; // stream bytes read as one run
        else segs.push({ len: c, packet });
      }
      this.tailRoom = packet ? 0 : PAGE_SIZE - c;
      rest -= c;
    }
  }

  write(ctx: VfsCtx, src: Uint8Array, nonblock: boolean, packet = false): IoResult {
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
    if (n > 0) this.record(n, packet, done === 0);
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
    return pipeOf(f).write(ctx, src, (f.flags & O_NONBLOCK) !== 0, (f.flags & O_DIRECT) !== 0);
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
