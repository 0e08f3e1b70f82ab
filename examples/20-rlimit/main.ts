// examples/20-rlimit/main.ts — port of the chapter's "Установка лимитов ресурсов (rlimit)":
// getrlimit(RLIMIT_NOFILE), print the soft and hard limits, raise the soft one to the hard one
// with setrlimit. The port's own step, `./rlimit --fill`, shows the limit at work: first it
// lowers its limits to soft 8, hard 16 (what `ulimit -S -n 8 -H -n 16` in the shell would give
// it; small, so the transcript stays short), then runs the chapter's code (8 → 16), then opens
// /dev/null until open fails and prints the last descriptor it got and the failing open:
// EMFILE once every fd below RLIMIT_NOFILE is taken. Owned by the examples; main.go beside it
// is the chapter's program, unchanged.

import { O_RDONLY } from '../../abi/fcntl';
import { RLIMIT_NOFILE } from '../../abi/resource';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

/**
 * What Go 1.19's package os does before main (os/rlimit.go, init): raise the soft NOFILE limit
 * to the hard one. It is why the Go program prints Soft = Hard. The other ports leave the Go
 * runtime's start-up out; this one cannot, as it changes what the program prints.
 */
async function goOsInit(syscall: ReturnType<typeof go>['syscall']): Promise<void> {
  const lim = await syscall.Getrlimit(RLIMIT_NOFILE).catch(() => null);
  if (lim && lim.Cur !== lim.Max) await syscall.Setrlimit(RLIMIT_NOFILE, { Cur: lim.Max, Max: lim.Max }).catch(() => 0);
}

export const main: Program = async (sys, argv, envp) => {
  const { fmt, syscall, panic } = go(sys, argv, envp);
  await goOsInit(syscall);
  const fill = argv[1] === '--fill';
  if (fill) {
    // The port's addition: small limits to start from (unprivileged: lowering is always allowed).
    await syscall.Setrlimit(RLIMIT_NOFILE, { Cur: 8, Max: 16 }).catch(panic);
  }

  // Получаем текущий лимит открытых файлов
  const rlimit = await syscall.Getrlimit(RLIMIT_NOFILE).catch(panic);

  await fmt.Printf('Current limits:\n');
  await fmt.Printf('  Soft: %d\n', rlimit.Cur);
  await fmt.Printf('  Hard: %d\n', rlimit.Max);

  // Увеличиваем soft limit
  rlimit.Cur = rlimit.Max;
  await syscall.Setrlimit(RLIMIT_NOFILE, rlimit).catch(panic);

  await fmt.Println('Increased soft limit to maximum');

  // Другие лимиты:
  // RLIMIT_CPU      - CPU время
  // RLIMIT_DATA     - размер данных
  // RLIMIT_STACK    - размер стека
  // RLIMIT_CORE     - размер core dump
  // RLIMIT_AS       - адресное пространство
  // RLIMIT_MEMLOCK  - locked память
  // RLIMIT_NPROC    - количество процессов

  if (fill) {
    // The port's addition: what the limit does.
    let last = -1;
    for (;;) {
      try {
        last = await syscall.Open('/dev/null', O_RDONLY, 0);
      } catch (e) {
        await fmt.Printf('last fd %d; next open: %v\n', last, e);
        break;
      }
    }
  }
  return 0;
};
