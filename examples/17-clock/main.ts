// examples/17-clock/main.ts — port of the chapter's "Получение информации о системном
// времени": CLOCK_MONOTONIC before and after a 100 ms sleep. On the virtual clock the
// elapsed time is exact: 100 ms plus the cost model's charge for the calls in between.

import { CLOCK_MONOTONIC } from '../../abi/time';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, syscall, time, panic } = go(sys, argv, envp);
  // Высокое разрешение времени
  let ts = await syscall.ClockGettime(CLOCK_MONOTONIC).catch(panic);

  await fmt.Printf('Monotonic time: %d.%09d seconds\n', ts.Sec, ts.Nsec);

  // Для измерения времени выполнения
  ts = await syscall.ClockGettime(CLOCK_MONOTONIC).catch(panic);
  const startNs = ts.Sec * 1e9 + ts.Nsec;

  // Выполняем работу
  await time.Sleep(100 * time.Millisecond);

  ts = await syscall.ClockGettime(CLOCK_MONOTONIC).catch(panic);
  const endNs = ts.Sec * 1e9 + ts.Nsec;

  await fmt.Printf('Elapsed: %d ns\n', endNs - startNs);
};
