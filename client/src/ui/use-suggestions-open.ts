// Whether a search box's suggestion list is open. It closes a moment after the box loses focus, so
// that a click on a suggestion lands first; coming back to the box, or typing, before that moment
// keeps it open (a pending close would otherwise shut the list on what was just typed).
import { useRef, useState } from 'preact/hooks';

const CLOSE_AFTER_MS = 120;

export function useSuggestionsOpen() {
  const [open, setOpenNow] = useState(false);
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const setOpen = (on: boolean) => {
    clearTimeout(closing.current);
    setOpenNow(on);
  };
  const closeSoon = () => {
    clearTimeout(closing.current);
    closing.current = setTimeout(() => setOpenNow(false), CLOSE_AFTER_MS);
  };
  return { open, setOpen, closeSoon };
}
