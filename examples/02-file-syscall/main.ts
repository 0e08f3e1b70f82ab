// examples/02-file-syscall/main.ts — port of the chapter's "Низкоуровневый API (syscall
// пакет)": syscall.Open/Write/Fstat on test.txt, printing size, mode and owner.

import { O_CREAT, O_RDWR } from '../../abi/fcntl';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, syscall, panic } = go(sys, argv, envp);
  // Открыть файл напрямую через syscall
  const fd = await syscall.Open('test.txt', O_RDWR | O_CREAT, 0o644).catch(panic);
  try {
    // Записать данные
    const data = new TextEncoder().encode('Hello from syscall!\n');
    const n = await syscall.Write(fd, data).catch(panic);
    await fmt.Printf('Wrote %d bytes\n', n);

    // Получить информацию о файле
    const stat = await syscall.Fstat(fd).catch(panic);

    await fmt.Printf('Size: %d bytes\n', stat.Size);
    await fmt.Printf('Mode: %o\n', stat.Mode);
    await fmt.Printf('UID: %d\n', stat.Uid);
    await fmt.Printf('GID: %d\n', stat.Gid);
  } finally {
    await syscall.Close(fd); // defer syscall.Close(fd)
  }
};
