// examples/25-atomic-create/main.ts — port of the chapter's Best Practices "Используйте
// правильные флаги — атомарное создание файла": check-then-create (os.Stat, then open with
// O_CREAT|O_TRUNC) against syscall.Open(O_CREAT|O_EXCL|O_WRONLY, 0644), each run by two
// processes at once under a scheduler that switches after every syscall (examples/index.ts).
// main.go beside it is the Go program it ports (Go starts its second copy with os/exec; the
// port forks it).

import { O_CREAT, O_EXCL, O_TRUNC, O_WRONLY } from '../../abi/fcntl';
import { SIGCHLD } from '../../abi/signal';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';
import type { Sys } from '../../userland/sys';

type Round = 'check' | 'excl';

/** One process's part, as `who`. */
async function create(sys: Sys, argv: readonly string[], envp: readonly string[], who: string, round: Round): Promise<void> {
  const { fmt, os, syscall } = go(sys, argv, envp);
  if (round === 'check') {
    // ❌ check, then create: both may see "no such file", and both "create" it
    const err = await os.Stat('file.txt').then(() => null, (e: unknown) => e);
    if (!os.IsNotExist(err)) {
      await fmt.Printf('[%s] check-then-create: file.txt exists, leaving it alone\n', who);
      return;
    }
    const fd = await syscall.Open('file.txt', O_CREAT | O_TRUNC | O_WRONLY, 0o644).catch((e: unknown) => e);
    if (typeof fd !== 'number') {
      await fmt.Printf('[%s] check-then-create: %v\n', who, fd);
      return;
    }
    await syscall.Write(fd, who + '\n');
    await syscall.Close(fd);
    await fmt.Printf('[%s] check-then-create: created file.txt\n', who);
    return;
  }
  // ✅ Атомарное создание файла
  const fd = await syscall.Open('file.txt', O_CREAT | O_EXCL | O_WRONLY, 0o644).catch((e: unknown) => e);
  if (typeof fd !== 'number') {
    await fmt.Printf('[%s] O_EXCL: %v\n', who, fd);
    return;
  }
  await syscall.Write(fd, who + '\n');
  await syscall.Close(fd);
  await fmt.Printf('[%s] O_EXCL: created file.txt\n', who);
}

export const main: Program = async (sys, argv, envp) => {
  const { fmt, os } = go(sys, argv, envp);
  for (const round of ['check', 'excl'] as const) {
    await os.Remove('file.txt').catch(() => undefined);
    // The second process (Go: exec.Command(os.Args[0], "second", round).Start()).
    const child = await sys.clone(SIGCHLD, async (cs) => {
      await create(cs, argv, envp, 'second', round);
      return 0;
    });
    await create(sys, argv, envp, 'first', round);
    await sys.wait4(child); // cmd.Wait()
    const data = await os.ReadFile('file.txt').catch(() => new Uint8Array(0));
    await fmt.Printf('file.txt holds %q\n', data);
  }
  await os.Remove('file.txt').catch(() => undefined);
};
