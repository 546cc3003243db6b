// The map under a PNG export: Cytoscape renders the graph alone (the view on screen), so the
// basemap is drawn as an SVG image of the same model rectangle and size, then the graph on top.
import type cytoscape from 'cytoscape';
import { basemapOverSvg, basemapSvg, SEA_FILL, type BasemapPaths } from '../../canvas/basemap.ts';

export async function withBasemap(
  bb: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH,
  graph: Blob,
  paths: BasemapPaths,
  bg: string | undefined,
  scale: number,
): Promise<Blob> {
  const top = await createImageBitmap(graph);
  // Model units per screen pixel: borders and names as thick and as large as on the canvas, times the scale.
  const unit = (bb.w / top.width) * scale;
  const picture = async (body: string) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${top.width}" height="${top.height}" viewBox="${bb.x1} ${bb.y1} ${bb.w} ${bb.h}">${body}</svg>`;
    const img = new Image(top.width, top.height);
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await img.decode();
    return img;
  };
  const sea = `<rect x="${bb.x1}" y="${bb.y1}" width="${bb.w}" height="${bb.h}" fill="${bg ? SEA_FILL : 'none'}"/>`;
  const under = await picture(sea + basemapSvg(paths, unit));
  // The called-out names' leaders go over the graph, as on the canvas.
  const overSvg = basemapOverSvg(paths, unit);
  const over = overSvg ? await picture(overSvg) : null;
  const canvas = document.createElement('canvas');
  canvas.width = top.width;
  canvas.height = top.height;
  const g = canvas.getContext('2d')!;
  g.drawImage(under, 0, 0);
  g.drawImage(top, 0, 0);
  if (over) g.drawImage(over, 0, 0);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}
