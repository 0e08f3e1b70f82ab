// mm/pagetable.ts — the page table: a sparse 4-level radix tree (512 slots a level, 4 KiB
// pages, 47-bit user addresses) mapping virtual page numbers to page frames. Untouched ranges
// cost nothing: a level exists only where some page below it is mapped.
//
// fork shares the tree: the child's table points at the parent's root and the root's count
// goes up (O(1), whatever was touched). Any change goes through an exclusive path: a node
// reachable from more than one table (its own `refs` > 1, or an ancestor's) is copied first —
// its 512 slots, each child node or frame taking one more reference — so a frame's `refs`
// counts the leaf slots holding it once per leaf node, however many tables share that leaf.
// Protections live in the VMAs (mm/vma.ts); a slot holds only the frame. Owned by mm/.
// Page numbers reach 2^35 (doubles, not small integers): the low 9 bits are taken with `& 511`
// (exact for any non-negative integer below 2^53), never `% 512`, which V8 compiles to a call
// of C's fmod for a double.

import { Frame, ZERO_FRAME, type FramePool } from './frames';

/** One node of the tree: 512 slots of child nodes (levels 4..2) or frames (level 1). */
export class PtNode {
  refs = 1;
  /** Non-empty slots. */
  used = 0;
  /** Frames mapped below this node, the zero page not counted (RSS = root.present). */
  present = 0;
  readonly slots: (PtNode | Frame | undefined)[];
  constructor(from?: PtNode) {
    this.slots = from ? from.slots.slice() : new Array(512).fill(undefined);
    if (from) {
      this.used = from.used;
      this.present = from.present;
    }
  }
}

/** The root of destroyed tables: empty, and shared (its count never falls to 1). */
const EMPTY_ROOT = new PtNode();
EMPTY_ROOT.refs = 2;

/** Pages covered by one slot of a node at `level` (1: one page; 4: 2^27 pages). */
const SPAN = [0, 1, 512, 512 * 512, 512 * 512 * 512];
/** Pages covered by a whole node at `level`. */
const NODE_SPAN = [0, 512, 512 * 512, 512 * 512 * 512, 512 * 512 * 512 * 512];

/** State shared by every table of one kernel: the frame pool and a generation bumped whenever
 *  some node stops being exclusive to one table (a fork) or is copied (which invalidates the
 *  cached exclusive paths of the tables that shared it). */
export class PtContext {
  gen = 0;
  constructor(readonly pool: FramePool) {}
}

export class PageTable {
  root: PtNode;
  /** Cache of the last leaf reached: its key (vpn >> 9), and whether the path was exclusive. */
  private cKey = -1;
  private cGen = -1;
  private cLeaf: PtNode | null = null;
  private cExcl = false;
  /** The nodes of the cached path, root first (for `present` updates). */
  private readonly path: PtNode[] = [null!, null!, null!, null!];

  constructor(readonly ctx: PtContext, root?: PtNode) {
    this.root = root ?? new PtNode();
  }

  /** A table sharing every node with this one (fork). */
  fork(): PageTable {
    this.root.refs++;
    this.ctx.gen++;
    return new PageTable(this.ctx, this.root);
  }

  /** Resident frames (the zero page not counted). */
  get present(): number {
    return this.root.present;
  }

  /** The frame mapped at page `vpn`, or undefined. */
  lookup(vpn: number): Frame | undefined {
    const key = Math.floor(vpn / 512);
    if (key === this.cKey && this.cGen === this.ctx.gen) return this.cLeaf!.slots[vpn & 511] as Frame | undefined;
    const hi = Math.floor(key / 512);
    const n3 = this.root.slots[Math.floor(hi / 512)] as PtNode | undefined;
    if (n3 === undefined) return undefined;
    const n2 = n3.slots[hi & 511] as PtNode | undefined;
    if (n2 === undefined) return undefined;
    const n1 = n2.slots[key & 511] as PtNode | undefined;
    if (n1 === undefined) return undefined;
    this.cKey = key;
    this.cGen = this.ctx.gen;
    this.cLeaf = n1;
    this.cExcl = false;
    return n1.slots[vpn & 511] as Frame | undefined;
  }

  /** Copies a shared node: the copy takes a reference on everything it points to. */
  private unshare(n: PtNode, level: number): PtNode {
    const c = new PtNode(n);
    const s = c.slots;
    if (level === 1) {
      for (let i = 0; i < 512; i++) {
        const f = s[i] as Frame | undefined;
        if (f !== undefined && f !== ZERO_FRAME) f.refs++;
      }
    } else {
      for (let i = 0; i < 512; i++) {
        const x = s[i] as PtNode | undefined;
        if (x !== undefined) x.refs++;
      }
    }
    n.refs--;
    this.ctx.gen++;
    return c;
  }

  /** The leaf for `vpn` through an exclusive path (created as needed); fills `path`. */
  private leafW(vpn: number): PtNode {
    const key = Math.floor(vpn / 512);
    if (key === this.cKey && this.cExcl && this.cGen === this.ctx.gen) return this.cLeaf!;
    if (this.root.refs > 1) this.root = this.unshare(this.root, 4);
    let n = this.root;
    this.path[0] = n;
    const hi = Math.floor(key / 512);
    for (let level = 3; level >= 1; level--) {
      const i = level === 3 ? Math.floor(hi / 512) : level === 2 ? hi & 511 : key & 511;
      let c = n.slots[i] as PtNode | undefined;
      if (c === undefined) {
        c = new PtNode();
        n.slots[i] = c;
        n.used++;
      } else if (c.refs > 1) {
        c = this.unshare(c, level);
        n.slots[i] = c;
      }
      n = c;
      this.path[4 - level] = n;
    }
    this.cKey = key;
    this.cGen = this.ctx.gen;
    this.cLeaf = n;
    this.cExcl = true;
    return n;
  }

  /** The frame at `vpn` as the exclusive path sees it (after unsharing), or undefined. */
  lookupW(vpn: number): Frame | undefined {
    return this.leafW(vpn).slots[vpn & 511] as Frame | undefined;
  }

  /**
   * Maps `frame` at `vpn`, taking over one reference the caller holds (none for the zero
   * page); the frame that was there loses this slot's reference.
   */
  set(vpn: number, frame: Frame): void {
    const leaf = this.leafW(vpn);
    const i = vpn & 511;
    const old = leaf.slots[i] as Frame | undefined;
    leaf.slots[i] = frame;
    let d = frame === ZERO_FRAME ? 0 : 1;
    if (old === undefined) leaf.used++;
    else if (old !== ZERO_FRAME) {
      d--;
      this.ctx.pool.put(old);
    }
    if (d !== 0) for (let l = 0; l < 4; l++) this.path[l]!.present += d;
  }

  /** Unmaps every page of [vs, ve) (page numbers), dropping the frames' references. */
  zap(vs: number, ve: number): void {
    if (ve <= vs || this.root.used === 0) return;
    if (!this.anyIn(this.root, 4, 0, vs, ve)) return;
    if (this.root.refs > 1) this.root = this.unshare(this.root, 4);
    this.zapNode(this.root, 4, 0, vs, ve);
    this.cKey = -1;
  }

  /** Is any slot of [vs, ve) below `n` non-empty? (Skips work for untouched ranges.) */
  private anyIn(n: PtNode, level: number, base: number, vs: number, ve: number): boolean {
    const span = SPAN[level]!;
    const a = Math.max(0, Math.floor((vs - base) / span));
    const b = Math.min(512, Math.ceil((ve - base) / span));
    for (let i = a; i < b; i++) {
      const c = n.slots[i];
      if (c === undefined) continue;
      if (level === 1) return true;
      const cs = base + i * span;
      if (vs <= cs && cs + span <= ve) return true;
      if (this.anyIn(c as PtNode, level - 1, cs, vs, ve)) return true;
    }
    return false;
  }

  private zapNode(n: PtNode, level: number, base: number, vs: number, ve: number): void {
    const span = SPAN[level]!;
    const a = Math.max(0, Math.floor((vs - base) / span));
    const b = Math.min(512, Math.ceil((ve - base) / span));
    const pool = this.ctx.pool;
    for (let i = a; i < b; i++) {
      const c = n.slots[i];
      if (c === undefined) continue;
      if (level === 1) {
        n.slots[i] = undefined;
        n.used--;
        if (c !== ZERO_FRAME) {
          n.present--;
          pool.put(c as Frame);
        }
        continue;
      }
      const cs = base + i * span;
      let child = c as PtNode;
      if (vs <= cs && cs + span <= ve) {
        n.present -= child.present;
        n.slots[i] = undefined;
        n.used--;
        this.dropNode(child, level - 1);
        continue;
      }
      if (!this.anyIn(child, level - 1, cs, vs, ve)) continue;
      if (child.refs > 1) {
        child = this.unshare(child, level - 1);
        n.slots[i] = child;
      }
      const before = child.present;
      this.zapNode(child, level - 1, cs, vs, ve);
      n.present -= before - child.present;
      if (child.used === 0) {
        n.slots[i] = undefined;
        n.used--;
        this.dropNode(child, level - 1);
      }
    }
  }

  /** Drops one reference to a node; the last one releases everything below it. */
  private dropNode(n: PtNode, level: number): void {
    if (--n.refs > 0) return;
    const pool = this.ctx.pool;
    for (let i = 0; i < 512; i++) {
      const c = n.slots[i];
      if (c === undefined) continue;
      if (level === 1) {
        if (c !== ZERO_FRAME) pool.put(c as Frame);
      } else {
        this.dropNode(c as PtNode, level - 1);
      }
    }
  }

  /** Releases the whole table (exit, exec); the table is empty afterwards. */
  destroy(): void {
    this.dropNode(this.root, 4);
    this.root = EMPTY_ROOT;
    EMPTY_ROOT.refs++; // never 1: anything written through it copies it first
    this.cKey = -1;
  }

  /** Calls `fn(vpn, frame)` for every mapped page of [vs, ve), in order. */
  forEach(vs: number, ve: number, fn: (vpn: number, f: Frame) => void): void {
    if (ve > vs) this.walk(this.root, 4, 0, vs, ve, fn);
  }

  private walk(n: PtNode, level: number, base: number, vs: number, ve: number, fn: (vpn: number, f: Frame) => void): void {
    const span = SPAN[level]!;
    const a = Math.max(0, Math.floor((vs - base) / span));
    const b = Math.min(512, Math.ceil((ve - base) / span));
    for (let i = a; i < b; i++) {
      const c = n.slots[i];
      if (c === undefined) continue;
      if (level === 1) fn(base + i, c as Frame);
      else this.walk(c as PtNode, level - 1, base + i * span, vs, ve, fn);
    }
  }

  /** Every node reachable from this table with its level (for invariant checks). */
  nodes(fn: (n: PtNode, level: number) => void): void {
    const rec = (n: PtNode, level: number): void => {
      fn(n, level);
      if (level > 1) for (const c of n.slots) if (c !== undefined) rec(c as PtNode, level - 1);
    };
    rec(this.root, 4);
  }
}

export { NODE_SPAN };
