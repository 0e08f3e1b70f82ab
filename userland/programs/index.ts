// userland/programs/index.ts — the programs installed in /bin of every system, by name.

import type { Program } from '../runtime';
import { env, falseProgram, pwd, trueProgram, uname } from './basic';
import { cat } from './cat';
import { echo } from './echo';

export const BIN_PROGRAMS: Readonly<Record<string, Program>> = {
  cat,
  echo,
  env,
  false: falseProgram,
  pwd,
  true: trueProgram,
  uname,
};
