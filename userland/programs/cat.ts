// userland/programs/cat.ts — cat [FILE]...: copies each file (or stdin, for none or "-") to
// stdout in 64 KiB reads; a file that cannot be opened is reported and skipped (exit 1).

import { O_RDONLY } from '../../abi/fcntl';
import { ErrnoError } from '../errors';
import type { Program } from '../runtime';

export const cat: Program = async (sys, argv) => {
  const files = argv.length > 1 ? argv.slice(1) : ['-'];
  const buf = new Uint8Array(65536);
  let status = 0;
  for (const name of files) {
    let fd = 0;
    try {
      if (name !== '-') fd = await sys.open(name, O_RDONLY);
      for (;;) {
        const n = await sys.read(fd, buf);
        if (n === 0) break;
        await sys.write(1, buf.subarray(0, n));
      }
    } catch (e) {
      if (!(e instanceof ErrnoError)) throw e;
      await sys.write(2, `cat: ${name}: ${e.message[0]!.toUpperCase()}${e.message.slice(1)}\n`);
      status = 1;
    } finally {
      if (fd > 0) await sys.close(fd);
    }
  }
  return status;
};
