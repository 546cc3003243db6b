// "Find paths from here" (context menu): the path finder opens with that node as its start.
import { signal } from '@preact/signals';
import type { NodeElement } from '../../../../common/wire.ts';
import { openPanel } from '../../app/store.ts';

export const pathRequest = signal<{ node: NodeElement; seq: number } | null>(null);
let seq = 0;

export function pathFrom(data: NodeElement['data']): void {
  pathRequest.value = { node: { data }, seq: ++seq };
  openPanel('paths');
}
