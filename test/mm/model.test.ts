// test/mm/model.test.ts — model-based test of the address space (mm/mm.ts) with fast-check's
// fc.commands: random mmap (private/shared anonymous, fixed or not), munmap, mprotect, mremap
// (grow, shrink, move, fixed), madvise(MADV_DONTNEED), fork, exit, writes and reads, run against
// a reference model (per process: page → protection and bytes; shared pages point at a shared
// object) — every read returns the model's bytes, every forbidden access faults with the right
// si_code — and after every step the invariants of test/mm/helpers.ts (exact frame and table
// reference counts, no leaked frames, VMAs sorted, disjoint, aligned and merged exactly where
// the model's runs say Linux merges). MM_MODEL_RUNS=N for a longer run.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EFAULT, EINVAL, ENOMEM } from '../../abi/errno';
import { MADV_DONTNEED, MAP_FIXED, MAP_PRIVATE, MAP_SHARED, MREMAP_FIXED, MREMAP_MAYMOVE } from '../../abi/mman';
import { SEGV_ACCERR, SEGV_MAPERR, SIGSEGV } from '../../abi/signal';
import { FramePool } from '../../mm/frames';
import { MemoryMap } from '../../mm/mm';
import { PtContext } from '../../mm/pagetable';
import { checkMm } from './helpers';

const P = 4096;
/** The arena where fixed mappings and accesses land (24 pages at 4 GiB). */
const ARENA = 0x100000000;
const ARENA_PAGES = 24;
const RUNS = Number(process.env.MM_MODEL_RUNS ?? 100);

class SharedObj {
  readonly pages = new Map<number, Uint8Array>();
  constructor(readonly id: number) {}
}

interface Page {
  prot: number;
  /** Private bytes (null: zeros), or a page of a shared object. */
  data: Uint8Array | null;
  obj: SharedObj | null;
  idx: number;
}

class ModelProc {
  pages = new Map<number, Page>(); // key: vpn
  constructor(readonly id: number) {}
}

interface Model {
  procs: ModelProc[];
  nextObj: number;
}

interface Real {
  pool: FramePool;
  ctx: PtContext;
  mms: MemoryMap[];
}

function bytesOf(pg: Page): Uint8Array {
  if (pg.obj) return pg.obj.pages.get(pg.idx) ?? new Uint8Array(P);
  return pg.data ?? new Uint8Array(P);
}

/** Could page b (at vpn+1) continue the VMA of page a? (What Linux merges.) */
function mergeable(a: Page, b: Page): boolean {
  if (a.prot !== b.prot) return false;
  if ((a.obj === null) !== (b.obj === null)) return false;
  if (a.obj === null) return true;
  return a.obj === b.obj && a.idx + 1 === b.idx;
}

/** The VMAs the model implies: maximal runs of mergeable pages. */
function runs(m: ModelProc): [number, number, Page][] {
  const keys = [...m.pages.keys()].sort((x, y) => x - y);
  const out: [number, number, Page][] = [];
  for (const k of keys) {
    const pg = m.pages.get(k)!;
    const last = out[out.length - 1];
    if (last && last[1] === k && mergeable(m.pages.get(k - 1)!, pg)) last[1] = k + 1;
    else out.push([k, k + 1, pg]);
  }
  return out;
}

function check(model: Model, real: Real): void {
  const errs = checkMm(real.mms, real.pool);
  expect(errs).toEqual([]);
  model.procs.forEach((mp, i) => {
    const mm = real.mms[i]!;
    const want = runs(mp).map(([s, e, pg]) => `${(s * P).toString(16)}-${(e * P).toString(16)} ${pg.prot}${pg.obj ? 's' : 'p'}`);
    const got = mm.vmas.list.filter((v) => v.start !== mm.vmas.list[0]!.start && !(v.flags & 0x80))
      .map((v) => `${v.start.toString(16)}-${v.end.toString(16)} ${v.prot}${v.shared ? 's' : 'p'}`);
    expect(got).toEqual(want);
  });
}

/** The range [vs, vs+n) is free in the model. */
function free(m: ModelProc, vs: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (m.pages.has(vs + i)) return false;
  return true;
}

type Cmd = fc.Command<Model, Real>;

/** A page to access: mostly one the model has mapped (so that writes and reads meet), else an arena page. */
function pick(m: ModelProc, sel: number): number {
  const keys = [...m.pages.keys()].sort((a, b) => a - b);
  if (keys.length > 0 && sel % 4 !== 0) return keys[(sel >> 2) % keys.length]!;
  return ARENA / P + (sel % ARENA_PAGES);
}

abstract class Base implements Cmd {
  constructor(readonly p: number) {}
  check(m: Readonly<Model>): boolean {
    return m.procs.length > 0;
  }
  protected idx(m: Model): number {
    return this.p % m.procs.length;
  }
  abstract run(m: Model, r: Real): void;
  abstract toString(): string;
}

class Mmap extends Base {
  constructor(p: number, readonly page: number | null, readonly n: number, readonly prot: number, readonly shared: boolean) {
    super(p);
  }
  run(m: Model, r: Real): void {
    const i = this.idx(m);
    const mp = m.procs[i]!;
    const mm = r.mms[i]!;
    const len = this.n * P;
    const flags = (this.shared ? MAP_SHARED : MAP_PRIVATE) | (this.page !== null ? MAP_FIXED : 0);
    const addr = this.page !== null ? ARENA + this.page * P : 0;
    const got = mm.mmap(addr, len, this.prot, flags, null, 0);
    expect(typeof got).toBe('number');
    const at = got as number;
    if (this.page !== null) expect(at).toBe(addr);
    const vs = at / P;
    if (this.page === null) expect(free(mp, vs, this.n)).toBe(true);
    const obj = this.shared ? new SharedObj(m.nextObj++) : null;
    for (let k = 0; k < this.n; k++) mp.pages.set(vs + k, { prot: this.prot, data: null, obj, idx: k });
    check(m, r);
  }
  toString(): string {
    return `mmap(p${this.p}, ${this.page === null ? 'any' : `arena+${this.page}`}, ${this.n}p, prot ${this.prot}, ${this.shared ? 'shared' : 'private'})`;
  }
}

class Munmap extends Base {
  constructor(p: number, readonly page: number, readonly n: number) {
    super(p);
  }
  run(m: Model, r: Real): void {
    const i = this.idx(m);
    const vs = ARENA / P + this.page;
    r.mms[i]!.unmap(vs * P, (vs + this.n) * P);
    for (let k = 0; k < this.n; k++) m.procs[i]!.pages.delete(vs + k);
    check(m, r);
  }
  toString(): string {
    return `munmap(p${this.p}, arena+${this.page}, ${this.n}p)`;
  }
}

class Mprotect extends Base {
  constructor(p: number, readonly page: number, readonly n: number, readonly prot: number) {
    super(p);
  }
  run(m: Model, r: Real): void {
    const i = this.idx(m);
    const mp = m.procs[i]!;
    const vs = ARENA / P + this.page;
    const ret = r.mms[i]!.mprotect(vs * P, (vs + this.n) * P, this.prot);
    let want: number | typeof ENOMEM = 0;
    for (let k = 0; k < this.n; k++) {
      const pg = mp.pages.get(vs + k);
      if (!pg) {
        want = ENOMEM;
        break;
      }
      pg.prot = this.prot;
    }
    expect(ret).toBe(want);
    check(m, r);
  }
  toString(): string {
    return `mprotect(p${this.p}, arena+${this.page}, ${this.n}p, ${this.prot})`;
  }
}

class Mremap extends Base {
  constructor(p: number, readonly page: number, readonly oldN: number, readonly newN: number, readonly fixedTo: number | null) {
    super(p);
  }
  run(m: Model, r: Real): void {
    const i = this.idx(m);
    const mp = m.procs[i]!;
    const mm = r.mms[i]!;
    const vs = ARENA / P + this.page;
    const flags = MREMAP_MAYMOVE | (this.fixedTo !== null ? MREMAP_FIXED : 0);
    const to = this.fixedTo !== null ? ARENA / P + this.fixedTo : 0;
    const ret = mm.mremap(vs * P, this.oldN * P, this.newN * P, flags, to * P);
    // The model's answer: the old range must lie inside one run (one VMA).
    const run = runs(mp).find(([s, e]) => s <= vs && vs < e);
    if (!run || vs + this.oldN > run[1]) {
      expect(ret).toBe(EFAULT);
      check(m, r);
      return;
    }
    if (this.fixedTo !== null && to < vs + this.oldN && vs < to + this.newN) {
      expect(ret).toBe(EINVAL);
      check(m, r);
      return;
    }
    const old: Page[] = [];
    for (let k = 0; k < this.oldN; k++) old.push(mp.pages.get(vs + k)!);
    const tail = (k: number): Page => {
      const last = old[old.length - 1]!;
      return last.obj ? { prot: last.prot, data: null, obj: last.obj, idx: old[0]!.idx + k } : { prot: last.prot, data: null, obj: null, idx: 0 };
    };
    let dest: number;
    if (this.fixedTo !== null) {
      expect(ret).toBe(to * P);
      dest = to;
    } else if (this.newN <= this.oldN) {
      expect(ret).toBe(vs * P);
      for (let k = this.newN; k < this.oldN; k++) mp.pages.delete(vs + k);
      check(m, r);
      return;
    } else {
      const inPlace = vs + this.oldN === run[1] && free(mp, vs + this.oldN, this.newN - this.oldN);
      if (inPlace) {
        expect(ret).toBe(vs * P);
        for (let k = this.oldN; k < this.newN; k++) mp.pages.set(vs + k, tail(k));
        check(m, r);
        return;
      }
      expect(typeof ret).toBe('number');
      dest = (ret as number) / P;
      expect(free(mp, dest, this.newN)).toBe(true);
    }
    for (let k = 0; k < this.oldN; k++) mp.pages.delete(vs + k);
    for (let k = 0; k < this.newN; k++) mp.pages.delete(dest + k);
    for (let k = 0; k < this.newN; k++) mp.pages.set(dest + k, k < this.oldN ? old[k]! : tail(k));
    check(m, r);
  }
  toString(): string {
    return `mremap(p${this.p}, arena+${this.page}, ${this.oldN}p → ${this.newN}p${this.fixedTo !== null ? `, fixed arena+${this.fixedTo}` : ''})`;
  }
}

class DontNeed extends Base {
  constructor(p: number, readonly page: number, readonly n: number) {
    super(p);
  }
  run(m: Model, r: Real): void {
    const i = this.idx(m);
    const mp = m.procs[i]!;
    const vs = ARENA / P + this.page;
    const ret = r.mms[i]!.madvise(vs * P, (vs + this.n) * P, MADV_DONTNEED);
    let any = false;
    let hole = false;
    for (let k = 0; k < this.n; k++) {
      const pg = mp.pages.get(vs + k);
      if (!pg) hole = true;
      else {
        any = true;
        if (!pg.obj) pg.data = null;
      }
    }
    expect(ret).toBe(hole ? ENOMEM : 0);
    void any;
    check(m, r);
  }
  toString(): string {
    return `madvise(p${this.p}, arena+${this.page}, ${this.n}p, DONTNEED)`;
  }
}

class Write extends Base {
  constructor(p: number, readonly page: number, readonly off: number, readonly bytes: Uint8Array) {
    super(p);
  }
  run(m: Model, r: Real): void {
    const i = this.idx(m);
    const mp = m.procs[i]!;
    const vs = pick(mp, this.page);
    const addr = vs * P + this.off;
    const n = Math.min(this.bytes.length, P - this.off);
    const f = r.mms[i]!.access(addr, this.bytes, 0, n, true);
    const pg = mp.pages.get(vs);
    if (!pg) expect(f).toEqual({ signo: SIGSEGV, code: SEGV_MAPERR, addr });
    else if (!(pg.prot & 2)) expect(f).toEqual({ signo: SIGSEGV, code: SEGV_ACCERR, addr });
    else {
      expect(f).toBeNull();
      const b = bytesOf(pg).slice();
      b.set(this.bytes.subarray(0, n), this.off);
      if (pg.obj) pg.obj.pages.set(pg.idx, b);
      else pg.data = b;
    }
    check(m, r);
  }
  toString(): string {
    return `write(p${this.p}, sel ${this.page}+${this.off}, [${[...this.bytes].join(',')}])`;
  }
}

class Read extends Base {
  constructor(p: number, readonly page: number) {
    super(p);
  }
  run(m: Model, r: Real): void {
    const i = this.idx(m);
    const mp = m.procs[i]!;
    const vs = pick(mp, this.page);
    const buf = new Uint8Array(P);
    const f = r.mms[i]!.access(vs * P, buf, 0, P, false);
    const pg = mp.pages.get(vs);
    if (!pg) expect(f).toEqual({ signo: SIGSEGV, code: SEGV_MAPERR, addr: vs * P });
    else if (pg.prot === 0) expect(f).toEqual({ signo: SIGSEGV, code: SEGV_ACCERR, addr: vs * P });
    else {
      expect(f).toBeNull();
      expect(buf).toEqual(bytesOf(pg));
    }
    // The kernel's copies agree with the program's view.
    const k = new Uint8Array(P);
    const got = r.mms[i]!.copyIn(vs * P, k, 0, P);
    expect(got).toBe(pg && pg.prot !== 0 ? P : 0);
    check(m, r);
  }
  toString(): string {
    return `read(p${this.p}, ${this.page})`;
  }
}

class Fork extends Base {
  override check(m: Readonly<Model>): boolean {
    return m.procs.length > 0 && m.procs.length < 4;
  }
  run(m: Model, r: Real): void {
    const i = this.idx(m);
    const src = m.procs[i]!;
    const c = new ModelProc(src.id * 10 + m.procs.length);
    for (const [k, pg] of src.pages) c.pages.set(k, { ...pg, data: pg.data ? pg.data.slice() : null });
    m.procs.push(c);
    r.mms.push(r.mms[i]!.fork());
    check(m, r);
  }
  toString(): string {
    return `fork(p${this.p})`;
  }
}

class Exit extends Base {
  override check(m: Readonly<Model>): boolean {
    return m.procs.length > 1;
  }
  run(m: Model, r: Real): void {
    const i = this.idx(m);
    m.procs.splice(i, 1);
    r.mms.splice(i, 1)[0]!.put();
    check(m, r);
  }
  toString(): string {
    return `exit(p${this.p})`;
  }
}

const proc = fc.nat(7);
const page = fc.nat(ARENA_PAGES - 1);
const npages = fc.integer({ min: 1, max: 8 });
const prot = fc.constantFrom(0, 1, 3, 3, 3);
const commands = [
  fc.tuple(proc, fc.option(page, { freq: 3 }), npages, prot, fc.boolean()).map(([p, pg, n, pr, s]) => new Mmap(p, pg, n, pr, s)),
  fc.tuple(proc, page, npages).map(([p, pg, n]) => new Munmap(p, pg, n)),
  fc.tuple(proc, page, npages, prot).map(([p, pg, n, pr]) => new Mprotect(p, pg, n, pr)),
  fc.tuple(proc, page, npages, npages, fc.option(page, { freq: 2 })).map(([p, pg, o, n, t]) => new Mremap(p, pg, o, n, t)),
  fc.tuple(proc, page, npages).map(([p, pg, n]) => new DontNeed(p, pg, n)),
  fc.tuple(proc, fc.nat(1000), fc.nat(P - 1), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([p, pg, o, b]) => new Write(p, pg, o, b)),
  fc.tuple(proc, fc.nat(1000), fc.nat(P - 1), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([p, pg, o, b]) => new Write(p, pg, o, b)),
  fc.tuple(proc, fc.nat(1000)).map(([p, pg]) => new Read(p, pg)),
  fc.tuple(proc, fc.nat(1000)).map(([p, pg]) => new Read(p, pg)),
  fc.tuple(proc, fc.nat(1000)).map(([p, pg]) => new Read(p, pg)),
  proc.map((p) => new Fork(p)),
  proc.map((p) => new Exit(p)),
];

describe('the address space against a reference model', () => {
  it('agrees with the model, and keeps exact reference counts, after every step', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 80, size: 'max' }), (cmds) => {
        const pool = new FramePool();
        const ctx = new PtContext(pool);
        const real: Real = { pool, ctx, mms: [new MemoryMap(ctx, { random: null })] };
        const model: Model = { procs: [new ModelProc(0)], nextObj: 1 };
        fc.modelRun(() => ({ model, real }), cmds);
        // Everything released at the end: no frame leaks.
        for (const mm of real.mms) mm.put();
        expect(pool.inUse).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });
});
