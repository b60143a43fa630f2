// Types for pythons.mjs.
export interface Interpreter {
  /** The clean venv's interpreter. */
  exe: string;
  /** Its sys.version. */
  full: string;
  /** The install's interpreter the venv was made from. */
  base: string;
  /** The install's site-packages (thirdPartyEnv). */
  sitePackages: string[];
}
export declare const VERSIONS: string[];
export declare const TIMEOUT_MS: number;
export declare const VENVS_DIR: string;
export declare function findInterpreter(version: string): Interpreter | undefined;
export declare function findBaseInterpreter(version: string): { exe: string; full: string; version: string } | undefined;
export declare function pythonEnv(): Record<string, string>;
export declare function thirdPartyEnv(interpreter: Interpreter): Record<string, string>;
