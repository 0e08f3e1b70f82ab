// test/conformance/maps.test.ts — the /proc/PID/maps normaliser (userland/conformance/maps.ts):
// parsing, names for addresses, cutting to the scenario's regions, file offsets of cut lines,
// and the regions a side's mmap/mremap/brk results make. Pure; no kernel. Owned by the
// conformance harness.

import { describe, expect, it } from 'vitest';
import { addressName, mergeRegions, normaliseMaps, parseMaps, rangeName, SideState } from '../../userland/conformance/maps';
import { parseScenarios } from '../../userland/conformance/parse';

const HOST_MAPS = `55d0c0a00000-55d0c0a02000 r--p 00000000 08:01 393 /usr/bin/executor
55d0c2000000-55d0c3100000 rw-p 00000000 00:00 0 [heap]
7f1200000000-7f1200004000 rw-p 00000000 00:00 0
7f1200004000-7f1200005000 r--p 00000000 00:00 0
7f1200005000-7f1200008000 rw-s 00002000 00:2a 17 /data (deleted)
7f1200008000-7f1208008000 ---p 00000000 00:00 0
7f12a0000000-7f12a0200000 r-xp 00000000 08:01 777 /usr/lib/libc.so.6
7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0 [stack]
ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0 [vsyscall]
`;

describe('parseMaps', () => {
  it('reads every field, paths with spaces included', () => {
    const l = parseMaps(HOST_MAPS);
    expect(l).toHaveLength(9);
    expect(l[4]).toEqual({ start: 0x7f1200005000n, end: 0x7f1200008000n, perms: 'rw-s', offset: 0x2000n, dev: '00:2a', inode: 17n, path: '/data (deleted)' });
    expect(l[2]!.path).toBe('');
    expect(l[8]!.start).toBe(0xffffffffff600000n);
  });
});

describe('names', () => {
  const b = new Map([['a', 0x1000n], ['b', 0x5000n], ['c', 0x5000n]]);
  it('the greatest binding at or below, the first bound on a tie, else the lowest above', () => {
    expect(addressName(0x1000n, b)).toBe('$a');
    expect(addressName(0x3000n, b)).toBe('$a+8192');
    expect(addressName(0x5000n, b)).toBe('$b');
    expect(addressName(0x800n, b)).toBe('$a-2048');
    expect(addressName(0x800n, new Map())).toBe('0x800');
  });
  it('a range ends on the name its start took', () => {
    expect(rangeName(0x1000n, 0x5000n, b)).toBe('$a-$a+16384');
    expect(rangeName(0x4000n, 0x6000n, b)).toBe('$a+12288-$a+20480');
    expect(rangeName(0x5000n, 0x5000n, b)).toBe('$b-$b');
  });
  it('windows merge where they touch or overlap', () => {
    expect(mergeRegions([{ start: 5n, end: 9n }, { start: 1n, end: 3n }, { start: 3n, end: 4n }, { start: 8n, end: 12n }, { start: 20n, end: 20n }]))
      .toEqual([{ start: 1n, end: 4n }, { start: 5n, end: 12n }]);
  });
});

describe('normaliseMaps', () => {
  const b = new Map([['a', 0x7f1200000000n], ['f', 0x7f1200005000n]]);
  it('keeps only what lies in the windows, cut to them, with names; drops the executor\'s mappings', () => {
    expect(normaliseMaps(HOST_MAPS, b, [{ start: 0x7f1200000000n, end: 0x7f1200005000n }, { start: 0x7f1200005000n, end: 0x7f1200008000n }])).toEqual([
      '$a-$a+16384 rw-p 00000000 00:00 0',
      '$a+16384-$a+20480 r--p 00000000 00:00 0',
      '$f-$f+12288 rw-s 00002000 XX:XX * /data (deleted)',
    ]);
  });
  it('a cut file mapping starts at its file offset there; anonymous memory stays at 0', () => {
    expect(normaliseMaps(HOST_MAPS, b, [{ start: 0x7f1200002000n, end: 0x7f1200007000n }])).toEqual([
      '$a+8192-$a+16384 rw-p 00000000 00:00 0',
      '$a+16384-$a+20480 r--p 00000000 00:00 0',
      '$f-$f+8192 rw-s 00002000 XX:XX * /data (deleted)',
    ]);
    expect(normaliseMaps(HOST_MAPS, b, [{ start: 0x7f1200006000n, end: 0x7f1200007000n }])).toEqual([
      '$f+4096-$f+8192 rw-s 00003000 XX:XX * /data (deleted)',
    ]);
  });
  it('no windows, nothing', () => {
    expect(normaliseMaps(HOST_MAPS, b, [])).toEqual([]);
  });
});

describe('SideState', () => {
  const [s] = parseScenarios([
    'mmap(NULL, 5000, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a',
    'mmap(NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM (Cannot allocate memory)',
    'mremap($a, 8192, 12288, MREMAP_MAYMOVE) = $m',
    'brk(NULL) = $brk',
    'brk($brk+100) = $brk+100',
    '# maps',
    '# maps $m+4096 $m+8192',
  ].join('\n'), 't');
  const steps = s!.steps;

  it('collects bindings and the regions of successful mmap/mremap/brk results', () => {
    const side = new SideState();
    const rets = [0x7f0000000000n, -12n, 0x7e0000000000n, 0x555500000000n, 0x555500000064n];
    rets.forEach((r, i) => side.advance(steps[i]!, { ret: r, blocked: false, outs: [] }));
    expect([...side.bindings]).toEqual([['a', 0x7f0000000000n], ['m', 0x7e0000000000n], ['brk', 0x555500000000n]]);
    expect(side.windows(steps[5]!)).toEqual([
      { start: 0x7f0000000000n, end: 0x7f0000002000n },
      { start: 0x7e0000000000n, end: 0x7e0000003000n },
      { start: 0x555500000000n, end: 0x555500001000n },
    ]);
    expect(side.windows(steps[6]!)).toEqual([{ start: 0x7e0000001000n, end: 0x7e0000002000n }]);
  });

  it('a failed call binds nothing: refs to it evaluate to 0 + offset', () => {
    const side = new SideState();
    side.advance(steps[0]!, { ret: -12n, blocked: false, outs: [] });
    expect(side.bindings.size).toBe(0);
    expect(side.intArg(steps[2]!, 0)).toBe(0n);
  });
});
