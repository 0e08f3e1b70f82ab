// test/conformance/gen.ts — fast-check arbitraries of conformance scenarios, as scenario text
// (strace syntax), so that a shrunk counterexample is a scenario file ready to commit. A small
// universe: names a, b, a/b, .., ., a symlink to a directory (ld), a dangling symlink (dl), a
// FIFO (f, always opened O_NONBLOCK: blocking FIFO opens are the VFS issue's), and four
// credentials — root, the owner (uid 1000), a member of the owner's group (uid 1001, group
// 1000), another user (uid 1002) — making file syscalls, pipes, dup, fcntl and file locks.

import fc from 'fast-check';

/** The processes every generated scenario declares (process 0: root, umask 0). */
export const PROCESSES = [
  '# process 0 uid=0 gid=0 groups= umask=0',
  '# process 1 uid=1000 gid=1000 groups=1000 umask=022',
  '# process 2 uid=1001 gid=1001 groups=1000 umask=002',
  '# process 3 uid=1002 gid=1002 groups= umask=077',
];

/** Root makes a world-writable directory, a symlink to it, a dangling one and a FIFO; the owner fills it. */
const PREAMBLE = [
  'mkdirat(AT_FDCWD, "a", 0777) = 0',
  'symlinkat("a", AT_FDCWD, "ld") = 0',
  'symlinkat("nowhere", AT_FDCWD, "dl") = 0',
  'mknodat(AT_FDCWD, "f", S_IFIFO|0666) = 0',
  '# as 1',
  'mkdirat(AT_FDCWD, "a/b", 0750) = 0',
  'openat(AT_FDCWD, "a/file", O_WRONLY|O_CREAT|O_EXCL, 0640) = 3',
  'write(3, "data", 4) = 4',
  'close(3) = 0',
  '# as 0',
];

const NAMES = ['a', 'b', 'a/b', 'a/file', 'a/b/c', '..', '.', 'ld', 'ld/file', 'dl', 'a/../b', 'a/file/x', 'c', '/a', 'a/', 'ld/', 'dl/', ''];
const MODES = ['0', '0600', '0644', '0755', '0700', '0777', '01777', '0400'];
const ACC = ['O_RDONLY', 'O_WRONLY', 'O_RDWR'];
const EXTRA = ['O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND', 'O_DIRECTORY', 'O_NOFOLLOW', 'O_CLOEXEC', 'O_PATH'];

const name = fc.constantFrom(...NAMES);
const fd = fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 9, 42, -1);
const lockFd = fc.constantFrom(3, 4, 5, 6, 7, 9, 42, -1);
const mode = fc.constantFrom(...MODES);
const str = (n: string) => JSON.stringify(n);

const openFlags = fc.tuple(fc.constantFrom(...ACC), fc.subarray(EXTRA, { maxLength: 3 })).map(([a, e]) => [a, ...e].join('|'));

/** One generated call, as a scenario line. */
const call: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(name, openFlags, mode).map(([p, f, m]) => {
    // The FIFO is opened non-blocking: a blocking open waits for a peer that never comes.
    const flags = p === 'f' ? `${f}|O_NONBLOCK` : f;
    return `openat(AT_FDCWD, ${str(p)}, ${flags}, ${m})`;
  }),
  fc.tuple(fd, name, fc.constantFrom('O_RDONLY', 'O_RDONLY|O_DIRECTORY', 'O_WRONLY|O_CREAT')).map(([d, p, f]) => `openat(${d}, ${str(p)}, ${f}, 0600)`),
  fd.map((d) => `close(${d})`),
  fc.tuple(name, mode).map(([p, m]) => `mkdirat(AT_FDCWD, ${str(p)}, ${m})`),
  fc.tuple(name, fc.constantFrom('0', 'AT_REMOVEDIR')).map(([p, f]) => `unlinkat(AT_FDCWD, ${str(p)}, ${f})`),
  fc.tuple(name, name).map(([t, p]) => `symlinkat(${str(t)}, AT_FDCWD, ${str(p)})`),
  name.map((p) => `readlinkat(AT_FDCWD, ${str(p)}, 0x7ffd00000000, 64)`),
  fc.tuple(name, fc.constantFrom('0', 'AT_SYMLINK_NOFOLLOW', 'AT_EMPTY_PATH')).map(([p, f]) => `newfstatat(AT_FDCWD, ${str(p)}, 0x7ffd00000000, ${f})`),
  fd.map((d) => `fstat(${d}, 0x7ffd00000000)`),
  fd.map((d) => `write(${d}, "xy", 2)`),
  fd.map((d) => `read(${d}, 0x7ffd00000000, 4)`),
  fc.tuple(fd, fc.constantFrom('0', '1', '-1', '100'), fc.constantFrom('SEEK_SET', 'SEEK_CUR', 'SEEK_END')).map(([d, o, w]) => `lseek(${d}, ${o}, ${w})`),
  fd.map((d) => `dup(${d})`),
  fc.tuple(fd, fd).map(([a, b]) => `dup2(${a}, ${b})`),
  fc.tuple(fd, fd, fc.constantFrom('0', 'O_CLOEXEC')).map(([a, b, f]) => `dup3(${a}, ${b}, ${f})`),
  fc.tuple(fd, fc.constantFrom('F_GETFL', 'F_GETFD')).map(([d, c]) => `fcntl(${d}, ${c})`),
  fc.tuple(fd, fc.constantFrom('O_APPEND', 'O_NONBLOCK', '0')).map(([d, f]) => `fcntl(${d}, F_SETFL, ${f})`),
  fc.tuple(fd, fc.constantFrom('FD_CLOEXEC', '0')).map(([d, f]) => `fcntl(${d}, F_SETFD, ${f})`),
  fc.tuple(fd, fc.constantFrom('0', '5', '10')).map(([d, n]) => `fcntl(${d}, F_DUPFD, ${n})`),
  // File locks, never the sleeping kinds (LOCK_NB, F_SETLK): flock and POSIX/OFD record locks.
  // Never on fds 0-2: on the host those are the executor's own stdio, shared with every other
  // scenario running at the same time, so a lock there races (seen: flock(2, LOCK_EX|LOCK_NB)).
  fc.tuple(lockFd, fc.constantFrom('LOCK_SH|LOCK_NB', 'LOCK_EX|LOCK_NB', 'LOCK_UN')).map(([d, o]) => `flock(${d}, ${o})`),
  fc.tuple(lockFd, fc.constantFrom('F_SETLK', 'F_OFD_SETLK', 'F_GETLK', 'F_OFD_GETLK'), fc.constantFrom('F_RDLCK', 'F_WRLCK', 'F_UNLCK'),
    fc.constantFrom('0', '1', '5'), fc.constantFrom('0', '2', '-1'))
    .map(([d, c, t, s, l]) => `fcntl(${d}, ${c}, {l_type=${t}, l_whence=SEEK_SET, l_start=${s}, l_len=${l}, l_pid=0})`),
  fc.constantFrom('0', 'O_CLOEXEC', 'O_NONBLOCK').map((f) => `pipe2(0x7ffd00000000, ${f})`),
  fd.map((d) => `getdents64(${d}, 0x7ffd00000000, 4096)`),
  name.map((p) => `chdir(${str(p)})`),
  fd.map((d) => `fchdir(${d})`),
  fc.tuple(name, fc.constantFrom('S_IFIFO|0644', 'S_IFREG|0600', '0644')).map(([p, m]) => `mknodat(AT_FDCWD, ${str(p)}, ${m}, 0)`),
  fc.constantFrom('022', '077', '0').map((m) => `umask(${m})`),
);

/** A scenario: the preamble, then calls by random processes. */
export const scenarioText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), call), { minLength: 1, maxLength: 12 })
  .map((calls) => {
    const lines = ['# scenario: generated', ...PROCESSES, ...PREAMBLE];
    let current = 0;
    for (const [proc, c] of calls) {
      if (proc !== current) {
        lines.push(`# as ${proc}`);
        current = proc;
      }
      lines.push(c);
    }
    return lines.join('\n') + '\n';
  });
