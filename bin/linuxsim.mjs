#!/usr/bin/env node
// bin/linuxsim.mjs — the `linuxsim` executable: loads the TypeScript CLI (bin/linuxsim.ts)
// through tsx's loader, so the sources run as they are (no build step).
import { register } from 'tsx/esm/api';

register();
await import('./linuxsim.ts');
