// examples/06-dirs-symlinks/main.ts — port of the chapter's "Директории и символические
// ссылки": mkdir, symlink to a file that does not exist, readlink, unlink, rmdir.

import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, syscall, panic } = go(sys, argv, envp);
  // Создать директорию
  await syscall.Mkdir('testdir', 0o755).catch(panic);

  // Создать символическую ссылку
  await syscall.Symlink('target.txt', 'link.txt').catch(panic);

  // Прочитать символическую ссылку
  const buf = new Uint8Array(1024);
  const n = await syscall.Readlink('link.txt', buf).catch(panic);
  await fmt.Printf('Link points to: %s\n', buf.subarray(0, n));

  // Удалить файл
  await syscall.Unlink('link.txt').catch(panic);

  // Удалить директорию
  await syscall.Rmdir('testdir').catch(panic);
};
