// kernel/procview.ts — the kernel's side of procfs: the process view (vfs/fs/procfs_view.ts)
// over this kernel's pid namespace, clock, UTS namespace and machine, so that /proc can be
// generated without vfs/ importing proc/ or kernel/. The kernel's Process and Task objects
// are the view's processes and threads as they are.

import { Task } from '../proc/task';
import type { VfsCtx } from '../vfs/ctx';
import type { ProcessView } from '../vfs/fs/procfs_view';
import type { Kernel } from './kernel';
import { MACHINE_CPUS, MACHINE_RAM_BYTES, UTS_RELEASE, UTS_SYSNAME, UTS_VERSION } from './version';

export function processView(k: Kernel): ProcessView {
  /** The task behind a context: itself, or the one a wrapper (openat2's scoped context) forwards to. */
  const taskOf = (ctx: VfsCtx): Task | undefined => {
    if (ctx instanceof Task) return ctx;
    for (const t of k.pidns.tasks.values()) if (t.state !== 'dead' && t.mm === ctx.mm && t.fs === ctx.fs) return t;
    return undefined;
  };
  return {
    get processes() { return k.pidns.processes; },
    get tasks() { return k.pidns.tasks; },
    taskOf,
    utsOf: (ctx: VfsCtx) => taskOf(ctx)?.uts ?? k.uts,
    uptimeNs: () => k.clock.monoNs,
    lastPid: () => k.pidns.lastPid,
    machine: {
      sysname: UTS_SYSNAME, release: UTS_RELEASE, version: UTS_VERSION, ramBytes: MACHINE_RAM_BYTES, cpus: MACHINE_CPUS,
    },
  };
}
