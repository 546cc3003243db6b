// The longest of some texts that fits an input's content box, chosen again when the box resizes: the
// search box's placeholder with its "( / )" hint was cut at 1024 px, where the top bar leaves the box
// its minimum width (walk3 7).
import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/** Text width in the input's own font (a canvas measures it without touching the page). */
function textWidth(input: HTMLInputElement, text: string): number {
  const css = getComputedStyle(input);
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 0;
  ctx.font = `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
  return ctx.measureText(text).width;
}

/** `texts` longest first; returns the first that fits `ref`'s input (the last when none does). */
export function useFittingText(ref: RefObject<HTMLInputElement | null>, texts: readonly string[]): string {
  const [chosen, setChosen] = useState(texts[0]!);
  useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    const choose = () => {
      const css = getComputedStyle(input);
      const room = input.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
      setChosen(texts.find((t) => textWidth(input, t) <= room) ?? texts[texts.length - 1]!);
    };
    choose();
    const watch = new ResizeObserver(choose);
    watch.observe(input);
    return () => watch.disconnect();
  }, [ref, texts]);
  return chosen;
}
