// kernel/program.ts — the contract between the kernel and the program runtime (userland/).
// The kernel knows programs only by name: execve finds a name in an executable file and
// records a TaskEntry on the task; when the scheduler first runs the task, it asks the
// Runtime to start that entry. The runtime owns what a program is (an async function).

import type { Task } from '../proc/task';
import type { Kernel } from './kernel';

export type TaskEntry =
  /** A program image started by execve. */
  | { readonly kind: 'program'; readonly name: string; readonly path: string; readonly argv: readonly string[]; readonly envp: readonly string[] }
  /** A function started by clone(fn, …) in a new thread or process. */
  | { readonly kind: 'function'; readonly fn: unknown; readonly arg: unknown };

export interface Runtime {
  /** Is there a registered program called `name`? (execve gives ENOEXEC otherwise.) */
  has(name: string): boolean;
  /** Starts `entry` in task `t`, which the scheduler has just given the CPU. */
  start(k: Kernel, t: Task, entry: TaskEntry): void;
}
