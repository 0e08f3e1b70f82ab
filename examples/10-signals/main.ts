// examples/10-signals/main.ts — port of the chapter's "Отправка сигналов процессам": a channel
// registered with signal.Notify for SIGINT, SIGTERM and SIGUSR1, a goroutine that prints a line
// per signal (and exits on SIGTERM), and a main loop that sleeps forever. `runner` is the
// port's own addition, the reader's second terminal: it sends SIGUSR1, SIGINT and SIGTERM with
// kill(2) at fixed virtual times (1.5 s, 2.5 s, 3.5 s). Owned by the examples; main.go beside
// it is the chapter's program, unchanged.

import { SIGINT, SIGTERM, SIGUSR1 } from '../../abi/signal';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, os, signal, time, make, goroutine } = go(sys, argv, envp);
  // Обработчик сигналов
  const sigChan = make<number>(1);
  await signal.Notify(sigChan, SIGINT, SIGTERM, SIGUSR1);

  goroutine(async () => {
    for await (const sig of sigChan) {
      switch (sig) {
        case SIGINT:
          await fmt.Println('\nReceived SIGINT (Ctrl+C)');
          break;
        case SIGTERM:
          await fmt.Println('\nReceived SIGTERM');
          await os.Exit(0);
          break;
        case SIGUSR1:
          await fmt.Println('\nReceived SIGUSR1 (custom signal)');
          break;
      }
    }
  });

  await fmt.Printf('Process PID: %d\n', await os.Getpid());
  await fmt.Println('Waiting for signals... (try: kill -USR1', await os.Getpid(), ')');

  // Бесконечный цикл
  for (;;) {
    await time.Sleep(1 * time.Second);
  }
};

/** The reader's other terminal: `kill -USR1 PID`, `kill -INT PID`, `kill -TERM PID`, a second apart. */
export const runner: Program = async (sys, argv, envp) => {
  const { syscall, time, panic } = go(sys, argv, envp);
  const pid = Number(argv[1]);
  await time.Sleep(1500 * time.Millisecond);
  await syscall.Kill(pid, SIGUSR1).catch(panic);
  await time.Sleep(1 * time.Second);
  await syscall.Kill(pid, SIGINT).catch(panic);
  await time.Sleep(1 * time.Second);
  await syscall.Kill(pid, SIGTERM).catch(panic);
  return 0;
};
