// userland/strace/format.ts — strace's line assembly: `NAME(ARGS) = RET` with the `=` at column
// 40, errors as `= -1 ENOENT (No such file or directory)`, restart codes, `= ?` for calls that
// never return, hex/octal results, retstr suffixes ` (flags O_RDWR)`, ` (INJECTED)`, -T times
// ` <0.000015>`, the `[pid N] ` / `N ` prefixes, signal lines and `+++ exited with 0 +++`.
// Part of the strace formatter (userland/strace/); pure functions over already decoded text.

import { errnoByNumber } from '../../abi/errno';
import { signalName } from '../../abi/signal';
import type { RetKind } from '../../abi/types';
import { siginfoText, type RvalFormat } from './decode';

/** strace's DEFAULT_ACOLUMN. */
export const ACOLUMN = 40;

/** The largest errno strace treats as an error return (MAX_ERRNO_VALUE). */
const MAX_ERRNO = 4095;

/** Pads `line` (prefix included) with spaces up to column 40 (strace's tabto). */
export function tabto(line: string, column = ACOLUMN): string {
  return line.length < column ? line.padEnd(column, ' ') : line;
}

/** The pid prefix: `[pid  1234] ` on a terminal-style log, `1234  ` with -o. */
export function pidPrefix(tid: number, toFile: boolean): string {
  return toFile ? `${String(tid).padEnd(5, ' ')} ` : `[pid ${String(tid).padStart(5, ' ')}] `;
}

/** Is `ret` an error return for a call (strace's syserror): -4095..-1, unless it never fails. */
export function isErrorReturn(ret: number | undefined, neverFails: boolean): boolean {
  return ret !== undefined && !neverFails && ret < 0 && ret >= -MAX_ERRNO;
}

const RESTARTS: Record<number, string> = {
  512: '= ? ERESTARTSYS (To be restarted if SA_RESTART is set)',
  513: '= ? ERESTARTNOINTR (To be restarted)',
  514: '= ? ERESTARTNOHAND (To be restarted if no handler)',
  516: '= ? ERESTART_RESTARTBLOCK (Interrupted by signal)',
};

/** `= -1 ENOENT (No such file or directory)`, restart codes, `= -1 (errno N)` when unknown. */
export function errorText(errno: number): string {
  const restart = RESTARTS[errno];
  if (restart) return restart;
  const e = errnoByNumber(errno);
  if (!e) return `= -1 (errno ${errno})`;
  // Kernel-internal codes (≥ 512) have no glibc text: strerror says "Unknown error N".
  const msg = errno >= 512 ? `Unknown error ${errno}` : e.message;
  return `= -1 ${e.code} (${msg})`;
}

/** strace's %#o with at least three digits (RVAL_OCTAL). */
function octRet(v: number): string {
  return `0${(v >>> 0).toString(8).padStart(2, '0')}`;
}

function hexRet(v: number): string {
  if (v === 0) return '0';
  const b = v < 0 ? BigInt.asUintN(64, BigInt(v)) : BigInt(v);
  return `0x${b.toString(16)}`;
}

/** The RVAL format a spec's return kind maps to. */
export function rvalOf(kind: RetKind): RvalFormat {
  switch (kind) {
    case 'hex': return 'hex';
    case 'oct': return 'oct';
    case 'fd': return 'fd';
    case 'none': return 'none';
    default: return 'int';
  }
}

export interface ReturnParts {
  readonly ret: number | undefined;
  readonly rval: RvalFormat;
  readonly neverFails: boolean;
  readonly aux?: string | undefined;
  readonly injected?: boolean | undefined;
}

/** Everything after the padding: `= 3`, `= -1 EBADF (Bad file descriptor) (INJECTED)`, `= ?`. */
export function returnText(p: ReturnParts): string {
  const { ret, rval } = p;
  const injected = p.injected ? ' (INJECTED)' : '';
  if (ret === undefined || rval === 'none') return '= ?';
  if (isErrorReturn(ret, p.neverFails)) {
    return `${errorText(-ret)}${injected}${p.aux !== undefined ? ` (${p.aux})` : ''}`;
  }
  let v: string;
  switch (rval) {
    case 'hex': v = hexRet(ret); break;
    case 'oct': v = octRet(ret); break;
    case 'udec': v = String(ret < 0 ? BigInt.asUintN(64, BigInt(ret)) : ret); break;
    default: v = String(ret);
  }
  return `= ${v}${p.aux !== undefined ? ` (${p.aux})` : ''}${injected}`;
}

/** -T: ` <0.000015>` (seconds and microseconds of the call's virtual duration). */
export function timingText(durationNs: number): string {
  const ns = Math.max(0, Math.round(durationNs));
  const sec = Math.floor(ns / 1e9);
  const usec = Math.floor((ns % 1e9) / 1e3);
  return ` <${sec}.${String(usec).padStart(6, '0')}>`;
}

/** `--- SIGCHLD {si_signo=SIGCHLD, …} ---` (or `--- stopped by SIGSTOP ---` without info). */
export function signalText(info: Record<string, unknown> | null, signo: number): string {
  if (!info) return `--- stopped by ${signalName(signo)} ---`;
  return `--- ${signalName(signo)} ${siginfoText(null, info)} ---`;
}

/** `+++ exited with 0 +++`, `+++ killed by SIGSEGV (core dumped) +++` from a wait status. */
export function exitText(status: number): string {
  const sig = status & 0x7f;
  if (sig === 0) return `+++ exited with ${(status >> 8) & 0xff} +++`;
  return `+++ killed by ${signalName(sig)} ${status & 0x80 ? '(core dumped) ' : ''}+++`;
}
