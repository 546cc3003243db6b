// The story as one PDF: a page per view with its title and caption as text (searchable, copyable)
// above the view's picture. pdf-lib (MIT) writes the PDF; the title and caption need a font with
// Vietnamese letters, so DejaVu Sans is embedded through fontkit, subset to the letters used. This
// module and all three are loaded only when a PDF is asked for (a dynamic import), so the main
// bundle does not grow.
import fontkit from '@pdf-lib/fontkit';
import fontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { canvas } from '../../app/context.ts';
import type { StoryView } from '../../app/types.ts';
import { download, fileStem } from './download.ts';
import type { Region } from '../../canvas/fit.ts';
import { LABEL_PX } from '../../canvas/style.ts';
import { wrapBy } from './frame.ts';
import { graphToPng } from './png.ts';
import { eachView, viewPicture } from './story-export.ts';

/** A4 landscape, in PDF points. */
const PAGE = { w: 842, h: 595 };
const MARGIN = 36;

const fontBytes = async (url: string) => (await fetch(url)).arrayBuffer();

function drawHeading(page: PDFPage, v: StoryView, fonts: { regular: PDFFont; bold: PDFFont }): number {
  const width = PAGE.w - 2 * MARGIN;
  let y = PAGE.h - MARGIN - 20;
  for (const line of wrapBy((t, px) => fonts.bold.widthOfTextAtSize(t, px), v.title, 20, width)) {
    page.drawText(line, { x: MARGIN, y, size: 20, font: fonts.bold, color: rgb(0.1, 0.1, 0.1) });
    y -= 26;
  }
  const measure = (t: string, px: number) => fonts.regular.widthOfTextAtSize(t, px);
  for (const line of v.caption ? wrapBy(measure, v.caption, 12, width) : []) {
    page.drawText(line, { x: MARGIN, y, size: 12, font: fonts.regular, color: rgb(0.27, 0.27, 0.27) });
    y -= 16;
  }
  return y - 8;
}

/** Smallest label on paper, in points: 7 pt reads in print (the screen's 11 px shrink to fit a page). */
const MIN_LABEL_PT = 7.5;
/** The frame's margins and legend around the picture (frame.ts), in CSS pixels, near enough. */
const FRAME_EXTRA = { w: 40, h: 40 + 80 };

/**
 * How much larger than on screen the labels are drawn so that, with the picture (the canvas's size)
 * shrunk to the page's free area, none prints under MIN_LABEL_PT; the canvas's declutter then
 * decides which of the larger labels show.
 */
function printedLabelScale(box: { w: number; h: number }): number {
  const k = box.w / (canvas().cy.width() + FRAME_EXTRA.w);
  return Math.max(1, MIN_LABEL_PT / (LABEL_PX * k));
}

/** The picture's height (the canvas's width kept) that, with the frame, has the page's free area's shape. */
function pageShapedHeight(box: { w: number; h: number }): number {
  return Math.max(200, ((canvas().cy.width() + FRAME_EXTRA.w) * box.h) / box.w - FRAME_EXTRA.h);
}

/**
 * The picture's size: the page's free area's shape, cut to the shape of the area the view saved, so
 * that the page frames what the view showed as its PNG does (white beside a view narrower than the
 * page, not more of the map or the graph), at the same size on the paper.
 */
function pictureSize(box: { w: number; h: number }, rect: Region | null | undefined) {
  const width = canvas().cy.width();
  const height = pageShapedHeight(box);
  if (!rect || rect.w <= 0 || rect.h <= 0) return { pictureWidth: width, pictureHeight: height };
  const shape = rect.w / rect.h;
  return shape < width / height
    ? { pictureWidth: Math.max(200, height * shape), pictureHeight: height }
    : { pictureWidth: width, pictureHeight: Math.max(200, width / shape) };
}

/** The story's PDF; the file is named after the story, which is untitled: "story-<first view's title>.pdf". */
export async function exportStoryPdf(storyTitle?: string): Promise<string> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all(
    [fontUrl, boldUrl].map(async (url) => doc.embedFont(await fontBytes(url), { subset: true })),
  );
  const fonts = { regular: regular!, bold: bold! };
  const count = await eachView(async (v) => {
    const page = doc.addPage([PAGE.w, PAGE.h]);
    const top = drawHeading(page, v, fonts);
    // The picture without its own title and caption: the page carries them as text.
    const box = { w: PAGE.w - 2 * MARGIN, h: top - MARGIN };
    const picture = viewPicture(v);
    const res = await graphToPng(canvas().cy, {
      legend: true,
      sources: false,
      scale: 2,
      background: 'white',
      ...picture,
      minLabelScale: printedLabelScale(box),
      ...pictureSize(box, picture.viewRect),
    });
    const image = await doc.embedPng(await res.blob.arrayBuffer());
    const k = Math.min(box.w / image.width, box.h / image.height);
    const w = image.width * k;
    const h = image.height * k;
    page.drawImage(image, { x: (PAGE.w - w) / 2, y: MARGIN + (box.h - h) / 2, width: w, height: h });
  });
  doc.setTitle(storyTitle ? `Story: ${storyTitle}` : 'Corridor story');
  doc.setCreator('Corridor');
  const bytes = await doc.save();
  download(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `story-${fileStem(storyTitle, 'views')}.pdf`);
  return `A PDF of ${count} page${count === 1 ? '' : 's'} saved, one per view.`;
}
