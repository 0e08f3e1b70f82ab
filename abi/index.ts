// abi/index.ts — the public face of abi/: every module re-exported flat (`import { O_CREAT,
// SIGINT, stat, ENOENT } from '../abi'`). Flat works because uapi names are unique across the
// headers (no module's export clashes with another's). abi/struct.ts, the layout DSL, too.
// Owned by the abi maintainers: add a line when a module is added; a name that clashes must be
// resolved here explicitly (tsc reports it), never by renaming a uapi name.

export * from './types';
export * from './struct';
export * from './structs';
export * from './errno';
export * from './fcntl';
export * from './stat';
export * from './statfs';
export * from './time';
export * from './signal';
export * from './mman';
export * from './sched';
export * from './socket';
export * from './epoll';
export * from './resource';
export * from './wait';
export * from './ioctl';
export * from './prctl';
export * from './misc';
export * from './syscalls';
