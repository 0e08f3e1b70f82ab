// test/userland/strace/kernel.test.ts — the formatter on a running kernel (typed door): a program
// that clones a child and waits for it, traced with -f; the lines must have strace's shape
// (prefixes while two processes live, unfinished/resumed wait4, exit lines).

import { expect, it } from 'vitest';
import { Strace } from '../../../userland/strace/strace';
import { createSystem } from '../../../userland/system';
import type { Program } from '../../../userland/runtime';

it('traces a cloning program with -f on the kernel', async () => {
  const prog: Program = async (sys) => {
    const s = sys as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    await s.write!(1, 'hi\n');
    const c = (await s.clone!(17, async (cs: Record<string, (...a: unknown[]) => Promise<unknown>>) => {
      await cs.write!(1, 'child\n');
      return 3;
    })) as number;
    await s.wait4!(c, 0);
    try {
      await s.close!(99);
    } catch {
      // EBADF is the point
    }
    return 0;
  };
  const system = createSystem({ seed: 1, programs: { t: prog }, installed: { '/bin/t': 't' } });
  const lines: string[] = [];
  let strace: Strace | undefined;
  const h = system.spawn('/bin/t', ['t'], {
    beforeExec: (pid) => {
      strace = new Strace(system.kernel.trace, { pids: new Set([pid]), follow: true, write: (l) => lines.push(l) });
    },
  });
  await system.run();
  await h.exited();
  strace?.detach();
  const at = (re: RegExp): number => lines.findIndex((l) => re.test(l));
  expect(lines[0]).toMatch(/^execve\("\/bin\/t", \["t"\], 0x[0-9a-f]+ \/\* \d+ vars \*\/\) = 0$/);
  expect(lines).toContain('write(1, "hi\\n", 3)                     = 3');
  expect(at(/^clone\(child_stack=NULL, flags=SIGCHLD\) += \d+$/)).toBeGreaterThan(0);
  const wait = at(/^\[pid +\d+\] wait4\(\d+,  <unfinished \.\.\.>$/);
  const child = at(/^\[pid +\d+\] write\(1, "child\\n", 6\) += 6$/);
  const exited = at(/^\[pid +\d+\] \+\+\+ exited with 3 \+\+\+$/);
  const resumed = at(/^<\.\.\. wait4 resumed>\[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == 3\}\], 0, /);
  expect(wait).toBeGreaterThan(0);
  expect(child).toBeGreaterThan(wait);
  expect(exited).toBeGreaterThan(child);
  expect(resumed).toBeGreaterThan(exited);
  expect(lines).toContain('close(99)                               = -1 EBADF (Bad file descriptor)');
  expect(lines.slice(-2)).toEqual(['exit_group(0)                           = ?', '+++ exited with 0 +++']);
});
