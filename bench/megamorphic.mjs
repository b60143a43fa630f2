// Why the CLI raises V8's polymorphic inline-cache limit (src/node/v8-tuning.ts): the pattern of the
// simulator's hot paths, alone. Objects of N JS classes sharing a base constructor with ten fields, each
// created then given four refcount changes, as the VM does with Python objects of many types.
// Usage: node bench/megamorphic.mjs   and   node --max-valid-polymorphic-map-count=16 bench/megamorphic.mjs
let nextId = 1;
class Base {
  constructor(type) {
    this.type = type; this.id = nextId++; this.rc = 1; this.freed = false; this.finalized = false;
    this.immortal = false; this.gcList = -2; this.subclassDict = null; this.gcCleared = false; this.weakrefs = null;
  }
}
const classes = [];
for (let k = 0; k < 12; k++) classes.push(new Function('Base', `return class C${k} extends Base { constructor(t) { super(t); this.v${k} = 0; } }`)(Base));
function incref(o) { if (!o.immortal) o.rc++; }
function decref(o) { if (!o.immortal) o.rc--; }
function run(nClasses, n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const o = new classes[i % nClasses](null);
    incref(o); decref(o); incref(o); decref(o);
  }
  return Number(process.hrtime.bigint() - start) / n;
}
for (const n of [1, 2, 4, 5, 8, 12]) {
  run(n, 2e6);
  console.log(`${String(n).padStart(2)} classes: ${run(n, 5e6).toFixed(1)} ns per object`);
}
