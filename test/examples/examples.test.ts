// test/examples/examples.test.ts — every ported example against its golden transcript
// (examples/<dir>/golden.txt, written by running it: `npm run golden`), twice in a row
// (determinism), and the syscall port's own calls against strace of the Go original on Linux
// (test/reference/go/file-syscall/own-calls-plain.txt).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index';
import { runExample, transcript } from '../../examples/run';

const root = join(import.meta.dirname, '..', '..');

describe.each(EXAMPLES.map((e) => [e.dir, e] as const))('example %s', (_dir, ex) => {
  it('prints its golden transcript, the same on two runs', async () => {
    const golden = readFileSync(join(root, 'examples', ex.dir, 'golden.txt'), 'utf8');
    const a = transcript(await runExample(ex));
    const b = transcript(await runExample(ex));
    expect(a).toBe(golden);
    expect(b).toBe(a);
  });
});

/** Replaces what differs by nature between two machines: pointers. */
function normalise(line: string): string {
  return line.replace(/0x[0-9a-f]{6,}/g, '0xADDR');
}

describe('the syscall port against strace of the Go original on Linux', () => {
  it('makes the same calls, line for line, as the Go program (run as root, as the reference was)', async () => {
    const ex = EXAMPLES.find((e) => e.name === 'file-syscall')!;
    const r = await runExample(ex, { uid: 0 });
    const ours = r.trace.filter((l) => !l.startsWith('execve(')).map(normalise);
    const theirs = readFileSync(join(root, 'test/reference/go/file-syscall/own-calls-plain.txt'), 'utf8')
      .trim().split('\n').map(normalise);
    expect(ours).toEqual(theirs);
  });
});
