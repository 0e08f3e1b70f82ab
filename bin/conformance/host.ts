// bin/conformance/host.ts — runs conformance scenarios on the host kernel: compiles
// ./executor.c once (./cc.ts caches it), sends it a batch of scenarios encoded as
// userland/conformance/protocol.ts says, and decodes its reply. Host code (Node built-ins);
// the executor's safety rules live in executor.c, not here. Owned by the conformance harness:
// keep runOnHost's signature stable, extend HostRunOptions rather than adding functions.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Scenario, ScenarioResult } from '../../userland/conformance/model';
import { decodeReply, DEFAULT_TIMEOUT_MS, encodeRequest } from '../../userland/conformance/protocol';
import { compileC, hasGcc } from './cc';

const SOURCE_URL = new URL('./executor.c', import.meta.url);

export type HostAvailability = { ok: true } | { ok: false; reason: string };

let availability: HostAvailability | undefined;

/** Whether scenarios can run on this host: Linux on x86-64, a C compiler, root (for chroot). */
export function hostAvailable(): HostAvailability {
  if (availability) return availability;
  if (process.platform !== 'linux') availability = { ok: false, reason: `the host is ${process.platform}, not Linux` };
  else if (process.arch !== 'x64') availability = { ok: false, reason: `the host is ${process.arch}: the scenarios use x86-64 syscall numbers` };
  else if (!hasGcc()) availability = { ok: false, reason: `no C compiler ('${process.env.CC ?? 'gcc'}') to build the host executor` };
  else if (process.getuid?.() !== 0) availability = { ok: false, reason: 'not root: the host executor chroots every scenario into its scratch directory' };
  else availability = { ok: true };
  return availability;
}

let binary: string | undefined;

/** The executor's path, compiled on first use. */
export function executorPath(): string {
  binary ??= compileC(readFileSync(SOURCE_URL, 'utf8'), { flags: ['-O2', '-D_GNU_SOURCE'] });
  return binary;
}

/** What the executor found it may use on this host (`executor --probe`). */
export interface HostCapabilities {
  root: boolean;
  /** Where scratch directories are made, and whether that is a tmpfs. */
  scratch: string;
  tmpfs: boolean;
  /** The namespaces each scenario gets (a scenario runs without the ones the host refuses). */
  mntns: boolean;
  pidns: boolean;
  netns: boolean;
  ipcns: boolean;
  utsns: boolean;
}

export function hostCapabilities(): HostCapabilities {
  const r = spawnSync(executorPath(), ['--probe'], { encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) throw new Error(`conformance executor --probe failed: ${r.stderr || r.error?.message}`);
  const kv = new Map(r.stdout.trim().split('\n').map((l) => l.split('=', 2) as [string, string]));
  const flag = (k: string) => kv.get(k) === '1';
  return {
    root: flag('root'), scratch: kv.get('scratch') ?? '', tmpfs: flag('tmpfs'),
    mntns: flag('mntns'), pidns: flag('pidns'), netns: flag('netns'), ipcns: flag('ipcns'), utsns: flag('utsns'),
  };
}

export interface HostRunOptions {
  /** How long a call may take before its step counts as blocked (ms; default 100). */
  readonly timeoutMs?: number;
  /** Scenarios run side by side (default 8: most of a blocked call's time is waiting). */
  readonly jobs?: number;
  /** Where scratch directories are made (default /dev/shm when it is a tmpfs, else $TMPDIR or /tmp). */
  readonly scratchBase?: string;
  /** false: no namespaces even where the host allows them (a plain chroot; for testing the
   *  executor's fallback). Default true. */
  readonly namespaces?: boolean;
  /** Receives the executor's notes on stderr (refused calls…); default: dropped, unless
   *  LINUXSIM_CONFORMANCE_DEBUG is set, then printed. */
  readonly onStderr?: (text: string) => void;
}

/**
 * Runs every scenario on the host kernel and returns their results in order. A scenario the
 * host cannot run comes back with `setupError` set (e.g. "needs root (chroot)"). Throws when
 * the executor itself fails (protocol mismatch, crash).
 */
export function runOnHost(scenarios: readonly Scenario[], opts: HostRunOptions = {}): ScenarioResult[] {
  if (scenarios.length === 0) return [];
  const jobs = opts.jobs ?? 8;
  const args = ['--jobs', String(jobs)];
  if (opts.scratchBase !== undefined) args.push('--scratch-base', opts.scratchBase);
  if (opts.namespaces === false) args.push('--no-namespaces');
  const r = spawnSync(executorPath(), args, {
    input: encodeRequest(scenarios, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    // Each scenario is capped at 10 s by the executor; most take a few ms.
    timeout: 120_000 + 200 * scenarios.length,
    maxBuffer: 1 << 30,
  });
  const stderr = r.stderr?.toString('utf8') ?? '';
  if (stderr) {
    if (opts.onStderr) opts.onStderr(stderr);
    else if (process.env.LINUXSIM_CONFORMANCE_DEBUG) process.stderr.write(stderr);
  }
  if (r.error) throw new Error(`conformance executor: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`conformance executor failed (${r.signal ?? `exit status ${r.status}`}): ${stderr.slice(0, 2000)}`);
  const out = r.stdout;
  return decodeReply(new Uint8Array(out.buffer, out.byteOffset, out.byteLength), scenarios);
}
