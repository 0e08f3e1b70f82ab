// test/kernel/fd_model.test.ts — a model-based property (fc.commands + fc.modelRun) over the fd
// table and open file descriptions: open, close, close_range, dup, dup2, dup3, fcntl F_DUPFD/
// F_DUPFD_CLOEXEC/F_SETFD, pipe2, read, write, lseek, checked after each command against a model
// (open fds, the description each names, offsets shared by dup but not by separate opens, lowest-
// free allocation, EBADF, EMFILE at a lowered RLIMIT_NOFILE), whose rules were checked against
// Linux 6.x on the host with C programs. Owned by the kernel maintainers.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errnoByNumber } from '../../abi/errno';
import { CLOSE_RANGE_CLOEXEC, F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, FD_CLOEXEC, O_APPEND, O_CLOEXEC, O_NONBLOCK, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, SEEK_CUR, SEEK_END, SEEK_SET } from '../../abi/fcntl';
import { RLIMIT_NOFILE } from '../../abi/resource';
import { SYS } from '../../abi/syscalls';
import { checkInvariants } from '../../kernel/invariants';
import { createKernel, WOULD_BLOCK, type Kernel, type ProcessHandle } from '../../kernel/kernel';
import type { OpenFile } from '../../vfs/file';

/** RLIMIT_NOFILE for the run (lowered from 1024 so that EMFILE comes quickly). */
const LIMIT = 10;
const PATHS = ['/tmp/f0', '/tmp/f1'] as const;
const INITIAL: Record<string, string> = { '/tmp/f0': 'zero file\n', '/tmp/f1': '1' };

// ---------------------------------------------------------------------------------------------
// The model

interface Desc {
  readonly kind: 'file' | 'pipe' | 'console';
  readonly path?: string;
  /** O_RDONLY, O_WRONLY or O_RDWR. */
  readonly acc: number;
  readonly append: boolean;
  readonly nonblock: boolean;
  offset: number;
  readonly pipe?: PipeM;
  readonly end?: 'r' | 'w';
}

interface PipeM {
  data: number[];
}

interface Slot {
  desc: Desc;
  cloexec: boolean;
}

class Model {
  readonly fds = new Map<number, Slot>();
  readonly files = new Map<string, number[]>();

  constructor() {
    const console: Desc = { kind: 'console', acc: O_RDWR, append: false, nonblock: false, offset: 0 };
    // createProcess opens the console three times: three descriptions.
    for (let fd = 0; fd < 3; fd++) this.fds.set(fd, { desc: { ...console }, cloexec: false });
    for (const p of PATHS) this.files.set(p, [...INITIAL[p]!].map((c) => c.charCodeAt(0)));
  }

  lowestFree(min = 0): number {
    let fd = min;
    while (this.fds.has(fd)) fd++;
    return fd;
  }

  /** Open descriptions of a pipe's end (readers or writers): distinct descriptions, not fds. */
  ends(p: PipeM, end: 'r' | 'w'): number {
    const ds = new Set<Desc>();
    for (const s of this.fds.values()) if (s.desc.pipe === p && s.desc.end === end) ds.add(s.desc);
    return ds.size;
  }
}

interface Real {
  readonly k: Kernel;
  readonly h: ProcessHandle;
}

type Cmd = fc.Command<Model, Real>;

const errno = (code: string): number => {
  for (let n = 1; n < 200; n++) if (errnoByNumber(n)?.code === code) return -n;
  throw new Error(code);
};
const EBADF = errno('EBADF');
const EMFILE = errno('EMFILE');
const EINVAL = errno('EINVAL');
const ESPIPE = errno('ESPIPE');
const EAGAIN = errno('EAGAIN');

function call(r: Real, nr: number, ...args: unknown[]): number | typeof WOULD_BLOCK {
  const v = r.h.syscall(nr, ...args);
  expect(r.k.oopses).toEqual([]);
  return v;
}

/** Installs `desc` at `fd` in the model, as the kernel's lowest-free allocation would. */
function install(m: Model, fd: number, desc: Desc, cloexec: boolean): void {
  m.fds.set(fd, { desc, cloexec });
}

// ---------------------------------------------------------------------------------------------
// Commands: each acts on the kernel and the model, then the whole fd table is verified.

abstract class Base implements Cmd {
  check(_m: Model): boolean { return true; }
  run(m: Model, r: Real): void {
    this.act(m, r);
    verify(m, r);
  }
  abstract act(m: Model, r: Real): void;
  abstract toString(): string;
}

class Open extends Base {
  constructor(readonly path: string, readonly acc: number, readonly append: boolean, readonly trunc: boolean, readonly cloexec: boolean) { super(); }
  act(m: Model, r: Real): void {
    const flags = this.acc | (this.append ? O_APPEND : 0) | (this.trunc ? O_TRUNC : 0) | (this.cloexec ? O_CLOEXEC : 0);
    const got = call(r, SYS.open, this.path, flags, 0);
    const fd = m.lowestFree();
    if (fd >= LIMIT) return void expect(got).toBe(EMFILE);
    expect(got).toBe(fd);
    if (this.trunc) m.files.set(this.path, []); // Linux truncates even with O_RDONLY
    install(m, fd, { kind: 'file', path: this.path, acc: this.acc, append: this.append, nonblock: false, offset: 0 }, this.cloexec);
  }
  override toString(): string {
    const f = [['O_RDONLY', 'O_WRONLY', 'O_RDWR'][this.acc]!, this.append && 'O_APPEND', this.trunc && 'O_TRUNC', this.cloexec && 'O_CLOEXEC'];
    return `open(${this.path}, ${f.filter(Boolean).join('|')})`;
  }
}

class Close extends Base {
  constructor(readonly fd: number) { super(); }
  act(m: Model, r: Real): void {
    const got = call(r, SYS.close, this.fd);
    if (!m.fds.has(this.fd)) return void expect(got).toBe(EBADF);
    expect(got).toBe(0);
    m.fds.delete(this.fd);
  }
  override toString(): string { return `close(${this.fd})`; }
}

class Dup extends Base {
  constructor(readonly fd: number) { super(); }
  act(m: Model, r: Real): void {
    const got = call(r, SYS.dup, this.fd);
    const s = m.fds.get(this.fd);
    if (!s) return void expect(got).toBe(EBADF);
    const fd = m.lowestFree();
    if (fd >= LIMIT) return void expect(got).toBe(EMFILE);
    expect(got).toBe(fd);
    install(m, fd, s.desc, false);
  }
  override toString(): string { return `dup(${this.fd})`; }
}

class Dup2 extends Base {
  /** flags: null for dup2, else dup3's flags (0, O_CLOEXEC, or an invalid 1). */
  constructor(readonly oldfd: number, readonly newfd: number, readonly flags: number | null) { super(); }
  act(m: Model, r: Real): void {
    const got = this.flags === null ? call(r, SYS.dup2, this.oldfd, this.newfd) : call(r, SYS.dup3, this.oldfd, this.newfd, this.flags);
    const s = m.fds.get(this.oldfd);
    if (this.flags !== null) {
      if (this.flags & ~O_CLOEXEC || this.oldfd === this.newfd) return void expect(got).toBe(EINVAL);
    } else if (this.oldfd === this.newfd) {
      return void expect(got).toBe(s ? this.newfd : EBADF);
    }
    if (!s || this.newfd < 0 || this.newfd >= LIMIT) return void expect(got).toBe(EBADF);
    expect(got).toBe(this.newfd);
    install(m, this.newfd, s.desc, this.flags === O_CLOEXEC);
  }
  override toString(): string {
    return this.flags === null ? `dup2(${this.oldfd}, ${this.newfd})` : `dup3(${this.oldfd}, ${this.newfd}, ${this.flags === O_CLOEXEC ? 'O_CLOEXEC' : this.flags})`;
  }
}

class DupFd extends Base {
  constructor(readonly fd: number, readonly min: number, readonly cloexec: boolean) { super(); }
  act(m: Model, r: Real): void {
    const got = call(r, SYS.fcntl, this.fd, this.cloexec ? F_DUPFD_CLOEXEC : F_DUPFD, this.min);
    const s = m.fds.get(this.fd);
    if (!s) return void expect(got).toBe(EBADF);
    if (this.min < 0 || this.min >= LIMIT) return void expect(got).toBe(EINVAL);
    const fd = m.lowestFree(this.min);
    if (fd >= LIMIT) return void expect(got).toBe(EMFILE);
    expect(got).toBe(fd);
    install(m, fd, s.desc, this.cloexec);
  }
  override toString(): string { return `fcntl(${this.fd}, ${this.cloexec ? 'F_DUPFD_CLOEXEC' : 'F_DUPFD'}, ${this.min})`; }
}

class SetFd extends Base {
  constructor(readonly fd: number, readonly cloexec: boolean) { super(); }
  act(m: Model, r: Real): void {
    const got = call(r, SYS.fcntl, this.fd, F_SETFD, this.cloexec ? FD_CLOEXEC : 0);
    const s = m.fds.get(this.fd);
    if (!s) return void expect(got).toBe(EBADF);
    expect(got).toBe(0);
    s.cloexec = this.cloexec;
  }
  override toString(): string { return `fcntl(${this.fd}, F_SETFD, ${this.cloexec ? 'FD_CLOEXEC' : 0})`; }
}

class CloseRange extends Base {
  constructor(readonly first: number, readonly last: number, readonly cloexec: boolean) { super(); }
  act(m: Model, r: Real): void {
    const got = call(r, SYS.close_range, this.first, this.last, this.cloexec ? CLOSE_RANGE_CLOEXEC : 0);
    if (this.first > this.last) return void expect(got).toBe(EINVAL);
    expect(got).toBe(0);
    for (const [fd, s] of [...m.fds]) {
      if (fd < this.first || fd > this.last) continue;
      if (this.cloexec) s.cloexec = true;
      else m.fds.delete(fd);
    }
  }
  override toString(): string { return `close_range(${this.first}, ${this.last}${this.cloexec ? ', CLOSE_RANGE_CLOEXEC' : ''})`; }
}

class Pipe2 extends Base {
  constructor(readonly cloexec: boolean, readonly nonblock: boolean) { super(); }
  act(m: Model, r: Real): void {
    const fds = new Uint8Array(8).fill(0xee);
    const got = call(r, SYS.pipe2, fds, (this.cloexec ? O_CLOEXEC : 0) | (this.nonblock ? O_NONBLOCK : 0));
    const rfd = m.lowestFree();
    const wfd = m.lowestFree(rfd + 1);
    if (wfd >= LIMIT) {
      expect(got).toBe(EMFILE);
      expect([...fds]).toEqual(new Array(8).fill(0xee));
      return;
    }
    expect(got).toBe(0);
    const dv = new DataView(fds.buffer);
    expect([dv.getInt32(0, true), dv.getInt32(4, true)]).toEqual([rfd, wfd]);
    const pipe: PipeM = { data: [] };
    const end = (e: 'r' | 'w'): Desc => ({ kind: 'pipe', acc: e === 'r' ? O_RDONLY : O_WRONLY, append: false, nonblock: this.nonblock, offset: 0, pipe, end: e });
    install(m, rfd, end('r'), this.cloexec);
    install(m, wfd, end('w'), this.cloexec);
  }
  override toString(): string { return `pipe2(${[this.cloexec && 'O_CLOEXEC', this.nonblock && 'O_NONBLOCK'].filter(Boolean).join('|') || 0})`; }
}

class Write extends Base {
  constructor(readonly fd: number, readonly data: string) { super(); }
  override check(m: Model): boolean {
    // A write to a pipe nobody reads raises SIGPIPE and kills the process: not this model's business.
    const d = m.fds.get(this.fd)?.desc;
    return !(d?.kind === 'pipe' && d.end === 'w' && m.ends(d.pipe!, 'r') === 0 && this.data.length > 0);
  }
  act(m: Model, r: Real): void {
    const got = call(r, SYS.write, this.fd, this.data, this.data.length);
    const d = m.fds.get(this.fd)?.desc;
    if (!d || d.acc === O_RDONLY) return void expect(got).toBe(EBADF);
    const bytes = [...this.data].map((c) => c.charCodeAt(0));
    expect(got).toBe(bytes.length);
    if (d.kind === 'pipe') d.pipe!.data.push(...bytes);
    if (d.kind !== 'file' || bytes.length === 0) return; // a 0-byte write moves no offset (O_APPEND too)
    const content = m.files.get(d.path!)!;
    const at = d.append ? content.length : d.offset;
    while (content.length < at) content.push(0);
    content.splice(at, bytes.length, ...bytes);
    d.offset = at + bytes.length;
  }
  override toString(): string { return `write(${this.fd}, ${JSON.stringify(this.data)})`; }
}

class Read extends Base {
  constructor(readonly fd: number, readonly count: number) { super(); }
  act(m: Model, r: Real): void {
    const buf = new Uint8Array(this.count);
    const got = call(r, SYS.read, this.fd, buf, this.count);
    const d = m.fds.get(this.fd)?.desc;
    if (!d || d.acc === O_WRONLY) return void expect(got).toBe(EBADF);
    if (this.count === 0) return void expect(got).toBe(0);
    let want: number[];
    if (d.kind === 'console') {
      return void expect(got).toBe(WOULD_BLOCK); // no console input in this test
    } else if (d.kind === 'pipe') {
      const p = d.pipe!;
      if (p.data.length === 0) {
        if (m.ends(p, 'w') === 0) return void expect(got).toBe(0);
        return void expect(got).toBe(d.nonblock ? EAGAIN : WOULD_BLOCK);
      }
      want = p.data.splice(0, this.count);
    } else {
      const content = m.files.get(d.path!)!;
      want = content.slice(d.offset, d.offset + this.count);
      d.offset += want.length;
    }
    expect(got).toBe(want.length);
    expect([...buf.subarray(0, want.length)]).toEqual(want);
  }
  override toString(): string { return `read(${this.fd}, ${this.count})`; }
}

class Lseek extends Base {
  constructor(readonly fd: number, readonly offset: number, readonly whence: number) { super(); }
  act(m: Model, r: Real): void {
    const got = call(r, SYS.lseek, this.fd, this.offset, this.whence);
    const d = m.fds.get(this.fd)?.desc;
    if (!d) return void expect(got).toBe(EBADF);
    if (d.kind !== 'file') return void expect(got).toBe(ESPIPE);
    const base = this.whence === SEEK_SET ? 0 : this.whence === SEEK_CUR ? d.offset : m.files.get(d.path!)!.length;
    const pos = base + this.offset;
    if (pos < 0) return void expect(got).toBe(EINVAL);
    expect(got).toBe(pos);
    d.offset = pos;
  }
  override toString(): string { return `lseek(${this.fd}, ${this.offset}, ${['SEEK_SET', 'SEEK_CUR', 'SEEK_END'][this.whence]})`; }
}

// ---------------------------------------------------------------------------------------------
// After every command: the whole fd table agrees with the model.

function verify(m: Model, r: Real): void {
  const descOf = new Map<Desc, OpenFile>();
  const fileOf = new Map<OpenFile, Desc>();
  for (let fd = -1; fd <= LIMIT + 1; fd++) {
    const s = m.fds.get(fd);
    const flags = r.h.syscall(SYS.fcntl, fd, F_GETFD);
    if (!s) {
      expect(flags, `fd ${fd} should be closed`).toBe(EBADF);
      continue;
    }
    expect(flags, `close-on-exec of fd ${fd}`).toBe(s.cloexec ? FD_CLOEXEC : 0);
    // Dup'd fds name one open file description; separate opens name separate ones.
    const f = r.h.task.files.get(fd)!;
    const known = descOf.get(s.desc);
    if (known) expect(known === f, `fd ${fd} should share its description`).toBe(true);
    else expect(fileOf.has(f), `fd ${fd} should have a description of its own`).toBe(false);
    descOf.set(s.desc, f);
    fileOf.set(f, s.desc);
    const off = r.h.syscall(SYS.lseek, fd, 0, SEEK_CUR);
    expect(off, `offset of fd ${fd}`).toBe(s.desc.kind === 'file' ? s.desc.offset : ESPIPE);
  }
  for (const p of PATHS) {
    const st = new Uint8Array(144);
    expect(r.h.syscall(SYS.stat, p, st)).toBe(0);
    expect(Number(new DataView(st.buffer).getBigInt64(48, true)), `size of ${p}`).toBe(m.files.get(p)!.length);
  }
  expect(checkInvariants(r.k)).toEqual([]);
  expect(r.k.oopses).toEqual([]);
}

const fdArb = fc.integer({ min: -1, max: LIMIT + 1 });
const commands: fc.Arbitrary<Cmd>[] = [
  fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(O_RDONLY, O_WRONLY, O_RDWR), fc.boolean(), fc.boolean(), fc.boolean())
    .map(([p, acc, app, tr, ce]) => new Open(p, acc, app, tr, ce)),
  fdArb.map((fd) => new Close(fd)),
  fdArb.map((fd) => new Dup(fd)),
  fc.tuple(fdArb, fdArb, fc.constantFrom<number | null>(null, null, 0, O_CLOEXEC, 1)).map(([o, n, f]) => new Dup2(o, n, f)),
  fc.tuple(fdArb, fc.integer({ min: -1, max: LIMIT + 1 }), fc.boolean()).map(([fd, min, ce]) => new DupFd(fd, min, ce)),
  fc.tuple(fdArb, fc.boolean()).map(([fd, ce]) => new SetFd(fd, ce)),
  fc.tuple(fc.nat(LIMIT + 1), fc.nat(LIMIT + 1), fc.boolean()).map(([a, b, ce]) => new CloseRange(a, b, ce)),
  fc.tuple(fc.boolean(), fc.boolean()).map(([ce, nb]) => new Pipe2(ce, nb)),
  fc.tuple(fdArb, fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 })).map(([fd, s]) => new Write(fd, s)),
  fc.tuple(fdArb, fc.nat(8)).map(([fd, n]) => new Read(fd, n)),
  fc.tuple(fdArb, fc.integer({ min: -4, max: 12 }), fc.constantFrom(SEEK_SET, SEEK_CUR, SEEK_END)).map(([fd, o, w]) => new Lseek(fd, o, w)),
];

function setup(): { model: Model; real: Real } {
  const k = createKernel({
    initialFs: (fs) => {
      for (const p of PATHS) fs.writeFile(p, INITIAL[p]!);
    },
  });
  const h = k.createProcess({ uid: 0, cwd: '/tmp' });
  const lim = new Uint8Array(16);
  new DataView(lim.buffer).setBigUint64(0, BigInt(LIMIT), true);
  new DataView(lim.buffer).setBigUint64(8, BigInt(LIMIT), true);
  if (h.syscall(SYS.prlimit64, 0, RLIMIT_NOFILE, lim, 0) !== 0) throw new Error('prlimit64');
  return { model: new Model(), real: { k, h } };
}

describe('fd table and open files against a model', () => {
  it('open/close/dup/dup2/dup3/F_DUPFD/pipe2/read/write/lseek agree with the model after every command', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 60, size: 'max' }), (cmds) => {
        const s = setup();
        fc.modelRun(() => ({ model: s.model, real: s.real }), cmds);
      }),
      { numRuns: 200 },
    );
  });
});
