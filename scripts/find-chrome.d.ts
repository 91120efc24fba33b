export const chromeCandidates: string[];
export function findChrome(): string | undefined;
