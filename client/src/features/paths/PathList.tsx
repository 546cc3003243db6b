// The found paths, step by step. The travel direction ("Step 2: Bắc Ninh → China, against the
// link") is shown apart from the statement, which always reads in the link's own direction; each
// step says its kind: stated in an article, or reference data, and whether it passes a country hub.
import type { PathsResponse } from '../../../../common/wire.ts';
import { EdgeStatement } from '../../ui/edge-statement.tsx';
import { SourceBlock } from '../details/SourceBlock.tsx';

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

type Kinds = Map<string, string>;

/** "stated in an article" / "reference data (gazetteer)", and "through the country X" for a hub. */
function stepKind(
  s: PathsResponse['paths'][number]['steps'][number],
  last: boolean,
  kinds: Kinds,
  name: (id: string) => string,
): string {
  const basis = s.edge.data.basis === 'reference' ? 'reference data (gazetteer)' : 'stated in an article';
  const hub = !last && kinds.get(s.to) === 'Country' ? `; through the country ${name(s.to)} (a hub)` : '';
  return basis + hub;
}

export function PathList(props: { res: PathsResponse; highlighted: boolean; onClear(): void; onShow(): void }) {
  const { res } = props;
  const names = new Map(res.elements.nodes.map((n) => [n.data.id, n.data.label]));
  const kinds: Kinds = new Map(res.elements.nodes.map((n) => [n.data.id, n.data.kind]));
  const name = (id: string) => names.get(id) ?? id;
  const first = res.paths[0]!;
  return (
    <div>
      <p id="path-summary">
        {plural(res.paths.length, 'path')} of {plural(first.length, 'step')}.
      </p>
      {props.highlighted ? (
        <button type="button" id="btn-path-clear" onClick={props.onClear}>
          Clear highlight
        </button>
      ) : (
        <button type="button" id="btn-path-show" onClick={props.onShow}>
          Show on the canvas
        </button>
      )}
      {res.paths.map((p, i) => (
        <div>
          <h3>
            Path {i + 1}: {p.nodeIds.map(name).join(' → ')}
          </h3>
          <ol>
            {p.steps.map((s, k) => {
              const d = s.edge.data;
              const along = d.source === s.from;
              return (
                <li>
                  <div class="travel">
                    Step {k + 1}: {name(s.from)} → {name(s.to)}
                    <span class="muted">{along ? ' (along the link)' : ' (against the link’s direction)'}</span>
                    <span class="step-kind"> · {stepKind(s, k === p.steps.length - 1, kinds, name)}</span>
                  </div>
                  <SourceBlock
                    data={d}
                    heading={
                      <EdgeStatement
                        source={name(d.source)}
                        type={d.type}
                        target={name(d.target)}
                        date={d.date}
                        endDate={d.endDate}
                      />
                    }
                  />
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </div>
  );
}
