// What other features ask of the console: open a query in it (Copy as Cypher, a named query's
// "Open in editor"). The console keeps what was in the editor in its history before replacing it.
import { signal } from '@preact/signals';
import { openPanel } from '../../app/store.ts';

export interface ConsoleRequest {
  query: string;
  params?: Record<string, unknown>;
  seq: number;
}

export const consoleRequest = signal<ConsoleRequest | null>(null);
let seq = 0;

export function openInConsole(query: string, params?: Record<string, unknown>): void {
  consoleRequest.value = { query, params, seq: ++seq };
  openPanel('cypher');
}
