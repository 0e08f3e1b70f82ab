// test/mm/helpers.ts — invariant checks over a set of address spaces sharing one frame pool:
// every frame's reference count equals the leaf slots holding it (a leaf shared between page
// tables counted once) plus the page-cache slots holding it; every table node's count equals
// the nodes and tables pointing at it; RSS counters agree with the tables; each mm's own
// checks (VMAs sorted, aligned, disjoint, maximally merged; accounting).

import { ZERO_FRAME, type Frame, type FramePool } from '../../mm/frames';
import type { MemoryMap } from '../../mm/mm';
import type { PtNode } from '../../mm/pagetable';

/** `pool`: when every frame it has handed out belongs to these mms, also checks that none leaked.
 *  `cacheFrames`: extra page-cache holders (e.g. tmpfs files' frames) the caller knows of. */
export function checkMm(mms: readonly MemoryMap[], pool: FramePool | null, cacheFrames: Iterable<Frame> = []): string[] {
  const errs: string[] = [];
  const nodeParents = new Map<PtNode, number>();
  const frameRefs = new Map<Frame, number>();
  const seen = new Set<PtNode>();
  const visit = (n: PtNode, level: number): number => {
    if (seen.has(n)) return n.present;
    seen.add(n);
    let present = 0;
    let used = 0;
    for (const c of n.slots) {
      if (c === undefined) continue;
      used++;
      if (level === 1) {
        const f = c as Frame;
        if (f !== ZERO_FRAME) {
          frameRefs.set(f, (frameRefs.get(f) ?? 0) + 1);
          present++;
        }
      } else {
        const child = c as PtNode;
        nodeParents.set(child, (nodeParents.get(child) ?? 0) + 1);
        present += visit(child, level - 1);
      }
    }
    if (present !== n.present) errs.push(`node at level ${level}: present ${n.present}, counted ${present}`);
    if (used !== n.used) errs.push(`node at level ${level}: used ${n.used}, counted ${used}`);
    return present;
  };
  const shmem = new Set<{ frames(): Frame[] }>();
  for (const mm of mms) {
    const root = mm.pt.root;
    nodeParents.set(root, (nodeParents.get(root) ?? 0) + 1);
    visit(root, 4);
    for (const e of mm.check()) errs.push(e);
    for (const s of mm.anonShmem()) shmem.add(s);
  }
  for (const s of shmem) for (const f of s.frames()) frameRefs.set(f, (frameRefs.get(f) ?? 0) + 1);
  for (const f of cacheFrames) frameRefs.set(f, (frameRefs.get(f) ?? 0) + 1);
  for (const [n, c] of nodeParents) if (n.refs !== c) errs.push(`table node refs ${n.refs}, held by ${c}`);
  for (const [f, c] of frameRefs) if (f.refs !== c) errs.push(`frame refs ${f.refs}, held by ${c}`);
  if (pool !== null && pool.inUse !== frameRefs.size) errs.push(`pool: ${pool.inUse} frames in use, ${frameRefs.size} held`);
  return errs;
}
