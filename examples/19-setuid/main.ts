// examples/19-setuid/main.ts — port of the chapter's "Изменение пользователя (требует root)":
// refuse to run unless the effective uid is 0, then drop privileges with setgid(65534) and
// setuid(65534) (nobody) and print the new ids. The port's own step, `./setuid --back`, goes on
// after the chapter's last line: it tries to take root back (setuid(0), setgid(0) — EPERM:
// setuid as root changed the real, effective and saved uids, so nothing is left to return to)
// and prints the supplementary groups, which the chapter's code never drops (root's group 0
// stays). Owned by the examples; main.go beside it is the chapter's program, unchanged.

import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, os, syscall, panic } = go(sys, argv, envp);
  if ((await os.Geteuid()) !== 0) {
    await fmt.Println('This program must be run as root');
    await os.Exit(1);
  }

  // Получаем UID для пользователя "nobody"
  // В реальности используйте user.Lookup("nobody")
  const nobodyUID = 65534;
  const nobodyGID = 65534;

  // Сбрасываем привилегии
  await syscall.Setgid(nobodyGID).catch(panic);

  await syscall.Setuid(nobodyUID).catch(panic);

  await fmt.Printf('Now running as UID: %d, GID: %d\n',
    await syscall.Getuid(), await syscall.Getgid());

  // Теперь программа работает с ограниченными правами
  if (argv[1] === '--back') {
    // The port's addition: is there a way back?
    await fmt.Println('Setuid(0):', await syscall.Setuid(0).then(() => '<nil>', (e: Error) => e.message));
    await fmt.Println('Setgid(0):', await syscall.Setgid(0).then(() => '<nil>', (e: Error) => e.message));
    await fmt.Println('Groups:', await syscall.Getgroups());
  }
  return 0;
};
