// userland/programs/basic.ts — the smallest programs of /bin: true, false, env, pwd, uname.
// (One file for these few-line programs; larger programs get a file each.)

import type { Program } from '../runtime';

export const trueProgram: Program = () => 0;
export const falseProgram: Program = () => 1;

/** env: prints the environment, one VAR=value per line (no arguments supported yet). */
export const env: Program = async (sys, _argv, envp) => {
  if (envp.length > 0) await sys.write(1, envp.join('\n') + '\n');
  return 0;
};

/** pwd: the working directory from getcwd(2) (pwd -P semantics). */
export const pwd: Program = async (sys) => {
  await sys.write(1, (await sys.getcwd()) + '\n');
  return 0;
};

/** uname [-snrvma]: fields of uname(2); no option means -s. */
export const uname: Program = async (sys, argv) => {
  const u = await sys.uname();
  const flags = argv.slice(1).join('').replace(/-/g, '') || 's';
  const all = flags.includes('a');
  const parts: string[] = [];
  if (all || flags.includes('s')) parts.push(u.sysname);
  if (all || flags.includes('n')) parts.push(u.nodename);
  if (all || flags.includes('r')) parts.push(u.release);
  if (all || flags.includes('v')) parts.push(u.version);
  if (all || flags.includes('m')) parts.push(u.machine);
  if (all) parts.push('GNU/Linux');
  await sys.write(1, parts.join(' ') + '\n');
  return 0;
};
