// A PNG per story view: each view shown in turn, rendered with its title and caption, downloaded.
import { canvas } from '../../app/context.ts';
import { story } from '../../app/store.ts';
import { applyView } from '../present/present-actions.ts';
import { download, fileStem } from './download.ts';
import { graphToPng } from './png.ts';

export async function exportStoryPngs(): Promise<string> {
  const cy = canvas().cy;
  const hidden = new Set(cy.$('.hidden').map((e) => e.id()));
  const views = story.value;
  try {
    for (const [i, v] of views.entries()) {
      applyView(v);
      const res = await graphToPng(cy, {
        title: v.title,
        caption: v.caption || undefined,
        legend: true,
        sources: false,
        scale: 2,
        background: 'white',
      });
      download(res.blob, `${String(i + 1).padStart(2, '0')}-${fileStem(v.title, 'view')}.png`);
    }
  } finally {
    cy.batch(() => cy.elements().forEach((e) => void e.toggleClass('hidden', hidden.has(e.id()))));
  }
  return `${views.length} PNG${views.length === 1 ? '' : 's'} saved, one per view.`;
}
