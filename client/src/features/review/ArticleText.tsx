// The article under review as plain text (never markup): every mention highlighted by its entity's
// kind, the focused fact's quote marked and scrolled to. A selection made in it is reported as
// offsets into the text, for a new fact or entity.
import { useEffect, useRef } from 'preact/hooks';
import type { ReviewDraft, TextSpan } from '../../../../common/wire.ts';
import { NODE_STYLE } from '../../canvas/palette.ts';
import { textRuns } from './review-text.ts';

/** Where the selection is in the text, through the runs' own start offsets; null when none. */
function selectedSpan(root: HTMLElement): (TextSpan & { text: string }) | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const at = (node: Node, offset: number) => {
    const run = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest('[data-start]');
    if (!run || !root.contains(run)) return null;
    return Number((run as HTMLElement).dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end, text: range.toString() };
}

export function ArticleText(props: {
  draft: ReviewDraft;
  quote: TextSpan | null;
  onSelect(span: (TextSpan & { text: string }) | null): void;
}) {
  const root = useRef<HTMLDivElement>(null);
  const { draft, quote } = props;
  useEffect(() => {
    root.current?.querySelector('.in-quote')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [quote?.start, quote?.end]);
  const runs = textRuns(draft.article.text, draft.entities, quote);
  return (
    <div
      id="review-text"
      class="article-text review-text"
      ref={root}
      onMouseUp={() => props.onSelect(selectedSpan(root.current!))}
      onKeyUp={() => props.onSelect(selectedSpan(root.current!))}
    >
      {runs.map((r) => {
        const cls = [r.entity ? 'mention' : '', r.quote ? 'in-quote' : ''].filter(Boolean).join(' ');
        return (
          <span
            data-start={r.start}
            class={cls || undefined}
            data-entity={r.entity?.id}
            data-kind={r.entity?.kind}
            style={r.entity ? { borderBottomColor: NODE_STYLE[r.entity.kind]?.color } : undefined}
            title={r.entity ? `${r.entity.kind}: ${r.entity.id}` : undefined}
          >
            {r.text}
          </span>
        );
      })}
    </div>
  );
}
