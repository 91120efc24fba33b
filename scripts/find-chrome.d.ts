export const chromeCandidates: string[];
export function findChrome(): string | undefined;
export const chromeArgs: string[];
