export function instancesWanted(env: Record<string, string | undefined>, log?: (message: string) => void): number;
export const BOOTED: string;
export function runPrimary(n: number): Promise<void>;
