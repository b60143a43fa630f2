// Types for case-requirements.mjs.
export declare function requiredModules(source: string): string[];
