import { createSystem } from '../../userland/system';
const s = createSystem();
const p = s.process({ uid: 0 });
const k = s.kernel; const t = p.handle.task; const h = p.handle;
const out = [];
for (let r=0;r<8;r++){ const t0 = performance.now(); for (let i=0;i<2e6;i++) k.syscall(t, 39); out.push(((performance.now()-t0)*1e6/2e6).toFixed(1)); }
const out2 = [];
for (let r=0;r<8;r++){ const t0 = performance.now(); for (let i=0;i<2e6;i++) h.syscall(39); out2.push(((performance.now()-t0)*1e6/2e6).toFixed(1)); }
console.log('bare', out.join(' '), ' handle', out2.join(' '));
