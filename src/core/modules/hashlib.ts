// hashlib, as CPython builds it on OpenSSL (Modules/_hashopenssl.c): md5, sha1, the sha2 and sha3
// families, hashlib.new, and the _hashlib.HASH objects they return. Digests are exact
// (@noble/hashes, pure JS, so the core also runs in a browser).
//
// The GIL (same rule in 3.11, 3.12 and 3.13; Modules/hashlib.h: HASHLIB_GIL_MINSIZE = 2048):
// - the constructor hashes its data with the GIL released when it has >= 2048 bytes;
// - update() does too, and from then on the object has a lock (3.11/3.12 `self->lock`, 3.13
//   `use_mutex`), so every later update() of that object releases the GIL, whatever its size;
// - digest(), hexdigest() and copy() keep the GIL (ENTER_HASHLIB only takes the object's lock).
// Not modelled: a second thread blocking on the object's lock while another one updates it.
// [unverified] CPython's main branch (3.14+) tests `len > HASHLIB_GIL_MINSIZE` in its new
// HASHLIB_EXTERNAL_INSTRUCTIONS macros: exactly 2048 bytes would keep the GIL there.

import type { CHash, Hash } from '@noble/hashes/utils.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { sha3_224, sha3_256, sha3_384, sha3_512 } from '@noble/hashes/sha3.js';
import type { PyObject } from '../objects/object';
import { PyStr } from '../objects/atoms';
import { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import type { PyModule } from '../objects/instances';
import { PyNativeObject } from '../objects/native-object';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { method, arity } from '../builtins/define';
import { setName, setAdd } from '../runtime/dicts';
import { bufferBytes } from '../runtime/buffers';
import { address } from '../runtime/repr';
import { compute, computeHoldingGil } from '../threads/native-work';
import { HASH_UPDATE, HASH_NEW_NS, HASH_DIGEST_NS, costOf } from '../threads/native-costs';
import { Cause } from '../trace/events';

/** Modules/hashlib.h. */
export const HASHLIB_GIL_MINSIZE = 2048;

type Hasher = Hash<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ALGORITHMS: Record<string, CHash> = { md5, sha1, sha224, sha256, sha384, sha512, sha3_224, sha3_256, sha3_384, sha3_512 };

/** hashlib.algorithms_guaranteed (the same set in 3.11-3.13); the ones without a constructor here are not modelled. */
const GUARANTEED = ['blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512', 'shake_128', 'shake_256'];

/** Data fed but not hashed yet: hashing waits until a digest is asked for (bounded, see feed). */
const MAX_PENDING_BYTES = 64 << 20;

/** A _hashlib.HASH (EVPobject). */
export class PyHash extends PyNativeObject {
  /** Set by the first update() of >= HASHLIB_GIL_MINSIZE bytes: later updates all release the GIL. */
  hasLock = false;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  constructor(type: PyType, readonly algorithm: string, private readonly hasher: Hasher) {
    super(type);
  }
  /**
   * Feeds data. The JS hashing runs when a digest is read (programs that only time hashing never
   * pay for it); `owned` data is immutable (bytes) and kept by reference, other buffers are copied.
   */
  feed(data: Uint8Array, owned: boolean): void {
    this.pending.push(owned ? data : data.slice());
    this.pendingBytes += data.length;
    if (this.pendingBytes > MAX_PENDING_BYTES) this.settle();
  }
  /** The hash state with everything fed so far. */
  settle(): Hasher {
    for (const chunk of this.pending) this.hasher.update(chunk);
    this.pending = [];
    this.pendingBytes = 0;
    return this.hasher;
  }
  nativeAttribute(vm: VM, name: string): PyObject | null {
    if (name === 'name') return vm.newStr(this.algorithm);
    if (name === 'digest_size') return vm.newInt(ALGORITHMS[this.algorithm].outputLen);
    if (name === 'block_size') return vm.newInt(ALGORITHMS[this.algorithm].blockLen);
    return null;
  }
  override nativeRepr(): string {
    return `<${this.algorithm} _hashlib.HASH object @ ${address(this)}>`;
  }
}

const hashTypes = new WeakMap<VM, PyType>();

function hashType(vm: VM): PyType {
  let t = hashTypes.get(vm);
  if (t) return t;
  t = new PyType(vm.t.type, 'HASH', 'object');
  t.bases = [vm.t.object];
  t.mro = [t, vm.t.object];
  t.dict = new PyDict(vm.t.dict);
  t.module = '_hashlib';
  t.immortal = true;
  hashTypes.set(vm, t);
  installMethods(vm, t);
  return t;
}

/** GET_BUFFER_VIEW_OR_ERROUT. */
function dataOf(vm: VM, o: PyObject): { bytes: Uint8Array; immutable: boolean } {
  if (o instanceof PyStr) throw vm.error('TypeError', 'Strings must be encoded before hashing');
  const bytes = bufferBytes(vm, o);
  if (!bytes) throw vm.error('TypeError', 'object supporting the buffer API required');
  return { bytes, immutable: o.type === vm.t.bytes };
}

function hexOf(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

function installMethods(vm: VM, type: PyType): void {
  method(vm, type, 'update', function* (args, _kwargs, self): Native {
    arity(vm, 'HASH.update', args, 1);
    const h = self as PyHash;
    const { bytes, immutable } = dataOf(vm, args[0]);
    if (!h.hasLock && bytes.length >= HASHLIB_GIL_MINSIZE) h.hasLock = true;
    h.feed(bytes, immutable);
    yield* compute(vm, `${h.algorithm}.update`, costOf(HASH_UPDATE[h.algorithm], bytes.length), h.hasLock);
    return vm.newNone();
  });
  method(vm, type, 'digest', (args, _kwargs, self) => {
    arity(vm, 'HASH.digest', args, 0);
    computeHoldingGil(vm, HASH_DIGEST_NS);
    return vm.newBytes((self as PyHash).settle().clone().digest());
  });
  method(vm, type, 'hexdigest', (args, _kwargs, self) => {
    arity(vm, 'HASH.hexdigest', args, 0);
    computeHoldingGil(vm, HASH_DIGEST_NS);
    return vm.newStr(hexOf((self as PyHash).settle().clone().digest()));
  });
  method(vm, type, 'copy', (args, _kwargs, self) => {
    arity(vm, 'HASH.copy', args, 0);
    const h = self as PyHash;
    computeHoldingGil(vm, HASH_NEW_NS);
    return vm.track(new PyHash(type, h.algorithm, h.settle().clone()));
  });
}

/** Argument Clinic's error for a keyword the function does not take (worded differently from 3.13). */
function unknownKeyword(vm: VM, fname: string, key: string): never {
  if (vm.options.version.clinicUnexpectedKeywordMessage) throw vm.error('TypeError', `${fname}() got an unexpected keyword argument '${key}'`);
  throw vm.error('TypeError', `'${key}' is an invalid keyword argument for ${fname}()`);
}

/** A new hash object of `algorithm` fed `data` (py_evp_fromname): the GIL is released for >= 2048 bytes. */
function* newHash(vm: VM, algorithm: string, data: PyObject | null): Native {
  const fed = data ? dataOf(vm, data) : null;
  const h = vm.track(new PyHash(hashType(vm), algorithm, ALGORITHMS[algorithm].create()));
  computeHoldingGil(vm, HASH_NEW_NS);
  if (fed && fed.bytes.length) {
    h.feed(fed.bytes, fed.immutable);
    yield* compute(vm, `hashlib.${algorithm}`, costOf(HASH_UPDATE[algorithm], fed.bytes.length), fed.bytes.length >= HASHLIB_GIL_MINSIZE);
  }
  return h;
}

/** openssl_<name>(string=b'', *, usedforsecurity=True). */
function constructor(vm: VM, algorithm: string) {
  const fname = `openssl_${algorithm}`;
  return function* (args: PyObject[], kwargs: Map<string, PyObject> | null): Native {
    if (args.length > 1) throw vm.error('TypeError', `${fname}() takes at most 1 positional argument (${args.length} given)`);
    let data = args[0] ?? null;
    for (const [key, value] of kwargs ?? []) {
      if (key === 'string' || (key === 'data' && vm.options.version.hashlibDataKeyword)) {
        if (data) throw vm.error('TypeError', `argument for ${fname}() given by name ('${key}') and position (1)`);
        data = value;
      } else if (key !== 'usedforsecurity') unknownKeyword(vm, fname, key);
    }
    return yield* newHash(vm, algorithm, data);
  };
}

export function createHashlib(vm: VM, module: PyModule): void {
  const d = module.dict;
  for (const algorithm of Object.keys(ALGORITHMS)) {
    setName(vm, d, algorithm, vm.newBuiltin(`openssl_${algorithm}`, constructor(vm, algorithm)), true);
  }
  // What hashlib has beyond the algorithms modelled here stops the run as not modelled (never an AttributeError).
  for (const name of ['pbkdf2_hmac', 'scrypt', 'file_digest']) {
    setName(vm, d, name, vm.newBuiltin(name, () => {
      throw vm.unsupported(`hashlib.${name}`);
    }), true);
  }
  for (const algorithm of GUARANTEED.filter((a) => !(a in ALGORITHMS))) {
    setName(vm, d, algorithm, vm.newBuiltin(algorithm, () => {
      throw vm.unsupported(`hashlib.${algorithm}`);
    }), true);
  }
  // hashlib.new is Python code in hashlib.py (__hash_new) calling _hashlib.new.
  setName(vm, d, 'new', vm.newBuiltin('__hash_new', function* (args, kwargs): Native {
    if (args.length > 2) throw vm.error('TypeError', `__hash_new() takes from 1 to 2 positional arguments but ${args.length} were given`);
    const name = args[0] ?? kwargs?.get('name') ?? null;
    if (!name) throw vm.error('TypeError', "__hash_new() missing 1 required positional argument: 'name'");
    if (!(name instanceof PyStr)) {
      if (vm.options.version.hashlibDataKeyword) throw vm.error('TypeError', `new() argument 'name' must be str, not ${name.type.name}`);
      throw vm.error('TypeError', 'name must be a string');
    }
    let data = args[1] ?? kwargs?.get('data') ?? null;
    for (const [key, value] of kwargs ?? []) {
      if (key === 'name' || key === 'data' || key === 'usedforsecurity') continue;
      if (key === 'string') data = value;
      else unknownKeyword(vm, 'new', key);
    }
    const algorithm = name.value.toLowerCase();
    if (GUARANTEED.includes(algorithm) && !(algorithm in ALGORITHMS)) throw vm.unsupported(`hashlib.new('${algorithm}')`);
    if (!(algorithm in ALGORITHMS)) throw vm.error('ValueError', `unsupported hash type ${name.value}`);
    return yield* newHash(vm, algorithm, data);
  }), true);
  const names = (list: string[]): PyObject => {
    const set = vm.newSet(true);
    for (const n of list) {
      const s = vm.newStr(n);
      setAdd(vm, set, s);
      vm.decref(s, Cause.Stack);
    }
    return set;
  };
  setName(vm, d, 'algorithms_guaranteed', names(GUARANTEED), true);
  setName(vm, d, 'algorithms_available', names(GUARANTEED), true);
}
