// The page's frame: panel tabs, the status line, the empty state, presentation mode and keyboard
// shortcuts ("/" search, Esc closes, Ctrl+Z undo).
import { byId, h, type AppContext } from '../context.ts';
import type { PanelName } from '../events.ts';
import { fitView, resizeKeepingCenter } from '../graph/canvas.ts';

export function mountPanels(ctx: AppContext): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('.tabs [data-panel]')];
  const host = byId('left-panel');
  const open = (name: PanelName) => {
    host.hidden = false;
    for (const t of tabs) t.setAttribute('aria-selected', String(t.dataset.panel === name));
    for (const p of host.querySelectorAll<HTMLElement>('.panel')) p.hidden = p.dataset.panel !== name;
    host.classList.toggle('wide', name === 'cypher');
    resizeKeepingCenter(ctx.canvas.cy);
  };
  for (const t of tabs) t.addEventListener('click', () => (t.getAttribute('aria-selected') === 'true' && !host.hidden ? ((host.hidden = true), resizeKeepingCenter(ctx.canvas.cy)) : open(t.dataset.panel as PanelName)));
  ctx.bus.on('panel:open', ({ panel }) => open(panel));
}

export function mountStatus(ctx: AppContext): void {
  const root = byId('status');
  let timer: ReturnType<typeof setTimeout> | undefined;
  ctx.bus.on('status', ({ kind, message }) => {
    clearTimeout(timer);
    root.replaceChildren(h('div', { class: kind }, message));
    if (kind !== 'busy') timer = setTimeout(() => root.replaceChildren(), kind === 'error' ? 12_000 : 5_000);
  });
}

export function mountEmptyState(ctx: AppContext): void {
  const el = byId('empty-state');
  const render = () => (el.hidden = ctx.canvas.cy.elements().nonempty());
  render();
  ctx.bus.on('canvas:changed', render);
}

export function mountPresentation(ctx: AppContext): { toggle(on?: boolean): void } {
  const exit = byId('btn-exit-present');
  const toggle = (on = !document.body.classList.contains('presenting')) => {
    document.body.classList.toggle('presenting', on);
    if (on) ctx.canvas.cy.$(':selected').unselect(); // selection marks are for working, not for showing
    exit.hidden = !on;
    ctx.canvas.cy.resize();
    fitView(ctx.canvas.cy);
  };
  exit.addEventListener('click', () => toggle(false));
  return { toggle };
}

export function mountKeyboard(ctx: AppContext, handlers: { closeDetails(): void; presentation(on: boolean): void }): void {
  document.addEventListener('keydown', (ev) => {
    const target = ev.target as HTMLElement;
    const typing = target.closest('input, textarea, select, .cm-editor') !== null;
    if (ev.key === '/' && !typing) {
      ev.preventDefault();
      byId<HTMLInputElement>('search-input').focus();
    } else if (ev.key === 'Escape') {
      if (document.body.classList.contains('presenting')) handlers.presentation(false);
      else if (!typing) {
        handlers.closeDetails();
        byId('left-panel').hidden = true;
        resizeKeepingCenter(ctx.canvas.cy);
      }
    } else if ((ev.ctrlKey || ev.metaKey) && ev.key === 'z' && !typing) {
      ev.preventDefault();
      // The toolbar button owns undo (status line, filters decided again): one path for both.
      byId<HTMLButtonElement>('btn-undo').click();
    }
  });
}

export function showText(title: string, text: string, note = ''): void {
  const dialog = byId<HTMLDialogElement>('text-dialog');
  byId('text-title').textContent = title;
  byId<HTMLTextAreaElement>('text-body').value = text;
  byId('text-note').textContent = note;
  if (!dialog.open) dialog.showModal();
  byId<HTMLTextAreaElement>('text-body').select();
}
