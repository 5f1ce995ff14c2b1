export const MARKER: string;
export function connectionFiles(root: string): string[];
export function isPatched(root: string): boolean;
export function patchPostgres(root: string): void;
