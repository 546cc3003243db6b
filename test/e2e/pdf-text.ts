// Reads an exported PDF back as a reader's tool would, by PDF.js (Mozilla's reader; a dev
// dependency for the tests only): each page's text (lines joined by a space) and how many images
// it paints.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPages(bytes: Uint8Array): Promise<{ text: string; images: number }[]> {
  const pdf = await getDocument({ data: bytes, disableFontFace: true }).promise;
  const pages: { text: string; images: number }[] = [];
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
    });
  }
  await pdf.destroy();
  return pages;
}
