// The path finder's search: the form's ends and options sent to the server, and the result kept
// in the store (path-state.ts); the Find button draws what it found, a share link being opened
// shows it as the link had it (path-share.ts).
import { EDGE_TYPES } from '../../../../common/model.ts';
import { MAX_PATH_HOPS, PathHops } from '../../../../common/wire.ts';
import { api } from '../../api/client.ts';
import { errorText } from '../../app/canvas-actions.ts';
import { clearPathHighlight, drawPaths } from './draw-paths.ts';
import { pathForm, pathResult, type PathResult } from './path-state.ts';

/** The paths the form asks for, or the message saying why there are none; the canvas is left alone. */
export async function searchPaths(withReference = pathForm.peek().includeReference): Promise<NonNullable<PathResult>> {
  const { from, to, hops, types, mode } = pathForm.peek();
  if (!from || !to)
    return { kind: 'message', text: 'Choose both ends from the suggestions (or take the selected node).', error: true };
  // Said in the panel, in words (walk 11, 6: the validator's text, or only the browser's bubble).
  if (from.data.id === to.data.id)
    return { kind: 'message', text: 'Choose two different places: a path needs two ends.', error: true };
  const hopsOk = PathHops.safeParse(hops);
  if (!hopsOk.success) return { kind: 'message', text: `${hopsOk.error.issues[0]!.message}.`, error: true };
  try {
    const ask = (prefer: 'any' | 'stated', maxHops = hops) =>
      api.paths({
        from: from.data.id,
        to: to.data.id,
        maxHops,
        types: types.length < EDGE_TYPES.length ? types : undefined,
        mode,
        prefer,
      });
    const res = await ask(withReference ? 'any' : 'stated');
    if (res.paths.length) return { kind: 'paths', res };
    // Whether reference links would do, said at once: Liu Yun to Beijing took three tries, 4 hops,
    // then 6, then reference links, where only a country hub joins them (walk 28, 11).
    // What to try next, each one click away: the hops a path needs, where the field's most finds
    // one (walk 30: 6 hops offered, then 8, where none was), and reference links. Both asked at once.
    // Reference links asked as far as the field goes: asked within the hops set, Liu Yun to You Jun
    // offered them, then said no path within 4 hops, try 5 (walk 34, C6); the offer now brings its hops.
    const [reference, longest] = await Promise.all([
      withReference ? undefined : ask('any', MAX_PATH_HOPS),
      hops < MAX_PATH_HOPS ? ask(withReference ? 'any' : 'stated', MAX_PATH_HOPS) : undefined,
    ]);
    const shortest = (r?: typeof res) => (r?.paths.length ? Math.min(...r.paths.map((p) => p.length)) : undefined);
    const viaReference = shortest(reference);
    const more = shortest(longest);
    const tries = [more ? `${more} hops` : '', viaReference ? 'reference links and country hubs' : ''];
    const next = tries.filter(Boolean).join(' or ');
    return {
      kind: 'message',
      text:
        (withReference
          ? `No path within ${hops} hops over the chosen edge types.`
          : `No path within ${hops} hops over facts stated in articles (reference links and country hubs left out).`) +
        (longest && !more ? ` None within ${MAX_PATH_HOPS} hops either.` : '') +
        (viaReference
          ? ` With reference links and country hubs there is one of ${viaReference} step${viaReference === 1 ? '' : 's'}.`
          : reference
            ? ` None within ${MAX_PATH_HOPS} hops with reference links and country hubs either.`
            : '') +
        (next ? ` Try ${next}:` : ''),
      offerReference: viaReference ? { hops: Math.max(hops, viaReference) } : undefined,
      offerHops: more,
    };
  } catch (err) {
    return { kind: 'message', text: `Path search failed: ${errorText(err)}`, error: true };
  }
}

/** The Find button: the old highlight goes, the search runs, and the paths found are drawn and highlighted. */
export async function findPaths(withReference = pathForm.peek().includeReference): Promise<void> {
  const { from, to } = pathForm.peek();
  if (from && to) {
    clearPathHighlight();
    pathResult.value = { kind: 'message', text: 'Finding paths…' };
  }
  const result = await searchPaths(withReference);
  pathResult.value = result;
  if (result.kind === 'paths') await drawPaths(result.res);
}
