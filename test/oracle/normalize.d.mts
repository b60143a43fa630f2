// Types for normalize.mjs (plain JavaScript so that scripts/regenerate-goldens.mjs can use it too).
export declare function relativizeCasePath(text: string, casePath: string, baseName: string): string;
export declare function normalizeStderr(stderr: string, options?: { casePath?: string; baseName?: string }): string;
