export const MARKER: string;
export function isPatched(root: string): boolean;
export function patchPostgres(root: string): void;
