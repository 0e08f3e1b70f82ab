// test/examples/examples.test.ts — every ported example against its golden transcript
// (examples/<dir>/golden.txt, written by running it: `npm run golden`), twice in a row
// (determinism), and the syscall port's own calls against strace of the Go original on Linux
// (test/reference/go/file-syscall/own-calls-plain.txt); the ports that come with their own Go
// program against that program's output on Linux (examples/<dir>/linux.txt); the SIGSEGV
// lines of 14-mmap-anon's second step against real strace of the same store in C; and
// 10-signals, whose runner races three signals with the program's loop, under several seeded
// random schedulers (the transcript must not change) and against the Go program's signal lines.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index';
import { randomPolicy } from '../../kernel/sched';
import { runExample, transcript } from '../../examples/run';
import { compileC, hasGcc } from '../helpers/host';

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

/** Replaces what differs by nature between two runs: pointers, and strace -f's pid column. */
function normalise(line: string): string {
  return line.replace(/^\d+ +/, '').replace(/0x[0-9a-f]{6,}/g, '0xADDR').replace(/ {2,}=/, ' =');
}

/** Ports whose trace must equal the Go original's own calls on Linux, and how to run them. */
const REFERENCES: readonly { name: string; file: string; uid?: number }[] = [
  { name: 'file-syscall', file: 'file-syscall/own-calls-plain.txt', uid: 0 },
  { name: 'stdin-echo', file: 'stdin-echo/own-calls-plain.txt' },
  { name: 'dirs-symlinks', file: 'dirs-symlinks/own-calls.txt' },
];

describe('ports against strace of the Go originals on Linux (test/reference/go)', () => {
  it.each(REFERENCES.map((r) => [r.name, r] as const))('%s makes the same calls, line for line', async (_n, ref) => {
    const ex = EXAMPLES.find((e) => e.name === ref.name)!;
    const r = await runExample(ex, ref.uid !== undefined ? { uid: ref.uid } : {});
    const ours = r.trace.filter((l) => !l.startsWith('execve(')).map(normalise);
    const theirs = readFileSync(join(root, 'test/reference/go', ref.file), 'utf8').trim().split('\n').map(normalise);
    expect(ours).toEqual(theirs);
  });
});

/** Ports whose console output must equal their Go program's (examples/<dir>/main.go) on Linux, as user 1000. */
const LINUX_OUTPUTS: readonly string[] = ['04-mmap-file', '14-mmap-anon', '19-setuid', '20-rlimit', '24-open-flags', '27-short-write'];
/** … and whose own calls are in linux-calls.txt (04-mmap-file: Go's also include the netpoller's
 *  epoll_ctl(…) = -1 EPERM for the regular file, which the port's os package does not make). */
const LINUX_CALLS: readonly string[] = ['14-mmap-anon', '19-setuid', '20-rlimit', '24-open-flags', '27-short-write'];

describe('ports against the output of their Go program on Linux (examples/<dir>/linux.txt)', () => {
  it.each(LINUX_OUTPUTS.map((d) => [d] as const))('%s prints what the Go program printed', async (dir) => {
    const ex = EXAMPLES.find((e) => e.dir === dir)!;
    const r = await runExample(ex);
    expect(r.output).toBe(readFileSync(join(root, 'examples', dir, 'linux.txt'), 'utf8'));
  });

  it.each(LINUX_CALLS.map((d) => [d] as const))('%s makes the calls the Go program made (linux-calls.txt, from its first own call)', async (dir) => {
    const ex = EXAMPLES.find((e) => e.dir === dir)!;
    const theirs = readFileSync(join(root, 'examples', dir, 'linux-calls.txt'), 'utf8').trim().split('\n').map(normalise);
    const r = await runExample(ex);
    const ours = r.trace.map(normalise);
    const from = ours.indexOf(theirs[0]!);
    expect(from, 'the first own call of the Go program').toBeGreaterThanOrEqual(0);
    expect(ours.slice(from).filter((l) => !l.startsWith('exit_group(') && !l.startsWith('+++'))).toEqual(theirs);
  });
});

/** The chapter's commented-out store, as C, under the host's strace: what the port's --write step's trace must end with. */
const SEGV_C = String.raw`
#include <sys/mman.h>
#include <unistd.h>
int main(void) {
  char *m = mmap(0, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  m[0] = 'H'; m[1] = 'e'; m[2] = 'l'; m[3] = 'l'; m[4] = 'o';
  write(1, "Memory: Hello\n", 14);
  mprotect(m, 4096, PROT_READ);
  m[0] = 'X';
  munmap(m, 1 << 20);
  return 0;
}
`;

const STRACE_HOST = process.platform === 'linux' && hasGcc() && spawnSync('strace', ['-V']).status === 0;

describe('14-mmap-anon --write: the SIGSEGV lines of the trace', () => {
  (STRACE_HOST ? it : it.skip)('are the host strace\'s for the same store in C (si_code=SEGV_ACCERR, killed by SIGSEGV)', async () => {
    const bin = compileC(SEGV_C);
    const dir = mkdtempSync(join(tmpdir(), 'linuxsim-segv-'));
    const log = join(dir, 'trace');
    const r = spawnSync('strace', ['-o', log, bin], { encoding: 'utf8' });
    expect(r.signal ?? r.status).toBe(r.signal ? 'SIGSEGV' : 128 + 11); // strace dies as its tracee died
    const host = readFileSync(log, 'utf8').trim().split('\n');
    rmSync(dir, { recursive: true, force: true });
    const from = host.findIndex((l) => l.startsWith('mmap(NULL, 1048576'));
    const theirs = host.slice(from).map(normalise);
    const ex = EXAMPLES.find((e) => e.dir === '14-mmap-anon')!;
    const ours = (await runExample(ex)).steps[0]!.trace.filter((l) => !l.startsWith('execve(')).map(normalise);
    expect(ours).toEqual(theirs);
  });
});

describe('10-signals: three signals raced with the loop', () => {
  const ex = EXAMPLES.find((e) => e.dir === '10-signals')!;
  const golden = readFileSync(join(root, 'examples', ex.dir, 'golden.txt'), 'utf8');

  // Every syscall costs virtual time on the one clock, so under another interleaving a signal
  // lands a few microseconds earlier or later in the 1 s sleep it interrupts: only the
  // nanoseconds nanosleep reports left (and then sleeps) may change. Every line, every value
  // else, and the order of the events are the golden transcript's.
  const nsec = (t: string) => t.replace(/tv_nsec=\d+/g, 'tv_nsec=N');
  it.each([1, 2, 3, 7, 42, 1234].flatMap((seed) => [[seed, 0.5], [seed, 1]] as const))(
    'gives the golden transcript under randomPolicy(%i, %d), but for the nanoseconds a sleep had left', async (seed, p) => {
      expect(nsec(transcript(await runExample(ex, { policy: randomPolicy(seed, p) })))).toBe(nsec(golden));
    });

  it('shows each signal and the line its goroutine writes, as the Go program on Linux does (linux-calls.txt)', async () => {
    // From the first signal on: the signal lines (sender's pid and uid aside) and the writes.
    const pick = (ls: readonly string[]) => ls
      .map(normalise)
      .filter((l) => l.startsWith('---') || l.startsWith('write('))
      .slice(2)
      .map((l) => l.replace(/si_pid=\d+, si_uid=\d+/, 'si_pid=PID, si_uid=UID'));
    const theirs = readFileSync(join(root, 'examples', ex.dir, 'linux-calls.txt'), 'utf8').trim().split('\n');
    expect(pick((await runExample(ex)).trace)).toEqual(pick(theirs));
  });
});
