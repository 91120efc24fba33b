export function binDir(): string;
export function startCluster(settings?: Record<string, string | number>): Promise<{
  url: string;
  version: string;
  log: string;
  dir: string;
  stop: () => void;
}>;
