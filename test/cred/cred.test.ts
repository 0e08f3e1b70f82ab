// test/cred/cred.test.ts — credentials: the dropping-privileges pattern (root → setgid+setuid to
// nobody, after which setuid(0) is EPERM and files are checked with the new ids), the capability
// rules of uid changes, and credentials on execve (set-user-ID files, nosuid, no_new_privs,
// root's full sets, ambient capabilities). The syscall-by-syscall behaviour against the host
// kernel is test/conformance/scenarios/creds.strace.

import { describe, expect, it } from 'vitest';
import { AT_FDCWD, O_CREAT, O_EXCL, O_RDONLY, O_WRONLY } from '../../abi/fcntl';
import {
  _LINUX_CAPABILITY_VERSION_3, CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_NET_BIND_SERVICE, CAP_SETUID, MS_NOSUID,
} from '../../abi/misc';
import { PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, PR_SET_KEEPCAPS, PR_SET_NO_NEW_PRIVS } from '../../abi/prctl';
import { SYS } from '../../abi/syscalls';
import { Out } from '../../mm/usercopy';
import { CAP_FS_SET, CAP_FULL, Cred, capAndNot, capBit, execCred, setfsuid, setresuid, setuid } from '../../proc/cred';
import { executableImage } from '../../proc/exec';
import { createSystem } from '../../userland/system';

const EPERM = -1; // -errno as the raw door returns it
const EACCES = -13;

function sys() {
  return createSystem({ programs: { idle: async () => 0 }, installed: { '/usr/bin/idle': 'idle' } });
}

/** Installs program `idle` at `path` with `mode`, owned by `uid`:`gid` (as root). */
function install(s: ReturnType<typeof sys>, path: string, mode: number, uid = 0, gid = 0): void {
  const root = s.process({ uid: 0, cwd: '/' });
  const img = executableImage('idle');
  const fd = root.syscall(SYS.openat, AT_FDCWD, path, O_WRONLY | O_CREAT | O_EXCL, 0o755) as number;
  expect(fd).toBeGreaterThanOrEqual(0);
  expect(root.syscall(SYS.write, fd, img, img.length)).toBe(img.length);
  expect(root.syscall(SYS.fchown, fd, uid, gid)).toBe(0);
  expect(root.syscall(SYS.fchmod, fd, mode)).toBe(0);
  expect(root.syscall(SYS.close, fd)).toBe(0);
}

describe('dropping privileges', () => {
  it('root → setgid(65534) + setuid(65534): setuid(0) fails with EPERM and files use the new ids', () => {
    const s = sys();
    const p = s.process({ uid: 0, cwd: '/tmp' });
    const fd = p.syscall(SYS.openat, AT_FDCWD, '/tmp/secret', O_WRONLY | O_CREAT | O_EXCL, 0o600) as number;
    expect(fd).toBeGreaterThanOrEqual(0);
    p.syscall(SYS.close, fd);

    expect(p.syscall(SYS.setgroups, 0, null)).toBe(0);
    expect(p.syscall(SYS.setgid, 65534)).toBe(0);
    expect(p.syscall(SYS.setuid, 65534)).toBe(0);
    const c = p.handle.task.cred;
    expect([c.uid, c.euid, c.suid, c.fsuid, c.gid, c.egid, c.sgid, c.fsgid]).toEqual([65534, 65534, 65534, 65534, 65534, 65534, 65534, 65534]);
    expect(c.capEffective).toBe(0);
    expect(c.capPermitted).toBe(0);

    expect(p.syscall(SYS.setuid, 0)).toBe(EPERM);
    expect(p.syscall(SYS.setresuid, 0, 0, 0)).toBe(EPERM);
    expect(p.syscall(SYS.setgid, 0)).toBe(EPERM);
    expect(p.handle.task.cred.euid).toBe(65534);

    // Files are checked with the new ids: root's 0600 file is out of reach, new files are nobody's.
    expect(p.syscall(SYS.openat, AT_FDCWD, '/tmp/secret', O_RDONLY, 0)).toBe(EACCES);
    const mine = p.syscall(SYS.openat, AT_FDCWD, '/tmp/mine', O_WRONLY | O_CREAT | O_EXCL, 0o644) as number;
    expect(mine).toBeGreaterThanOrEqual(0);
    const st = p.sys.fstat(mine);
    expect([st.st_uid, st.st_gid]).toEqual([65534, 65534]);
    expect(p.syscall(SYS.chown, '/tmp/mine', 0, 0)).toBe(EPERM);
    expect(s.kernel.oopses).toEqual([]);
  });

  it('a saved uid of 0 lets a process come back; capabilities follow the effective uid', () => {
    const s = sys();
    const p = s.process({ uid: 0, cwd: '/tmp' });
    expect(p.syscall(SYS.setresuid, -1, 1000, -1)).toBe(0);
    expect(p.handle.task.cred.capEffective).toBe(0);
    expect(p.handle.task.cred.capPermitted).toBe(CAP_FULL);
    expect(p.syscall(SYS.openat, AT_FDCWD, '/root', O_RDONLY, 0)).toBe(EACCES);
    expect(p.syscall(SYS.setresuid, -1, 0, -1)).toBe(0);
    expect(p.handle.task.cred.capEffective).toBe(CAP_FULL);
    expect(p.syscall(SYS.openat, AT_FDCWD, '/root', O_RDONLY, 0)).toBeGreaterThanOrEqual(0);
  });

  it('setgroups takes a JS array through the typed door and needs CAP_SETGID', () => {
    const s = sys();
    const p = s.process({ uid: 0 });
    expect(p.syscall(SYS.setgroups, 3, [30, 10, 20])).toBe(0);
    expect(p.handle.task.cred.groups).toEqual([10, 20, 30]);
    expect(p.syscall(SYS.setgroups, 65537, [])).toBe(-22);
    expect(p.syscall(SYS.setfsgid, 7)).toBe(0);
    expect(p.syscall(SYS.setuid, 1000)).toBe(0);
    expect(p.syscall(SYS.setgroups, 0, [])).toBe(EPERM);
  });

  it('capget through the typed door reports the sets and negotiates the version', () => {
    const s = sys();
    const p = s.process({ uid: 0 });
    const hdr = { version: 0, pid: 0 };
    expect(p.syscall(SYS.capget, hdr, new Out())).toBe(-22);
    expect(hdr.version).toBe(_LINUX_CAPABILITY_VERSION_3);
    const data = new Out<{ effective: number; permitted: number }[]>();
    expect(p.syscall(SYS.capget, { version: _LINUX_CAPABILITY_VERSION_3, pid: 0 }, data)).toBe(0);
    expect(data.value!.map((d) => [d.effective, d.permitted])).toEqual([[0xffffffff, 0xffffffff], [0x1ff, 0x1ff]]);
  });
});

describe('capability rules of uid changes (cap_task_fix_setuid)', () => {
  const root = Cred.of(0, 0);

  it('drops everything when no id stays 0, unless keep-caps', () => {
    const r = setresuid(root, 1000, 1000, 1000) as Cred;
    expect([r.capPermitted, r.capEffective]).toEqual([0, 0]);
    const kept = setuid(root.with({ securebits: 0x10 }), 1000) as Cred;
    expect([kept.capPermitted, kept.capEffective]).toEqual([CAP_FULL, 0]);
  });

  it('setfsuid drops and raises exactly the filesystem capabilities', () => {
    const c = setfsuid(root, 1000);
    expect(c.capEffective).toBe(capAndNot(CAP_FULL, CAP_FS_SET));
    expect(c.capEffective % 2).toBe(0); // CAP_CHOWN gone
    expect(Math.floor(c.capEffective / capBit(CAP_SETUID)) % 2).toBe(1); // others stay
    expect(setfsuid(c, 0).capEffective).toBe(CAP_FULL);
    // An unprivileged caller cannot pick a foreign fsuid: nothing changes.
    const u = Cred.of(1000, 1000);
    expect(setfsuid(u, 0)).toBe(u);
  });
});

describe('credentials on execve', () => {
  it('a set-user-ID-root file gives a user euid 0, saved uid 0 and full capabilities', () => {
    const s = sys();
    install(s, '/usr/bin/suid', 0o4755);
    install(s, '/usr/bin/sgid', 0o2755, 0, 50);
    const p = s.process({ uid: 1000, cwd: '/tmp' });
    expect(p.handle.execve('/usr/bin/suid', ['suid'], [])).toBe(0);
    const c = p.handle.task.cred;
    expect([c.uid, c.euid, c.suid, c.fsuid]).toEqual([1000, 0, 0, 0]);
    expect([c.capPermitted, c.capEffective]).toEqual([CAP_FULL, CAP_FULL]);
    const q = s.process({ uid: 1000, cwd: '/tmp' });
    expect(q.handle.execve('/usr/bin/sgid', ['sgid'], [])).toBe(0);
    const d = q.handle.task.cred;
    expect([d.gid, d.egid, d.sgid, d.fsgid, d.euid, d.capPermitted]).toEqual([1000, 50, 50, 50, 1000, 0]);
  });

  it('no_new_privs and a nosuid mount ignore the set-user-ID bit', () => {
    const s = sys();
    install(s, '/usr/bin/suid', 0o4755);
    const p = s.process({ uid: 1000, cwd: '/tmp' });
    expect(p.syscall(SYS.prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)).toBe(0);
    expect(p.handle.execve('/usr/bin/suid', ['suid'], [])).toBe(0);
    expect([p.handle.task.cred.euid, p.handle.task.cred.capPermitted, p.handle.task.cred.noNewPrivs]).toEqual([1000, 0, true]);
    const file = { mode: 0o104755, uid: 0, gid: 0, nosuid: true };
    expect(execCred(Cred.of(1000, 1000), file).euid).toBe(1000);
    expect(MS_NOSUID).toBe(2);
  });

  it('root keeps full sets from the bounding set; a user loses permitted except ambient', () => {
    const base = Cred.of(0, 0).with({ capEffective: 0, capPermitted: capBit(CAP_CHOWN) });
    const file = { mode: 0o100755, uid: 0, gid: 0, nosuid: false };
    const r = execCred(base, file);
    expect([r.capPermitted, r.capEffective]).toEqual([CAP_FULL, CAP_FULL]);
    // Real uid 0, effective 1000 (the host printed Uid 0 1000 1000 1000, CapPrm full, CapEff 0).
    const half = execCred(setresuid(Cred.of(0, 0), 0, 1000, 1000) as Cred, file);
    expect([half.uid, half.euid, half.suid, half.fsuid, half.capPermitted, half.capEffective]).toEqual([0, 1000, 1000, 1000, CAP_FULL, 0]);
    const bounded = execCred(base.with({ capBounding: capAndNot(CAP_FULL, capBit(CAP_DAC_OVERRIDE)) }), file);
    expect(bounded.capPermitted).toBe(capAndNot(CAP_FULL, capBit(CAP_DAC_OVERRIDE)));

    const s = sys();
    const p = s.process({ uid: 0, cwd: '/tmp' });
    expect(p.syscall(SYS.prctl, PR_SET_KEEPCAPS, 1, 0, 0, 0)).toBe(0);
    expect(p.syscall(SYS.setresuid, 1000, 1000, 1000)).toBe(0);
    const nb = capBit(CAP_NET_BIND_SERVICE);
    const lo = nb >>> 0;
    expect(p.syscall(SYS.capset, { version: _LINUX_CAPABILITY_VERSION_3, pid: 0 },
      [{ effective: 0, permitted: lo, inheritable: lo }, { effective: 0, permitted: 0, inheritable: 0 }])).toBe(0);
    expect(p.syscall(SYS.prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, CAP_NET_BIND_SERVICE, 0, 0)).toBe(0);
    expect(p.handle.execve('/usr/bin/idle', ['idle'], [])).toBe(0);
    const c = p.handle.task.cred;
    expect([c.euid, c.capPermitted, c.capEffective, c.capAmbient, c.securebits]).toEqual([1000, nb, nb, nb, 0]);

    const u = s.process({ uid: 1000 });
    expect(u.handle.execve('/usr/bin/idle', ['idle'], [])).toBe(0);
    expect([u.handle.task.cred.capPermitted, u.handle.task.cred.capEffective]).toEqual([0, 0]);
  });
});

describe('/proc/[pid]/status shows the credential', () => {
  it('CapBnd after PR_CAPBSET_DROP, CapAmb, NoNewPrivs, and the four uids after setresuid', () => {
    // The host here (its bounding set lacks CAP_SYS_RESOURCE) prints CapBnd 000001fffeffffff.
    const s = createSystem();
    const p = s.process({ uid: 0 });
    const status = (): string => {
      const fd = p.syscall(SYS.openat, AT_FDCWD, '/proc/self/status', O_RDONLY, 0) as number;
      const b = new Uint8Array(4096);
      const n = p.syscall(SYS.read, fd, b, b.length) as number;
      p.syscall(SYS.close, fd);
      return new TextDecoder().decode(b.subarray(0, n));
    };
    expect(status()).toMatch(/\nCapBnd:\t000001ffffffffff\n/);
    expect(p.syscall(SYS.prctl, 24 /* PR_CAPBSET_DROP */, 24 /* CAP_SYS_RESOURCE */, 0, 0, 0)).toBe(0);
    expect(p.syscall(SYS.prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)).toBe(0);
    expect(p.syscall(SYS.setresuid, 1000, 0, 2000)).toBe(0);
    const st = status();
    expect(st).toMatch(/\nCapBnd:\t000001fffeffffff\n/);
    expect(st).toMatch(/\nNoNewPrivs:\t1\n/);
    expect(st).toMatch(/\nUid:\t1000\t0\t2000\t0\n/);
    expect(st).toMatch(/\nCapAmb:\t0000000000000000\n/);
  });
});
