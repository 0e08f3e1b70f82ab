// userland/go/os.ts — the part of Go's os package the ports use, making the syscalls Go 1.19
// makes on linux/amd64 (test/reference/go/FINDINGS.md): Create/OpenFile add O_CLOEXEC,
// File.Stat is fstat, Getwd stats "." and $PWD before falling back to getcwd, Getenv reads
// the environment captured at start, Remove tries unlink then rmdir, ReadFile reads until EOF. Errors are Go's *PathError ("open x: permission denied").
// Not modelled: the Go runtime's netpoller (its epoll_ctl attempt on every os.File), which is
// runtime machinery, not the program's own calls.

import { AT_FDCWD, AT_REMOVEDIR, O_CLOEXEC, O_CREAT, O_RDWR, O_TRUNC } from '../../abi/fcntl';
import { S_IFMT, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK, S_ISUID, S_ISGID, S_ISVTX } from '../../abi/stat';
import type { Stat } from '../../abi/structs';
import { ErrnoError } from '../errors';
import type { Sys } from '../sys';
import type { GoStringer } from './fmt';
import { GoTime, loadLocal, type Location } from './time';

export const O_RDONLY = 0;
export const O_WRONLY = 1;
export { O_RDWR, O_CREAT, O_TRUNC };
export const O_CREATE = O_CREAT;

/** Go's *fs.PathError: "op path: err". */
export class PathError extends Error {
  constructor(readonly op: string, readonly path: string, readonly err: ErrnoError) {
    super(`${op} ${path}: ${err.message}`);
    this.name = 'PathError';
  }
}

/** What a Go program's packages share: its Sys, environment and lazily loaded zone. */
export class GoContext {
  private local: Promise<Location> | null = null;
  constructor(readonly sys: Sys, readonly args: readonly string[], readonly env: readonly string[]) {}

  /** time.Local (sync.Once: loaded on first use). */
  localZone(): Promise<Location> {
    this.local ??= loadLocal(this.sys, this.env);
    return this.local;
  }
}

/** Go's fs.FileMode and its String(): type letters ("dalTLDpSugct?") then rwxrwxrwx. */
export class FileMode implements GoStringer {
  constructor(readonly mode: number) {}
  goString(): string {
    const m = this.mode;
    let s = '';
    const type = m & S_IFMT;
    if (type === S_IFDIR) s += 'd';
    if (type === S_IFLNK) s += 'L';
    if (type === S_IFBLK) s += 'D';
    if (type === S_IFCHR) s += 'Dc';
    if (type === S_IFIFO) s += 'p';
    if (type === S_IFSOCK) s += 'S';
    if (m & S_ISUID) s += 'u';
    if (m & S_ISGID) s += 'g';
    if (m & S_ISVTX) s += 't';
    if (s === '') s = '-';
    const rwx = 'rwxrwxrwx';
    for (let i = 0; i < 9; i++) s += m & (1 << (8 - i)) ? rwx[i] : '-';
    return s;
  }
}

/** Go's os.FileInfo from a stat. */
export class FileInfo {
  constructor(private readonly go: GoContext, private readonly name: string, readonly sys: Stat) {}
  Name(): string {
    const i = this.name.lastIndexOf('/');
    return i >= 0 ? this.name.slice(i + 1) : this.name;
  }
  Size(): number {
    return this.sys.st_size;
  }
  Mode(): FileMode {
    return new FileMode(this.sys.st_mode);
  }
  IsDir(): boolean {
    return (this.sys.st_mode & S_IFMT) === S_IFDIR;
  }
  /** The modification time in the local zone (loading it, like Go, on first use). */
  async ModTime(): Promise<GoTime> {
    return new GoTime(this.sys.st_mtime, this.sys.st_mtime_nsec, await this.go.localZone());
  }
}

/** Go's *os.File. */
export class File {
  constructor(private readonly go: GoContext, readonly name: string, readonly fd: number) {}

  Fd(): number {
    return this.fd;
  }
  async Write(b: Uint8Array): Promise<number> {
    return this.wrap('write', () => this.go.sys.write(this.fd, b));
  }
  async WriteString(s: string): Promise<number> {
    return this.wrap('write', () => this.go.sys.write(this.fd, s));
  }
  async Read(b: Uint8Array): Promise<number> {
    return this.wrap('read', () => this.go.sys.read(this.fd, b));
  }
  async Stat(): Promise<FileInfo> {
    const st = await this.wrap('stat', () => this.go.sys.fstat(this.fd));
    return new FileInfo(this.go, this.name, st);
  }
  async Close(): Promise<void> {
    await this.wrap('close', () => this.go.sys.close(this.fd));
  }

  private async wrap<T>(op: string, f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw e instanceof ErrnoError ? new PathError(op, this.name, e) : e;
    }
  }
}

/** Go's os package bound to one program. */
export class OS {
  constructor(private readonly go: GoContext) {}

  /** os.OpenFile: openat(AT_FDCWD, name, flag|O_CLOEXEC, perm). */
  async OpenFile(name: string, flag: number, perm: number): Promise<File> {
    try {
      const fd = await this.go.sys.openat(AT_FDCWD, name, flag | O_CLOEXEC, perm);
      return new File(this.go, name, fd);
    } catch (e) {
      throw e instanceof ErrnoError ? new PathError('open', name, e) : e;
    }
  }

  /** os.Create: O_RDWR|O_CREATE|O_TRUNC, 0666. */
  Create(name: string): Promise<File> {
    return this.OpenFile(name, O_RDWR | O_CREAT | O_TRUNC, 0o666);
  }

  /** os.Open: O_RDONLY. */
  Open(name: string): Promise<File> {
    return this.OpenFile(name, O_RDONLY, 0);
  }

  /** os.Stat: newfstatat(AT_FDCWD, name, buf, 0). */
  async Stat(name: string): Promise<FileInfo> {
    try {
      return new FileInfo(this.go, name, await this.go.sys.stat(name));
    } catch (e) {
      throw e instanceof ErrnoError ? new PathError('stat', name, e) : e;
    }
  }

  /**
   * os.Remove: unlinkat(name, 0), and if that fails unlinkat(name, AT_REMOVEDIR); when both
   * fail, the rmdir error unless it is ENOTDIR (then the unlink error), as Go 1.19 does.
   */
  async Remove(name: string): Promise<void> {
    const sys = this.go.sys;
    let e: ErrnoError;
    try {
      await sys.unlinkat(AT_FDCWD, name, 0);
      return;
    } catch (x) {
      if (!(x instanceof ErrnoError)) throw x;
      e = x;
    }
    try {
      await sys.unlinkat(AT_FDCWD, name, AT_REMOVEDIR);
      return;
    } catch (x) {
      if (!(x instanceof ErrnoError)) throw x;
      if (x.code !== 'ENOTDIR') e = x;
    }
    throw new PathError('remove', name, e);
  }

  /** os.IsNotExist: ENOENT, bare or inside a *PathError. */
  IsNotExist(err: unknown): boolean {
    const e = err instanceof PathError ? err.err : err;
    return e instanceof ErrnoError && e.code === 'ENOENT';
  }

  /** os.WriteFile: OpenFile(O_WRONLY|O_CREATE|O_TRUNC, perm), one write, close. */
  async WriteFile(name: string, data: Uint8Array | string, perm: number): Promise<void> {
    const f = await this.OpenFile(name, O_WRONLY | O_CREAT | O_TRUNC, perm);
    try {
      await (typeof data === 'string' ? f.WriteString(data) : f.Write(data));
    } finally {
      await f.Close();
    }
  }

  /** os.ReadFile: open, fstat for the size, reads (at least 512 bytes at a time) until EOF, close. */
  async ReadFile(name: string): Promise<Uint8Array> {
    const f = await this.Open(name);
    try {
      let cap = 512;
      try {
        cap = Math.max(512, (await f.Stat()).Size() + 1);
      } catch {
        // Go ignores a failed Stat here
      }
      let data = new Uint8Array(cap);
      let len = 0;
      for (;;) {
        if (len >= data.length) {
          const bigger = new Uint8Array(data.length * 2);
          bigger.set(data);
          data = bigger;
        }
        const n = await f.Read(data.subarray(len));
        if (n === 0) return data.slice(0, len);
        len += n;
      }
    } finally {
      await f.Close();
    }
  }

  Getpid(): Promise<number> {
    return this.go.sys.getpid();
  }
  Getppid(): Promise<number> {
    return this.go.sys.getppid();
  }
  Geteuid(): Promise<number> {
    return this.go.sys.geteuid();
  }
  Getuid(): Promise<number> {
    return this.go.sys.getuid();
  }

  /** os.Getenv: from the environment captured at start; no syscall. */
  Getenv(key: string): string {
    const e = this.go.env.find((x) => x.startsWith(key + '='));
    return e === undefined ? '' : e.slice(key.length + 1);
  }

  Environ(): string[] {
    return [...this.go.env];
  }

  /** os.Getwd: stat "." and $PWD; if they are the same file, $PWD; else getcwd. */
  async Getwd(): Promise<string> {
    const sys = this.go.sys;
    const dot = await sys.stat('.');
    const pwd = this.Getenv('PWD');
    if (pwd.startsWith('/')) {
      try {
        const d = await sys.stat(pwd);
        if (d.st_dev === dot.st_dev && d.st_ino === dot.st_ino) return pwd;
      } catch {
        // fall back to getcwd
      }
    }
    return sys.getcwd();
  }

  /** os.Exit: exit_group(code), deferred functions do not run. */
  async Exit(code: number): Promise<never> {
    return this.go.sys.exit_group(code);
  }
}
