// What differs between the CPython versions the simulator models. Differences are data,
// read by the VM; there is one interpreter, not one per version.

export type PythonVersion = '3.11' | '3.12' | '3.13';

export interface VersionModel {
  version: PythonVersion;
  /** sys.version_info. */
  versionInfo: [number, number, number];
  versionString: string;
  /** PEP 683 (3.12+): None, True, False, small ints, static types are immortal. */
  immortalStatics: boolean;
  /** 3.12 made every interned string immortal; 3.13 only the statically allocated ones. */
  immortalInterned: boolean;
  /** Starting counts of pre-existing objects where they are mortal (3.11): environment-dependent in
   *  CPython, so programs should only ever see "large"; these are plausible values. */
  staticRefcounts: {
    None: number; True: number; False: number; Ellipsis: number; NotImplemented: number; smallInt: number; type: number;
  };
  gcThresholds: [number, number, number];
  /** locals() in a function returns a dict cached on the frame (≤ 3.12) or a fresh snapshot (PEP 667, 3.13). */
  localsCachedOnFrame: boolean;
  /** Once `obj.__dict__` was used, the collector counts the dict apart from the instance (≤ 3.12). */
  materializedDictIsSeparate: boolean;
  /** The TypeError of a class pattern whose "class" is not one: "… must be a type" (3.11), "… a class" (3.12+). */
  matchNotAClassMessage: string;
}

const mortalStatics = { None: 4000, True: 150, False: 170, Ellipsis: 20, NotImplemented: 40, smallInt: 1000000000, type: 100 };
const immortal = 4294967295;
const immortalStatics = { None: immortal, True: immortal, False: immortal, Ellipsis: immortal, NotImplemented: immortal, smallInt: immortal, type: immortal };

export const VERSIONS: Record<PythonVersion, VersionModel> = {
  '3.11': {
    version: '3.11', versionInfo: [3, 11, 7], versionString: '3.11.7 (CPython Lens model)',
    immortalStatics: false, immortalInterned: false, staticRefcounts: mortalStatics, gcThresholds: [700, 10, 10], localsCachedOnFrame: true, materializedDictIsSeparate: true,
    matchNotAClassMessage: 'called match pattern must be a type',
  },
  '3.12': {
    version: '3.12', versionInfo: [3, 12, 1], versionString: '3.12.1 (CPython Lens model)',
    immortalStatics: true, immortalInterned: true, staticRefcounts: immortalStatics, gcThresholds: [700, 10, 10], localsCachedOnFrame: true, materializedDictIsSeparate: true,
    matchNotAClassMessage: 'called match pattern must be a class',
  },
  '3.13': {
    version: '3.13', versionInfo: [3, 13, 0], versionString: '3.13.0 (CPython Lens model)',
    immortalStatics: true, immortalInterned: false, staticRefcounts: immortalStatics, gcThresholds: [2000, 10, 10], localsCachedOnFrame: false, materializedDictIsSeparate: false,
    matchNotAClassMessage: 'called match pattern must be a class',
  },
};

export function isPythonVersion(v: string): v is PythonVersion {
  return v in VERSIONS;
}
