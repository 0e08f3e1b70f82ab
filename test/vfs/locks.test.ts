// test/vfs/locks.test.ts — file locks (vfs/locks.ts, kernel/syscalls/sys_lock.ts) against a
// byte-map model: three processes with several open files on one file make random flock,
// F_SETLK, F_OFD_SETLK, F_GETLK and close calls; every result must be the model's (who may
// lock which bytes), every F_GETLK answer must name a maximal run of bytes one other owner
// holds, and the kernel's invariants (kernel/invariants.ts: lock tables included) must hold
// after each step. The scenarios against Linux itself are test/conformance/scenarios/locks.strace.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EAGAIN } from '../../abi/errno';
import { F_GETOWNER_UIDS, F_SETOWN, F_GETLK, F_OFD_GETLK, F_OFD_SETLK, F_RDLCK, F_SETLK, F_SETLKW, F_UNLCK, F_WRLCK, LOCK_EX, LOCK_NB, LOCK_SH, LOCK_UN, O_CREAT, O_RDWR, SEEK_SET } from '../../abi/fcntl';
import { SYS } from '../../abi/syscalls';
import { checkInvariants } from '../../kernel/invariants';
import { createSystem } from '../../index';

/** Locks start in [0, SIZE) and are at most 6 bytes long: the model covers [0, BYTES). */
const SIZE = 12;
const BYTES = SIZE + 8;
const PROCS = 3;
const FILES = 2; // open files per process (fds 3 and 4)

function flockBuf(type: number, start: number, len: number): Uint8Array {
  const b = new Uint8Array(32);
  const dv = new DataView(b.buffer);
  dv.setInt16(0, type, true);
  dv.setInt16(2, SEEK_SET, true);
  dv.setBigInt64(8, BigInt(start), true);
  dv.setBigInt64(16, BigInt(len), true);
  return b;
}

function readBuf(b: Uint8Array): { type: number; start: number; len: number; pid: number } {
  const dv = new DataView(b.buffer);
  return { type: dv.getInt16(0, true), start: Number(dv.getBigInt64(8, true)), len: Number(dv.getBigInt64(16, true)), pid: dv.getInt32(24, true) };
}

type Op =
  | { k: 'flock'; p: number; f: number; how: number }
  | { k: 'setlk'; p: number; f: number; ofd: boolean; type: number; start: number; len: number }
  | { k: 'getlk'; p: number; f: number; ofd: boolean; type: number; start: number; len: number }
  | { k: 'reopen'; p: number; f: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('flock' as const), p: fc.nat(PROCS - 1), f: fc.nat(FILES - 1), how: fc.constantFrom(LOCK_SH | LOCK_NB, LOCK_EX | LOCK_NB, LOCK_UN) }),
  fc.record({ k: fc.constant('setlk' as const), p: fc.nat(PROCS - 1), f: fc.nat(FILES - 1), ofd: fc.boolean(), type: fc.constantFrom(F_RDLCK, F_WRLCK, F_UNLCK), start: fc.nat(SIZE - 1), len: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ k: fc.constant('getlk' as const), p: fc.nat(PROCS - 1), f: fc.nat(FILES - 1), ofd: fc.boolean(), type: fc.constantFrom(F_RDLCK, F_WRLCK), start: fc.nat(SIZE - 1), len: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ k: fc.constant('reopen' as const), p: fc.nat(PROCS - 1), f: fc.nat(FILES - 1) }),
);

/** The model: per byte, per owner ("p<i>" for a process's POSIX locks, "f<i>.<j>" for an open file's OFD locks), the type held. */
class Model {
  bytes: Map<string, number>[] = Array.from({ length: BYTES }, () => new Map());
  flock = new Map<string, number>(); // open file → F_RDLCK/F_WRLCK
  setRange(owner: string, type: number, start: number, end: number): void {
    for (let i = start; i <= end; i++) {
      if (type === F_UNLCK) this.bytes[i]!.delete(owner);
      else this.bytes[i]!.set(owner, type);
    }
  }
  conflicts(owner: string, type: number, start: number, end: number): boolean {
    for (let i = start; i <= end; i++) {
      for (const [o, t] of this.bytes[i]!) if (o !== owner && (t === F_WRLCK || type === F_WRLCK)) return true;
    }
    return false;
  }
  dropOwner(owner: string): void {
    for (const m of this.bytes) m.delete(owner);
  }
}

function run(ops: Op[]): void {
  const system = createSystem({ seed: 3 });
  const procs = Array.from({ length: PROCS }, () => system.process({ uid: 0, cwd: '/tmp' }));
  const gen = Array.from({ length: PROCS }, () => Array.from({ length: FILES }, () => 0));
  const model = new Model();
  for (const p of procs) for (let j = 0; j < FILES; j++) expect(p.syscall(SYS.openat, -100, 'locked', O_RDWR | O_CREAT, 0o644)).toBe(3 + j);
  const fileKey = (p: number, f: number) => `f${p}.${f}.${gen[p]![f]}`;
  for (const op of ops) {
    const p = procs[op.p]!;
    const fd = 3 + op.f;
    const fk = fileKey(op.p, op.f);
    const owner = op.k === 'flock' || op.k === 'reopen' ? '' : op.ofd ? fk : `p${op.p}`;
    if (op.k === 'flock') {
      const r = p.syscall(SYS.flock, fd, op.how);
      const want = op.how & LOCK_UN ? F_UNLCK : op.how & LOCK_EX ? F_WRLCK : F_RDLCK;
      if (want === F_UNLCK) {
        expect(r).toBe(0);
        model.flock.delete(fk);
      } else {
        const had = model.flock.get(fk);
        if (had !== want) model.flock.delete(fk); // a conversion drops the old lock first
        const conflict = had !== want && [...model.flock].some(([o, t]) => o !== fk && (t === F_WRLCK || want === F_WRLCK));
        expect(r).toBe(conflict ? -EAGAIN.errno : 0);
        if (!conflict) model.flock.set(fk, want);
      }
    } else if (op.k === 'setlk') {
      const r = p.syscall(SYS.fcntl, fd, op.ofd ? F_OFD_SETLK : F_SETLK, flockBuf(op.type, op.start, op.len));
      const end = op.start + op.len - 1;
      const conflict = op.type !== F_UNLCK && model.conflicts(owner, op.type, op.start, end);
      expect(r).toBe(conflict ? -EAGAIN.errno : 0);
      if (!conflict) model.setRange(owner, op.type, op.start, end);
    } else if (op.k === 'getlk') {
      const b = flockBuf(op.type, op.start, op.len);
      expect(p.syscall(SYS.fcntl, fd, op.ofd ? F_OFD_GETLK : F_GETLK, b)).toBe(0);
      const got = readBuf(b);
      const end = op.start + op.len - 1;
      if (!model.conflicts(owner, op.type, op.start, end)) {
        expect(got.type).toBe(F_UNLCK);
        continue;
      }
      expect(got.type === F_RDLCK || got.type === F_WRLCK).toBe(true);
      // The lock it names: some other owner holds exactly those bytes with that type, and no more
      // on either side (locks of one owner and type are merged).
      const gEnd = got.start + got.len - 1;
      const holders = [...model.bytes[got.start]!].filter(([o, t]) => o !== owner && t === got.type).map(([o]) => o);
      const ok = holders.some((o) => {
        for (let i = got.start; i <= gEnd; i++) if (model.bytes[i]!.get(o) !== got.type) return false;
        if (got.start > 0 && model.bytes[got.start - 1]!.get(o) === got.type) return false;
        if (gEnd + 1 < BYTES && model.bytes[gEnd + 1]!.get(o) === got.type) return false;
        return got.pid === (o.startsWith('p') ? procs[Number(o.slice(1))]!.pid : -1);
      });
      expect(ok, `F_GETLK named ${JSON.stringify(got)}`).toBe(true);
    } else {
      // Closing any fd of the file drops the process's POSIX locks; the open file's own locks go with it.
      expect(p.syscall(SYS.close, fd)).toBe(0);
      model.dropOwner(`p${op.p}`);
      model.dropOwner(fk);
      model.flock.delete(fk);
      gen[op.p]![op.f]!++;
      expect(p.syscall(SYS.openat, -100, 'locked', O_RDWR, 0)).toBe(fd);
    }
    expect(checkInvariants(system.kernel)).toEqual([]);
  }
}

describe('file locks against a byte-map model', () => {
  it('flock, F_SETLK, F_OFD_SETLK, F_GETLK and close agree with the model, invariants hold', () => {
    fc.assert(fc.property(fc.array(opArb, { minLength: 1, maxLength: 60 }), (ops) => run(ops)), { numRuns: 150, seed: 42 });
  });

  it('F_GETOWNER_UIDS: the real and effective uid of whoever last set a non-zero owner', () => {
    const system = createSystem({ seed: 1 });
    const root = system.process({ uid: 0, cwd: '/tmp' });
    const user = system.process({ uid: 1000, cwd: '/tmp' });
    expect(root.syscall(SYS.openat, -100, 'o', O_RDWR | O_CREAT, 0o666)).toBe(3);
    expect(user.syscall(SYS.openat, -100, 'o', 0 /* O_RDONLY */, 0)).toBe(3);
    const uids = new Uint8Array(8).fill(7);
    expect(user.syscall(SYS.fcntl, 3, F_GETOWNER_UIDS, uids)).toBe(0);
    expect(Array.from(new Uint32Array(uids.buffer))).toEqual([0, 0]);
    expect(user.syscall(SYS.fcntl, 3, F_SETOWN, user.pid)).toBe(0);
    expect(user.syscall(SYS.fcntl, 3, F_SETOWN, 0)).toBe(0); // a zero owner keeps the uids
    expect(user.syscall(SYS.fcntl, 3, F_GETOWNER_UIDS, uids)).toBe(0);
    expect(Array.from(new Uint32Array(uids.buffer))).toEqual([1000, 1000]);
  });

  it('a process exit releases its locks; a sleeper in F_SETLKW is woken by the unlock', async () => {
    const system = createSystem({ seed: 1 });
    const a = system.process({ uid: 0, cwd: '/tmp' });
    const b = system.process({ uid: 0, cwd: '/tmp' });
    expect(a.syscall(SYS.openat, -100, 'x', O_RDWR | O_CREAT, 0o644)).toBe(3);
    expect(b.syscall(SYS.openat, -100, 'x', O_RDWR, 0)).toBe(3);
    expect(a.syscall(SYS.fcntl, 3, F_SETLK, flockBuf(F_WRLCK, 0, 0))).toBe(0);
    expect(a.syscall(SYS.flock, 3, LOCK_EX)).toBe(0);
    // The raw door does not sleep: a call that would is refused ("would-block") and leaves nothing behind.
    expect(b.syscall(SYS.fcntl, 3, F_SETLKW, flockBuf(F_RDLCK, 0, 1))).toBe('would-block');
    expect(b.syscall(SYS.flock, 3, LOCK_SH)).toBe('would-block');
    expect(checkInvariants(system.kernel)).toEqual([]);
    expect(system.kernel.vfs.locks.sleepers()).toEqual([]);
    a.syscall(SYS.exit_group, 0);
    expect(b.syscall(SYS.fcntl, 3, F_SETLK, flockBuf(F_WRLCK, 0, 0))).toBe(0);
    expect(b.syscall(SYS.flock, 3, LOCK_EX | LOCK_NB)).toBe(0);
    expect(checkInvariants(system.kernel)).toEqual([]);
  });
});
