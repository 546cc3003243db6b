// layout-base (MIT, the base of cose-base and fcose) ships no types: the one part Corridor uses.
declare module 'layout-base' {
  const layoutBase: {
    /** The sequence fcose's layouts draw from, shared by every run in the page. */
    RandomSeed: { seed: number; x: number };
  };
  export default layoutBase;
}
