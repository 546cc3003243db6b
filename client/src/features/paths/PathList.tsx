// The found paths, step by step. The travel direction ("Step 2: Bắc Ninh → China, against the
// link") is shown apart from the statement, which always reads in the link's own direction; each
// step says its kind: stated in an article, or reference data, and whether it passes a country hub.
import type { PathsResponse } from '../../../../common/wire.ts';
import { EdgeStatement, statementText } from '../../ui/edge-statement.tsx';
import { SourceBlock } from '../details/SourceBlock.tsx';
import { routesOf, routesSummary, type RouteStep } from './routes.ts';

type Kinds = Map<string, string>;

/** "stated in an article" / "reference data (gazetteer)", and "through the country X" for a hub. */
function stepKind(s: RouteStep, last: boolean, kinds: Kinds, name: (id: string) => string): string {
  const reference = s.edges.filter((e) => e.data.basis === 'reference').length;
  const basis =
    reference === s.edges.length
      ? 'reference data (gazetteer)'
      : reference
        ? 'stated in an article, and reference data'
        : 'stated in an article';
  const hub = !last && kinds.get(s.to) === 'Country' ? `; through the country ${name(s.to)} (a hub)` : '';
  return basis + hub;
}

export function PathList(props: { res: PathsResponse; highlighted: boolean; onClear(): void; onShow(): void }) {
  const { res } = props;
  const names = new Map(res.elements.nodes.map((n) => [n.data.id, n.data.label]));
  const kinds: Kinds = new Map(res.elements.nodes.map((n) => [n.data.id, n.data.kind]));
  const name = (id: string) => names.get(id) ?? id;
  const routes = routesOf(res.paths);
  return (
    <div>
      <p id="path-summary">{routesSummary(routes, res.paths[0]!.length)}</p>
      {props.highlighted ? (
        <button type="button" id="btn-path-clear" onClick={props.onClear}>
          Clear highlight
        </button>
      ) : (
        <button type="button" id="btn-path-show" onClick={props.onShow}>
          Show on the canvas
        </button>
      )}
      {routes.map((r, i) => (
        <div>
          <h3>
            {routes.length === res.paths.length ? 'Path' : 'Route'} {i + 1}: {r.nodeIds.map(name).join(' → ')}
          </h3>
          <ol>
            {r.steps.map((s, k) => (
              <li>
                <div class="travel">
                  Step {k + 1}: {name(s.from)} → {name(s.to)}
                  <span class="muted">{travelNote(s)}</span>
                  <span class="step-kind"> · {stepKind(s, k === r.steps.length - 1, kinds, name)}</span>
                </div>
                {s.edges.map((e) => (
                  <SourceBlock
                    data={e.data}
                    fact={statementText(name(e.data.source), e.data.type, name(e.data.target))}
                    heading={
                      <EdgeStatement
                        source={name(e.data.source)}
                        type={e.data.type}
                        target={name(e.data.target)}
                        date={e.data.date}
                        endDate={e.data.endDate}
                      />
                    }
                  />
                ))}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** Whether the step travels along its link or against it; with parallel links, how many go each way. */
function travelNote(s: RouteStep): string {
  const n = s.edges.length;
  const along = s.edges.filter((e) => e.data.source === s.from).length;
  if (n === 1) return along ? ' (along the link)' : ' (against the link’s direction)';
  const ways =
    along === n ? 'along each' : along === 0 ? 'against the direction of each' : `${along} along, ${n - along} against`;
  return ` (${n} links, ${ways})`;
}
