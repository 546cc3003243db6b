// The story as one PDF: a page per view with its title and caption as text (searchable, copyable)
// above the view's picture and its legend. The picture keeps the view's shape (the area it framed
// on the canvas) and fills the page's width, or the height under the heading, on an A4 page turned
// whichever way gives it the most room. pdf-lib (MIT) writes the PDF; the title and caption need a
// font with Vietnamese letters, so DejaVu Sans is embedded through fontkit, subset to the letters
// used. This module and all three are loaded only when a PDF is asked for (a dynamic import), so the
// main bundle does not grow.
import fontkit from '@pdf-lib/fontkit';
import fontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { canvas } from '../../app/context.ts';
import type { StoryView } from '../../app/types.ts';
import { download, fileStem } from './download.ts';
import { LABEL_PX } from '../../canvas/style.ts';
import { wrapBy } from './frame.ts';
import { drawLegend, legendEntries, legendHeight, legendWidth } from './pdf-legend.ts';
import { graphToPng } from './png.ts';
import { eachView, viewPicture } from './story-export.ts';

/** A4 landscape and portrait, in PDF points. */
const PAGES = [
  { w: 842, h: 595 },
  { w: 595, h: 842 },
];
const MARGIN = 36;
/** Between the picture and its legend, points. */
const GAP = 10;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const fontBytes = async (url: string) => (await fetch(url)).arrayBuffer();

/** The title's lines (20 pt, bold) and the caption's (12 pt) across `width` points. */
function headingLines(v: StoryView, fonts: Fonts, width: number) {
  const measure = (font: PDFFont) => (t: string, px: number) => font.widthOfTextAtSize(t, px);
  return {
    title: wrapBy(measure(fonts.bold), v.title, 20, width),
    caption: v.caption ? wrapBy(measure(fonts.regular), v.caption, 12, width) : [],
  };
}

type Heading = ReturnType<typeof headingLines>;

/** From the page's top margin down to where the picture may start. */
const headingHeight = (h: Heading) => 20 + 26 * h.title.length + 16 * h.caption.length + 8;

function drawHeading(page: PDFPage, h: Heading, fonts: Fonts): void {
  let y = page.getHeight() - MARGIN - 20;
  for (const line of h.title) {
    page.drawText(line, { x: MARGIN, y, size: 20, font: fonts.bold, color: rgb(0.1, 0.1, 0.1) });
    y -= 26;
  }
  for (const line of h.caption) {
    page.drawText(line, { x: MARGIN, y, size: 12, font: fonts.regular, color: rgb(0.27, 0.27, 0.27) });
    y -= 16;
  }
}

/**
 * The page a view's picture of shape `aspect` (width / height) gets most room on, and the picture's
 * printed size there: the page's width, or the height the heading and the legend leave.
 */
function pageLayout(v: StoryView, fonts: Fonts, aspect: number, legend: ReturnType<typeof legendEntries>) {
  const options = PAGES.map((page) => {
    const width = page.w - 2 * MARGIN;
    const heading = headingLines(v, fonts, width);
    const legendH = legendHeight(legend, width);
    const room = page.h - 2 * MARGIN - headingHeight(heading) - (legendH ? legendH + GAP : 0);
    const w = Math.max(1, Math.min(width, room * aspect));
    return { page, heading, legendH, picture: { w, h: w / aspect } };
  });
  return options.reduce((best, o) => (o.picture.w * o.picture.h > 1.01 * best.picture.w * best.picture.h ? o : best));
}

/** Smallest label on paper, in points: 7.5 pt reads in print (the screen's 11 px shrink to fit a page). */
const MIN_LABEL_PT = 7.5;
/** The picture is drawn at least this many CSS pixels per printed point: its labels print at most 8.8 pt. */
const PX_PER_PT = 1.25;

/**
 * The view's picture drawn for a `printed` size in points: at the size the view had on screen, made
 * larger or smaller so that its labels (LABEL_PX on the picture) print between MIN_LABEL_PT and
 * LABEL_PX / PX_PER_PT points. The labels themselves keep their screen size: larger ones would
 * need more room than the view gave them.
 */
async function pagePicture(v: StoryView, printed: { w: number; h: number }): Promise<Blob> {
  const cy = canvas().cy;
  const most = (printed.w * LABEL_PX) / MIN_LABEL_PT;
  const pictureWidth = Math.max(PX_PER_PT * printed.w, Math.min(most, v.frame?.w ?? cy.width()));
  const res = await graphToPng(cy, {
    legend: false,
    sources: false,
    scale: 2,
    background: 'white',
    ...viewPicture(v),
    pictureWidth,
    pictureHeight: (pictureWidth * printed.h) / printed.w,
  });
  return res.blob;
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
    const cy = canvas().cy;
    const shape = v.frame && v.frame.h > 0 ? v.frame.w / v.frame.h : cy.width() / cy.height();
    const legend = legendEntries(cy);
    const { page: size, heading, picture } = pageLayout(v, fonts, shape, legend);
    const page = doc.addPage([size.w, size.h]);
    drawHeading(page, heading, fonts);
    const image = await doc.embedPng(await (await pagePicture(v, picture)).arrayBuffer());
    const top = size.h - MARGIN - headingHeight(heading);
    const x = (size.w - picture.w) / 2;
    page.drawImage(image, { x, y: top - picture.h, width: picture.w, height: picture.h });
    const width = size.w - 2 * MARGIN;
    const x0 = (size.w - legendWidth(legend, width)) / 2;
    drawLegend(page, legend, { x: x0, top: top - picture.h - GAP, width }, fonts.regular);
  });
  doc.setTitle(storyTitle ? `Story: ${storyTitle}` : 'Corridor story');
  doc.setCreator('Corridor');
  const bytes = await doc.save();
  download(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `story-${fileStem(storyTitle, 'views')}.pdf`);
  return `A PDF of ${count} page${count === 1 ? '' : 's'} saved, one per view.`;
}
