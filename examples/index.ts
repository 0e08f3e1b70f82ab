// examples/index.ts — every ported chapter example, in chapter order: its directory, the name
// its binary has, the chapter section it ports, the program, and how a reader would run it
// (stdin, user). examples/run.ts runs them; the README's table lists them.

import type { Program } from '../userland/runtime';
import type { SystemOptions } from '../userland/system';
import { main as fileOs } from './01-file-os/main';
import { main as fileSyscall } from './02-file-syscall/main';
import { main as stdinEcho } from './03-stdin-echo/main';
import { main as mmapFile } from './04-mmap-file/main';
import { main as flock } from './05-flock/main';
import { main as dirsSymlinks } from './06-dirs-symlinks/main';
import { main as procinfo } from './07-procinfo/main';
import { main as signals, runner as signalsRunner } from './10-signals/main';
import { main as kill } from './10-kill/main';
import { main as mmapAnon } from './14-mmap-anon/main';
import { main as rusage } from './15-rusage/main';
import { main as uname } from './16-uname/main';
import { main as clock } from './17-clock/main';
import { main as setuid } from './19-setuid/main';
import { main as rlimit } from './20-rlimit/main';
import { main as openFlags } from './24-open-flags/main';
import { main as atomicCreate } from './25-atomic-create/main';
import { main as toctou } from './26-toctou/main';
import { main as shortWrite } from './27-short-write/main';

type SchedPolicy = NonNullable<SystemOptions['policy']>;

export interface Example {
  /** The directory under examples/: '02-file-syscall'. */
  readonly dir: string;
  /** The binary's name (also its registered program name): 'file-syscall'. */
  readonly name: string;
  /** The chapter section it ports (its Russian heading). */
  readonly section: string;
  readonly program: Program;
  /** What the reader types on stdin, if the program reads it. */
  readonly stdin?: string;
  /** The user it runs as (default 1000, a normal login). */
  readonly uid?: number;
  /** The scheduler's policy for its run (default FIFO): races show with one that switches often. */
  readonly policy?: SchedPolicy;
  /** Trace its children too (strace -f): for examples that start processes. */
  readonly follow?: boolean;
  /** More runs of the same binary after the first, in the same system, with these arguments
   *  (the port's own additions: a check of what the first run left, the chapter's commented-out line). */
  readonly steps?: readonly (readonly string[])[];
  /** Another process started right after each run of the example (as the same user, not traced):
   *  e.g. the one that sends signals to it. Gets the example's pid as argv[1]. */
  readonly runner?: Program;
}

/** A scheduler that switches to the next runnable process after every syscall (round robin). */
export const SWITCH_EVERY_SYSCALL: SchedPolicy = { pick: () => 0, preempt: () => true };

export const EXAMPLES: readonly Example[] = [
  { dir: '01-file-os', name: 'file-os', section: 'Работа с файлами → Высокоуровневый API (os пакет)', program: fileOs },
  { dir: '02-file-syscall', name: 'file-syscall', section: 'Работа с файлами → Низкоуровневый API (syscall пакет)', program: fileSyscall },
  { dir: '03-stdin-echo', name: 'stdin-echo', section: 'Работа с файлами → File Descriptors', program: stdinEcho, stdin: 'hello from stdin\n' },
  { dir: '04-mmap-file', name: 'mmap-file', section: 'Продвинутая работа с файлами → Memory-mapped files (mmap)', program: mmapFile, steps: [['--read-back']] },
  { dir: '05-flock', name: 'flock', section: 'Продвинутая работа с файлами → File locking (flock)', program: flock, follow: true },
  { dir: '06-dirs-symlinks', name: 'dirs-symlinks', section: 'Продвинутая работа с файлами → Директории и символические ссылки', program: dirsSymlinks },
  { dir: '07-procinfo', name: 'procinfo', section: 'Процессы → Получение информации о процессе', program: procinfo },
  { dir: '10-signals', name: 'signals', section: 'Процессы → Отправка сигналов процессам', program: signals, runner: signalsRunner },
  { dir: '10-kill', name: 'kill', section: 'Процессы → Отправка сигналов процессам (отправка сигнала из другого процесса)', program: kill, follow: true, steps: [['1'], ['--child']] },
  { dir: '14-mmap-anon', name: 'mmap-anon', section: 'Работа с виртуальной памятью → Выделение памяти через mmap', program: mmapAnon, steps: [['--write']] },
  { dir: '15-rusage', name: 'rusage', section: 'Работа с виртуальной памятью → Информация о памяти процесса', program: rusage },
  { dir: '16-uname', name: 'uname', section: 'Информация о системе → Получение информации об ОС', program: uname },
  { dir: '17-clock', name: 'clock', section: 'Информация о системе → Получение информации о системном времени', program: clock },
  { dir: '19-setuid', name: 'setuid', section: 'Безопасность и ограничения ресурсов → Изменение пользователя (требует root)', program: setuid, uid: 0, steps: [['--back']] },
  { dir: '20-rlimit', name: 'rlimit', section: 'Безопасность и ограничения ресурсов → Установка лимитов ресурсов (rlimit)', program: rlimit, steps: [['--fill']] },
  { dir: '24-open-flags', name: 'open-flags', section: 'Работа с файлами → Флаги открытия файлов; Права доступа (permissions)', program: openFlags },
  { dir: '25-atomic-create', name: 'atomic-create', section: 'Best Practices → Используйте правильные флаги (атомарное создание файла)', program: atomicCreate, policy: SWITCH_EVERY_SYSCALL, follow: true },
  { dir: '26-toctou', name: 'toctou', section: 'Best Practices → Не забывайте про race conditions', program: toctou, policy: SWITCH_EVERY_SYSCALL, follow: true },
  { dir: '27-short-write', name: 'short-write', section: 'Best Practices → Не игнорируйте ошибки (n != len(data))', program: shortWrite },
];

/** The registered program name of an example ("example:<name>" keeps clear of /bin's names). */
export function programName(ex: Example): string {
  return `example:${ex.name}`;
}
