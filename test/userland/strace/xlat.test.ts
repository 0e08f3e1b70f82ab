// test/userland/strace/xlat.test.ts — abi/xlat.ts: every set the syscall table names exists with
// its tables, and printFlags/printEnum follow strace's printflags/printxval rules (zero, unknown
// bits, default comments, composed sets). Owned by the strace formatter's tests.

import { describe, expect, it } from 'vitest';
import { SET_NAMES_USED } from '../../../abi/syscalls';
import { SETS, XLAT, flagsEx, printEnum, printFlags, sprintFlags, xlookup } from '../../../abi/xlat';

describe('abi/xlat', () => {
  it('defines every set the syscall table uses, over existing tables', () => {
    for (const name of SET_NAMES_USED) {
      const s = SETS[name];
      expect(s, name).toBeDefined();
      for (const t of s!.tables) expect(XLAT[t], `${name}: ${t}`).toBeDefined();
    }
  });

  it('open flags: access mode first, unknown bits last', () => {
    expect(printFlags('open', 0)).toBe('O_RDONLY');
    expect(printFlags('open', 0o2000000 | 0o1101)).toBe('O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC');
    expect(printFlags('open', 0o100002 | 0o200000 | 0o4000)).toBe('O_RDWR|O_NONBLOCK|O_LARGEFILE|O_DIRECTORY');
    expect(printFlags('open', 3)).toBe('O_ACCMODE');
    expect(printFlags('open', 0x10000000)).toBe('O_RDONLY|0x10000000');
    expect(printFlags('open', 0o20200000)).toBe('O_RDONLY|O_TMPFILE');
  });

  it('zero, unknown bits and the default comment', () => {
    expect(printFlags('access_mode', 0)).toBe('F_OK');
    expect(printFlags('access_mode', 6)).toBe('R_OK|W_OK');
    expect(printFlags('at', 0)).toBe('0');
    expect(printFlags('at', 0x1000)).toBe('AT_EMPTY_PATH');
    expect(printFlags('at', 0x80000000)).toBe('0x80000000 /* AT_??? */');
    expect(printFlags('mmap_prot', 0)).toBe('PROT_NONE');
    expect(printFlags('wait_options', 0)).toBe('0');
    expect(printFlags('memfd_secret_flags', 0)).toBe('0');
    expect(flagsEx(['at_flags'], 0, null)).toBe('');
  });

  it('composed sets: socket type, clone, mmap, ipc, personality', () => {
    expect(printFlags('socket_type', 0x80801)).toBe('SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK');
    expect(printFlags('socket_type', 2)).toBe('SOCK_DGRAM');
    expect(printFlags('clone_flags', 0x1200011)).toBe('CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD');
    expect(printFlags('clone_flags', 17)).toBe('SIGCHLD');
    expect(printFlags('mmap_flags', 0x22)).toBe('MAP_PRIVATE|MAP_ANONYMOUS');
    expect(printFlags('mmap_flags', 0x812)).toBe('MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE');
    expect(printFlags('mmap_flags', 0x54040022)).toBe('MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT');
    expect(printFlags('ipc_flags', 0o1000 | 0o600)).toBe('IPC_CREAT|0600');
    expect(printFlags('ipc_flags', 0o644)).toBe('0644');
    expect(printFlags('personality', 0x0040000)).toBe('PER_LINUX|ADDR_NO_RANDOMIZE');
  });

  it('enums: the name, else hex with the default comment', () => {
    expect(printEnum('whence', 0)).toBe('SEEK_SET');
    expect(printEnum('whence', 9)).toBe('0x9 /* SEEK_??? */');
    expect(printEnum('clockid', 1)).toBe('CLOCK_MONOTONIC');
    expect(printEnum('rusage_who', -1)).toBe('RUSAGE_CHILDREN');
    expect(printEnum('rlimit_resource', 3)).toBe('RLIMIT_STACK');
    expect(printEnum('arch_prctl_code', 0x1002)).toBe('ARCH_SET_FS');
    expect(printEnum('quotactl_cmd', 0x80000700)).toBe('QCMD(Q_GETQUOTA, USRQUOTA)');
    expect(printEnum('syslog_action', 99)).toBe('99 /* SYSLOG_ACTION_??? */');
  });

  it('sprintFlags and xlookup', () => {
    expect(sprintFlags('fdflags', 1)).toBe('FD_CLOEXEC');
    expect(sprintFlags('fdflags', 0)).toBeUndefined();
    expect(sprintFlags('pollflags', 0x11)).toBe('POLLIN|POLLHUP');
    expect(xlookup('sigact_flags', 0x04000000)).toBe('SA_RESTORER');
    expect(xlookup('open_mode_flags', 0o100000)).toBe('O_LARGEFILE');
  });
});
