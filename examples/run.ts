// examples/run.ts — runs a ported example the way a reader runs the Go original: the binary
// sits in the user's home directory as ./<name> and runs there as that user, with stdin
// given and then closed. One run gives the console output, the exit status and the strace
// trace (strace's default format, strings cut at 32 bytes; -f for examples that start
// processes), under the example's scheduler policy if it names one. transcript() lays them out
// as the example's golden file; examples/<dir>/golden.txt is written from it by
// `npm run golden` (bin/linuxsim.ts golden) and compared by test/examples.

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
}

/**
 * A system with every example registered and installed in /usr/local/bin; `home` also puts
 * the reader's own copy, ./<name>, in each account's home (owned by that account).
 */
export function exampleSystem(seed = 1, home?: Example, policy?: Example['policy']) {
  const programs = Object.fromEntries(EXAMPLES.map((e) => [programName(e), e.program]));
  const installed = Object.fromEntries(EXAMPLES.map((e) => [`/usr/local/bin/${e.name}`, programName(e)]));
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

/** Runs `ex` on a fresh system (as its reader, or as `opts.uid`). */
export async function runExample(ex: Example, opts: { seed?: number; uid?: number } = {}): Promise<ExampleRun> {
  if (opts.uid !== undefined) ex = { ...ex, uid: opts.uid };
  const s = exampleSystem(opts.seed ?? 1, ex, ex.policy);
  const uid = ex.uid ?? 1000;
  const account = s.kernel.accounts.find((a) => a.uid === uid)!;

  const lines: string[] = [];
  let strace: Strace | null = null;
  const h = s.spawn(`./${ex.name}`, [`./${ex.name}`], {
    uid,
    cwd: account.home,
    beforeExec: (pid) => {
      strace = new Strace(s.kernel.trace, { pids: new Set([pid]), follow: ex.follow ?? false, write: (l) => lines.push(l) });
    },
  });
  if (ex.stdin !== undefined) s.input(ex.stdin);
  s.endInput();
  await s.run();
  const status = await h.exited();
  (strace as Strace | null)?.detach();
  const exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return { example: ex, output: s.output(), exitCode, trace: lines };
}

/** The golden transcript: the session a reader would see, then the trace. */
export function transcript(r: ExampleRun): string {
  const cmd = `./${r.example.name}`;
  const input = r.example.stdin !== undefined ? `printf ${JSON.stringify(r.example.stdin).replace(/\\n/g, '\\n')} | ` : '';
  return [
    `$ ${input}${cmd}`,
    r.output.replace(/\n$/, ''),
    `$ echo $?`,
    String(r.exitCode),
    '',
    `$ ${input}strace ${r.example.follow ? '-f ' : ''}${cmd}`,
    ...r.trace,
    '',
  ].join('\n');
}
