// test/vfs/dir.test.ts — DirEntries (vfs/dir.ts) against a reference model: a Map of name →
// inode number plus the offsets tmpfs hands out, after random adds, deletes, replaces and
// compactions. The hash table (linear probing, backward-shift deletion) must find exactly
// what the model holds, and listings must come newest first with ascending-then-kept offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DirEntries, FIRST_ENTRY_OFFSET } from '../../vfs/dir';

type Op = { op: 'add' | 'del' | 'rep' | 'get'; name: string; ino: number };

// Few distinct names, so that deletes and re-adds hit, and collisions in small tables happen.
const name = fc.oneof(fc.constantFrom('a', 'b', 'c', '.x', 'long-name-' + 'z'.repeat(40)), fc.string({ minLength: 1, maxLength: 3 }));
const op: fc.Arbitrary<Op> = fc.record({ op: fc.constantFrom('add', 'add', 'del', 'rep', 'get'), name, ino: fc.integer({ min: 1, max: 1 << 30 }) });

describe('DirEntries', () => {
  it('agrees with a Map model after every operation', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
      const d = new DirEntries();
      const model = new Map<string, { ino: number; off: number }>();
      let next = FIRST_ENTRY_OFFSET;
      for (const o of ops) {
        switch (o.op) {
          case 'add':
            if (model.has(o.name)) break;
            d.add(o.name, o.ino);
            model.set(o.name, { ino: o.ino, off: next++ });
            break;
          case 'del':
            expect(d.delete(o.name)).toBe(model.delete(o.name));
            break;
          case 'rep':
            d.replace(o.name, o.ino);
            if (model.has(o.name)) model.get(o.name)!.ino = o.ino;
            break;
          case 'get':
            expect(d.get(o.name)).toBe(model.get(o.name)?.ino);
            break;
        }
        expect(d.size).toBe(model.size);
      }
      for (const [n, e] of model) {
        expect(d.get(n)).toBe(e.ino);
        expect(d.has(n)).toBe(true);
        expect(d.offsetOf(n)).toBe(e.off);
      }
      const newestFirst = [...model].sort((x, y) => y[1].off - x[1].off).map(([n, e]) => [n, e.ino, e.off]);
      expect([...d.newestFrom(Infinity)]).toEqual(newestFirst);
      const mid = newestFirst[Math.floor(newestFirst.length / 2)]?.[2] as number | undefined;
      if (mid !== undefined) expect([...d.newestFrom(mid)]).toEqual(newestFirst.filter((e) => (e[2] as number) <= mid));
      expect([...d].map(([n]) => n)).toEqual([...newestFirst].reverse().map((e) => e[0]));
    }), { numRuns: 300 });
  });

  it('holds 100,000 names, removes every other one, and still finds the rest', () => {
    const d = new DirEntries();
    for (let i = 0; i < 100_000; i++) d.add('f' + i, i + 1);
    for (let i = 0; i < 100_000; i += 2) expect(d.delete('f' + i)).toBe(true);
    for (let i = 0; i < 100_000; i++) expect(d.get('f' + i)).toBe(i % 2 ? i + 1 : undefined);
    expect(d.size).toBe(50_000);
  });
});
