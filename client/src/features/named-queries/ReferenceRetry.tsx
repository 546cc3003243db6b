// A named query that leaves reference links out, as the path finder does by default (its
// `includeReference` parameter off), and found nothing: the console says so and offers the path
// finder's one-click retries: the hops a path over the same links needs, where the most hops find
// one (asked once, as the path finder asks), and the same run with reference links and country hubs.
import { useEffect, useState } from 'preact/hooks';
import { MAX_PATH_HOPS } from '../../../../common/wire.ts';
import { api } from '../../api/client.ts';
import { runNamedAgain, type ConsoleRun } from '../console/console-actions.ts';

const REFERENCE_PARAM = 'includeReference';
/** The paths query's longest path considered, and its answer's column of each path's length. */
const HOPS_PARAM = 'maxHops';
const HOPS_COLUMN = 'hops';

type NamedRun = { named: string; params: Record<string, unknown> };

/** The run to retry with reference links, when `run` left them out and returned no row. */
export function referenceRetry(run: ConsoleRun | null, rows: number): NamedRun | null {
  if (!run || !('named' in run) || rows > 0 || run.params[REFERENCE_PARAM] !== false) return null;
  return { named: run.named, params: { ...run.params, [REFERENCE_PARAM]: true } };
}

/**
 * The hops the shortest path over the same links needs, asked at the most hops allowed; null when
 * there is none there either, or `run` has no hops below the most (walk 31, 4: the named query
 * offered only reference links where the path finder found a 6-step path of stated facts).
 */
function useHopsNeeded(run: NamedRun): number | null {
  const [needed, setNeeded] = useState<number | null>(null);
  const hops = Number(run.params[HOPS_PARAM]);
  useEffect(() => {
    setNeeded(null);
    if (!(hops < MAX_PATH_HOPS)) return;
    let live = true;
    const stated = { ...run.params, [REFERENCE_PARAM]: false, [HOPS_PARAM]: MAX_PATH_HOPS };
    api
      .runQuery(run.named, stated)
      .then((res) => {
        const at = res.columns.indexOf(HOPS_COLUMN);
        const lengths = res.rows.map((r) => Number(r[at])).filter(Number.isFinite);
        if (live && at >= 0 && lengths.length) setNeeded(Math.min(...lengths));
      })
      .catch(() => undefined); // no offer: the reference retry still stands
    return () => void (live = false);
  }, [run.named, JSON.stringify(run.params)]);
  return needed;
}

export function ReferenceRetry({ run }: { run: NamedRun }) {
  const needed = useHopsNeeded(run);
  const stated = { ...run.params, [REFERENCE_PARAM]: false };
  return (
    <div class="stack" id="named-query-reference">
      <p class="muted">
        Nothing found over facts stated in articles (reference links and country hubs left out)
        {needed ? `; a path of them needs ${needed} hops.` : '.'}
      </p>
      {needed ? (
        <button
          type="button"
          id="btn-named-more-hops"
          class="long-label"
          onClick={() => runNamedAgain({ named: run.named, params: { ...stated, [HOPS_PARAM]: needed } })}
        >
          Search again with {needed} hops
        </button>
      ) : null}
      <button type="button" id="btn-named-with-reference" class="long-label" onClick={() => runNamedAgain(run)}>
        Include reference links and country hubs, and search again
      </button>
    </div>
  );
}
