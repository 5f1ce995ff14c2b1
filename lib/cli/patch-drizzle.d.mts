export declare const MARKER: string;
export declare function isPatched(root: string): boolean;
export declare function patchDrizzle(root: string): string[];
