// examples/07-procinfo/main.ts — port of the chapter's "Получение информации о процессе":
// pid, parent pid, real and effective ids, working directory and $PATH.

import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, os, syscall } = go(sys, argv, envp);
  // ID текущего процесса
  const pid = await os.Getpid();
  await fmt.Printf('PID: %d\n', pid);

  // ID родительского процесса
  const ppid = await os.Getppid();
  await fmt.Printf('Parent PID: %d\n', ppid);

  // User ID и Group ID
  const uid = await syscall.Getuid();
  const gid = await syscall.Getgid();
  await fmt.Printf('UID: %d, GID: %d\n', uid, gid);

  // Effective UID/GID (для setuid программ)
  const euid = await syscall.Geteuid();
  const egid = await syscall.Getegid();
  await fmt.Printf('EUID: %d, EGID: %d\n', euid, egid);

  // Рабочая директория
  const wd = await os.Getwd().catch(() => ''); // wd, _ := os.Getwd()
  await fmt.Printf('Working directory: %s\n', wd);

  // Переменные окружения
  await fmt.Printf('PATH: %s\n', os.Getenv('PATH'));
};
