// examples/16-uname/main.ts — port of the chapter's "Получение информации об ОС": uname(2)
// and its fields.

import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, syscall, panic } = go(sys, argv, envp);
  const utsname = await syscall.Uname().catch(panic);

  await fmt.Println('System information:');
  await fmt.Printf('OS: %s\n', utsname.Sysname);
  await fmt.Printf('Hostname: %s\n', utsname.Nodename);
  await fmt.Printf('Release: %s\n', utsname.Release);
  await fmt.Printf('Version: %s\n', utsname.Version);
  await fmt.Printf('Architecture: %s\n', utsname.Machine);
};
