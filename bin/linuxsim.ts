// bin/linuxsim.ts — the command line. The only place (with test/) where host I/O happens:
// it wires the host's stdin/stdout/stderr to the simulated console and writes trace files.
//   linuxsim run [strace options] [--uid N] [--cwd DIR] [--seed N] [--] PROGRAM [ARGS...]
//   linuxsim examples [NAME...]     print every (or the named) example's transcript
//   linuxsim golden [NAME...]       rewrite examples/*/golden.txt from fresh runs
//   linuxsim compat                 print the syscall compatibility table (markdown)
//   linuxsim conformance [--write] [FILE...]   run conformance scenarios on the host and linuxsim
//   linuxsim replay [--uid N] [--cwd DIR] [--verbose] LOG   replay a strace log on linuxsim

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errnoByNumber } from '../abi/errno';
import { WEXITSTATUS, WIFEXITED, WTERMSIG } from '../abi/wait';
import { EXAMPLES } from '../examples/index';
import { exampleSystem, runExample, transcript } from '../examples/run';
import { compatibilityMarkdown } from '../kernel/compat';
import { conformanceMarkdown, corpusFiles, loadScenarios, reportText, ROOT, runScenarios, totals } from './conformance/run';
import { Strace } from '../userland/strace/strace';
import { parseStraceLog, replayLog, replayReportText } from '../userland/conformance/replay';

const USAGE = `usage:
  linuxsim run [--strace] [-f] [-e trace=SET] [-c] [-T] [-s N] [-v] [-o FILE]
               [--uid N] [--cwd DIR] [--seed N] [--] PROGRAM [ARGS...]
      Runs PROGRAM (a path, or a name searched in /usr/local/bin:/usr/bin:/bin) on a fresh
      kernel, with this terminal's stdin and stdout as its console. The strace options
      (any of them turns tracing on) print the trace on stderr, or to FILE with -o.
  linuxsim examples [NAME...]   runs the chapter's ported examples and prints each transcript
  linuxsim golden [NAME...]     rewrites examples/*/golden.txt from fresh runs
  linuxsim compat               prints the syscall compatibility table
  linuxsim conformance [--write] [FILE...]
                                runs conformance scenarios (default: test/conformance/scenarios/)
                                on the host kernel and on linuxsim and reports every divergence;
                                --write updates docs/CONFORMANCE.md from a full run
  linuxsim replay [--uid N] [--cwd DIR] [--verbose] LOG
                                replays a log of \`strace -o LOG -s 65536 [-v] [-f] PROGRAM\` on a fresh
                                linuxsim and prints every divergence and the totals (exit 1 if any)
`;

interface RunArgs {
  strace: boolean;
  follow: boolean;
  trace?: string;
  summary: boolean;
  timing: boolean;
  strsize?: number;
  verbose: boolean;
  output?: string;
  uid: number;
  cwd?: string;
  seed: number;
  argv: string[];
}

function fail(msg: string): never {
  process.stderr.write(`linuxsim: ${msg}\n${USAGE}`);
  process.exit(2);
}

function parseRun(args: string[]): RunArgs {
  const r: RunArgs = { strace: false, follow: false, summary: false, timing: false, verbose: false, uid: 1000, seed: 1, argv: [] };
  let i = 0;
  const value = (flag: string): string => {
    const v = args[++i];
    if (v === undefined) fail(`${flag} needs a value`);
    return v;
  };
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { i++; break; }
    if (!a.startsWith('-')) break;
    if (a === '--strace') r.strace = true;
    else if (a === '-f') { r.follow = true; r.strace = true; }
    else if (a === '-c') { r.summary = true; r.strace = true; }
    else if (a === '-T') { r.timing = true; r.strace = true; }
    else if (a === '-v') { r.verbose = true; r.strace = true; }
    else if (a === '-e') { r.trace = value(a).replace(/^trace=/, ''); r.strace = true; }
    else if (a.startsWith('-e')) { r.trace = a.slice(2).replace(/^trace=/, ''); r.strace = true; }
    else if (a === '-s') { r.strsize = Number(value(a)); r.strace = true; }
    else if (a === '-o') { r.output = value(a); r.strace = true; }
    else if (a === '--uid') r.uid = Number(value(a));
    else if (a === '--cwd') r.cwd = value(a);
    else if (a === '--seed') r.seed = Number(value(a));
    else if (a === '-h' || a === '--help') { process.stdout.write(USAGE); process.exit(0); }
    else fail(`unknown option ${a}`);
  }
  r.argv = args.slice(i);
  if (r.argv.length === 0) fail('no program to run');
  return r;
}

async function cmdRun(args: string[]): Promise<number> {
  const o = parseRun(args);
  const s = exampleSystem(o.seed);
  const k = s.kernel;
  let path = o.argv[0]!;
  if (!path.includes('/')) {
    const p = s.process({ uid: 0 });
    const dir = ['/usr/local/bin', '/usr/bin', '/bin'].find((d) => {
      try {
        p.sys.stat(`${d}/${path}`);
        return true;
      } catch {
        return false;
      }
    });
    p.sys.exit_group(0);
    if (!dir) fail(`${path}: command not found in the simulated system (try: linuxsim examples, or /bin/echo)`);
    path = `${dir}/${path}`;
  }
  const traceLines: string[] = [];
  let strace: Strace | null = null;
  const writeTrace = (l: string) => {
    if (o.output) traceLines.push(l);
    else process.stderr.write(l + '\n');
  };
  k.vfs.console.onOutput = (stream, bytes) => {
    (stream === 2 ? process.stderr : process.stdout).write(bytes);
  };
  const h = s.spawn(path, o.argv, {
    uid: o.uid,
    ...(o.cwd ? { cwd: o.cwd } : {}),
    beforeExec: (pid) => {
      if (!o.strace) return;
      strace = new Strace(k.trace, {
        pids: new Set([pid]),
        follow: o.follow,
        ...(o.trace !== undefined ? { trace: o.trace } : {}),
        ...(o.strsize !== undefined ? { strsize: o.strsize } : {}),
        timing: o.timing,
        summary: o.summary,
        verbose: o.verbose,
        toFile: o.output !== undefined,
        write: writeTrace,
      });
    },
  });
  if (h.execErrno !== null) {
    process.stderr.write(`linuxsim: ${path}: ${errnoByNumber(h.execErrno)?.message ?? `errno ${h.execErrno}`}\n`);
  }
  // The host's stdin feeds the console; its end is the console's end of input.
  process.stdin.on('data', (d: Buffer) => s.input(new Uint8Array(d)));
  process.stdin.on('end', () => s.endInput());
  const status = await Promise.race([h.exited(), s.run().then(async (why) => {
    if (why === 'deadlock') {
      process.stderr.write('linuxsim: every task is waiting for something that cannot happen (deadlock)\n');
      return 0x7f00;
    }
    return h.exited();
  })]);
  process.stdin.pause();
  process.stdin.unref?.();
  const st = strace as Strace | null;
  if (st) {
    if (o.summary) for (const l of st.summaryLines()) writeTrace(l);
    st.detach();
  }
  if (o.output) writeFileSync(o.output, traceLines.map((l) => l + '\n').join(''));
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

function selected(names: string[]) {
  if (names.length === 0) return EXAMPLES;
  const out = EXAMPLES.filter((e) => names.includes(e.name) || names.includes(e.dir));
  const unknown = names.filter((n) => !EXAMPLES.some((e) => e.name === n || e.dir === n));
  if (unknown.length > 0) fail(`no example named ${unknown.join(', ')}; examples: ${EXAMPLES.map((e) => e.name).join(' ')}`);
  return out;
}

async function cmdExamples(names: string[]): Promise<number> {
  for (const ex of selected(names)) {
    const r = await runExample(ex);
    process.stdout.write(`=== ${ex.dir}: ${ex.section}\n${transcript(r)}\n`);
  }
  return 0;
}

async function cmdGolden(names: string[]): Promise<number> {
  const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
  for (const ex of selected(names)) {
    const r = await runExample(ex);
    const file = join(root, 'examples', ex.dir, 'golden.txt');
    writeFileSync(file, transcript(r));
    process.stdout.write(`wrote ${file}\n`);
  }
  return 0;
}

async function cmdConformance(args: string[]): Promise<number> {
  const write = args.includes('--write');
  const files = args.filter((a) => a !== '--write');
  const all = files.length === 0;
  const run = runScenarios(loadScenarios(all ? corpusFiles() : files));
  process.stdout.write(reportText(run) + '\n');
  if (write) {
    if (!all) fail('--write needs a full run (no FILE arguments)');
    writeFileSync(join(ROOT, 'docs', 'CONFORMANCE.md'), conformanceMarkdown(run));
  }
  return totals(run).unexpected > 0 || run.stale.length > 0 ? 1 : 0;
}

async function cmdReplay(args: string[]): Promise<number> {
  const opts: { uid?: number; cwd?: string } = {};
  let verbose = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--uid' || a === '--cwd') {
      const v = args[++i];
      if (v === undefined) fail(`${a} needs a value`);
      if (a === '--uid') {
        if (!/^\d+$/.test(v)) fail(`--uid needs a number, not ${v}`);
        opts.uid = Number(v);
      } else {
        if (!v.startsWith('/')) fail('--cwd needs an absolute path');
        opts.cwd = v;
      }
    } else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) fail('replay needs one LOG');
  const file = files[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`${file}: ${(e as Error).message}`);
  }
  const report = replayLog(parseStraceLog(text), opts);
  process.stdout.write(replayReportText(report, { file, verbose }) + '\n');
  return report.divergences.length > 0 ? 1 : 0;
}

async function main(): Promise<void> {
  const [cmd, ...rest] = process.argv.slice(2);
  let code: number;
  switch (cmd) {
    case 'run': code = await cmdRun(rest); break;
    case 'examples': code = await cmdExamples(rest); break;
    case 'golden': code = await cmdGolden(rest); break;
    case 'compat': process.stdout.write(compatibilityMarkdown()); code = 0; break;
    case 'conformance': code = await cmdConformance(rest); break;
    case 'replay': code = await cmdReplay(rest); break;
    case undefined: case '-h': case '--help': process.stdout.write(USAGE); code = 0; break;
    default: fail(`unknown command ${cmd}`);
  }
  process.exitCode = code;
}

await main();
