// Details of the selected node or edge, as a card over the canvas's right side: properties, and
// each source: the quote with its outlet and date (or "from the gazetteer" for reference data),
// and every statement in the edge's own direction.
import type cytoscape from 'cytoscape';
import { useEffect, useState } from 'preact/hooks';
import type { EdgeType, NodeKind } from '../../../../common/model.ts';
import type { NodeDetailResponse } from '../../../../common/wire.ts';
import { api } from '../../api/client.ts';
import { errorText } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { openFullDetails } from '../../app/narrow-panels.ts';
import { canvasVersion, details, detailsCompact } from '../../app/store.ts';
import { bringIntoView, inSight } from '../../canvas/fit.ts';
import { NODE_STYLE } from '../../canvas/palette.ts';
import { EdgeStatement, edgeStatementOf, isReference, referenceNote, statementText } from '../../ui/edge-statement.tsx';
import { expandNode } from '../expand/expand.ts';
import { PLACED_BY_LINKS } from '../legend/legend-entries.ts';
import { readArticle } from './article.ts';
import { MoreQuotes, Props, SourceBlock, SourceList, SourcesNote, type SourceData } from './SourceBlock.tsx';
import { closeDetails } from '../selection/keyboard-nav.ts';

function NodeSources({ id }: { id: string }) {
  const [state, setState] = useState<NodeDetailResponse | string>('Loading sources…');
  useEffect(() => {
    let live = true;
    setState('Loading sources…');
    api.node(id).then(
      (d) => live && setState(d),
      (err) => live && setState(`Sources could not be loaded: ${errorText(err)}`),
    );
    return () => void (live = false);
  }, [id]);
  if (typeof state === 'string') return <p class={state.startsWith('Sources') ? 'error' : 'muted'}>{state}</p>;
  if (!state.edges.length) return <p class="muted">No links cite this entity.</p>;
  const me = state.node.data.label;
  return (
    <div>
      {state.edges.map((c) => {
        const [source, target] = c.direction === 'out' ? [me, c.other.data.label] : [c.other.data.label, me];
        return (
          <>
            <SourceBlock
              data={c.edge.data}
              fact={statementText(source, c.edge.data.type, target)}
              heading={
                <EdgeStatement
                  source={source}
                  type={c.edge.data.type}
                  target={target}
                  date={c.edge.data.date}
                  endDate={c.edge.data.endDate}
                />
              }
            >
              <SourcesNote data={c.edge.data} />
            </SourceBlock>
            <MoreQuotes data={c.edge.data} />
          </>
        );
      })}
    </div>
  );
}

function NodeDetails({ n }: { n: cytoscape.NodeSingular }) {
  const kind = n.data('kind') as NodeKind;
  return (
    <>
      <h2>{n.data('label')}</h2>
      <div class="muted">
        <span class="swatch" style={{ background: NODE_STYLE[kind]?.color }} /> {kind}
      </div>
      {n.hasClass('geo-derived') && <p class="muted placed-by-links">On the map: {PLACED_BY_LINKS}.</p>}
      <Props data={n.data()} />
      <div class="row">
        <button type="button" onClick={() => void expandNode(n.id())}>
          Expand neighbours
        </button>
      </div>
      <h3>Sources</h3>
      <NodeSources id={n.id()} />
    </>
  );
}

function EdgeDetails({ e }: { e: cytoscape.EdgeSingular }) {
  const type = e.data('type') as EdgeType;
  return (
    <>
      <h2 id="edge-statement">
        <EdgeStatement source={e.source().data('label')} type={type} target={e.target().data('label')} />
      </h2>
      <Props data={e.data()} />
      <h3>Sources</h3>
      <SourceList data={e.data()} />
    </>
  );
}

function EdgeTitle({ e }: { e: cytoscape.EdgeSingular }) {
  return (
    <EdgeStatement
      source={e.source().data('label')}
      type={e.data('type') as EdgeType}
      target={e.target().data('label')}
    />
  );
}

/**
 * A link's source one click away in the compact card too (its article, or that it is reference data): a link clicked with a panel open shows the
 * compact card (walk 15, 1), and the analyst clicked it for its source.
 */
function CompactSource({ el }: { el: cytoscape.SingularElementReturnValue }) {
  const data = el.data() as SourceData;
  if (el.isNode()) return null;
  // A fact from reference data says so here too (it has no article to read).
  if (isReference(data)) return <p class="reference-note">{referenceNote(data)}</p>;
  if (!data.quote || !data.article) return null;
  return (
    <button
      type="button"
      class="read-article"
      onClick={() => readArticle(data.article!, data.quote, edgeStatementOf(el as cytoscape.EdgeSingular))}
    >
      Read in the article
    </button>
  );
}

/**
 * The card compact, at the canvas's top right beside the left panel the user is working in (app/narrow-panels.ts):
 * what is selected, and "Open details" for the full card (which folds the panel).
 */
function CompactCard({ el }: { el: cytoscape.SingularElementReturnValue }) {
  return (
    <aside id="details" class="details compact canvas-overlay" aria-label="Details (compact)">
      <button type="button" class="close-x" aria-label="Close details" onClick={closeDetails}>
        ×
      </button>
      <div class="compact-title">
        {el.isNode() ? <strong>{el.data('label')}</strong> : <EdgeTitle e={el as cytoscape.EdgeSingular} />}
      </div>
      <button type="button" id="btn-open-details" onClick={openFullDetails}>
        Open details
      </button>
      <CompactSource el={el} />
    </aside>
  );
}

export function DetailsPanel() {
  const target = details.value;
  void canvasVersion.value; // re-render when the element goes away
  const el = target ? canvas().cy.getElementById(target.id) : null;
  const open = !!el && el.nonempty();
  useEffect(() => {
    // Only an element the card (or another cover) hides, or off the canvas, is brought into view: a
    // right-click's card moving to the node under the pointer moves nothing (walk 10, 10).
    if (open) requestAnimationFrame(() => inSight(canvas().cy, el!, 8) || bringIntoView(canvas().cy, el!));
  }, [target?.id, open]);
  if (!open) return null;
  if (detailsCompact.value) return <CompactCard el={el} />;
  return (
    <aside id="details" class="details canvas-overlay" aria-label="Details">
      <button type="button" class="close-x" aria-label="Close details" onClick={closeDetails}>
        ×
      </button>
      {el!.isNode() ? (
        <NodeDetails n={el as cytoscape.NodeSingular} />
      ) : (
        <EdgeDetails e={el as cytoscape.EdgeSingular} />
      )}
    </aside>
  );
}
