// test/mm/sigsegv.test.ts — a program's own access that faults: SIGSEGV (SEGV_ACCERR for a store
// to a PROT_READ page, SEGV_MAPERR for an unmapped address) or SIGBUS (BUS_ADRERR beyond the end
// of a mapped file) with si_addr, and with no handler the process dies of it. The wait statuses
// are the host's (test/mm/host/segv_status.c on Linux 6.18: "core=0 status=0xb WIFSIGNALED=1
// WTERMSIG=11 WCOREDUMP=0" and "core=unlimited status=0x8b ... WCOREDUMP=128").

import { describe, expect, it } from 'vitest';
import { MAP_ANONYMOUS, MAP_PRIVATE, MAP_SHARED, PROT_READ, PROT_WRITE } from '../../abi/mman';
import { RLIMIT_CORE } from '../../abi/resource';
import { BUS_ADRERR, SEGV_ACCERR, SEGV_MAPERR, SIGBUS, SIGSEGV, SIG_IGN } from '../../abi/signal';
import { SYS } from '../../abi/syscalls';
import { WCOREDUMP, WIFSIGNALED, WTERMSIG } from '../../abi/wait';
import { MemoryFault } from '../../kernel/usermem';
import type { SigInfo } from '../../proc/signal';
import { createSystem } from '../../userland/system';
import type { Sys } from '../../userland/sys';

async function runFaulting(body: (sys: Sys) => Promise<void>): Promise<{ status: number; signals: SigInfo[]; after: boolean }> {
  let after = false;
  const system = createSystem({
    programs: {
      prog: async (sys) => {
        await body(sys);
        after = true; // never reached: the fault ends the program
        return 0;
      },
    },
    installed: { '/usr/bin/prog': 'prog' },
  });
  const signals: SigInfo[] = [];
  system.kernel.trace.on('signal', (e: { info: SigInfo }) => signals.push(e.info));
  const h = system.spawn('/usr/bin/prog', ['prog']);
  await system.run();
  return { status: await h.exited(), signals, after };
}

describe('faults of a program become signals', () => {
  it('a store to a PROT_READ page: SIGSEGV/SEGV_ACCERR, killed, status 0xb (RLIMIT_CORE 0)', async () => {
    let addr = 0;
    const r = await runFaulting(async (sys) => {
      addr = await sys.mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS);
      expect(sys.mem.u8(addr)).toBe(0); // reading is allowed
      sys.mem.setU8(addr + 5, 1);
    });
    expect(r.after).toBe(false);
    expect(r.status).toBe(0xb);
    expect(WIFSIGNALED(r.status)).toBe(true);
    expect(WTERMSIG(r.status)).toBe(11);
    expect(WCOREDUMP(r.status)).toBe(false);
    expect(r.signals).toEqual([{ signo: SIGSEGV, code: SEGV_ACCERR, addr: addr + 5 }]);
  });

  it('with RLIMIT_CORE unlimited the core-dump bit is set: status 0x8b', async () => {
    const r = await runFaulting(async (sys) => {
      await sys.setrlimit(RLIMIT_CORE, { rlim_cur: 2 ** 64, rlim_max: 2 ** 64 });
      const a = await sys.mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS);
      sys.mem.setU32(a, 7);
    });
    expect(r.status).toBe(0x8b);
    expect(WCOREDUMP(r.status)).toBe(true);
  });

  it('an unmapped address: SEGV_MAPERR with si_addr; after munmap too', async () => {
    let addr = 0;
    const r = await runFaulting(async (sys) => {
      addr = await sys.mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
      sys.mem.setU64(addr + 4096, 0x1122334455667788n);
      expect(sys.mem.u64(addr + 4096)).toBe(0x1122334455667788n);
      await sys.munmap(addr + 4096, 4096);
      sys.mem.u8(addr + 4096 + 17);
    });
    expect(r.status).toBe(0xb);
    expect(r.signals).toEqual([{ signo: SIGSEGV, code: SEGV_MAPERR, addr: addr + 4096 + 17 }]);
  });

  it('NULL: SEGV_MAPERR at 0, even when SIGSEGV is ignored or blocked (a forced signal)', () => {
    const system = createSystem();
    const p = system.process();
    const signals: SigInfo[] = [];
    system.kernel.trace.on('signal', (e: { info: SigInfo }) => signals.push(e.info));
    const proc = p.handle.task.process;
    proc.sighand.actions[SIGSEGV] = { ...proc.sighand.actions[SIGSEGV]!, handler: SIG_IGN }; // (rt_sigaction: the signals issue)
    p.handle.task.sigBlocked = 1n << BigInt(SIGSEGV - 1);
    expect(() => p.sys.mem.u8(0)).toThrow(MemoryFault);
    expect(proc.exitStatus).toBe(0xb);
    expect(signals).toEqual([{ signo: SIGSEGV, code: SEGV_MAPERR, addr: 0 }]);
  });

  it('beyond the end of a mapped file: SIGBUS/BUS_ADRERR, status 7', async () => {
    let addr = 0;
    const r = await runFaulting(async (sys) => {
      const fd = await sys.open('/tmp/f', 0o102, 0o644); // O_RDWR|O_CREAT
      expect(await sys.syscall(SYS.ftruncate, fd, 100)).toBe(0);
      addr = await sys.mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
      sys.mem.setU8(addr + 4095, 1); // the page holding the end of the file: fine
      sys.mem.u8(addr + 4096);
    });
    expect(r.status).toBe(SIGBUS);
    expect(r.signals).toEqual([{ signo: SIGBUS, code: BUS_ADRERR, addr: addr + 4096 }]);
  });

  it('through the synchronous door: the process dies and MemoryFault is thrown', () => {
    const system = createSystem();
    const p = system.process();
    const a = p.sys.mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS);
    expect(() => p.sys.mem.setU8(a, 1)).toThrow(MemoryFault);
    expect(p.handle.task.state).toBe('dead');
    expect(p.handle.task.process.exitStatus).toBe(0xb);
  });
});
