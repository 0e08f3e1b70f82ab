import { createSystem } from '../../userland/system';
const s = createSystem();
const p = s.process({ uid: 0 });
const k = s.kernel; const t = p.handle.task;
for (let r=0;r<5;r++){ const t0 = performance.now(); for (let i=0;i<5e6;i++) k.syscall(t, 39); console.log((performance.now()-t0)*1e6/5e6, 'ns k.syscall'); }
