// test/conformance/memory-directives.test.ts — the memory syntax end to end: address bindings,
// refs, # poke / # peek (faults caught as SIGSEGV/SIGBUS) and # maps on the host executor
// (bin/conformance/executor.c; skipped where hostAvailable() says the host cannot run it), and
// bindings, refs and poke/peek on linuxsim's side (userland/conformance/sim.ts) through the
// break, which every address space has. Owned by the conformance harness.

import { describe, expect, it } from 'vitest';
import { hostAvailable, runOnHost } from '../../bin/conformance/host';
import { checkScenario, compareScenario } from '../../userland/conformance/compare';
import { FAULT_BASE } from '../../userland/conformance/model';
import { parseScenarios } from '../../userland/conformance/parse';
import { runOnSim } from '../../userland/conformance/sim';

const avail = hostAvailable();
const dec = new TextDecoder();
const SEGV = -(FAULT_BASE + 11n);
const BUS = -(FAULT_BASE + 7n);

describe.skipIf(!avail.ok)('memory directives on the host executor', () => {
  it('binds mmap\'s address, passes refs, pokes, peeks, catches faults and reads the maps', () => {
    const text = [
      'mmap(NULL, 12288, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a',
      '# poke $a+4094 "edge"',
      '# peek $a+4094 4 = "edge"',
      'mprotect($a+8192, 4096, PROT_NONE) = 0',
      '# peek $a+8190 4 = SIGSEGV',
      '# poke $a+8191 "xy" = SIGSEGV',
      'openat(AT_FDCWD, "f", O_RDWR|O_CREAT, 0644) = 3',
      'write(3, $a+4094, 4) = 4',
      'pread64(3, $a, 4, 0) = 4',
      '# peek $a 4 = "edge"',
      'mmap(NULL, 8192, PROT_READ, MAP_SHARED, 3, 0) = $f',
      '# peek $f 4 = "edge"',
      '# peek $f+4096 1 = SIGBUS',
      'mremap($a, 8192, 8192, 0) = $a',
      '# maps',
      '#| $f-$f+8192 r--s 00000000 XX:XX * /f',
      '#| $a-$a+8192 rw-p 00000000 00:00 0',
      '#| $a+8192-$a+12288 ---p 00000000 00:00 0',
      'process_vm_readv(2, [{iov_base="ed", iov_len=2}], 1, [{iov_base=$a+4094, iov_len=2}], 1, 0) = 2',
      'brk(NULL) = $brk',
      'brk($brk+4096) = $brk+4096',
      '# poke $brk+4095 "z"',
      '# peek $brk+4096 1 = SIGSEGV',
    ].join('\n');
    const [s] = parseScenarios(text, 'mem');
    const [r] = runOnHost([s!]);
    expect(r!.setupError).toBeNull();
    expect(checkScenario(s!, r!)).toEqual([]);
    const rets = r!.steps.map((x) => x.ret);
    expect(rets[4]).toBe(SEGV);
    expect(rets[12]).toBe(BUS);
    expect(dec.decode(r!.steps[2]!.outs[0]!)).toBe('edge');
    // The raw maps text is the whole process's; the normalised view is the scenario's alone.
    expect(dec.decode(r!.steps[14]!.outs[0]!)).toMatch(/\[stack\]/);
  });

  it('a fault leaves the worker usable, whatever the scenario did to SIGSEGV', () => {
    const [s] = parseScenarios([
      'rt_sigprocmask(SIG_BLOCK, [SEGV BUS], NULL, 8) = 0',
      '# peek 0x10000 1 = SIGSEGV',
      '# poke 0 "x" = SIGSEGV',
      'getpid()',
      'rt_sigprocmask(SIG_BLOCK, NULL, [SEGV BUS], 8) = 0',
    ].join('\n'), 'sig');
    const [r] = runOnHost([s!]);
    expect(checkScenario(s!, r!)).toEqual([]);
    expect(r!.steps[3]!.ret).toBeGreaterThan(0n);
  });

  it('an unbound name (its call failed) is 0 plus the offset', () => {
    const [s] = parseScenarios([
      'mmap(NULL, 0, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a',
      'munmap($a+4096, 4096) = 0',
    ].join('\n'), 'unbound');
    const [r] = runOnHost([s!]);
    expect(r!.steps.map((x) => x.ret)).toEqual([-22n, 0n]);
    expect(checkScenario(s!, r!).map((x) => x.line)).toEqual([1]);
  });
});

describe('memory directives on linuxsim', () => {
  const [s] = parseScenarios([
    'brk(NULL) = $brk',
    'brk($brk+8192) = $brk+8192',
    '# poke $brk+10 "heap"',
    '# peek $brk+10 4 = "heap"',
    'brk(NULL) = $brk+8192',
    'write(1, $brk+10, 4) = 4',
    '# peek 0x1000 1 = SIGSEGV',
    '# poke 0x1000 "x" = SIGSEGV',
    '# maps',
  ].join('\n'), 'sim');

  it('binds the break, evaluates refs against it, pokes and peeks, and faults below it', () => {
    const r = runOnSim(s!);
    expect(checkScenario(s!, r)).toEqual([]);
    expect(r.steps[8]!.ret).toBe(0n);
  });

  it.skipIf(!avail.ok)('agrees with the host on all but the maps (linuxsim\'s procfs fills them later)', () => {
    const [h] = runOnHost([s!]);
    const d = compareScenario(s!, h!, runOnSim(s!)).filter((x) => x.what !== 'maps');
    expect(d).toEqual([]);
  });
});
