// examples/15-rusage/main.ts — port of the chapter's "Информация о памяти процесса":
// getrusage(RUSAGE_SELF) — the peak resident set (ru_maxrss, KiB), user and system CPU time,
// major faults — then the memory statistics of the language runtime. A TypeScript port has no
// Go runtime: its "Go Runtime" section shows the port's own numbers instead (see README.md):
// Alloc and TotalAlloc are 0 (the program allocates nothing on a heap of its own in the
// simulated process), Sys is the address space the kernel gave it (VmSize, the first field of
// /proc/self/statm), NumGC is 0 (no collector). Owned by the examples; main.go beside it is the
// chapter's program (one unused import removed so that it compiles).

import { O_RDONLY } from '../../abi/fcntl';
import { RUSAGE_SELF } from '../../abi/resource';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, os, syscall, panic } = go(sys, argv, envp);
  const rusage = await syscall.Getrusage(RUSAGE_SELF).catch(panic);

  await fmt.Printf('Max RSS: %d KB\n', rusage.Maxrss);
  await fmt.Printf('User CPU time: %v\n', rusage.Utime);
  await fmt.Printf('System CPU time: %v\n', rusage.Stime);
  await fmt.Printf('Page faults: %d\n', rusage.Majflt);

  // Через runtime: the port's own statistics (runtime.ReadMemStats has no TypeScript counterpart).
  const m = await memStats(os).catch(panic);

  await fmt.Printf('\nGo Runtime:\n');
  await fmt.Printf('Alloc: %d MB\n', Math.floor(m.Alloc / 1024 / 1024));
  await fmt.Printf('TotalAlloc: %d MB\n', Math.floor(m.TotalAlloc / 1024 / 1024));
  await fmt.Printf('Sys: %d MB\n', Math.floor(m.Sys / 1024 / 1024));
  await fmt.Printf('NumGC: %d\n', m.NumGC);
  return 0;
};

/** The port's runtime.MemStats: Sys is VmSize from /proc/self/statm (pages); no heap, no GC. */
async function memStats(os: ReturnType<typeof go>['os']): Promise<{ Alloc: number; TotalAlloc: number; Sys: number; NumGC: number }> {
  const f = await os.OpenFile('/proc/self/statm', O_RDONLY, 0);
  const buf = new Uint8Array(128);
  const n = await f.Read(buf);
  await f.Close();
  const pages = Number(new TextDecoder().decode(buf.subarray(0, n)).split(' ')[0]);
  return { Alloc: 0, TotalAlloc: 0, Sys: pages * 4096, NumGC: 0 };
}
