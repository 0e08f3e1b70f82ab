// examples/27-short-write/main.ts — port of the chapter's Best Practices "Не игнорируйте
// ошибки": syscall.Write may write less than asked, with no error. The cut comes from
// RLIMIT_FSIZE (the shell's `ulimit -f`): a write that crosses the limit writes up to it and
// returns the shorter count. main.go beside it is the Go program it ports.

import { O_CREAT, O_TRUNC, O_WRONLY } from '../../abi/fcntl';
import { RLIMIT_FSIZE } from '../../abi/resource';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, syscall, panic } = go(sys, argv, envp);
  // Лимит размера файла: 16 байт
  const lim = await syscall.Getrlimit(RLIMIT_FSIZE);
  lim.Cur = 16;
  await syscall.Setrlimit(RLIMIT_FSIZE, lim).catch(panic);
  const data = new TextEncoder().encode('0123456789abcdefghij'); // 20 байт

  // ❌ Плохо
  let fd = await syscall.Open('data.txt', O_WRONLY | O_CREAT | O_TRUNC, 0o644).catch(panic);
  await syscall.Write(fd, data).catch(() => -1);
  const st = await syscall.Fstat(fd);
  await fmt.Printf('❌ syscall.Write(fd, data): no error seen, but data.txt has %d of %d bytes\n', st.Size, data.length);
  await syscall.Close(fd);

  // ✅ Хорошо
  fd = await syscall.Open('data.txt', O_WRONLY | O_TRUNC, 0).catch(panic);
  let err: unknown = null;
  const n = await syscall.Write(fd, data).catch((e: unknown) => { err = e; return -1; });
  if (err !== null || n !== data.length) {
    // Обработать ошибку
    await fmt.Printf('✅ n, err := syscall.Write(fd, data): n = %d of %d, err = %v: a short write, caught\n', n, data.length, err);
  }
  await syscall.Close(fd);
  await syscall.Unlink('data.txt');
};
