const fs=require('fs');
const [,, prof, js, pat, minTicks] = process.argv;
const p=JSON.parse(fs.readFileSync(prof));
const src=fs.readFileSync(js,'utf8').split('\n');
const agg=new Map();
let total=0;
for (const n of p.nodes) { total += n.hitCount||0; if (!new RegExp(pat).test(n.callFrame.functionName)) continue;
  for (const pt of n.positionTicks||[]) { const k=n.callFrame.functionName+':'+pt.line; agg.set(k,(agg.get(k)||0)+pt.ticks); } }
for (const [k,v] of [...agg].sort((a,b)=>b[1]-a[1]).slice(0,40)) { if (v < (+minTicks||20)) break; const line=+k.split(':').pop(); console.log(((100*v/total).toFixed(1)+'%').padStart(6), k.padEnd(28), src[line-1].trim().slice(0,110)); }
