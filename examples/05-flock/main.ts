// examples/05-flock/main.ts — port of the chapter's "File locking (flock)": open shared.txt,
// flock(LOCK_EX), write a line, hold the lock for 5 s, flock(LOCK_UN). The chapter runs one
// copy, so the lock is never contended; the port runs two processes (a fork, as a reader would
// start two copies in two terminals): each opens the file itself — its own open file
// description, as flock locks belong to those — and the second sleeps in flock until the
// first lets go. Sleeps are on the virtual clock: the 10 s run takes no real time.

import { LOCK_EX, LOCK_UN, O_CREAT, O_RDWR } from '../../abi/fcntl';
import { SIGCHLD } from '../../abi/signal';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';
import type { Sys } from '../../userland/sys';

/** The chapter's main(), as process `who`. */
async function lockAndWork(sys: Sys, argv: readonly string[], envp: readonly string[], who: string): Promise<void> {
  const { fmt, os, syscall, time, panic } = go(sys, argv, envp);
  const file = await os.OpenFile('shared.txt', O_RDWR | O_CREAT, 0o644).catch(panic);
  try {
    // Эксклюзивная блокировка
    await fmt.Printf('[%s] Acquiring lock...\n', who);
    await syscall.Flock(file.Fd(), LOCK_EX).catch(panic);
    await fmt.Printf('[%s] Lock acquired!\n', who);

    // Критическая секция
    await file.WriteString('Process is working...\n');
    await time.Sleep(5 * time.Second);

    // Снять блокировку
    await syscall.Flock(file.Fd(), LOCK_UN);
    await fmt.Printf('[%s] Lock released\n', who);
  } finally {
    await file.Close(); // defer file.Close()
  }
}

export const main: Program = async (sys, argv, envp) => {
  const { fmt, os } = go(sys, argv, envp);
  // The second copy (a reader would start ./flock twice).
  const child = await sys.clone(SIGCHLD, async (cs) => {
    await lockAndWork(cs, argv, envp, 'second');
    return 0;
  });
  await lockAndWork(sys, argv, envp, 'first');
  await sys.wait4(child);
  const data = await os.ReadFile('shared.txt').catch(() => new Uint8Array(0));
  await fmt.Printf('shared.txt holds %q\n', data);
};
