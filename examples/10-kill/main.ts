// examples/10-kill/main.ts — port of the chapter's snippet "Отправка сигнала из другого
// процесса": syscall.Kill(12345, syscall.SIGUSR1), and panic on error. Run as written (`./kill`)
// there is no process 12345: kill fails with ESRCH and the program panics. The port's own
// steps: `./kill 1` sends the signal to init, which belongs to root (EPERM for user 1000), and
// `./kill --child` starts a child of its own that sleeps for 10 s, sends it SIGUSR1 a second
// later — the child does not handle it, so the default action ends it in the middle of its
// sleep — and reports what wait4 says. Owned by the examples;
// main.go beside it is the snippet inside a main function (nothing else changed).

import { SIGCHLD, SIGUSR1 } from '../../abi/signal';
import { WIFSIGNALED, WTERMSIG } from '../../abi/wait';
import { signalName } from '../../abi/signal';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, syscall, time, panic } = go(sys, argv, envp);
  if (argv[1] === '--child') {
    // The port's addition: a process of our own (same user) to send the signal to.
    const child = await sys.clone(SIGCHLD, async (cs) => {
      await go(cs, argv, envp).time.Sleep(10 * time.Second);
      return 0;
    });
    await time.Sleep(1 * time.Second); // let it start and fall asleep
    await syscall.Kill(child, SIGUSR1).catch(panic);
    const { status } = await sys.wait4(child);
    await fmt.Printf('child %d: %s\n', child, WIFSIGNALED(status) ? `killed by ${signalName(WTERMSIG(status))}` : `status ${status}`);
    return 0;
  }
  const pid = argv[1] !== undefined ? Number(argv[1]) : 12345;
  // Отправить SIGUSR1 процессу с PID 12345
  await syscall.Kill(pid, SIGUSR1).catch(panic);
  return 0;
};
