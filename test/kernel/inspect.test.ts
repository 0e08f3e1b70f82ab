// test/kernel/inspect.test.ts — snapshots of the kernel state and the timeline of patches
// (immer): a step's patches name exactly what the syscall changed, unchanged subtrees are
// shared between steps, and snapshots are frozen.

import { describe, expect, it } from 'vitest';
import { AT_FDCWD, O_CREAT, O_WRONLY } from '../../abi/fcntl';
import { SYS } from '../../abi/syscalls';
import { diff, snapshot, Timeline } from '../../kernel/inspect';
import { createKernel } from '../../kernel/kernel';

describe('kernel snapshots and the timeline', () => {
  it('records what each syscall changed as patches, sharing what it did not', () => {
    const k = createKernel();
    const p = k.createProcess({ uid: 1000, cwd: '/home/user' });
    const tl = new Timeline(k);
    expect(p.syscall(SYS.mkdirat, AT_FDCWD, 'd', 0o755)).toBe(0);
    const mk = tl.record('mkdir d');
    const added = mk.patches.filter((x) => x.op === 'add').map((x) => x.path.join('/'));
    expect(added.some((path) => /^inodes\/\d+:\d+$/.test(path))).toBe(true);
    expect(added.some((path) => /^inodes\/\d+:\d+\/entries\/d$/.test(path))).toBe(true);
    // The process table did not change (the clock did): it is the same object as before.
    expect(mk.state.processes).toBe(tl.steps[0]!.state.processes);

    const fd = p.syscall(SYS.openat, AT_FDCWD, 'd/f', O_CREAT | O_WRONLY, 0o600);
    const op = tl.record('open d/f');
    expect(op.patches.some((x) => x.op === 'add' && x.path.join('/') === `tasks/${p.pid}/fds/${fd}`)).toBe(true);
    expect(Object.isFrozen(op.state.tasks)).toBe(true);

    expect(diff(tl.steps[0]!.state, op.state).length).toBeGreaterThan(0);
    expect(diff(op.state, snapshot(k))).toEqual([]);
  });
});
