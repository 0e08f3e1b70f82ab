// test/kernel/table.test.ts — the dispatch table covers every x86-64 syscall; each one not
// implemented returns ENOSYS (and the trace shows it), none silently succeeds; the generated
// compatibility page in docs/ matches the table.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENOSYS } from '../../abi/errno';
import { SYSCALLS } from '../../abi/syscalls';
import { compatibilityMarkdown, compatibilityRows } from '../../kernel/compat';
import { createKernel } from '../../kernel/kernel';

describe('the dispatch table', () => {
  it('has a row for every x86-64 syscall number', () => {
    const rows = compatibilityRows();
    expect(rows.map((r) => r.nr)).toEqual(SYSCALLS.map((s) => s.nr));
    expect(rows.length).toBeGreaterThanOrEqual(385);
  });

  it('answers ENOSYS for every unimplemented syscall, traced as such', () => {
    const k = createKernel();
    const exits: { nr: number; ret: number | undefined }[] = [];
    k.trace.on('syscall:exit', (e) => exits.push({ nr: e.nr, ret: e.ret }));
    const unimplemented = compatibilityRows().filter((r) => r.support === 'unimplemented');
    expect(unimplemented.length).toBeGreaterThan(0);
    for (const row of unimplemented) {
      const p = k.createProcess({ uid: 1000 });
      const r = p.syscall(row.nr, 1, 2, 3, 4, 5, 6);
      expect(r, row.name).toBe(-ENOSYS.errno);
      expect(exits.at(-1)).toEqual({ nr: row.nr, ret: -ENOSYS.errno });
    }
    for (const nr of [-1, 335, 423, 472, 511, 512, 100000]) {
      const p = k.createProcess();
      expect(p.syscall(nr)).toBe(-ENOSYS.errno);
    }
    expect(k.oopses).toEqual([]);
  });

  it('is what docs/COMPATIBILITY.md says (regenerate with npm run compat)', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'COMPATIBILITY.md'), 'utf8');
    expect(doc).toBe(compatibilityMarkdown());
  });
});
