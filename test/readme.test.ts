// test/readme.test.ts — the README's usage examples, as written there, through the package's
// public entry point (import from 'linuxsim'): if the README drifts from the API, this fails.

import { describe, expect, it } from 'vitest';
import { AT_FDCWD, createSystem, ENOENT, ErrnoError, O_RDONLY, SYS } from 'linuxsim';

describe('the README', () => {
  it('drives a process synchronously through both doors', () => {
    const system = createSystem({ seed: 1 });
    const p = system.process({ uid: 1000, cwd: '/home/user' });
    expect(p.syscall(SYS.openat, AT_FDCWD, 'missing', O_RDONLY, 0)).toBe(-ENOENT.errno);
    const fd = p.sys.open('notes.txt', 0o101 /* O_WRONLY|O_CREAT */, 0o644);
    p.sys.write(fd, 'hello\n');
    expect(p.sys.fstat(fd).st_size).toBe(6);
    let code = '';
    try { p.sys.stat('/nope'); } catch (e) { code = (e as ErrnoError).code; }
    expect(code).toBe('ENOENT');
  });

  it('runs a program under the scheduler', async () => {
    const system = createSystem({
      programs: { hello: async (sys, argv) => { await sys.write(1, `hi ${argv[1]}\n`); return 0; } },
      installed: { '/usr/bin/hello': 'hello' },
    });
    const h = system.spawn('/usr/bin/hello', ['hello', 'world'], { uid: 1000 });
    expect(await system.run()).toBe('done');
    expect(system.output()).toBe('hi world\n');
    expect(await h.exited()).toBe(0);
  });
});
