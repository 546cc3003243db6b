// Every statement the UI makes about an edge reads in the edge's direction: "China —INVESTED_IN→
// Bắc Ninh", whichever way a path travels over it. One text form (tables, exports, tooltips) and
// one component (panels) so that no view words it its own way.
import type cytoscape from 'cytoscape';
import type { EdgeType } from '../../../common/model.ts';
import { linkDateText } from '../../../common/text/dates.ts';
import { EDGE_COLOR } from '../canvas/palette.ts';

export function statementText(source: string, type: string, target: string): string {
  return `${source} —${type}→ ${target}`;
}

/** statementText of a link on the canvas, its ends by their names. */
export const edgeStatementOf = (e: cytoscape.EdgeSingular): string =>
  statementText(String(e.source().data('label')), String(e.data('type')), String(e.target().data('label')));

/** `date`/`endDate`: the link's own (ISO, possibly partial), worded by linkDateText. */
export function EdgeStatement(props: {
  source: string;
  type: EdgeType | string;
  target: string;
  date?: string;
  endDate?: string;
}) {
  const color = EDGE_COLOR[props.type as EdgeType] ?? '#555';
  const when = linkDateText(props);
  return (
    <span class="statement">
      <strong>{props.source}</strong>{' '}
      <span class="edge-type" style={{ color, borderColor: color }}>
        —{props.type}→
      </span>{' '}
      <strong>{props.target}</strong>
      {when ? <span class="muted link-date"> · {when}</span> : null}
    </span>
  );
}

/** A fact from the gazetteer or other reference data rather than stated by an article. */
export function isReference(data: { basis?: unknown }): boolean {
  return data.basis === 'reference';
}

export const REFERENCE_NOTE = 'From the gazetteer (reference data), not stated by an article.';

/**
 * Where a reference fact comes from, in words: the gazetteer, or what it was inferred from ("the
 * name of the body ("Hanoi People's Committee")"), never "the gazetteer" for an inference.
 */
export function referenceNote(data: { referenceSource?: unknown }): string {
  const source = typeof data.referenceSource === 'string' ? data.referenceSource : '';
  if (!source || source.startsWith('gazetteer')) return REFERENCE_NOTE;
  return `Inferred from ${source} (reference data), not stated by an article.`;
}
