// examples/run.ts — runs a ported example the way a reader runs the Go original: the binary
// sits in the user's home directory as ./<name> and runs there as that user, with stdin
// given and then closed. One run gives the console output, the exit status and the strace
// trace (strace's default format, strings cut at 32 bytes; -f for examples that start
// processes), under the example's scheduler policy if it names one. An example with `steps`
// runs again in the same system (its files left as they are) with each step's arguments, and
// the transcript shows every session, then every trace. An example with a `runner` gets that
// program started beside each run (./<name>-runner PID, untraced: another terminal of the reader's). transcript() lays them out
// as the example's golden file; examples/<dir>/golden.txt is written from it by
// `npm run golden` (bin/linuxsim.ts golden) and compared by test/examples.

import { SIGSEGV } from '../abi/signal';
import { WEXITSTATUS, WIFEXITED, WTERMSIG } from '../abi/wait';
import { Strace } from '../userland/strace/strace';
import { createSystem } from '../userland/system';
import { EXAMPLES, programName, type Example } from './index';

export interface ExampleRun {
  readonly example: Example;
  /** What the program wrote to the console (stdout and stderr, in order). */
  readonly output: string;
  /** The exit code (or 128 + signal, as a shell reports it). */
  readonly exitCode: number;
  /** strace's lines. */
  readonly trace: readonly string[];
  /** The runs of the example's `steps`, in order (the same system, after this one). */
  readonly steps: readonly StepRun[];
}

/** One more run of the example's binary with arguments. */
export interface StepRun {
  readonly args: readonly string[];
  readonly output: string;
  readonly exitCode: number;
  readonly trace: readonly string[];
}

/**
 * A system with every example registered and installed in /usr/local/bin; `home` also puts
 * the reader's own copy, ./<name>, in each account's home (owned by that account).
 */
export function exampleSystem(seed = 1, home?: Example, policy?: Example['policy']) {
  const programs = Object.fromEntries([
    ...EXAMPLES.map((e) => [programName(e), e.program] as const),
    ...EXAMPLES.flatMap((e) => (e.runner ? [[`${programName(e)}-runner`, e.runner] as const] : [])),
  ]);
  const installed = Object.fromEntries([
    ...EXAMPLES.map((e) => [`/usr/local/bin/${e.name}`, programName(e)] as const),
    ...EXAMPLES.flatMap((e) => (e.runner ? [[`/usr/local/bin/${e.name}-runner`, `${programName(e)}-runner`] as const] : [])),
  ]);
  return createSystem({
    seed,
    ...(policy ? { policy } : {}),
    programs,
    installed,
    initialFs: (fs) => {
      if (!home) return;
      const uid = home.uid ?? 1000;
      const dir = uid === 0 ? '/root' : '/home/user';
      fs.installProgram(`${dir}/${home.name}`, programName(home), uid, uid);
    },
  });
}

/** Runs `ex` on a fresh system (as its reader, or as `opts.uid`; under its policy, or `opts.policy`). */
export async function runExample(ex: Example, opts: { seed?: number; uid?: number; policy?: Example['policy'] } = {}): Promise<ExampleRun> {
  if (opts.uid !== undefined) ex = { ...ex, uid: opts.uid };
  const s = exampleSystem(opts.seed ?? 1, ex, opts.policy ?? ex.policy);
  const uid = ex.uid ?? 1000;
  const account = s.kernel.accounts.find((a) => a.uid === uid)!;

  const runOnce = async (args: readonly string[]): Promise<StepRun> => {
    const lines: string[] = [];
    let strace: Strace | null = null;
    const before = s.output().length;
    const h = s.spawn(`./${ex.name}`, [`./${ex.name}`, ...args], {
      uid,
      cwd: account.home,
      beforeExec: (pid) => {
        strace = new Strace(s.kernel.trace, { pids: new Set([pid]), follow: ex.follow ?? false, write: (l) => lines.push(l) });
      },
    });
    if (ex.runner) s.spawn(`/usr/local/bin/${ex.name}-runner`, [`${ex.name}-runner`, String(h.pid)], { uid, cwd: account.home });
    if (args.length === 0) {
      if (ex.stdin !== undefined) s.input(ex.stdin);
      s.endInput();
    }
    await s.run();
    const status = await h.exited();
    (strace as Strace | null)?.detach();
    const exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return { args, output: s.output().slice(before), exitCode, trace: lines };
  };
  const first = await runOnce([]);
  const steps: StepRun[] = [];
  for (const args of ex.steps ?? []) steps.push(await runOnce(args));
  return { example: ex, output: first.output, exitCode: first.exitCode, trace: first.trace, steps };
}

/** The golden transcript: the sessions a reader would see, then the traces. */
export function transcript(r: ExampleRun): string {
  const input = r.example.stdin !== undefined ? `printf ${JSON.stringify(r.example.stdin).replace(/\\n/g, '\\n')} | ` : '';
  const runs: StepRun[] = [{ args: [], output: r.output, exitCode: r.exitCode, trace: r.trace }, ...r.steps];
  const cmd = (run: StepRun): string => [`./${r.example.name}`, ...run.args].join(' ');
  const sessions = runs.flatMap((run, i) => [
    `$ ${i === 0 ? input : ''}${cmd(run)}`,
    run.output.replace(/\n$/, ''),
    // What an interactive bash prints for a child killed by a signal (strsignal's text).
    ...(run.exitCode === 128 + SIGSEGV ? ['Segmentation fault'] : []),
    `$ echo $?`,
    String(run.exitCode),
  ]);
  const traces = runs.flatMap((run, i) => [
    '',
    `$ ${i === 0 ? input : ''}strace ${r.example.follow ? '-f ' : ''}${cmd(run)}`,
    ...run.trace,
  ]);
  return [...sessions, ...traces, ''].join('\n');
}
