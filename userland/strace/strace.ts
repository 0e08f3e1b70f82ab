// userland/strace/strace.ts — `class Strace`: listens to a kernel Tracer and prints what strace
// prints — syscall lines (with `<unfinished ...>` / `<... NAME resumed>` when another traced
// task's line comes between a call's entry and exit), signal and exit lines, `[pid N] ` prefixes
// under -f, -e trace/signal/status filters, -T, -c/-C summaries. Consumes kernel events only
// (kernel/trace.ts); never touches kernel state. Owned by the strace formatter.

import { syscallByNr } from '../../abi/syscalls';
import type { SyscallSpec } from '../../abi/types';
import type {
  ExitEvent, ForkEvent, SignalEvent, SyscallEnterEvent, SyscallExitEvent, Tracer,
} from '../../kernel/trace';
import { specialDecoder } from './calls';
import { genericDecoder, unknownCallArgs, type CallCtx, type Decoder, type DecodeOptions, type RvalFormat } from './decode';
import { ALL_SYSCALLS, parseSignalSet, parseStatusSet, parseTraceSet, type CallStatus, type SyscallFilter } from './filter';
import {
  exitText, isErrorReturn, pidPrefix, returnText, rvalOf, signalText, tabto, timingText,
} from './format';
import { Mem, PseudoAddresses } from './mem';
import { Summary, type SortBy } from './summary';

export interface StraceOptions {
  /** The tasks to trace (tids; a process's pid is its main thread's tid), or every task. */
  readonly pids: Set<number> | 'all';
  /** -f: trace the children that traced tasks create. */
  readonly follow: boolean;
  /** -e trace=SET. */
  readonly trace?: string;
  /** -e signal=SET (which `--- SIG… ---` lines print). */
  readonly signal?: string;
  /** -e status=SET (which finished calls print). */
  readonly status?: string;
  /** -s N (default 32). */
  readonly strsize?: number;
  /** -T. */
  readonly timing?: boolean;
  /** -c: count instead of tracing. */
  readonly summary?: boolean;
  /** -C: count and trace. */
  readonly summaryAndTrace?: boolean;
  /** -S: the -c table's order (default time). */
  readonly sortBy?: SortBy;
  /** -v. */
  readonly verbose?: boolean;
  /** -o FILE semantics: `N ` prefixes, always shown under -f. */
  readonly toFile?: boolean;
  /** -qq: no `+++ exited …` lines. */
  readonly quietExit?: boolean;
  /** Receives each output line (no newline). */
  readonly write: (line: string) => void;
}

interface Pending {
  readonly nr: number;
  readonly spec: SyscallSpec | undefined;
  readonly name: string;
  readonly decoder: Decoder | null;
  readonly saved: Record<string, unknown>;
  /** Not printed (filtered out, or -c only). */
  readonly silent: boolean;
  /** Decoded completely at entry (strace's RVAL_DECODED). */
  readonly done: boolean;
}

/** The decoder of a syscall table row (special by name, else generic). */
export function decoderFor(spec: SyscallSpec): Decoder {
  return specialDecoder(spec) ?? genericDecoder(spec);
}

/** The text between `NAME(` and `)` of one complete call, for tests and one-shot formatting. */
export function formatCall(
  spec: SyscallSpec,
  enter: { args: readonly unknown[]; mm?: CallCtx['mem']['mm'] },
  exit: { args?: readonly unknown[]; ret: number | undefined },
  opts: Partial<DecodeOptions> = {},
  pseudo = new PseudoAddresses(),
): string {
  const o: DecodeOptions = { strsize: opts.strsize ?? 32, verbose: opts.verbose ?? false };
  const d = decoderFor(spec);
  const saved: Record<string, unknown> = {};
  const mem = new Mem(enter.mm, pseudo);
  const ce: CallCtx = { mem, args: enter.args, opts: o, exiting: false, ret: undefined, failed: false, saved, spec };
  const a = d.enter(ce);
  if (a.done && exit.ret === undefined) return a.text;
  const failed = isErrorReturn(exit.ret, spec.neverFails);
  const cx: CallCtx = { mem, args: exit.args ?? enter.args, opts: o, exiting: true, ret: exit.ret, failed, saved, spec };
  return a.text + d.exit(cx).text;
}

export class Strace {
  private readonly opts: StraceOptions;
  private readonly decodeOpts: DecodeOptions;
  private readonly filter: SyscallFilter;
  private readonly signalSet: { has(sig: number): boolean } | null;
  private readonly statusSet: { has(s: CallStatus): boolean } | null;
  private readonly pseudo = new PseudoAddresses();
  private readonly summaryCounts = new Summary();
  private readonly traced = new Set<number>();
  /** Traced tasks that have not exited (strace's nprocs). */
  private readonly alive = new Set<number>();
  private readonly pending = new Map<number, Pending>();
  /** The line being written (strace's printing_tcp with curcol != 0). */
  private cur: { tid: number; text: string } | null = null;
  private readonly printTrace: boolean;
  private readonly alwaysPrefix: boolean;
  private attached = true;

  private readonly onEnter = (e: SyscallEnterEvent): void => this.enter(e);
  private readonly onExit = (e: SyscallExitEvent): void => this.exit(e);
  private readonly onSignal = (e: SignalEvent): void => this.signal(e);
  private readonly onTaskExit = (e: ExitEvent): void => this.taskExit(e);
  private readonly onFork = (e: ForkEvent): void => this.fork(e);

  constructor(private readonly tracer: Tracer, opts: StraceOptions) {
    this.opts = opts;
    this.decodeOpts = { strsize: opts.strsize ?? 32, verbose: opts.verbose ?? false };
    this.filter = opts.trace !== undefined ? parseTraceSet(opts.trace) : ALL_SYSCALLS;
    this.signalSet = opts.signal !== undefined ? parseSignalSet(opts.signal) : null;
    this.statusSet = opts.status !== undefined ? parseStatusSet(opts.status) : null;
    this.printTrace = !opts.summary || !!opts.summaryAndTrace;
    if (opts.pids !== 'all') {
      for (const p of opts.pids) {
        this.traced.add(p);
        this.alive.add(p);
      }
    }
    // strace: with -o, pids are printed under -f or when several processes are traced.
    this.alwaysPrefix = !!opts.toFile && (opts.follow || (opts.pids !== 'all' && opts.pids.size > 1));
    tracer.on('syscall:enter', this.onEnter);
    tracer.on('syscall:exit', this.onExit);
    tracer.on('signal', this.onSignal);
    tracer.on('exit', this.onTaskExit);
    tracer.on('fork', this.onFork);
  }

  /** Stops tracing: a call still in progress is shown as `<detached ...>`. */
  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    this.tracer.off('syscall:enter', this.onEnter);
    this.tracer.off('syscall:exit', this.onExit);
    this.tracer.off('signal', this.onSignal);
    this.tracer.off('exit', this.onTaskExit);
    this.tracer.off('fork', this.onFork);
    if (this.cur) {
      this.opts.write(`${this.cur.text} <detached ...>`);
      this.cur = null;
    }
    this.pending.clear();
  }

  /** The -c table (empty when nothing was counted, as strace prints nothing then… but the header). */
  summaryLines(): string[] {
    return this.summaryCounts.lines(this.opts.sortBy ?? 'time');
  }

  // ------------------------------------------------------------------------------------------

  private isTraced(pid: number, tid: number): boolean {
    if (this.opts.pids === 'all') {
      this.alive.add(tid);
      return true;
    }
    // strace traces tasks (threads): without -f, only the ones it was given.
    void pid;
    return this.traced.has(tid);
  }

  private leader(tid: number): string {
    if (this.alwaysPrefix) return pidPrefix(tid, true);
    if (this.alive.size > 1 && !this.opts.toFile) return pidPrefix(tid, false);
    return '';
  }

  /** Ends another task's open line with ` <unfinished ...>` (strace's printleader). */
  private breakLine(): void {
    if (!this.cur) return;
    this.opts.write(`${this.cur.text} <unfinished ...>`);
    this.cur = null;
  }

  private writeLine(tid: number, text: string): void {
    this.breakLine();
    this.opts.write(this.leader(tid) + text);
  }

  private enter(e: SyscallEnterEvent): void {
    if (!this.isTraced(e.pid, e.tid)) return;
    this.alive.add(e.tid);
    const stale = this.pending.get(e.tid);
    if (stale) this.finishUnreturned(e.tid, stale);
    const spec = syscallByNr(e.nr);
    const name = spec ? spec.name : `syscall_0x${e.nr.toString(16)}`;
    const silent = !this.printTrace || !this.filter.has(e.nr);
    const counted = !!this.opts.summary && this.filter.has(e.nr);
    if (silent && !counted) {
      this.pending.set(e.tid, { nr: e.nr, spec, name, decoder: null, saved: {}, silent: true, done: true });
      return;
    }
    const decoder = spec ? decoderFor(spec) : null;
    const saved: Record<string, unknown> = {};
    let text = '';
    let done = true;
    if (!silent) {
      if (decoder) {
        const ctx = this.ctx(e, spec, saved, false, undefined);
        try {
          const r = decoder.enter(ctx);
          text = r.text;
          done = r.done;
        } catch {
          // A decoder must never break the traced kernel: fall back to strace's printargs.
          text = unknownCallArgs(e.args).split(', ').slice(0, spec?.args.length ?? 6).join(', ');
          done = true;
          saved.broken = true;
        }
      } else {
        text = unknownCallArgs(e.args);
      }
      this.breakLine();
      this.cur = { tid: e.tid, text: `${this.leader(e.tid)}${name}(${text}` };
    }
    this.pending.set(e.tid, { nr: e.nr, spec, name, decoder, saved, silent, done });
  }

  private ctx(e: SyscallEnterEvent, spec: SyscallSpec | undefined, saved: Record<string, unknown>, exiting: boolean, ret: number | undefined): CallCtx {
    const failed = exiting && isErrorReturn(ret, spec?.neverFails ?? false);
    return {
      mem: new Mem(e.mm, this.pseudo), args: e.args, opts: this.decodeOpts, exiting, ret, failed, saved, spec,
    };
  }

  private exit(e: SyscallExitEvent): void {
    const p = this.pending.get(e.tid);
    if (!p || p.nr !== e.nr) return;
    this.pending.delete(e.tid);
    const neverFails = p.spec?.neverFails ?? false;
    const failed = isErrorReturn(e.ret, neverFails);
    if (this.opts.summary && e.ret !== undefined && this.filter.has(e.nr)) {
      this.summaryCounts.add(e.nr, e.durationNs, failed);
    }
    if (p.silent) return;
    if (this.statusSet) {
      const st: CallStatus = e.ret === undefined ? 'unfinished' : failed ? 'failed' : 'successful';
      if (!this.statusSet.has(st)) {
        if (this.cur?.tid === e.tid) this.cur = null;
        return;
      }
    }
    let rest = '';
    let rval: RvalFormat = p.spec ? rvalOf(p.spec.ret) : 'int';
    let aux: string | undefined;
    if (e.ret === undefined) {
      // A call that does not return (exit, exit_group): strace prints it when the task exits.
      if (!p.done) rest = ' <unfinished ...>';
    } else if (p.decoder && !p.saved.broken) {
      try {
        const r = p.decoder.exit(this.ctx(e, p.spec, p.saved, true, e.ret));
        rest = r.text;
        if (r.rval) rval = r.rval;
        aux = r.aux;
      } catch {
        rest = p.done ? '' : ' <unfinished ...>';
      }
    }
    if (e.ret === undefined) rval = 'none';
    const ret = returnText({ ret: e.ret, rval, neverFails, aux, injected: e.injected });
    const timing = this.opts.timing && e.ret !== undefined ? timingText(e.durationNs) : '';
    this.finishLine(e.tid, p.name, `${rest})`, `${ret}${timing}`);
  }

  /** Writes the end of a call's line: on its open line, or as `<... NAME resumed>`. */
  private finishLine(tid: number, name: string, tail: string, ret: string): void {
    let head: string;
    if (this.cur && this.cur.tid === tid) {
      head = this.cur.text;
      this.cur = null;
    } else {
      this.breakLine();
      head = `${this.leader(tid)}<... ${name} resumed>`;
    }
    this.opts.write(`${tabto(`${head}${tail} `)}${ret}`);
  }

  /** A call that never got its exit event (the task died in it): `… <unfinished ...>) = ?`. */
  private finishUnreturned(tid: number, p: Pending): void {
    this.pending.delete(tid);
    if (p.silent) return;
    if (this.statusSet && !this.statusSet.has('unfinished')) {
      if (this.cur?.tid === tid) this.cur = null;
      return;
    }
    this.finishLine(tid, p.name, `${p.done ? '' : ' <unfinished ...>'})`, '= ?');
  }

  private signal(e: SignalEvent): void {
    if (!this.isTraced(e.pid, e.tid)) return;
    if (!this.printTrace) return;
    const signo = e.info.signo;
    if (this.signalSet && !this.signalSet.has(signo)) return;
    this.writeLine(e.tid, signalText(e.info as unknown as Record<string, unknown>, signo));
  }

  private taskExit(e: ExitEvent): void {
    if (!this.isTraced(e.pid, e.tid)) return;
    const p = this.pending.get(e.tid);
    if (p) this.finishUnreturned(e.tid, p);
    if (this.printTrace) {
      const killed = (e.status & 0x7f) !== 0;
      const sig = e.status & 0x7f;
      const show = killed ? !this.signalSet || this.signalSet.has(sig) : !this.opts.quietExit;
      if (show) this.writeLine(e.tid, exitText(e.status));
    }
    this.alive.delete(e.tid);
    if (this.opts.pids !== 'all') this.traced.delete(e.tid);
  }

  private fork(e: ForkEvent): void {
    if (!this.opts.follow) return;
    if (this.opts.pids === 'all') {
      this.alive.add(e.tid);
      return;
    }
    if (!this.traced.has(e.parentTid)) return;
    this.traced.add(e.tid);
    this.alive.add(e.tid);
  }
}
