// Top self-time frames of a V8 CPU profile (`node --cpu-prof`), for the performance notes of issue 13.
//   node tests/bench/top-frames.mjs prof/CPU.….cpuprofile [count]
import fs from "node:fs";

const [file, count = "15"] = process.argv.slice(2);
const p = JSON.parse(fs.readFileSync(file, "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas;
for (let i = 0; i < p.samples.length; i++) {
  const n = byId.get(p.samples[i]);
  const f = n.callFrame;
  const key = `${f.functionName || "(anonymous)"} ${f.url.split("/node_modules/").pop().split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  console.log(`${(us / 1000).toFixed(0).padStart(6)} ms ${((us / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
}
console.log(`total ${(total / 1000).toFixed(0)} ms`);

// Inclusive time of every function (counted once per sample however deep it recurses), when asked.
if (process.env.INCLUSIVE) {
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  const under = process.env.UNDER ? new RegExp(process.env.UNDER) : null;
  for (let i = 0; i < p.samples.length; i++) {
    const seen = new Set();
    if (under) {
      let hit = false;
      for (let id = p.samples[i]; id !== undefined && !hit; id = parent.get(id)) hit = under.test(byId.get(id).callFrame.functionName);
      if (!hit) continue;
    }
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0));
    }
  }
  console.log("-- inclusive");
  for (const [k, us] of [...incl].filter(([k]) => new RegExp(process.env.INCLUSIVE).test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  }
}
