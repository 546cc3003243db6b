// What other features ask of the console: open a query in it (Copy as Cypher, a named query's
// "Open in editor"), or fill and run a shared run (a share link). The console keeps what was in the
// editor in its history before replacing it, and says which run its result came from.
import { signal } from '@preact/signals';
import { openPanel } from '../../app/store.ts';

export interface ConsoleRequest {
  query: string;
  params?: Record<string, unknown>;
  /** The editor takes the keyboard (the user opened the query to run or edit it: Ctrl+Enter runs it at once). */
  focus?: boolean;
  seq: number;
}

export const consoleRequest = signal<ConsoleRequest | null>(null);
let seq = 0;

/** The query into the editor, the Cypher panel open and the editor focused (walk 10, 6). */
export function openInConsole(query: string, params?: Record<string, unknown>): void {
  fillConsole(query, params, true);
  openPanel('cypher');
}

/** The query into the editor, the panel left as it is (and the focus, unless `focus`). */
export function fillConsole(query: string, params?: Record<string, unknown>, focus = false): void {
  consoleRequest.value = { query, params, focus, seq: ++seq };
}

/** A run of the console: a named query by its file name, or the console's own query; with its parameters. */
export type ConsoleRun =
  { named: string; params: Record<string, unknown> } | { query: string; params: Record<string, unknown> };

/** The run whose result (table and highlight) the console shows now; a share link carries it. */
export const shownRun = signal<ConsoleRun | null>(null);

/**
 * A run asked for by a share link being opened: the console fills its form and runs it. `quiet`
 * (another panel is open): only its table is made, the canvas is left as the link has it.
 */
export const runRequest = signal<{ run: ConsoleRun; quiet: boolean; seq: number } | null>(null);

/** Settles the promise of the share link's run asked for last (see requestRun). */
let settleShared: (() => void) | null = null;

/** The promise settles once the run has shown its result or error (ConsolePanel calls sharedRunShown). */
export function requestRun(run: ConsoleRun, quiet: boolean): Promise<void> {
  settleShared?.();
  const shown = new Promise<void>((resolve) => (settleShared = resolve));
  runRequest.value = { run, quiet, seq: ++seq };
  return shown;
}

/** A named run again with other parameters (a retry the result offers): its form is filled, and it runs. */
export function runNamedAgain(run: ConsoleRun): void {
  runRequest.value = { run, quiet: false, seq: ++seq };
}

/** A run has shown its result: a share link waiting on its run goes on (its view comes back over it). */
export function sharedRunShown(): void {
  settleShared?.();
  settleShared = null;
}
