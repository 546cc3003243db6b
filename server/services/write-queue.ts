// Writes that read the graph and then rewrite part of it (approving, retracting, reloading) run
// one at a time in this process, so two of them never re-corroborate the same fact from the same
// stale reading. Reads are never queued.
let tail: Promise<unknown> = Promise.resolve();

export function serialWrite<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work);
  tail = run.catch(() => undefined);
  return run;
}
