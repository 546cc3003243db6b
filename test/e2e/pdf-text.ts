// Reads an exported PDF back as a reader's tool would, by PDF.js (Mozilla's reader; a dev
// dependency for the tests only): each page's text (lines joined by a space) and how many images
// it paints, and at what size, and the page's size.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  text: string;
  images: number;
  /** Each painted image's size on the page, in points. */
  imageSizes: { w: number; h: number }[];
  /** The page's size, in points. */
  size: { w: number; h: number };
}

type Matrix = number[];
/** m then n, as PDF's cm composes them. */
const times = (n: Matrix, m: Matrix): Matrix => [
  n[0]! * m[0]! + n[1]! * m[2]!,
  n[0]! * m[1]! + n[1]! * m[3]!,
  n[2]! * m[0]! + n[3]! * m[2]!,
  n[2]! * m[1]! + n[3]! * m[3]!,
  n[4]! * m[0]! + n[5]! * m[2]! + m[4]!,
  n[4]! * m[1]! + n[5]! * m[3]! + m[5]!,
];

/** The sizes images are painted at: the transforms in force when each is painted (an image is a unit square). */
function imageSizes(ops: { fnArray: number[]; argsArray: unknown[] }): { w: number; h: number }[] {
  const sizes: { w: number; h: number }[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  ops.fnArray.forEach((op, i) => {
    if (op === OPS.save) stack.push(ctm);
    if (op === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    if (op === OPS.transform) ctm = times(ops.argsArray[i] as Matrix, ctm);
    if (op === OPS.paintImageXObject) sizes.push({ w: Math.hypot(ctm[0]!, ctm[1]!), h: Math.hypot(ctm[2]!, ctm[3]!) });
  });
  return sizes;
}

export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: bytes, disableFontFace: true }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const ops = await page.getOperatorList();
    pages.push({
      text: content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
      images: ops.fnArray.filter((op) => op === OPS.paintImageXObject).length,
      imageSizes: imageSizes(ops),
      size: { w: page.view[2]! - page.view[0]!, h: page.view[3]! - page.view[1]! },
    });
  }
  await pdf.destroy();
  return pages;
}

/** The story PDF's page margin, in points (story-pdf.ts). */
const MARGIN = 36;

/**
 * Whether a page's first picture fills the page: its width less the margins, or the height less the
 * margins and at most `headRoom` points for the heading above it and the legend below.
 */
export function pictureFillsPage(p: PdfPage, headRoom = 160): boolean {
  const img = p.imageSizes[0];
  return !!img && (img.w >= p.size.w - 2 * MARGIN - 1 || img.h >= p.size.h - 2 * MARGIN - headRoom);
}
