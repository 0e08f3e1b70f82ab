// examples/26-toctou/main.ts — port of the chapter's Best Practices "Не забывайте про race
// conditions": the TOCTOU snippet (os.Stat, then os.Remove) and its fix (os.Remove, tolerating
// IsNotExist), each run by two processes on the same file at once. The example runs under a
// scheduler that switches processes after every syscall (examples/index.ts), so the window
// between the check and the use is hit on every run, deterministically. main.go beside it is
// the Go program it ports (Go starts its second copy with os/exec; the port forks it).

import { SIGCHLD } from '../../abi/signal';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';
import type { Sys } from '../../userland/sys';

type Round = 'bad' | 'good';

/** One process's part: the chapter's snippet, as `who`. */
async function snippet(sys: Sys, argv: readonly string[], envp: readonly string[], who: string, round: Round): Promise<void> {
  const { fmt, os } = go(sys, argv, envp);
  if (round === 'bad') {
    // ❌ Плохо - TOCTOU (Time-of-check to time-of-use)
    const statErr = await os.Stat('file.txt').then(() => null, (e: unknown) => e);
    if (statErr === null) {
      const err = await os.Remove('file.txt').then(() => null, (e: unknown) => e); // Файл может измениться между проверками
      await fmt.Printf('[%s] bad:  Stat said the file exists; Remove: %v\n', who, err);
    } else {
      await fmt.Printf('[%s] bad:  Stat: %v\n', who, statErr);
    }
    return;
  }
  // ✅ Хорошо
  const err = await os.Remove('file.txt').then(() => null, (e: unknown) => e);
  if (err !== null && !os.IsNotExist(err)) {
    await fmt.Printf('[%s] good: Remove: %v\n', who, err);
    return;
  }
  await fmt.Printf('[%s] good: Remove: %v (IsNotExist: %v) — fine either way\n', who, err, os.IsNotExist(err));
}

export const main: Program = async (sys, argv, envp) => {
  const { os } = go(sys, argv, envp);
  for (const round of ['bad', 'good'] as const) {
    await os.WriteFile('file.txt', 'data\n', 0o644);
    // The second process (Go: exec.Command(os.Args[0], "second", round).Start()).
    const child = await sys.clone(SIGCHLD, async (cs) => {
      await snippet(cs, argv, envp, 'second', round);
      return 0;
    });
    await snippet(sys, argv, envp, 'first', round);
    await sys.wait4(child); // cmd.Wait()
  }
};
