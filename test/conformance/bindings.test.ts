// test/conformance/bindings.test.ts — the harness's memory syntax without any kernel: address
// bindings (`= $a`, `$a+4096` in arguments and iovec bases, `= $a+N` on a later call), the
// directives (# poke, # peek, # maps with `#|` lines), their protocol encoding, and how
// compare.ts checks them against one side's results (fake results, no executor, no linuxsim).
// Owned by the conformance harness.

import { describe, expect, it } from 'vitest';
import { checkScenario, compareScenario } from '../../userland/conformance/compare';
import { DIRECTIVE_MAPS, DIRECTIVE_PEEK, DIRECTIVE_POKE, FAULT_BASE, type Scenario, type ScenarioResult, type StepResult } from '../../userland/conformance/model';
import { parseRef, parseScenarios, ScenarioSyntaxError } from '../../userland/conformance/parse';
import { encodeRequest, PROTOCOL_VERSION, TAG_REF } from '../../userland/conformance/protocol';

const enc = new TextEncoder();
const one = (text: string): Scenario => {
  const s = parseScenarios(text, 't.strace');
  expect(s).toHaveLength(1);
  return s[0]!;
};
const ok = (ret: bigint, outs: Uint8Array[] = []): StepResult => ({ ret, blocked: false, outs });
const result = (...steps: StepResult[]): ScenarioResult => ({ setupError: null, steps });
const SEGV = -(FAULT_BASE + 11n);

describe('parseRef', () => {
  it('reads $name, $name+N and $name-N (decimal, hex)', () => {
    expect(parseRef('$a')).toEqual({ name: 'a', offset: 0n, length: 2 });
    expect(parseRef('$a+4096, 1')).toEqual({ name: 'a', offset: 4096n, length: 7 });
    expect(parseRef('$brk-0x1000)')).toEqual({ name: 'brk', offset: -4096n, length: 11 });
    expect(parseRef('$ a')).toBeNull();
    expect(parseRef('a')).toBeNull();
  });
});

describe('address bindings', () => {
  const s = one([
    'mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a',
    'mprotect($a+4096, 4096, PROT_READ) = 0',
    'mmap($a, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a',
    'mremap($a, 4096, 8192, MREMAP_MAYMOVE) = $b',
    'read(3, $b-4096, 5) = -1 EBADF (Bad file descriptor)',
    'process_vm_readv(2, [{iov_base="hi", iov_len=2}], 1, [{iov_base=$b+1, iov_len=2}], 1, 0) = 2',
  ].join('\n'));

  it('a new name binds, a bound one (with an offset) is compared', () => {
    expect(s.bindings).toEqual(['a', 'b']);
    expect(s.steps[0]!.expect).toEqual({ bind: 'a' });
    expect(s.steps[2]!.expect).toEqual({ same: { name: 'a', offset: 0n } });
    expect(s.steps[3]!.expect.bind).toBe('b');
  });

  it('arguments and iovec bases that name a binding are refs', () => {
    expect(s.steps[1]!.args[0]).toEqual({ kind: 'ref', name: 'a', offset: 4096n });
    expect(s.steps[4]!.args[1]).toEqual({ kind: 'ref', name: 'b', offset: -4096n });
    const remote = s.steps[5]!.args[3]!;
    expect(remote.kind === 'iovec' && remote.segs[0]!.base).toEqual({ kind: 'ref', name: 'b', offset: 1n });
  });

  it('refuses a name that is not bound yet, and a new name with an offset', () => {
    expect(() => parseScenarios('munmap($x, 4096) = 0', 't')).toThrow(ScenarioSyntaxError);
    expect(() => parseScenarios('munmap($x, 4096) = 0', 't')).toThrow(/\$x is not bound/);
    expect(() => parseScenarios('mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a+4096', 't')).toThrow(/not bound/);
    expect(() => parseScenarios('# peek $a 1', 't')).toThrow(/not bound/);
  });

  it('bindings are per scenario', () => {
    const two = parseScenarios('# scenario: one\nbrk(NULL) = $b\n# scenario: two\nbrk(NULL) = $b\nbrk($b) = $b\n', 't');
    expect(two.map((x) => x.bindings)).toEqual([['b'], ['b']]);
    expect(two[1]!.steps[1]!.expect.same).toEqual({ name: 'b', offset: 0n });
  });

  it('the protocol carries the slots: binding steps and ref arguments', () => {
    const bytes = encodeRequest([s]);
    const dv = new DataView(bytes.buffer);
    expect(dv.getUint32(4, true)).toBe(PROTOCOL_VERSION);
    // magic, version, nscenarios, nprocs, proc 0 (uid gid ngroups umask), nbindings
    expect(dv.getUint32(12 + 4 + 16, true)).toBe(2);
    // step 0: proc, nr (9 mmap), timeout, bind slot 0
    const step0 = 12 + 4 + 16 + 4 + 4;
    expect(dv.getInt32(step0 + 4, true)).toBe(9);
    expect(dv.getInt32(step0 + 12, true)).toBe(0);
    expect(Array.from(bytes).includes(TAG_REF)).toBe(true);
  });
});

describe('checking bound results', () => {
  const s = one([
    'mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a',
    'mmap($a+4096, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0) = $a+4096',
    'brk(NULL) = $brk',
    'brk($brk+100) = $brk+100',
  ].join('\n'));

  it('holds when each side returns its own consistent addresses', () => {
    const host = result(ok(0x7f0000000000n), ok(0x7f0000001000n), ok(0x555555000000n), ok(0x555555000064n));
    const sim = result(ok(0x7ff000000000n), ok(0x7ff000001000n), ok(0x20000n), ok(0x20064n));
    expect(checkScenario(s, host)).toEqual([]);
    expect(compareScenario(s, host, sim)).toEqual([]);
  });

  it('a binding call must succeed, with a page-aligned address for mmap', () => {
    const bad = checkScenario(s, result(ok(-12n), ok(0x1000n), ok(0x555555000000n), ok(0x555555000064n)));
    expect(bad[0]!.why).toMatch(/ENOMEM; the scenario binds its address to \$a/);
    const unaligned = checkScenario(s, result(ok(0x7f0000000010n), ok(0x7f0000001010n), ok(0x555555000001n), ok(0x555555000065n)));
    expect(unaligned.map((x) => x.line)).toEqual([1]); // brk's break need not be aligned
  });

  it('`= $a+4096` compares with that side\'s value', () => {
    const bad = checkScenario(s, result(ok(0x7f0000000000n), ok(0x7f0000002000n), ok(0x555555000000n), ok(0x555555000064n)));
    expect(bad).toHaveLength(1);
    expect(bad[0]!.why).toMatch(/\$a\+4096 \(0x7f0000001000\)/);
    const diverge = compareScenario(s, result(ok(0x7f0000000000n), ok(0x7f0000001000n), ok(0x5000n), ok(0x5064n)),
      result(ok(0x7ff000000000n), ok(0x7ff000003000n), ok(0x5000n), ok(0x5064n)));
    expect(diverge.map((d) => [d.line, d.what])).toEqual([[2, 'expectation']]);
  });
});

describe('directives', () => {
  const s = one([
    'mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a',
    '# poke $a+1 "hi\\n"',
    '# peek $a+1 3 = "hi\\n"',
    '# peek $a 4 = "\\0hi"...',
    '# poke $a+8192 "x" = SIGSEGV',
    '# peek 0x1000 1 = SIGBUS',
    '# maps',
    '#| $a-$a+8192 rw-p 00000000 00:00 0',
    '# maps $a $a+4096',
    '#| (none)',
    '# maps',
  ].join('\n'));

  it('parse into steps with negative numbers and their expectations', () => {
    expect(s.steps.map((x) => x.nr)).toEqual([9, DIRECTIVE_POKE, DIRECTIVE_PEEK, DIRECTIVE_PEEK, DIRECTIVE_POKE, DIRECTIVE_PEEK, DIRECTIVE_MAPS, DIRECTIVE_MAPS, DIRECTIVE_MAPS]);
    expect(s.steps[1]!.args).toEqual([{ kind: 'ref', name: 'a', offset: 1n }, { kind: 'in', bytes: enc.encode('hi\n') }]);
    expect(s.steps[1]!.expect).toEqual({ fault: null });
    expect(s.steps[2]!.args[1]).toEqual({ kind: 'out', size: 3 });
    expect(s.steps[2]!.expect.peek).toEqual(enc.encode('hi\n'));
    expect(s.steps[3]!.expect.peek).toEqual(enc.encode('\0hi'));
    expect(s.steps[4]!.expect.fault).toBe('SIGSEGV');
    expect(s.steps[5]!.args[0]).toEqual({ kind: 'int', value: 0x1000n });
    expect(s.steps[5]!.expect.fault).toBe('SIGBUS');
    expect(s.steps[6]!.expect.maps).toEqual(['$a-$a+8192 rw-p 00000000 00:00 0']);
    expect(s.steps[7]!.args).toEqual([{ kind: 'ref', name: 'a', offset: 0n }, { kind: 'ref', name: 'a', offset: 4096n }]);
    expect(s.steps[7]!.expect.maps).toEqual([]);
    expect(s.steps[8]!.expect.maps).toBeUndefined();
  });

  it('rejects malformed directives', () => {
    const bad = (t: string) => () => parseScenarios(`brk(NULL) = $a\n${t}`, 't');
    expect(bad('# peek $a 3 = "toolong"')).toThrow(/3 bytes/);
    expect(bad('# poke $a 5')).toThrow(/whole string/);
    expect(bad('# poke $a "x" = "y"')).toThrow(/poke is/);
    expect(bad('#| $a-$a+4096 rw-p')).toThrow(/follow a # maps/);
    expect(bad('# maps $a')).toThrow();
    expect(bad('# expect-any: EPERM\n# peek $a 1')).toThrow(/directive/);
  });

  it('are checked: faults, bytes read, normalised maps', () => {
    const maps = (text: string) => ok(0n, [enc.encode(text)]);
    const good = result(
      ok(0x7f0000000000n), ok(0n), ok(0n, [enc.encode('hi\n')]), ok(0n, [enc.encode('\0hi\n')]), ok(SEGV), ok(-(FAULT_BASE + 7n), [new Uint8Array(1)]),
      maps('55550000-55551000 r-xp 00000000 08:01 1234 /bin/x\n7f0000000000-7f0000002000 rw-p 00000000 00:00 0\n7fff0000-7fff1000 rw-p 00000000 00:00 0 [stack]\n'),
      maps('7f0000001000-7f0000002000 ---p 00000000 00:00 0\n'),
      maps(''),
    );
    expect(checkScenario(s, good)).toEqual([]);
    const bad = result(
      ok(0x7f0000000000n), ok(SEGV), ok(0n, [enc.encode('ho\n')]), ok(0n, [enc.encode('\0hi\n')]), ok(0n), ok(SEGV, [new Uint8Array(1)]),
      maps('7f0000000000-7f0000001000 rw-p 00000000 00:00 0\n'),
      maps(''),
      maps(''),
    );
    expect(checkScenario(s, bad).map((x) => [x.line, x.why])).toEqual([
      [2, 'SIGSEGV; the scenario says it does not fault'],
      [3, 'read "ho\\n", the scenario says "hi\\n"'],
      [5, 'ok; the scenario says SIGSEGV'],
      [6, 'SIGSEGV; the scenario says SIGBUS'],
      [7, 'maps are [$a-$a+4096 rw-p 00000000 00:00 0], the scenario says [$a-$a+8192 rw-p 00000000 00:00 0]'],
    ]);
  });

  it('compare the two sides: a fault on one side only, different bytes, different maps', () => {
    const host = result(ok(0x7f0000000000n), ok(0n), ok(0n, [enc.encode('hi\n')]), ok(0n, [enc.encode('\0hi\n')]), ok(SEGV), ok(-(FAULT_BASE + 7n), [new Uint8Array(1)]),
      ok(0n, [enc.encode('7f0000000000-7f0000002000 rw-p 00000000 00:00 0\n')]), ok(0n, [new Uint8Array(0)]), ok(0n, [new Uint8Array(0)]));
    const sim = result(ok(0x10000000n), ok(0n), ok(0n, [enc.encode('hi\n')]), ok(0n, [enc.encode('\0hi\0')]), ok(0n), ok(-(FAULT_BASE + 7n), [new Uint8Array(1)]),
      ok(0n, [enc.encode('10000000-10001000 rw-p 00000000 00:00 0\n10001000-10002000 rw-p 00000000 00:00 0\n')]), ok(0n, [new Uint8Array(0)]), ok(0n, [new Uint8Array(0)]));
    const d = compareScenario(s, host, sim);
    expect(d.map((x) => [x.line, x.what])).toEqual([[4, 'bytes'], [5, 'result'], [5, 'expectation'], [7, 'maps'], [7, 'expectation']]);
    expect(d.find((x) => x.what === 'maps')!.sim).toBe('$a-$a+4096 rw-p 00000000 00:00 0 | $a+4096-$a+8192 rw-p 00000000 00:00 0');
  });
});
