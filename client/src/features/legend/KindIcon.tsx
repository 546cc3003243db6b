// A node kind drawn as on the canvas (its shape and colour), for the legend and the Filters panel.
import type { NodeKind } from '../../../../common/model.ts';
import { NODE_STYLE } from '../../canvas/palette.ts';
import { shapeSvg } from '../../canvas/shapes.ts';

/** A 14 px icon from SVG markup drawn around (0, 0). */
export const Icon = ({ inner }: { inner: string }) => (
  <svg
    class="legend-icon"
    width="14"
    height="14"
    viewBox="-8 -8 16 16"
    aria-hidden="true"
    dangerouslySetInnerHTML={{ __html: inner }}
  />
);

export const KindIcon = ({ kind }: { kind: NodeKind }) => (
  <Icon inner={shapeSvg(NODE_STYLE[kind].shape, 0, 0, 13, NODE_STYLE[kind].color)} />
);
