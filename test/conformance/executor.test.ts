// test/conformance/executor.test.ts — the host executor (bin/conformance/executor.c through
// bin/conformance/host.ts) on hand-built scenarios: files by relative and absolute path inside
// its scratch root, credentials, a call that blocks until another process wakes it, the
// deny-list, exit_group, a large batch (its time per scenario is printed), and cleanup of the
// scratch directories. Skipped with the reason where hostAvailable() says the host cannot run it.

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AT_FDCWD, F_SETFL, O_CREAT, O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY } from '../../abi/fcntl';
import { S_IFDIR, S_IFIFO, S_IFREG } from '../../abi/stat';
import { stat } from '../../abi/structs';
import { syscallByName } from '../../abi/syscalls';
import { hostAvailable, hostCapabilities, runOnHost, type HostCapabilities, type HostRunOptions } from '../../bin/conformance/host';
import type { ArgValue, ProcSpec, Scenario, ScenarioResult, Step } from '../../userland/conformance/model';

const avail = hostAvailable();
const skip = !avail.ok;
if (!avail.ok) console.warn(`executor tests skipped: ${avail.reason}`);

const E = { EPERM: -1n, EFAULT: -14n, EACCES: -13n, ENOENT: -2n };
const enc = new TextEncoder();
const dec = new TextDecoder();

const int = (v: number | bigint): ArgValue => ({ kind: 'int', value: BigInt(v) });
const str = (s: string): ArgValue => ({ kind: 'in', bytes: enc.encode(`${s}\0`) });
const bytes = (s: string): ArgValue => ({ kind: 'in', bytes: enc.encode(s) });
const out = (size: number): ArgValue => ({ kind: 'out', size });

function call(proc: number, name: string, ...args: ArgValue[]): Step {
  const spec = syscallByName(name);
  if (!spec) throw new Error(`no syscall ${name}`);
  return { line: 0, text: name, proc, nr: spec.nr, name, args, specs: spec.args, expect: {} };
}

const ROOT: ProcSpec = { uid: 0, gid: 0, groups: [], umask: 0o022 };
const USER: ProcSpec = { uid: 1000, gid: 1000, groups: [], umask: 0o022 };

function scenario(name: string, processes: ProcSpec[], steps: Step[]): Scenario {
  return { name, processes, steps };
}

let scratchBase = '';
let caps: HostCapabilities | undefined;

/** Runs scenarios in a scratch base of this test's own (so cleanup can be checked). */
function run(scenarios: Scenario[], opts: HostRunOptions = {}): ScenarioResult[] {
  const res = runOnHost(scenarios, { scratchBase, ...opts });
  for (const [i, r] of res.entries()) expect(r.setupError, scenarios[i]?.name).toBeNull();
  return res;
}

const rets = (r: ScenarioResult | undefined) => r?.steps.map((s) => s.ret);

describe.skipIf(skip)('the host executor', () => {
  beforeAll(() => {
    scratchBase = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : '/tmp', 'linuxsim-executor-test-'));
    caps = hostCapabilities();
    console.log(`host executor: ${JSON.stringify(caps)}`);
  });
  afterAll(() => {
    if (scratchBase) rmSync(scratchBase, { recursive: true, force: true });
  });

  it('opens, writes, reads and fstats a file by a relative path; an unterminated path faults', () => {
    const [r] = run([scenario('relative', [ROOT], [
      call(0, 'openat', int(AT_FDCWD), str('f'), int(O_RDWR | O_CREAT), int(0o666)),
      call(0, 'write', int(3), bytes('hello'), int(5)),
      call(0, 'lseek', int(3), int(0), int(0)),
      call(0, 'read', int(3), out(16), int(16)),
      call(0, 'fstat', int(3), out(144)),
      // "abc" with no NUL, right before the guard page: the kernel's path copy faults.
      call(0, 'openat', int(AT_FDCWD), bytes('abc'), int(O_RDONLY), int(0)),
      call(0, 'getpid'),
    ])]);
    expect(rets(r)).toEqual([3n, 5n, 0n, 5n, 0n, E.EFAULT, caps?.pidns ? 2n : expect.any(BigInt)]);
    const steps = r!.steps;
    expect(steps.every((s) => !s.blocked)).toBe(true);
    expect(dec.decode(steps[3]!.outs[0]!.subarray(0, 5))).toBe('hello');
    expect(steps[3]!.outs[0]!.length).toBe(16);
    const st = stat.fromBytes(steps[4]!.outs[0]!);
    expect(st.st_mode).toBe(S_IFREG | 0o644);
    expect(st.st_size).toBe(5);
    expect(st.st_uid).toBe(0);
    expect(st.st_nlink).toBe(1);
  });

  it('creates an absolute path inside the scenario root, never on the host', () => {
    const name = `/linuxsim-executor-probe-${process.pid}-${Date.now()}`;
    const [r] = run([scenario('absolute', [ROOT], [
      call(0, 'openat', int(AT_FDCWD), str(name), int(O_WRONLY | O_CREAT), int(0o600)),
      call(0, 'newfstatat', int(AT_FDCWD), str(name), out(144), int(0)),
      call(0, 'newfstatat', int(AT_FDCWD), str('/'), out(144), int(0)),
      call(0, 'newfstatat', int(AT_FDCWD), str('/etc'), out(144), int(0)),
      call(0, 'newfstatat', int(AT_FDCWD), str('/..'), out(144), int(0)),
    ])]);
    expect(rets(r)).toEqual([3n, 0n, 0n, E.ENOENT, 0n]);
    expect(stat.fromBytes(r!.steps[1]!.outs[0]!).st_mode).toBe(S_IFREG | 0o600);
    const root = stat.fromBytes(r!.steps[2]!.outs[0]!);
    expect(root.st_mode).toBe(S_IFDIR | 0o755);
    expect([root.st_uid, root.st_gid]).toEqual([0, 0]);
    expect(root.st_nlink).toBe(2);
    expect(stat.fromBytes(r!.steps[4]!.outs[0]!).st_ino).toBe(root.st_ino); // /.. is /
    expect(existsSync(name)).toBe(false);
  });

  it('gives a uid-1000 process EACCES in a 0700 directory that a root process made', () => {
    const [r] = run([scenario('credentials', [ROOT, USER], [
      call(0, 'mkdirat', int(AT_FDCWD), str('d'), int(0o700)),
      call(1, 'getuid'),
      call(1, 'getgid'),
      call(1, 'openat', int(AT_FDCWD), str('d/x'), int(O_WRONLY | O_CREAT), int(0o644)),
      call(1, 'mkdirat', int(AT_FDCWD), str('/e'), int(0o755)),
      call(0, 'openat', int(AT_FDCWD), str('d/x'), int(O_WRONLY | O_CREAT), int(0o644)),
      call(1, 'umask', int(0o077)),
    ])]);
    expect(rets(r)).toEqual([0n, 1000n, 1000n, E.EACCES, E.EACCES, 3n, 0o022n]);
  });

  // A call counts as blocked when it has not returned within the timeout and its worker is
  // asleep (not runnable, by /proc): with a timeout of 0 the answer must be the same.
  it.each([
    ['the default timeout', {}],
    ['a timeout of 0 ms', { timeoutMs: 0 }],
    ['a timeout of 0 ms and no namespaces', { timeoutMs: 0, namespaces: false }],
  ] as const)('reports a call that blocks, and completes it when another process wakes it (%s)', (_name, opts) => {
    const [r] = run([scenario('fifo', [ROOT, ROOT], [
      call(0, 'mknodat', int(AT_FDCWD), str('p'), int(S_IFIFO | 0o666), int(0)),
      call(0, 'openat', int(AT_FDCWD), str('p'), int(O_RDONLY), int(0)), // blocks: no writer yet
      call(1, 'openat', int(AT_FDCWD), str('p'), int(O_WRONLY), int(0)), // wakes it
      call(0, 'read', int(3), out(8), int(8)), // blocks: the pipe is empty
      call(1, 'write', int(3), bytes('hello'), int(5)),
      call(0, 'fcntl', int(3), int(F_SETFL), int(O_NONBLOCK)),
      call(0, 'read', int(3), out(8), int(8)), // empty again: EAGAIN, not blocked
      call(0, 'read', int(42), out(8), int(8)),
      // Slow but never asleep: 16 MiB into a file is not a blocked call, whatever the timeout.
      call(1, 'openat', int(AT_FDCWD), str('big'), int(O_RDWR | O_CREAT), int(0o644)),
      call(1, 'write', int(4), { kind: 'in', bytes: new Uint8Array(16 << 20) }, int(16 << 20)),
    ])], opts);
    const s = r!.steps;
    expect(s.map((x) => x.blocked)).toEqual([false, true, false, true, false, false, false, false, false, false]);
    expect(rets(r)).toEqual([0n, 3n, 3n, 5n, 5n, 0n, -11n, -9n, 4n, BigInt(16 << 20)]);
    expect(dec.decode(s[3]!.outs[0]!)).toBe('hello\0\0\0');
  });

  it('gives a call that never returns completed=false, and runs nothing after it in that process', () => {
    const [r] = run([scenario('pending', [ROOT, ROOT], [
      call(0, 'pipe2', out(8), int(0)),
      call(0, 'read', int(3), out(4), int(4)), // nobody writes: never completes
      call(0, 'getpid'), // its process is still inside read: not run
      call(1, 'getppid'),
    ])]);
    expect(r!.steps.map((x) => [x.ret, x.blocked])).toEqual([[0n, false], [null, true], [null, false], [1n, false]]);
    const fds = new Int32Array(r!.steps[0]!.outs[0]!.slice().buffer);
    expect([...fds]).toEqual([3, 4]);
  }, 30_000);

  it('refuses calls on the deny-list with EPERM', () => {
    const sin = new Uint8Array(16);
    new DataView(sin.buffer).setUint16(0, 2, true); // AF_INET
    new DataView(sin.buffer).setUint16(2, 53, false);
    sin.set([8, 8, 8, 8], 4);
    const lo = sin.slice();
    lo.set([127, 0, 0, 1], 4);
    const [r] = run([scenario('denied', [ROOT], [
      // Bad magic: should the deny-list ever fail, the kernel answers EINVAL and does nothing.
      call(0, 'reboot', int(0), int(0), int(0), int(0)),
      call(0, 'socket', int(16 /* AF_NETLINK */), int(2), int(0)),
      call(0, 'socket', int(2), int(2 /* SOCK_DGRAM */), int(0)),
      call(0, 'connect', int(3), { kind: 'in', bytes: sin }, int(16)),
      call(0, 'connect', int(3), { kind: 'in', bytes: lo }, int(16)),
      call(0, 'sendto', int(3), bytes('x'), int(1), int(0), { kind: 'in', bytes: sin }, int(16)),
      call(0, 'mknodat', int(AT_FDCWD), str('sda'), int(0o060600), int(0x800)),
      call(0, 'kill', int(caps?.pidns ? 999_999 : -1), int(0)),
      call(0, 'close', int(8000)),
    ])]);
    const pidnsKill = caps?.pidns ? -3n /* ESRCH: pid 999999 does not exist in the namespace */ : E.EPERM;
    expect(rets(r)).toEqual([E.EPERM, E.EPERM, 3n, E.EPERM, 0n, E.EPERM, E.EPERM, pidnsKill, -9n]);
  });

  it('ends a process that calls exit_group: its call and its later steps do not complete', () => {
    const [r] = run([scenario('exit', [ROOT, ROOT], [
      call(0, 'getpid'),
      call(0, 'exit_group', int(3)),
      call(0, 'getpid'),
      call(1, 'getpid'),
    ])]);
    expect(r!.steps.map((x) => x.ret === null)).toEqual([false, true, true, false]);
    expect(r!.steps.every((x) => !x.blocked)).toBe(true);
  });

  it('runs without namespaces too (a plain chroot), and still removes what the scenario made', () => {
    const [r] = run([scenario('no-ns', [ROOT, USER], [
      call(0, 'mkdirat', int(AT_FDCWD), str('/d'), int(0o700)),
      call(0, 'openat', int(AT_FDCWD), str('/d/f'), int(O_WRONLY | O_CREAT), int(0o400)),
      call(1, 'openat', int(AT_FDCWD), str('/d/f'), int(O_RDONLY), int(0)),
      call(0, 'chroot', str('/d')), // could escape a plain chroot: refused
      call(0, 'mount', str('none'), str('/d'), str('tmpfs'), int(0), { kind: 'null' }),
    ])], { namespaces: false });
    expect(rets(r)).toEqual([0n, 3n, E.EACCES, E.EPERM, E.EPERM]);
    expect(readdirSync(scratchBase)).toEqual([]);
  });

  it('runs 500 scenarios in one batch, and removes every scratch directory', () => {
    const many = Array.from({ length: 500 }, (_, i) => scenario(`batch ${i}`, i % 2 ? [ROOT] : [ROOT, USER], [
      call(0, 'openat', int(AT_FDCWD), str(`f${i}`), int(O_WRONLY | O_CREAT), int(0o644)),
      call(0, 'write', int(3), bytes(`${i}`), int(`${i}`.length)),
      call(i % 2 ? 0 : 1, 'newfstatat', int(AT_FDCWD), str(`f${i}`), out(144), int(0)),
      call(0, 'close', int(3)),
    ]));
    const t0 = performance.now();
    const res = run(many);
    const ms = performance.now() - t0;
    console.log(`host executor: 500 scenarios in ${ms.toFixed(0)} ms (${(ms / 500).toFixed(2)} ms per scenario, jobs=default)`);
    for (const [i, r] of res.entries()) {
      expect(rets(r)).toEqual([3n, BigInt(`${i}`.length), 0n, 0n]);
      expect(stat.fromBytes(r.steps[2]!.outs[0]!).st_size).toBe(`${i}`.length);
    }
    expect(readdirSync(scratchBase)).toEqual([]);
  }, 120_000);
});
