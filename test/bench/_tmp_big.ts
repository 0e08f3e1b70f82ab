class P { set = 0n }
const a = new P(), b = new P(); let blocked = 0n;
function sp() { return ((a.set | b.set) & ~blocked) !== 0n; }
function fast() { return (a.set !== 0n || b.set !== 0n) && sp(); }
for (let r=0;r<3;r++){
let t0 = performance.now(); let c=0; for (let i=0;i<2e7;i++) if (sp()) c++; console.log('sp', (performance.now()-t0)*1e6/2e7);
t0 = performance.now(); for (let i=0;i<2e7;i++) if (fast()) c++; console.log('fast', (performance.now()-t0)*1e6/2e7, c);
}
