// examples/04-mmap-file/main.ts — port of the chapter's "Memory-mapped files (mmap)": a 1 MiB
// file mapped MAP_SHARED, five bytes stored through the mapping (plain stores into the
// process's memory: no system call), printed back from the mapping. `./mmap-file --read-back`
// is the port's own second step (not in the Go original, main.go): it reads the file with
// read(2) to show that the stores went to the file itself. Owned by the examples; main.go
// beside it is the chapter's program, byte for byte.

import { O_CREAT, O_RDONLY, O_RDWR } from '../../abi/fcntl';
import { MAP_SHARED, PROT_READ, PROT_WRITE } from '../../abi/mman';
import { SYS } from '../../abi/syscalls';
import { ErrnoError } from '../../userland/errors';
import { go } from '../../userland/go/index';
import { PathError } from '../../userland/go/os';
import type { Program } from '../../userland/runtime';

export const main: Program = async (sys, argv, envp) => {
  const { fmt, os, panic } = go(sys, argv, envp);
  if (argv[1] === '--read-back') {
    // The port's check: the file's bytes, read(2) from the file, not from a mapping.
    const f = await os.OpenFile('data.bin', O_RDONLY, 0).catch(panic);
    const head = new Uint8Array(8);
    const n = await f.Read(head).catch(panic);
    const st = await f.Stat().catch(panic);
    await fmt.Printf('data.bin: %d bytes, the first %d: %q\n', st.Size(), n, head.subarray(0, n));
    await f.Close();
    return 0;
  }

  // Открываем файл
  const file = await os.OpenFile('data.bin', O_RDWR | O_CREAT, 0o644).catch(panic);
  try {
    // Установим размер файла (например, 1MB)
    const size = 1024 * 1024;
    const r = await sys.syscall(SYS.ftruncate, file.Fd(), size); // file.Truncate(int64(size))
    if (r < 0) await panic(new PathError('truncate', file.name, ErrnoError.fromResult(r, SYS.ftruncate)));

    // Создаем memory mapping: syscall.Mmap(int(file.Fd()), 0, size, PROT_READ|PROT_WRITE, MAP_SHARED)
    const data = await sys.mmap(0, size, PROT_READ | PROT_WRITE, MAP_SHARED, file.Fd(), 0).catch(panic);
    try {
      // Работаем с файлом как с массивом
      sys.mem.setU8(data + 0, 'H'.charCodeAt(0));
      sys.mem.setU8(data + 1, 'e'.charCodeAt(0));
      sys.mem.setU8(data + 2, 'l'.charCodeAt(0));
      sys.mem.setU8(data + 3, 'l'.charCodeAt(0));
      sys.mem.setU8(data + 4, 'o'.charCodeAt(0));

      // Данные автоматически записываются в файл
      await fmt.Println('Written to mmap:', new TextDecoder().decode(sys.mem.read(data, 5)));
    } finally {
      await sys.munmap(data, size); // defer syscall.Munmap(data)
    }
  } finally {
    await file.Close(); // defer file.Close()
  }
  return 0;
};
