// examples/03-stdin-echo/main.ts — port of the chapter's File Descriptors example: one
// read(0) of up to 1024 bytes, written back to fd 1.

import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { syscall, panic } = go(sys, argv, envp);
  // Читаем из stdin (fd = 0)
  const buf = new Uint8Array(1024);
  const n = await syscall.Read(0, buf).catch(panic);

  // Пишем в stdout (fd = 1)
  await syscall.Write(1, buf.subarray(0, n)).catch(() => 0); // the chapter ignores this error
};
