// test/userland/strace/filter.test.ts — `-e trace=` parsing as strace does it (names, numbers,
// classes incl. the stat ones, negation, regexes, `?`, `@64`, all/none, errors), `-e signal=`
// and `-e status=`. Class membership comes from abi/syscalls.ts (checked against strace there).

import { describe, expect, it } from 'vitest';
import { SYS, SYSCALLS } from '../../../abi/syscalls';
import { parseSignalSet, parseStatusSet, parseTraceSet } from '../../../userland/strace/filter';

const names = (expr: string): string[] => {
  const f = parseTraceSet(expr);
  return SYSCALLS.filter((s) => f.has(s.nr)).map((s) => s.name);
};

describe('-e trace=', () => {
  it('names, numbers, comma lists', () => {
    expect(names('open,close')).toEqual(['open', 'close']);
    expect(names('257,3')).toEqual(['close', 'openat']);
    expect(names('openat@64')).toEqual(['openat']);
    expect(() => parseTraceSet('openat@32')).toThrow("invalid system call 'openat@32'");
    expect(names('?nosuch,close')).toEqual(['close']);
  });

  it('classes, with and without %, any case', () => {
    expect(names('%process')).toEqual(['clone', 'fork', 'vfork', 'execve', 'exit', 'wait4', 'kill', 'rt_sigqueueinfo', 'tkill',
      'exit_group', 'tgkill', 'waitid', 'rt_tgsigqueueinfo', 'execveat', 'pidfd_send_signal', 'clone3']);
    expect(names('process')).toEqual(names('%process'));
    expect(names('%NET')).toEqual(names('%network'));
    expect(names('%%stat')).toEqual(['stat', 'fstat', 'lstat', 'newfstatat', 'statx']);
    expect(names('%stat')).toEqual(['stat']);
    expect(names('%fstat')).toEqual(['fstat', 'newfstatat', 'statx']);
    expect(names('%%statfs')).toEqual(['ustat', 'statfs', 'fstatfs']);
    expect(names('%pure')).toEqual(['getpid', 'getuid', 'getgid', 'geteuid', 'getegid', 'getppid', 'getpgrp', 'gettid']);
    expect(names('%file').length).toBe(75);
    expect(names('%desc').length).toBe(132);
  });

  it('negation, all, none, regex', () => {
    const f = parseTraceSet('!%file');
    expect(f.has(SYS.openat)).toBe(false);
    expect(f.has(SYS.read)).toBe(true);
    expect(f.has(9999)).toBe(true);
    expect(parseTraceSet('all').has(9999)).toBe(true);
    expect(parseTraceSet('none').has(SYS.read)).toBe(false);
    expect(parseTraceSet('!none').has(SYS.read)).toBe(true);
    expect(parseTraceSet('!all').has(SYS.read)).toBe(false);
    expect(names('/^getres')).toEqual(['getresuid', 'getresgid']);
    expect(names('/stat$').includes('newfstatat')).toBe(false);
    expect(names('/stat$')).toContain('fstat');
  });

  it('errors read like strace', () => {
    expect(() => parseTraceSet('nosuch')).toThrow("invalid system call 'nosuch'");
    expect(() => parseTraceSet('read,nosuch')).toThrow("invalid system call 'nosuch'");
    expect(() => parseTraceSet('/')).not.toThrow();
    expect(() => parseTraceSet('read@99')).toThrow("incorrect personality designator '99' in qualification 'read@99'");
  });
});

describe('-e signal= and -e status=', () => {
  it('signals by name, SIG-less name, number', () => {
    const s = parseSignalSet('SIGINT,term,9');
    expect([2, 15, 9, 10].map((n) => s.has(n))).toEqual([true, true, true, false]);
    expect(parseSignalSet('none').has(2)).toBe(false);
    expect(parseSignalSet('!SIGCHLD').has(17)).toBe(false);
    expect(parseSignalSet('!SIGCHLD').has(2)).toBe(true);
    expect(() => parseSignalSet('SIGFOO')).toThrow("invalid signal 'SIGFOO'");
  });
  it('statuses', () => {
    const s = parseStatusSet('failed,unfinished');
    expect(s.has('failed')).toBe(true);
    expect(s.has('successful')).toBe(false);
    expect(() => parseStatusSet('bogus')).toThrow("invalid status 'bogus'");
  });
});
