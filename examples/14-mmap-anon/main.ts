// examples/14-mmap-anon/main.ts — port of the chapter's "Выделение памяти через mmap": 1 MiB
// of anonymous private memory, "Hello" stored into it and printed back, then its first page
// made read-only with mprotect. `./mmap-anon --write` is the port's second step: the chapter's
// commented-out line `mem[0] = 'X' // Segmentation fault!` run for real — the store faults
// (SEGV_ACCERR: mapped, but not writable) and the process dies of SIGSEGV before its deferred
// munmap. Owned by the examples; main.go beside it is the chapter's program (one unused import
// removed so that it compiles).

import { MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE } from '../../abi/mman';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, panic } = go(sys, argv, envp);
  // Выделяем 1MB анонимной памяти
  const size = 1024 * 1024;

  const mem = await sys.mmap(
    0, size,                               // addr (nil), length
    PROT_READ | PROT_WRITE,
    MAP_PRIVATE | MAP_ANONYMOUS,
    -1, 0,                                 // fd = -1 для анонимной памяти, offset
  ).catch(panic);
  // defer syscall.Munmap(mem): run at the end below (a process killed by a signal runs no defers).

  // Используем память
  sys.mem.write(mem, 'Hello');

  await fmt.Println('Memory:', new TextDecoder().decode(sys.mem.read(mem, 5)));

  // Защищаем часть памяти (делаем read-only)
  await sys.mprotect(mem, 4096, PROT_READ).catch(panic);

  // Попытка записи вызовет SIGSEGV
  if (argv[1] === '--write') sys.mem.setU8(mem, 'X'.charCodeAt(0)); // mem[0] = 'X' // Segmentation fault!

  await sys.munmap(mem, size);
  return 0;
};
