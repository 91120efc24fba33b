import type { ChildProcess } from 'node:child_process';
export const demoPages: {
  notes: 'backorder-table';
  alertes: 'availability-watchlist';
  logistique: 'shipment-tracker';
  dossier: 'order-timeline';
  cas: 'case-journal';
};
export function startDemoServer(dataDir: string, args?: string[]): Promise<{ server: ChildProcess; base: string }>;
export function serverArgs(dataDir: string, args?: string[]): string[];
export function serverEnv(dataDir: string): NodeJS.ProcessEnv;
