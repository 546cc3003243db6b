// A story view's picture in the story list: its thumbnail, or, for a view restored from a share link
// (thumbnails never travel in it) until it is shown, a sketch of its nodes and links where the view
// placed them, in their kinds' colours.
import type { NodeKind } from '../../../../common/model.ts';
import { canvas } from '../../app/context.ts';
import type { StoryView } from '../../app/types.ts';
import { NODE_STYLE } from '../../canvas/palette.ts';
import { savedRect } from './slide-viewport.ts';
import { THUMB } from './thumbnail.ts';

const W = THUMB.w / 2;
const H = THUMB.h / 2;

/** The model rectangle the sketch shows: what the view showed, else its nodes' extent. */
function sketchBox(view: StoryView) {
  const saved = savedRect(view);
  if (saved) return saved;
  const xs = view.nodes.map((n) => n.x);
  const ys = view.nodes.map((n) => n.y);
  const x = Math.min(...xs, 0);
  const y = Math.min(...ys, 0);
  return { x, y, w: Math.max(...xs, x + 1) - x, h: Math.max(...ys, y + 1) - y };
}

function Sketch({ view }: { view: StoryView }) {
  const box = sketchBox(view);
  const k = Math.min(W / box.w, H / box.h);
  const at = new Map(
    view.nodes.map((n) => [
      n.id,
      { x: W / 2 + (n.x - box.x - box.w / 2) * k, y: H / 2 + (n.y - box.y - box.h / 2) * k },
    ]),
  );
  const cy = canvas().cy;
  const links = (view.edges ?? []).flatMap((id) => {
    const e = cy.getElementById(id);
    const a = e.nonempty() ? at.get(e.source().id()) : undefined;
    const b = e.nonempty() ? at.get(e.target().id()) : undefined;
    return a && b ? [{ id, a, b }] : [];
  });
  const kind = (id: string) => cy.getElementById(id).data('kind') as NodeKind | undefined;
  return (
    <svg
      class="story-thumb story-thumb-placeholder"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label="Sketch of the view (its picture is drawn when it is shown)"
    >
      {links.map((l) => (
        <line key={l.id} x1={l.a.x} y1={l.a.y} x2={l.b.x} y2={l.b.y} />
      ))}
      {[...at].map(([id, p]) => {
        const k = kind(id);
        return <circle key={id} cx={p.x} cy={p.y} r={2.5} fill={k ? NODE_STYLE[k].color : '#7d8a99'} />;
      })}
    </svg>
  );
}

export function StoryThumb({ view, index }: { view: StoryView; index: number }) {
  if (!view.thumb) return <Sketch view={view} />;
  return <img class="story-thumb" src={view.thumb} width={W} height={H} alt={`Thumbnail of view ${index + 1}`} />;
}
