// The export panel: PNG (1-4x, white or transparent) and SVG of the view, with an optional title,
// caption, legend and numbered sources (numbers on the cited edges match the list); the view's
// data as Cytoscape JSON, GraphML, CSV; and the whole graph from the server within the filters
// as they are now.
import { signal } from '@preact/signals';
import type cytoscape from 'cytoscape';
import { useState } from 'preact/hooks';
import { toSearchParams } from '../../app/api-query.ts';
import { errorText } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { canvasVersion, filters, layoutName } from '../../app/store.ts';
import type { FilterState } from '../../app/types.ts';
import { shown } from '../../canvas/visibility.ts';
import { filtersHidingAll } from '../filters/filter-empty.ts';
import { exportData, exportPng, exportSvg, type DataFormat, type PictureOptions } from './export-actions.ts';

function ServerLinks() {
  // Read at render time from the store: the links follow every filter change at once.
  const f = filters.value;
  const link = (label: string, extra: Record<string, string>) => (
    <a href={`/api/export?${toSearchParams(f, extra)}`} download="">
      {label}
    </a>
  );
  return (
    <>
      <h3>Whole graph from the server</h3>
      <div class="row" id="server-export">
        {link('GraphML', { format: 'graphml' })}
        {link('CSV nodes', { format: 'csv', part: 'nodes' })}
        {link('CSV edges', { format: 'csv', part: 'edges' })}
        {link('JSON', { format: 'json' })}
      </div>
      <p class="muted">Everything in the database within the current filters, not only the canvas.</p>
    </>
  );
}

function DataButtons({ onExport }: { onExport(what: DataFormat): () => void }) {
  const buttons: [DataFormat, string, string][] = [
    ['json', 'btn-export-json', 'Cytoscape JSON'],
    ['graphml', 'btn-export-graphml', 'GraphML'],
    ['nodes', 'btn-export-nodes', 'CSV nodes'],
    ['edges', 'btn-export-edges', 'CSV edges'],
  ];
  return (
    <div class="row">
      {buttons.map(([what, id, label]) => (
        <button type="button" id={id} onClick={onExport(what)}>
          {label}
        </button>
      ))}
    </div>
  );
}

interface PictureFieldsState {
  title: string;
  caption: string;
  legend: boolean;
  sources: boolean;
  scale: number;
  bg: 'white' | 'transparent';
  /** The canvas the title and caption were typed for (canvasKey). */
  typedFor: string;
}

/**
 * What the canvas shows, to tell the canvas a title was typed for from a later one: its layout and
 * its shown nodes (not the zoom: a title stays while the user zooms, saves a view or opens Story).
 */
function canvasKey(): string {
  void canvasVersion.value;
  void filters.value;
  const ids = shown(canvas().cy.nodes())
    .map((n) => n.id())
    .sort();
  return `${layoutName.value}|${ids.join(',')}`;
}

/**
 * What the picture fields hold, kept here rather than in the panel: the panel unmounts when another
 * tab (Story) opens, and a typed title and caption must be there when it comes back.
 */
const pictureFields = signal<PictureFieldsState>({
  title: '',
  caption: '',
  legend: true,
  sources: false,
  scale: 2,
  bg: 'white',
  typedFor: '',
});

/**
 * The title and caption typed in the panel for the canvas as it is now (empty for another canvas):
 * a view saved into the story takes them (walk 23, 1: typed here "for the slide", they were lost).
 */
export function typedPictureText(): { title: string; caption: string } {
  const kept = pictureFields.peek();
  return kept.typedFor === canvasKey()
    ? { title: kept.title.trim(), caption: kept.caption.trim() }
    : { title: '', caption: '' };
}

/**
 * A story view shown on the canvas (Show) gives the picture fields its title and caption, unless some
 * are typed for this canvas already: after Show the Export tab's fields were empty, the view's words
 * to be typed again (walk 34, C7).
 */
export function offerViewText(view: { title: string; caption: string }): void {
  const kept = pictureFields.peek();
  const key = canvasKey();
  if (kept.typedFor === key && (kept.title.trim() || kept.caption.trim())) return;
  if (!view.title.trim() && !view.caption.trim()) return;
  pictureFields.value = { ...kept, title: view.title, caption: view.caption, typedFor: key };
}

/**
 * Why there is nothing to export, as it is: an empty canvas, or nodes all hidden (by which filters,
 * or by hand); null when something shows.
 */
export function nothingShown(cy: cytoscape.Core, f: FilterState): string | null {
  if (shown(cy.elements()).nonempty()) return null;
  const n = cy.nodes().length;
  if (!n) return 'The canvas is empty: put something on it first.';
  const culprits = filtersHidingAll(cy, f);
  if (culprits)
    return `Every node on the canvas (${n}) is hidden by filters: ${culprits.map((c) => c.label).join('; ')}. Change them in Filters to export.`;
  if (cy.nodes('.filtered').empty())
    return `Every node on the canvas (${n}) is hidden by hand: "Show hidden" brings them back.`;
  return `Every node on the canvas (${n}) is hidden, by filters or by hand: change the filters or press "Show hidden".`;
}

export function ExportPanel() {
  // A title and caption typed for an earlier canvas (another layout, other nodes) do not name this
  // one, nor its files: the fields start empty again for it.
  const key = canvasKey();
  const kept = pictureFields.value;
  const pic = kept.typedFor === key ? kept : { ...kept, title: '', caption: '' };
  const setPic = (next: PictureFieldsState) => (pictureFields.value = next);
  const [note, setNote] = useState<{ text: string; error?: boolean }>({ text: '' });

  const picture = (): PictureOptions => ({
    title: pic.title.trim() || undefined,
    caption: pic.caption.trim() || undefined,
    legend: pic.legend,
    sources: pic.sources,
    scale: pic.scale,
    background: pic.bg,
  });
  const guard = (fn: () => Promise<string> | string) => async () => {
    const nothing = nothingShown(canvas().cy, filters.value);
    if (nothing) return setNote({ text: nothing, error: true });
    setNote({ text: 'Exporting…' });
    try {
      setNote({ text: await fn() });
    } catch (err) {
      setNote({ text: `Export failed: ${errorText(err)}`, error: true });
    }
  };
  const png = guard(() => exportPng(picture()));
  const svg = guard(() => exportSvg(picture()));
  const data = (what: DataFormat) => guard(() => exportData(what, pic.title.trim()));

  return (
    <section class="panel" aria-label="Export">
      <h2>Export the view</h2>
      <div class="stack">
        <PictureFields pic={pic} set={(patch) => setPic({ ...pic, ...patch, typedFor: key })} />
        {pic !== kept && (kept.title.trim() || kept.caption.trim()) && (
          <EarlierTitle kept={kept} reuse={() => setPic({ ...kept, typedFor: key })} />
        )}
        <div class="row">
          <button type="button" id="btn-export-png" class="primary" onClick={png}>
            PNG
          </button>
          <button type="button" id="btn-export-svg" class="primary" onClick={svg}>
            SVG
          </button>
        </div>
        <h3>Data</h3>
        <DataButtons onExport={data} />
        <p id="export-note" class={note.error ? 'error' : 'muted'} role="status">
          {note.text}
        </p>
        <p class="muted">Exports hold what is visible on the canvas (filtered and hidden elements are left out).</p>
        <ServerLinks />
      </div>
    </section>
  );
}

/**
 * The title and caption typed for the canvas before, offered back in one click: they are not put on
 * this canvas's files unasked (walk 6, 18), nor lost with a layout switch (walk 18, 3).
 */
function EarlierTitle({ kept, reuse }: { kept: PictureFieldsState; reuse(): void }) {
  const what = kept.title.trim() ? `“${kept.title.trim()}”` : 'the caption';
  return (
    <p id="export-earlier-title" class="muted">
      {`Title ${what} was typed for the canvas before (another layout or other nodes). `}
      <button type="button" id="btn-export-reuse-title" onClick={reuse}>
        Use it here
      </button>
    </p>
  );
}

/** What goes on the picture: title, caption, legend, sources list; PNG scale and background. */
function PictureFields({ pic, set }: { pic: PictureFieldsState; set(patch: Partial<PictureFieldsState>): void }) {
  return (
    <>
      <label>
        Title
        <input
          type="text"
          name="export-title"
          placeholder="e.g. Bắc Ninh and its Chinese partners"
          value={pic.title}
          onInput={(ev) => set({ title: ev.currentTarget.value })}
        />
      </label>
      <label>
        Caption
        <textarea
          name="export-caption"
          rows={2}
          placeholder="One or two sentences for the slide"
          value={pic.caption}
          onInput={(ev) => set({ caption: ev.currentTarget.value })}
        />
      </label>
      <div class="row">
        <label>
          <input
            type="checkbox"
            name="export-legend"
            checked={pic.legend}
            onChange={(ev) => set({ legend: ev.currentTarget.checked })}
          />{' '}
          legend
        </label>
        <label>
          <input
            type="checkbox"
            name="export-sources"
            checked={pic.sources}
            onChange={(ev) => set({ sources: ev.currentTarget.checked })}
          />{' '}
          numbered sources
        </label>
      </div>
      <p class="muted">
        With numbered sources, edges that cite an article are numbered on the picture and a list under it gives each
        number's quote; without, the picture has no numbers.
      </p>
      <div class="row">
        <label>
          PNG scale{' '}
          <select
            name="export-scale"
            value={String(pic.scale)}
            onChange={(ev) => set({ scale: Number(ev.currentTarget.value) })}
          >
            {[1, 2, 3, 4].map((s) => (
              <option value={String(s)}>{s}×</option>
            ))}
          </select>
        </label>
        <label>
          background{' '}
          <select
            name="export-bg"
            value={pic.bg}
            onChange={(ev) => set({ bg: ev.currentTarget.value as 'white' | 'transparent' })}
          >
            <option value="white">white</option>
            <option value="transparent">transparent</option>
          </select>
        </label>
      </div>
    </>
  );
}
