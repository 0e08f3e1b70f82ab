// vfs/fs/pipefs.ts — pipes and FIFOs: a 64 KiB ring buffer with a read end and a write end.
// Linux's rules (pipe(7)): reads block while the pipe is empty and has writers, and return 0
// (EOF) when it has none; writes of at most PIPE_BUF bytes are atomic; larger writes may be
// split and block part-way; a write with no readers raises SIGPIPE and fails with EPIPE;
// O_NONBLOCK turns every wait into EAGAIN. Waiters sleep on the pipe's two wait queues.
// Packet mode (an O_DIRECT writer): each write is cut into packets of at most PAGE_SIZE, and a
// read returns at most one packet, discarding what of it does not fit.

import { EAGAIN, EBUSY, EFAULT, ENXIO, EPIPE, type Errno } from '../../abi/errno';
import { O_DIRECT, O_NONBLOCK } from '../../abi/fcntl';
import { SIGPIPE } from '../../abi/signal';
import { copyToUserAt } from '../../mm/usercopy';
import { BLOCK, type Block, type VfsCtx } from '../ctx';
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
  /** FIFO opens so far for reading and for writing (r_counter, w_counter: a waiting opener
   *  waits for the other one to move). */
  rCounter = 0;
  wCounter = 0;
  /** FIFO openers asleep until a partner opens; null while there are none. */
  openq: WaitQueue | null = null;
  /** The callers asleep in a FIFO open, with the counter they wait to see move (their
   *  reader or writer count is already in readers/writers). Null while there are none. */
  openWaits: Map<object, { read: boolean; snap: number }> | null = null;

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
    // pipe_read() copies a page buffer at a time and consumes a buffer only when all of it
    // reached the user: a short copy leaves that buffer in the pipe, and is EFAULT when no
    // earlier buffer was read (the bytes that did land stay in the user's memory). Stream
    // pipes keep no buffer boundaries here, so any short copy counts as one in the first buffer
    // — exact while the unread bytes fit one page buffer, as in the host-checked scenario
    // (test/conformance mm.strace: "read(2) and write(2) with buffers in mapped memory").
    if (k < n) return EFAULT;
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

// --- F_GETPIPE_SZ / F_SETPIPE_SZ (fcntl; written by the locks helper) ---------------------------

/** get_pipe_info(): the pipe behind a pipe end or FIFO, or null for any other file. */
export function pipeOfFile(f: OpenFile): Pipe | null {
  return f.ops === pipeFileOps ? pipeOf(f) : null;
}

/** pipe_occupancy(): the page buffers the unread bytes take (packets one each). */
export function pipeBuffers(p: Pipe): number {
  if (p.len === 0) return 0;
  if (p.segs) {
    let n = 0;
    let stream = 0;
    for (const s of p.segs) {
      if (s.packet) n++;
      else stream += s.len;
    }
    return n + Math.ceil(stream / PAGE_SIZE);
  }
  return Math.ceil((p.len + p.tailRoom) / PAGE_SIZE);
}

/**
 * pipe_resize_ring(): gives `p` room for `bytes` (whole pages); EBUSY when the unread bytes
 * take more buffers than that. Writers waiting for room are woken.
 */
export function resizePipe(p: Pipe, bytes: number): number | typeof EBUSY {
  if (bytes / PAGE_SIZE < pipeBuffers(p) || bytes < p.len) return EBUSY;
  const buf = new Uint8Array(bytes);
  const cap = p.buf.length;
  const first = Math.min(p.len, cap - p.head);
  buf.set(p.buf.subarray(p.head, p.head + first), 0);
  if (p.len > first) buf.set(p.buf.subarray(0, p.len - first), first);
  p.buf = buf;
  p.head = 0;
  p.writeq.wakeAll();
  return bytes;
}

/** /proc/sys/fs/pipe-max-size: the largest F_SETPIPE_SZ without CAP_SYS_RESOURCE. */
export const PIPE_MAX_SIZE = 1048576;

// --- splice, tee, sendfile, FIONREAD (vfs/splice.ts, ioctl; written by the data-movement helper) ---

/** How many more page buffers `p` takes (pipe->max_usage - pipe_occupancy()); 0: pipe_full(). */
export function pipeFreeBuffers(p: Pipe): number {
  return Math.max(0, Math.floor(p.capacity / PAGE_SIZE) - pipeBuffers(p));
}

/** A copy of the first `n` unread bytes, left unread (tee). */
export function pipePeek(p: Pipe, n: number): Uint8Array {
  const out = new Uint8Array(Math.min(n, p.len));
  const cap = p.buf.length;
  const first = Math.min(out.length, cap - p.head);
  out.set(p.buf.subarray(p.head, p.head + first), 0);
  if (out.length > first) out.set(p.buf.subarray(0, out.length - first), first);
  return out;
}

/** Removes the first `n` unread bytes (splice out of a pipe; packets are bytes here) and wakes writers. */
export function pipeTake(p: Pipe, n: number): Uint8Array {
  const out = pipePeek(p, n);
  const k = out.length;
  p.head = (p.head + k) % p.buf.length;
  p.len -= k;
  if (p.len === 0) {
    p.head = 0;
    p.tailRoom = 0;
  }
  if (p.segs) {
    let left = k;
    while (left > 0 && p.segs.length > 0) {
      const s = p.segs[0]!;
      const used = Math.min(left, s.len);
      s.len -= used;
      left -= used;
      if (s.len === 0) p.segs.shift();
    }
    if (!p.segs.some((x) => x.packet)) p.segs = null;
  }
  if (k > 0) p.writeq.wakeAll();
  return out;
}

/**
 * Appends `src` as buffers of their own (splice into a pipe: page-cache or copied pages, which
 * later writes do not merge into); the caller has checked the room. Wakes readers.
 */
export function pipePut(p: Pipe, src: Uint8Array): void {
  const n = src.length;
  if (n === 0) return;
  const cap = p.buf.length;
  let tail = (p.head + p.len) % cap;
  let from = 0;
  while (from < n) {
    const chunk = Math.min(n - from, cap - tail);
    p.buf.set(src.subarray(from, from + chunk), tail);
    tail = (tail + chunk) % cap;
    from += chunk;
  }
  if (p.segs) {
    const last = p.segs[p.segs.length - 1];
    if (last && !last.packet) last.len += n;
    else p.segs.push({ len: n, packet: false });
  }
  p.len += n;
  p.tailRoom = 0;
  p.readq.wakeAll();
}

// --- FIFO open (fifo_open(); called by vfs/namei.ts's openRef) ---------------------------------

/** wake_up_partner(): openers waiting for the other end look again. */
function wakePartner(p: Pipe): void {
  p.openq?.wakeAll();
}

/**
 * fifo_open(): counts the new end and decides whether the open must wait. O_RDONLY waits for a
 * writer to open (not with O_NONBLOCK); O_WRONLY waits for a reader, and with O_NONBLOCK and no
 * reader fails with ENXIO; O_RDWR never waits. A waiting opener keeps its count while it sleeps
 * (so a partner that opens meanwhile sees it) and waits for the other side's open counter to
 * move; if its call ends another way (a signal), the count is undone. Returns undefined when
 * the open goes on (the counts are taken), ENXIO, or BLOCK.
 */
export function fifoOpen(ctx: VfsCtx, p: Pipe, read: boolean, write: boolean, nonblock: boolean): Errno | Block | undefined {
  const waiting = p.openWaits?.get(ctx);
  if (waiting) {
    // A retry of a sleeping open: has a partner come since?
    if ((waiting.read ? p.wCounter : p.rCounter) !== waiting.snap) {
      p.openWaits!.delete(ctx);
      if (p.openWaits!.size === 0) p.openWaits = null;
      return undefined;
    }
    ctx.waitOn(p.openq!);
    return BLOCK;
  }
  if (read && write) {
    p.readers++;
    p.writers++;
    p.rCounter++;
    p.wCounter++;
    if (p.readers === 1 || p.writers === 1) wakePartner(p);
    return undefined;
  }
  if (read) {
    p.rCounter++;
    if (p.readers++ === 0) wakePartner(p);
    if (p.writers > 0 || nonblock) return undefined;
  } else {
    if (nonblock && p.readers === 0) return ENXIO;
    p.wCounter++;
    if (p.writers++ === 0) wakePartner(p);
    if (p.readers > 0) return undefined;
  }
  if (!ctx.atCallExit) {
    // A caller that cannot sleep here: undo and refuse (as an interrupted open would).
    if (read) p.readers--;
    else p.writers--;
    return EAGAIN;
  }
  const entry = { read, snap: read ? p.wCounter : p.rCounter };
  (p.openWaits ??= new Map()).set(ctx, entry);
  ctx.atCallExit(() => {
    if (p.openWaits?.get(ctx) !== entry) return; // it went on: the open file holds the count
    p.openWaits.delete(ctx);
    if (p.openWaits.size === 0) p.openWaits = null;
    if (read) p.readers--;
    else p.writers--;
    // As a closing end does: whoever waits on the other side looks again.
    p.readq.wakeAll();
    p.writeq.wakeAll();
  });
  ctx.waitOn(p.openq ??= new WaitQueue());
  return BLOCK;
}
