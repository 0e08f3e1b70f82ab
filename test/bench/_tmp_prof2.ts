import { SYS } from '../../abi/syscalls';
import { createSystem } from '../../userland/system';
import { Out } from '../../mm/usercopy';
const s = createSystem();
const p = s.process({ uid: 0 });
for (const d of ['/tmp/a','/tmp/a/b','/tmp/a/b/c','/tmp/a/b/c/d','/tmp/a/b/c/d/e']) p.sys.mkdir(d, 0o755);
p.sys.close(p.sys.open('/tmp/a/b/c/d/e/f', 0o102, 0o644));
const o = new Out();
const what = process.argv[2];
for (let r=0;r<5;r++){
let t0 = performance.now();
if (what==='open') for (let i=0;i<2e6;i++) { const f = p.handle.syscall(SYS.openat, -100, '/tmp/a/b/c/d/e/f', 0, 0) as number; p.handle.syscall(SYS.close, f);}
else for (let i=0;i<2e6;i++) { p.handle.syscall(SYS.newfstatat, -100, '/tmp/a/b/c/d/e/f', o, 0);}
console.log((performance.now()-t0)*1e6/2e6, what);
}
