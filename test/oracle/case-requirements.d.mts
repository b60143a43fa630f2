// Types for case-requirements.mjs.
export declare function requiredModules(source: string): string[];
export declare function caseStdin(caseFile: string): string | undefined;
export declare function touchesFiles(caseId: string): boolean;
export declare function caseModules(caseFile: string): Record<string, string> | undefined;
export declare function caseModulesFolder(caseFile: string): string;
