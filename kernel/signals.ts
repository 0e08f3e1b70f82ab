// kernel/signals.ts — delivery of pending signals on the way out of the kernel (Linux's
// get_signal): dequeue the next signal the task does not block, trace it, and act on its
// disposition. The foundation knows the default actions and SIG_IGN: terminate (exit status
// "killed by SIG…", with the core flag for core-dumping signals), ignore. Handlers, stop and
// continue are the signals issue; until then a signal whose handler is a function is ignored
// here, and stop signals are treated as ignored (documented in the compatibility notes).

import { RLIMIT_CORE } from '../abi/resource';
import { SIG_DFL, SIG_IGN, signalByNumber } from '../abi/signal';
import { wTermSig } from '../abi/wait';
import { exitGroup } from '../proc/exit';
import { dequeueSignal, nextSignal } from '../proc/signal';
import type { Task } from '../proc/task';
import type { Kernel } from './kernel';

/** Delivers every deliverable signal of `t`; the task may die. */
export function deliverSignals(k: Kernel, t: Task): void {
  for (;;) {
    if (t.state === 'dead') return;
    const sig = nextSignal(t);
    if (sig === 0) return;
    const info = dequeueSignal(t, sig);
    const act = t.process.sighand.actions[sig]!;
    if (act.handler === SIG_IGN) continue;
    k.onSignal(t, info);
    if (act.handler !== SIG_DFL) continue; // handlers: the signals issue
    const action = signalByNumber(sig)?.defaultAction ?? 'term';
    if (action === 'term' || action === 'core') {
      // A core is dumped only when RLIMIT_CORE allows one (default soft limit 0: no core,
      // no "(core dumped)"). Writing the core file itself is the signals issue's work.
      const core = action === 'core' && t.process.rlimits[RLIMIT_CORE]![0] > 0;
      exitGroup(k, t, wTermSig(sig, core));
      return;
    }
    // 'ign', 'cont', 'stop' (job control arrives with the signals issue).
  }
}
