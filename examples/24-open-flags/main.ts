// examples/24-open-flags/main.ts — port of the chapter's "Флаги открытия файлов" and "Права
// доступа (permissions)": each open flag as the chapter lists it (O_CREAT, O_EXCL, O_TRUNC,
// O_APPEND, O_SYNC, O_NONBLOCK, the access modes), then the mode argument through the umask,
// and the setuid, setgid and sticky bits. The Go program it ports is main.go beside it.

import { F_GETFL, O_ACCMODE, O_APPEND, O_CREAT, O_DSYNC, O_EXCL, O_NONBLOCK, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY } from '../../abi/fcntl';
import { S_ISGID, S_ISUID, S_ISVTX } from '../../abi/stat';
import { go } from '../../userland/go/index';
import type { Program } from '../../userland/runtime';

/** Permission and special bits the way ls -l shows them: rwsr-xr-x, rwxrwxrwt. */
function perm(m: number): string {
  const b = [...'rwxrwxrwx'].map((c, i) => (m & (1 << (8 - i)) ? c : '-'));
  const special = (bit: number, i: number, set: string, unset: string): void => {
    if (m & bit) b[i] = b[i] === 'x' ? set : unset;
  };
  special(S_ISUID, 2, 's', 'S');
  special(S_ISGID, 5, 's', 'S');
  special(S_ISVTX, 8, 't', 'T');
  return b.join('');
}

export const main: Program = async (sys, argv, envp) => {
  const { fmt, syscall, panic } = go(sys, argv, envp);
  const text = (b: Uint8Array): string => new TextDecoder().decode(b);

  /** The status flags F_GETFL reports (access mode, O_APPEND, O_NONBLOCK, O_SYNC). */
  const flags = async (fd: number): Promise<string> => {
    const fl = await sys.fcntl(fd, F_GETFL);
    let s = ['O_RDONLY', 'O_WRONLY', 'O_RDWR', '?'][fl & O_ACCMODE]!;
    if (fl & O_APPEND) s += '|O_APPEND';
    if (fl & O_NONBLOCK) s += '|O_NONBLOCK';
    if ((fl & O_SYNC) === O_SYNC) s += '|O_SYNC';
    else if (fl & O_DSYNC) s += '|O_DSYNC';
    return s;
  };
  const size = async (fd: number): Promise<number> => (await syscall.Fstat(fd).catch(panic)).Size;
  const mode = async (name: string): Promise<string> => {
    const st = await syscall.Lstat(name).catch(panic);
    return fmt.Sprintf('%04o %s', st.Mode & 0o7777, perm(st.Mode));
  };
  const errOf = async (p: Promise<unknown>): Promise<unknown> => p.then(() => null, (e: unknown) => e);

  await syscall.Umask(0o022);

  await fmt.Println('== Флаги открытия файлов ==');
  // O_CREAT: создать, если не существует
  let fd = await syscall.Open('flags.txt', O_RDWR | O_CREAT, 0o644).catch(panic);
  let n = await syscall.Write(fd, 'hello, flags\n');
  await fmt.Printf('O_RDWR|O_CREAT: fd %d, %s, wrote %d bytes, mode %s\n', fd, await flags(fd), n, await mode('flags.txt'));
  await syscall.Close(fd);

  // O_EXCL: с O_CREAT ошибка, если файл существует
  let err = await errOf(syscall.Open('flags.txt', O_RDWR | O_CREAT | O_EXCL, 0o644));
  await fmt.Printf('O_CREAT|O_EXCL on an existing file: %v\n', err);

  // O_TRUNC: обрезать до 0 при открытии
  fd = await syscall.Open('flags.txt', O_WRONLY | O_TRUNC, 0);
  await fmt.Printf('O_WRONLY|O_TRUNC: size %d after open\n', await size(fd));
  await syscall.Close(fd);

  // O_APPEND: дописывать в конец — the chapter's combination O_RDWR|O_CREAT|O_APPEND
  fd = await syscall.Open('flags.txt', O_RDWR | O_CREAT | O_APPEND, 0o644);
  await syscall.Write(fd, 'one\n');
  await syscall.Seek(fd, 0, 0);
  await syscall.Write(fd, 'two\n');
  await syscall.Pwrite(fd, 'three\n', 0);
  const buf = new Uint8Array(64);
  n = await syscall.Pread(fd, buf, 0);
  await fmt.Printf('O_APPEND: %s, after lseek(0) and pwrite(at 0) the file is %q\n', await flags(fd), text(buf.subarray(0, n)));
  await syscall.Close(fd);

  // O_SYNC: синхронная запись
  fd = await syscall.Open('flags.txt', O_WRONLY | O_SYNC, 0);
  n = await syscall.Write(fd, 'sync\n');
  await fmt.Printf('O_SYNC: %s (O_SYNC = 0x%x = __O_SYNC|O_DSYNC), wrote %d bytes\n', await flags(fd), O_SYNC, n);
  await syscall.Close(fd);

  // O_NONBLOCK: неблокирующий режим (a regular file never blocks)
  fd = await syscall.Open('flags.txt', O_RDONLY | O_NONBLOCK, 0);
  n = await syscall.Read(fd, buf);
  await fmt.Printf('O_NONBLOCK: %s, read %d bytes at once\n', await flags(fd), n);
  err = await errOf(syscall.Write(fd, 'x'));
  await fmt.Printf('write to an O_RDONLY fd: %v\n', err);
  await syscall.Close(fd);

  fd = await syscall.Open('flags.txt', O_WRONLY, 0);
  err = await errOf(syscall.Read(fd, buf));
  await fmt.Printf('read from an O_WRONLY fd: %v\n', err);
  await syscall.Close(fd);

  await fmt.Println('== Права доступа ==');
  // The chapter's last line: O_CREAT alone is O_RDONLY|O_CREAT
  fd = await syscall.Open('file.txt', O_CREAT, 0o644).catch(panic);
  await fmt.Printf('O_CREAT, 0644: fd %d is %s, mode %s\n', fd, await flags(fd), await mode('file.txt'));
  err = await errOf(syscall.Write(fd, 'x'));
  await fmt.Printf('  write: %v\n', err);
  await syscall.Close(fd);

  for (const m of [0o644, 0o755, 0o600, 0o666, 0o777]) {
    const name = fmt.Sprintf('mode-%04o', m);
    const f = await syscall.Open(name, O_WRONLY | O_CREAT | O_EXCL, m).catch(() => -1);
    await syscall.Close(f).catch(() => 0);
    await fmt.Printf('open(%q, ..., %04o) with umask 022: %s\n', name, m, await mode(name));
    await syscall.Unlink(name).catch(() => 0);
  }
  for (const u of [0o077, 0]) {
    await syscall.Umask(u);
    const f = await syscall.Open('umask.txt', O_WRONLY | O_CREAT | O_EXCL, 0o666).catch(() => -1);
    await syscall.Close(f).catch(() => 0);
    await fmt.Printf('open(..., 0666) with umask %03o: %s\n', u, await mode('umask.txt'));
    await syscall.Unlink('umask.txt').catch(() => 0);
  }
  await syscall.Umask(0o022);

  // setuid, setgid, sticky
  fd = await syscall.Open('setuid', O_WRONLY | O_CREAT | O_EXCL, 0o4755).catch(() => -1);
  await fmt.Printf('open("setuid", ..., 04755): %s\n', await mode('setuid'));
  await syscall.Write(fd, '#!/bin/sh\n').catch(() => 0);
  await fmt.Printf('  after a write by uid %d: %s\n', await syscall.Geteuid(), await mode('setuid'));
  await syscall.Close(fd).catch(() => 0);
  fd = await syscall.Open('setgid', O_WRONLY | O_CREAT | O_EXCL, 0o2755).catch(() => -1);
  await syscall.Close(fd).catch(() => 0);
  await fmt.Printf('open("setgid", ..., 02755): %s\n', await mode('setgid'));
  await syscall.Mkdir('sticky', 0o1777).catch(() => 0);
  await fmt.Printf('mkdir("sticky", 01777): %s\n', await mode('sticky'));
  await syscall.Mkdir('sgid-dir', 0o2755).catch(() => 0);
  await fmt.Printf('mkdir("sgid-dir", 02755): %s\n', await mode('sgid-dir'));

  for (const name of ['flags.txt', 'file.txt', 'setuid', 'setgid']) await syscall.Unlink(name).catch(() => 0);
  await syscall.Rmdir('sticky').catch(() => 0);
  await syscall.Rmdir('sgid-dir').catch(() => 0);
};
