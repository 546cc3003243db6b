// A named query that leaves reference links out, as the path finder does by default (its
// `includeReference` parameter off), and found nothing: the console says so and offers the path
// finder's one-click retry, the same run with reference links and country hubs.
import { runNamedAgain, type ConsoleRun } from '../console/console-actions.ts';

const REFERENCE_PARAM = 'includeReference';

/** The run to retry with reference links, when `run` left them out and returned no row. */
export function referenceRetry(run: ConsoleRun | null, rows: number): ConsoleRun | null {
  if (!run || !('named' in run) || rows > 0 || run.params[REFERENCE_PARAM] !== false) return null;
  return { named: run.named, params: { ...run.params, [REFERENCE_PARAM]: true } };
}

export function ReferenceRetry({ run }: { run: ConsoleRun }) {
  return (
    <div class="stack" id="named-query-reference">
      <p class="muted">Nothing found over facts stated in articles (reference links and country hubs left out).</p>
      <button type="button" id="btn-named-with-reference" class="long-label" onClick={() => runNamedAgain(run)}>
        Include reference links and country hubs, and search again
      </button>
    </div>
  );
}
