// test/vfs/procfs_maps.test.ts — /proc/[pid]/maps, smaps and smaps_rollup (vfs/fs/procfs_maps.ts).
// One scenario of mappings (anonymous private and shared, a tmpfs file shared, private read-only
// and private written, mprotect splits, mlock, munmap of a middle page, an unlinked mapped file,
// then fork) is run twice: by a C program on the host (its own /proc/self files) and by a
// program on linuxsim. Each places its mappings with MAP_FIXED at the same offsets inside a
// hole it reserved, so nothing merges with the C library's areas, and the areas of the hole are
// compared: the maps lines field by field with addresses made relative to the hole, the smaps
// blocks line by line — field names, order, column alignment and the values (Size, Rss, Pss,
// Pss_Dirty, Shared/Private Clean/Dirty, Anonymous, Locked, VmFlags) — and the child's smaps
// after fork (Pss halved by sharing). No golden text: the host is the reference, run afresh.
// Known divergences, normalised away with their reasons: the device and inode numbers and the
// directory of the files (/dev/shm on the host, /tmp here); an unlinked file's old name (our
// d_path does not keep it: "/ (deleted)"); "ac" (VM_ACCOUNT) on areas mprotect'ed from writable
// to read-only (Linux remembers the accounting, the model derives it from the protection).

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { O_CREAT, O_RDONLY, O_RDWR, O_TRUNC } from '../../abi/fcntl';
import { MAP_ANONYMOUS, MAP_FIXED, MAP_PRIVATE, MAP_SHARED, PROT_NONE, PROT_READ, PROT_WRITE } from '../../abi/mman';
import { SIGCHLD } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { EACCES } from '../../abi/errno';
import { createSystem } from '../../userland/system';
import type { Sys } from '../../userland/sys';
import { compileC, hasGcc, runBinary } from '../helpers/host';

const HOST = existsSync('/proc/version') && /^Linux version 6\.18/.test(readFileSync('/proc/version', 'latin1')) && hasGcc();
const onHost = HOST ? it : it.skip;

const P = 4096;
const RW = PROT_READ | PROT_WRITE;
const SLOT = 16 * P;
const HOLE = 16 * SLOT;

// The scenario, in C (the host) — keep in step with `scenario` below.
const C_SOURCE = String.raw`
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>
static void dump(const char *tag, const char *f) {
  char b[65536]; int fd = open(f, O_RDONLY); ssize_t n;
  printf("==== %s\n", tag); fflush(stdout);
  while ((n = read(fd, b, sizeof b)) > 0) write(1, b, n);
  close(fd);
}
int main(int argc, char **argv) {
  const long P = 4096, SLOT = 16 * 4096;
  const char *dir = argv[1];
  char fpath[256], gpath[256];
  snprintf(fpath, sizeof fpath, "%s/maps-f", dir); snprintf(gpath, sizeof gpath, "%s/maps-g", dir);
  char *h = mmap(0, 16 * SLOT, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(h, 16 * SLOT);
  volatile char *a = mmap(h, 3 * P, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  a[0] = 1; a[P] = 1; (void)a[2 * P];
  volatile char *s = mmap(h + SLOT, 2 * P, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  s[0] = 1;
  int fd = open(fpath, O_RDWR | O_CREAT | O_TRUNC, 0644);
  ftruncate(fd, 4 * P); pwrite(fd, "x", 1, 3 * P);
  volatile char *f = mmap(h + 2 * SLOT, 4 * P, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0);
  (void)f[0]; f[P] = 2; (void)f[3 * P];
  volatile char *r = mmap(h + 3 * SLOT, 2 * P, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, P);
  (void)r[0];
  volatile char *w = mmap(h + 4 * SLOT, 2 * P, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 2 * P);
  w[0] = 3; (void)w[P];
  volatile char *b = mmap(h + 5 * SLOT, 4 * P, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  b[0] = 1; mprotect((char *)b + P, P, PROT_READ); mprotect((char *)b + 2 * P, P, PROT_NONE);
  volatile char *l = mmap(h + 6 * SLOT, 2 * P, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  mlock((char *)l, 2 * P); l[0] = 1; l[P] = 1;
  int gd = open(gpath, O_RDWR | O_CREAT | O_TRUNC, 0644);
  ftruncate(gd, P);
  volatile char *g = mmap(h + 7 * SLOT, P, PROT_READ, MAP_SHARED | MAP_FIXED, gd, 0);
  (void)g[0]; close(gd); unlink(gpath);
  volatile char *u = mmap(h + 8 * SLOT, 4 * P, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  for (int i = 0; i < 4; i++) u[i * P] = 1;
  munmap((char *)u + P, P);
  printf("HOLE %lx\n", (unsigned long)h);
  dump("maps", "/proc/self/maps"); dump("smaps", "/proc/self/smaps"); dump("rollup", "/proc/self/smaps_rollup");
  pid_t c = fork();
  if (c == 0) { dump("child-smaps", "/proc/self/smaps"); _exit(0); }
  waitpid(c, 0, 0);
  unlink(fpath);
  return 0;
}
`;

/** The same scenario as a linuxsim program; returns the same text the C program prints. */
async function scenario(sys: Sys, dir: string): Promise<string> {
  let out = '';
  const dump = async (tag: string, path: string, s: Sys = sys): Promise<string> => {
    let text = `==== ${tag}\n`;
    const fd = await s.open(path, O_RDONLY);
    const buf = new Uint8Array(65536);
    for (;;) {
      const n = await s.read(fd, buf);
      if (n <= 0) break;
      for (let i = 0; i < n; i++) text += String.fromCharCode(buf[i]!);
    }
    await s.close(fd);
    return text;
  };
  const FIX = MAP_FIXED;
  const h = await sys.mmap(0, HOLE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS);
  await sys.munmap(h, HOLE);
  const m = sys.mem;
  const a = await sys.mmap(h, 3 * P, RW, MAP_PRIVATE | MAP_ANONYMOUS | FIX);
  m.setU8(a, 1); m.setU8(a + P, 1); m.u8(a + 2 * P);
  const s = await sys.mmap(h + SLOT, 2 * P, RW, MAP_SHARED | MAP_ANONYMOUS | FIX);
  m.setU8(s, 1);
  const fd = await sys.open(`${dir}/maps-f`, O_RDWR | O_CREAT | O_TRUNC, 0o644);
  await sys.syscall(SYS.ftruncate, fd, 4 * P);
  await sys.pwrite64(fd, 'x', 1, 3 * P);
  const f = await sys.mmap(h + 2 * SLOT, 4 * P, RW, MAP_SHARED | FIX, fd, 0);
  m.u8(f); m.setU8(f + P, 2); m.u8(f + 3 * P);
  const r = await sys.mmap(h + 3 * SLOT, 2 * P, PROT_READ, MAP_PRIVATE | FIX, fd, P);
  m.u8(r);
  const w = await sys.mmap(h + 4 * SLOT, 2 * P, RW, MAP_PRIVATE | FIX, fd, 2 * P);
  m.setU8(w, 3); m.u8(w + P);
  const b = await sys.mmap(h + 5 * SLOT, 4 * P, RW, MAP_PRIVATE | MAP_ANONYMOUS | FIX);
  m.setU8(b, 1);
  await sys.mprotect(b + P, P, PROT_READ);
  await sys.mprotect(b + 2 * P, P, PROT_NONE);
  const l = await sys.mmap(h + 6 * SLOT, 2 * P, RW, MAP_PRIVATE | MAP_ANONYMOUS | FIX);
  await sys.mlock(l, 2 * P);
  m.setU8(l, 1); m.setU8(l + P, 1); // (Linux's mlock faults the pages in itself; mm's does not yet)
  const gd = await sys.open(`${dir}/maps-g`, O_RDWR | O_CREAT | O_TRUNC, 0o644);
  await sys.syscall(SYS.ftruncate, gd, P);
  const g = await sys.mmap(h + 7 * SLOT, P, PROT_READ, MAP_SHARED | FIX, gd, 0);
  m.u8(g);
  await sys.close(gd);
  await sys.unlink(`${dir}/maps-g`);
  const u = await sys.mmap(h + 8 * SLOT, 4 * P, RW, MAP_PRIVATE | MAP_ANONYMOUS | FIX);
  for (let i = 0; i < 4; i++) m.setU8(u + i * P, 1);
  await sys.munmap(u + P, P);
  out += `HOLE ${h.toString(16)}\n`;
  out += await dump('maps', '/proc/self/maps');
  out += await dump('smaps', '/proc/self/smaps');
  out += await dump('rollup', '/proc/self/smaps_rollup');
  await sys.clone(SIGCHLD, async (c) => {
    out += await dump('child-smaps', '/proc/self/smaps', c);
    return 0;
  });
  await sys.wait4(-1, 0);
  await sys.unlink(`${dir}/maps-f`);
  return out;
}

async function runSim(): Promise<string> {
  let out = '';
  const system = createSystem({
    programs: { prog: async (sys) => { out = await scenario(sys, '/tmp'); return 0; } },
    installed: { '/usr/bin/prog': 'prog' },
  });
  const h = system.spawn('/usr/bin/prog', ['prog'], { uid: 1000, cwd: '/tmp' });
  await system.run();
  expect(await h.exited()).toBe(0);
  return out;
}

function runHost(): string {
  const bin = compileC(C_SOURCE);
  const r = runBinary(bin, ['/dev/shm']);
  expect(r.status).toBe(0);
  return r.stdout;
}

/** The sections of a dump: tag → text. */
function sections(out: string): { hole: number; parts: Map<string, string> } {
  const hole = parseInt(/^HOLE ([0-9a-f]+)$/m.exec(out)![1]!, 16);
  const parts = new Map<string, string>();
  for (const chunk of out.split(/^==== /m).slice(1)) {
    const nl = chunk.indexOf('\n');
    parts.set(chunk.slice(0, nl), chunk.slice(nl + 1));
  }
  return { hole, parts };
}

const HEAD = /^([0-9a-f]+)-([0-9a-f]+) ([-r][-w][-x][ps]) ([0-9a-f]{8,}) ([0-9a-f]{2,}):([0-9a-f]{2,}) (\d+) ?(?: +(.*))?$/;

/** A maps line with addresses relative to the hole and the numbers that differ by nature replaced. */
function normLine(line: string, hole: number): string {
  const m = HEAD.exec(line);
  if (!m) throw new Error(`not a maps line: ${JSON.stringify(line)}`);
  const rel = (x: string): string => '+' + (parseInt(x, 16) - hole).toString(16);
  const anon = m[5] === '00' && m[6] === '00' && m[7] === '0';
  const name = (m[8] ?? '').replace(/^\/(dev\/shm|tmp)\//, 'DIR/').replace(/^DIR\/maps-g \(deleted\)$|^\/ \(deleted\)$/, 'UNLINKED (deleted)');
  return `${rel(m[1]!)}-${rel(m[2]!)} ${m[3]} ${m[4]} ${anon ? '00:00 0' : 'DEV INO'} ${name}`;
}

/** Linux's column rule: a name starts after the header padded to 72 columns and one space. */
function checkPadding(line: string): void {
  const m = HEAD.exec(line)!;
  const head = `${m[1]}-${m[2]} ${m[3]} ${m[4]} ${m[5]}:${m[6]} ${m[7]} `;
  if (m[8] !== undefined) expect(line).toBe(head.padEnd(72) + ' ' + m[8]);
  else expect(line).toBe(head);
}

/** The blocks of a smaps text whose area lies inside the hole, normalised. */
function holeBlocks(text: string, hole: number): string[][] {
  const blocks: string[][] = [];
  let cur: string[] | null = null;
  for (const line of text.split('\n')) {
    if (HEAD.test(line)) {
      const start = parseInt(line, 16);
      cur = start >= hole && start < hole + HOLE ? [normLine(line, hole)] : null;
      if (cur) blocks.push(cur);
      checkPadding(line);
    } else if (cur && line !== '') {
      cur.push(line);
    }
  }
  return blocks;
}

/** Drops "ac" from areas that are not writable (see the header: a known divergence). */
function noAccountOnReadOnly(blocks: string[][]): string[][] {
  return blocks.map((b) => (/ [-r]-[-x][ps] /.test(b[0]!) ? b.map((l) => l.replace(/ ac $/, ' ').replace(/ ac /, ' ')) : b));
}

/**
 * The child's view after fork, as far as the model follows Linux: the private anonymous areas
 * (COW-shared with the parent: Pss halved, Shared_Dirty). Two known divergences are set aside:
 * Linux's fork copies no page-table entries for shared areas and for private file areas never
 * written (vma_needs_copy: the child faults them in again, so its Rss there is 0), while mm's
 * fork shares the whole table; and Linux marks the PTEs it copies old (Referenced 0 in the
 * child), while the model has no accessed bit (Referenced = Rss).
 */
function forkView(blocks: string[][]): string[][] {
  return noAccountOnReadOnly(blocks.filter((b) => / 00:00 0 /.test(b[0]!)).map((b) => b.filter((l) => !l.startsWith('Referenced:'))));
}

describe('/proc/[pid]/maps and smaps against the host (Linux 6.18)', () => {
  onHost('maps: the same areas, permissions, offsets, names and column layout', async () => {
    const host = sections(runHost());
    const ours = sections(await runSim());
    const pick = (s: { hole: number; parts: Map<string, string> }): string[] =>
      s.parts.get('maps')!.split('\n').filter((l) => l !== '').filter((l) => {
        checkPadding(l);
        const a = parseInt(l, 16);
        return a >= s.hole && a < s.hole + HOLE;
      }).map((l) => normLine(l, s.hole));
    const theirs = pick(host);
    expect(theirs.length).toBe(13);
    expect(pick(ours)).toEqual(theirs);
  });

  onHost('smaps: every field in the host\'s order and alignment, with the same values', async () => {
    const host = sections(runHost());
    const ours = sections(await runSim());
    const theirs = noAccountOnReadOnly(holeBlocks(host.parts.get('smaps')!, host.hole));
    const mine = noAccountOnReadOnly(holeBlocks(ours.parts.get('smaps')!, ours.hole));
    expect(theirs.length).toBe(13);
    expect(mine).toEqual(theirs);
    // The same field names in the same order for every block of the whole file (outside the hole too).
    const names = (t: string): string[] => [...new Set(t.split('\n').filter((l) => l && !HEAD.test(l)).map((l) => l.split(':')[0]!))];
    expect(names(ours.parts.get('smaps')!)).toEqual(names(host.parts.get('smaps')!));
  });

  onHost('smaps after fork: the child\'s Pss is halved by pages shared with its parent, as on the host', async () => {
    const host = sections(runHost());
    const ours = sections(await runSim());
    // Only the private anonymous areas, and Referenced aside (see forkView).
    const theirs = forkView(holeBlocks(host.parts.get('child-smaps')!, host.hole));
    expect(theirs.length).toBe(8);
    expect(forkView(holeBlocks(ours.parts.get('child-smaps')!, ours.hole))).toEqual(theirs);
  });

  onHost('smaps_rollup: the header line and the field names in the host\'s order and alignment', async () => {
    const host = sections(runHost()).parts.get('rollup')!.split('\n');
    const ours = sections(await runSim()).parts.get('rollup')!.split('\n');
    const shape = (l: string): string => l.replace(/^[0-9a-f]+-[0-9a-f]+/, 'RANGE').replace(/\d+ kB$/, (v) => 'N'.padStart(v.length - 3) + ' kB');
    expect(ours.length).toBe(host.length);
    checkPadding(host[0]!);
    checkPadding(ours[0]!);
    expect(ours.map((l) => shape(l).replace(/ +\[rollup\]$/, ' [rollup]'))).toEqual(host.map((l) => shape(l).replace(/ +\[rollup\]$/, ' [rollup]')));
  });
});

describe('/proc/[pid]/maps and smaps: values from the page table', () => {
  it('smaps_rollup sums the smaps blocks; the rollup range runs from the first area to the last', async () => {
    const { parts } = sections(await runSim());
    const sum = (text: string, field: string): number => {
      let n = 0;
      for (const l of text.split('\n')) if (l.startsWith(field + ':')) n += parseInt(l.slice(field.length + 1), 10);
      return n;
    };
    const smaps = parts.get('smaps')!;
    const rollup = parts.get('rollup')!;
    for (const f of ['Rss', 'Anonymous', 'Private_Dirty', 'Shared_Dirty', 'Shared_Clean', 'Private_Clean']) {
      expect(sum(rollup, f), f).toBe(sum(smaps, f));
    }
    const maps = parts.get('maps')!.trim().split('\n');
    const first = maps[0]!.split('-')[0]!;
    const last = maps[maps.length - 1]!.split(' ')[0]!.split('-')[1]!;
    expect(rollup.split('\n')[0]!.startsWith(`${first}-${last} ---p 00000000 00:00 0 `)).toBe(true);
  });

  it('shows [heap] after brk, [stack], anonymous and file areas; munmap and mprotect change the lines', () => {
    const system = createSystem();
    const p = system.process({ uid: 1000, cwd: '/tmp' });
    const read = (path: string): string => {
      const fd = p.sys.open(path, O_RDONLY);
      const buf = new Uint8Array(65536);
      let t = '';
      for (let n; (n = p.sys.read(fd, buf)) > 0;) for (let i = 0; i < n; i++) t += String.fromCharCode(buf[i]!);
      p.sys.close(fd);
      return t;
    };
    const brk0 = p.syscall(SYS.brk, 0) as number;
    p.syscall(SYS.brk, brk0 + 3 * P);
    const a = p.sys.mmap(0, 4 * P, RW, MAP_PRIVATE | MAP_ANONYMOUS);
    const fd = p.sys.open('data', O_RDWR | O_CREAT, 0o644);
    p.sys.write(fd, 'hello');
    const f = p.sys.mmap(0, P, PROT_READ, MAP_SHARED, fd, 0);
    p.sys.mem.u8(f);
    let maps = read('/proc/self/maps');
    const hex = (x: number): string => x.toString(16).padStart(8, '0');
    expect(maps).toContain(`${hex(a)}-${hex(a + 4 * P)} rw-p 00000000 00:00 0 \n`);
    expect(maps).toMatch(new RegExp(`^${hex(brk0)}-${hex(brk0 + 3 * P)} rw-p 00000000 00:00 0 {34}\\[heap\\]$`, 'm'));
    expect(maps).toMatch(/^7ff[0-9a-f]+-7ff[0-9a-f]+ rw-p 00000000 00:00 0 +\[stack\]$/m);
    expect(maps).toMatch(new RegExp(`^${hex(f)}-${hex(f + P)} r--s 00000000 [0-9a-f]{2}:[0-9a-f]{2} \\d+ +/tmp/data$`, 'm'));
    p.sys.munmap(a + P, P);
    p.sys.mprotect(a + 2 * P, P, PROT_READ);
    maps = read('/proc/self/maps');
    expect(maps).toContain(`${hex(a)}-${hex(a + P)} rw-p 00000000 00:00 0 \n${hex(a + 2 * P)}-${hex(a + 3 * P)} r--p 00000000 00:00 0 \n${hex(a + 3 * P)}-${hex(a + 4 * P)} rw-p 00000000 00:00 0 \n`);
    // Rss follows the page table: one written page of the four, then the file page.
    p.sys.mem.setU8(a, 1);
    const smaps = read('/proc/self/smaps');
    const block = smaps.slice(smaps.indexOf(`${hex(a)}-`));
    expect(block).toMatch(/^Size: +4 kB\nKernelPageSize: +4 kB\nMMUPageSize: +4 kB\nRss: +4 kB\nPss: +4 kB\nPss_Dirty: +4 kB\n/m);
    const fblock = smaps.slice(smaps.indexOf(`${hex(f)}-`));
    expect(fblock).toMatch(/Rss: +4 kB\nPss: +4 kB\nPss_Dirty: +4 kB\nShared_Clean: +0 kB\nShared_Dirty: +0 kB\nPrivate_Clean: +0 kB\nPrivate_Dirty: +4 kB\nReferenced: +4 kB\nAnonymous: +0 kB\n/);
    expect(fblock).toMatch(/VmFlags: rd sh mr mw me ms \n/);
  });

  it('another user\'s maps, smaps and smaps_rollup: EACCES (PTRACE_MODE_READ_FSCREDS); root may read them', () => {
    const system = createSystem();
    const victim = system.process({ uid: 1001, cwd: '/tmp' });
    const other = system.process({ uid: 1000, cwd: '/tmp' });
    const root = system.process({ uid: 0, cwd: '/tmp' });
    for (const f of ['maps', 'smaps', 'smaps_rollup']) {
      expect(other.syscall(SYS.openat, -100, `/proc/${victim.pid}/${f}`, O_RDONLY, 0)).toBe(-EACCES.errno);
      const fd = root.sys.open(`/proc/${victim.pid}/${f}`, O_RDONLY);
      expect(root.sys.read(fd, new Uint8Array(4096))).toBeGreaterThan(0);
      root.sys.close(fd);
    }
    // Its own: always.
    const fd = victim.sys.open(`/proc/${victim.pid}/maps`, O_RDONLY);
    expect(victim.sys.read(fd, new Uint8Array(4096))).toBeGreaterThan(0);
  });
});
