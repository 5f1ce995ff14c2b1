export function normaliseAddress(value: string | undefined | null): string;
export function parseTrustedHops(value: string | undefined): number;
export function computeClientIp(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string;
