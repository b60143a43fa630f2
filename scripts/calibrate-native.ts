// Calibrates how long C code takes in the simulator (src/core/threads/native-costs.ts): hashlib,
// zlib and the numpy kernels, against the real interpreter: `npx tsx scripts/calibrate-native.ts [python3]`.
//
// Method: for each operation, the real interpreter times it (best of 7) on a small and a large input;
// the two points give a fixed cost per call and a cost per byte (or element): t(n) = fixed + n × per.
// zlib's cost depends on how compressible the input is: compression is timed on text-like bytes
// (`DATA` below, ratio 0.32 at level 6, 0.34 at level 1) and on very repetitive ones (ratio ≈ 0.003),
// and native-costs.ts takes cost = a × input bytes + b × output bytes from the two;
// decompression is per byte of output. numpy runs only where it is installed.
// Print-out: the figures to paste into native-costs.ts (ns, rounded).
// Last run (python3 3.11.7, numpy 2.4.6; 2 vCPU "Intel(R) Xeon(R) Processor" VM, shared, load ≈ 4):
//   update per byte: md5 1.61, sha1 0.61, sha224 0.69, sha256 0.68, sha384 1.53, sha512 1.56, sha3_256 2.28
//   (fixed 40-85 ns); constructor + digest() ≈ 450-650 ns; zlib compress level 1 / 6 / 9: 8.5 / 25.9 / 25.8
//   ns per byte of text-like input, 2.4 / 6.0 / 6.3 on repetitive input (+ ≈ 12-13 µs); decompress 3.5 ns per output byte (+ 1.6 µs); crc32 0.22, adler32 0.34;
//   numpy add 0.75, sqrt 1.02 ns per element (+ ≈ 380 ns), sum 0.30 (+ 970 ns), dot 0.87 ns per multiply-add.
//   python3.12 / python3.13 here have no numpy.
import { spawnSync } from 'node:child_process';
import { findInterpreter, thirdPartyEnv } from './pythons.mjs';

// Default: the clean 3.11 venv of scripts/pythons.mjs, numpy found in its install's site-packages (thirdPartyEnv).
const found = process.argv[2] ? undefined : findInterpreter('3.11');
const python = process.argv[2] ?? found?.exe ?? 'python3';
const env = found ? thirdPartyEnv(found) : process.env;

/** Text-like, moderately compressible bytes (words from a small vocabulary, seeded). */
const DATA = `
import random
def data(n):
    r = random.Random(1)
    words = [bytes(r.choice(b'abcdefghijklmnopqrstuvwxyz') for _ in range(r.randint(2, 9))) for _ in range(500)]
    out = bytearray()
    while len(out) < n:
        out += r.choice(words) + b' '
    return bytes(out[:n])
`;

interface Probe {
  name: string;
  /** Python statements preparing `x` for size n (SMALL or LARGE), then the timed expression. */
  setup: string;
  timed: string;
  small: number;
  large: number;
  needs?: string;
}

const HASHES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256'];
const PROBES: Probe[] = [
  ...HASHES.map((h) => ({ name: `hash ${h}`, setup: `import hashlib\nx = data(n)\nh = hashlib.${h}()`, timed: 'h.update(x)', small: 64, large: 4 << 20 })),
  ...HASHES.map((h) => ({ name: `hash-new ${h}`, setup: `import hashlib\nx = data(n)`, timed: `hashlib.${h}(x).digest()`, small: 0, large: 64 })),
  ...[1, 6, 9].map((level) => ({ name: `zlib compress ${level}`, setup: 'import zlib\nx = data(n)', timed: `zlib.compress(x, ${level})`, small: 64, large: 4 << 20 })),
  // The same on very repetitive bytes: with the text-like figure, it splits the cost between input and output bytes.
  ...[1, 6, 9].map((level) => ({ name: `zlib compress ${level} repetitive`, setup: 'import zlib\nx = (b"The quick brown fox jumps over the lazy dog. " * (n // 45 + 1))[:n]', timed: `zlib.compress(x, ${level})`, small: 64, large: 4 << 20 })),
  { name: 'zlib decompress', setup: 'import zlib\nx = zlib.compress(data(n))', timed: 'zlib.decompress(x)', small: 64, large: 4 << 20 },
  { name: 'zlib crc32', setup: 'import zlib\nx = data(n)', timed: 'zlib.crc32(x)', small: 64, large: 4 << 20 },
  { name: 'zlib adler32', setup: 'import zlib\nx = data(n)', timed: 'zlib.adler32(x)', small: 64, large: 4 << 20 },
  { name: 'numpy add', setup: 'import numpy as np\nx = np.arange(n, dtype=float)', timed: 'x + x', small: 8, large: 1 << 20, needs: 'numpy' },
  { name: 'numpy sqrt', setup: 'import numpy as np\nx = np.arange(n, dtype=float)', timed: 'np.sqrt(x)', small: 8, large: 1 << 20, needs: 'numpy' },
  { name: 'numpy sum', setup: 'import numpy as np\nx = np.arange(n, dtype=float)', timed: 'x.sum()', small: 8, large: 1 << 20, needs: 'numpy' },
  { name: 'numpy dot (per multiply-add)', setup: 'import numpy as np\nm = int(round(n ** (1/3)))\nx = np.ones((m, m))', timed: 'x.dot(x)', small: 8, large: 256 ** 3, needs: 'numpy' },
];

function bestNs(p: Probe, n: number): number | null {
  const script = `${DATA}\nn = ${n}\n${p.setup}\nimport time\nbest = 1e18\nfor _ in range(7):\n    t = time.perf_counter_ns()\n    for _ in range(REPEAT):\n        ${p.timed}\n    best = min(best, (time.perf_counter_ns() - t) / REPEAT)\nprint(best)`;
  const repeat = n <= 4096 ? 2000 : 3;
  const r = spawnSync(python, ['-c', script.replace(/REPEAT/g, String(repeat))], { encoding: 'utf8', env });
  if (r.status !== 0) {
    if (p.needs && r.stderr.includes(`No module named '${p.needs}'`)) return null;
    throw new Error(`${p.name}: ${r.stderr}`);
  }
  return Number(r.stdout.trim());
}

const version = spawnSync(python, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8', env }).stdout.trim();
console.log(`${python} ${version}`);
for (const p of PROBES) {
  const small = bestNs(p, p.small);
  const large = bestNs(p, p.large);
  if (small === null || large === null) {
    console.log(`${p.name.padEnd(30)} skipped (no ${p.needs})`);
    continue;
  }
  const per = (large - small) / (p.large - p.small);
  const fixed = Math.max(0, small - per * p.small);
  console.log(`${p.name.padEnd(30)} fixed ${fixed.toFixed(0).padStart(6)} ns   per unit ${per.toFixed(4)} ns`);
}
