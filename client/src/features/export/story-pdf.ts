// The story as one PDF: a page per view with its title and caption as text (searchable, copyable)
// above the view's picture and its legend, on a landscape A4 page (a slide). The picture takes all
// the room the heading and the legend (under it or beside it) leave, and shows what the view shows
// in Present and in its PNG (story-export.ts), fitted into that room. With numbered sources, each
// picture numbers its cited links and the pages after it list their sources, as a PNG's frame does.
// pdf-lib (MIT) writes the PDF; the title and caption need a
// font with Vietnamese letters, so DejaVu Sans is embedded through fontkit, subset to the letters
// used. This module and all three are loaded only when a PDF is asked for (a dynamic import), so the
// main bundle does not grow.
import fontkit from '@pdf-lib/fontkit';
import fontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { canvas } from '../../app/context.ts';
import type { StoryView } from '../../app/types.ts';
import { download, storyFileStem } from './download.ts';
import { LABEL_PX } from '../../canvas/style.ts';
import { wrapBy } from './frame.ts';
import { drawLegend, legendColumnsWidth, legendEntries, legendHeight, legendWidth } from './pdf-legend.ts';
import { graphToPng, pictureMarks, type PngOptions } from './png.ts';
import { eachView, pictureRect, viewPicture } from './story-export.ts';
import { citableEdges, sourceLines, sourcesFor, undrawnNumbers, withCiteNumbers, type SourceEntry } from './sources.ts';

/** A4 landscape, in PDF points: a slide's shape, the same for every view. */
const PAGE = { w: 842, h: 595 };
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

/** Where the legend goes: under the picture across the page, or beside it in `columns` columns. */
type LegendPlace = { below: true } | { below: false; columns: number };
const PLACES: LegendPlace[] = [{ below: true }, { below: false, columns: 1 }, { below: false, columns: 2 }];

/**
 * The picture's printed box on the landscape page: all the room the title, the caption and the
 * legend leave (walk 9, 10: not the saved frame's shape, which left half the page empty). The legend
 * goes beside the picture only when the view's content (`aspect`, width / height of what it shows)
 * is then drawn larger than with the legend under it.
 */
function pageLayout(v: StoryView, fonts: Fonts, aspect: number, legend: ReturnType<typeof legendEntries>) {
  const width = PAGE.w - 2 * MARGIN;
  const heading = headingLines(v, fonts, width);
  const tall = PAGE.h - 2 * MARGIN - headingHeight(heading);
  const options = PLACES.flatMap((place) => {
    const legendW = place.below ? width : legendColumnsWidth(place.columns);
    const legendH = legendHeight(legend, legendW);
    const box = place.below
      ? { w: width, h: tall - (legendH ? legendH + GAP : 0) }
      : { w: width - (legend.length ? legendW + GAP : 0), h: tall };
    if (!place.below && legendH > tall) return [];
    const content = Math.max(1, Math.min(box.w, box.h * aspect));
    return [{ place, legendW, heading, content, picture: { w: Math.max(1, box.w), h: Math.max(1, box.h) } }];
  });
  return options.reduce((best, o) => (o.content > 1.01 * best.content ? o : best));
}

/** Node labels on paper, in points: 8 to 9 pt read in print (walk 8, 9); the screen's 11 px print at LABEL_PT. */
const LABEL_PT = 8.25;
/**
 * Never smaller, on any page (walk 10, 10: a map view's page, whose names follow Present's smaller
 * label scale on a large screen, printed them at 7.5 pt, read as about 6 pt beside the others).
 */
const MIN_LABEL_PT = 8;
const MAX_LABEL_PT = 9;

/**
 * The options of the view's picture for a `printed` box in points: the view's content fitted into it as
 * Present fits it into the screen (slide-viewport.ts), at the CSS size where its labels (LABEL_PX on
 * the picture, as on screen) print at LABEL_PT.
 */
function pictureOptions(v: StoryView, printed: { w: number; h: number }): PngOptions {
  const pictureWidth = (printed.w * LABEL_PX) / LABEL_PT;
  const view = viewPicture(v);
  // Labels print at LABEL_PT × the label scale: a map view's (Present's, at the page's size) kept
  // within what reads in print.
  const pt = (LABEL_PX * printed.w) / pictureWidth;
  const readable = (k: number) => Math.max(MIN_LABEL_PT / pt, Math.min(MAX_LABEL_PT / pt, k));
  return {
    legend: false,
    sources: false,
    scale: 2,
    background: 'white',
    ...view,
    labelScale: (zoom) => readable(view.labelScale?.(zoom) ?? 1),
    // The names clamped for print, the markers gathered as the saved screen, Present and the PNG gather them.
    markerScale: (zoom) => view.markerScale?.(zoom) ?? null,
    pictureWidth,
    pictureHeight: (pictureWidth * printed.h) / printed.w,
  };
}

/** Sources pages after a view's page: the list its numbers refer to, as under a PNG's picture (frame.ts). */
function drawSources(doc: PDFDocument, v: StoryView, lines: { text: string; indent: boolean }[], fonts: Fonts): void {
  const width = PAGE.w - 2 * MARGIN;
  const measure = (t: string, px: number) => fonts.regular.widthOfTextAtSize(t, px);
  let page = doc.addPage([PAGE.w, PAGE.h]);
  let y = PAGE.h - MARGIN - 14;
  page.drawText(`Sources: ${v.title}`, { x: MARGIN, y, size: 14, font: fonts.bold, color: rgb(0.1, 0.1, 0.1) });
  y -= 22;
  for (const line of lines) {
    if (!line.indent) y -= 4;
    for (const [i, text] of wrapBy(measure, line.text, 9, width - 30).entries()) {
      if (y < MARGIN) [page, y] = [doc.addPage([PAGE.w, PAGE.h]), PAGE.h - MARGIN - 9];
      const x = MARGIN + (line.indent ? 14 : 0) + (i ? 14 : 0);
      page.drawText(text, { x, y, size: 9, font: fonts.regular, color: rgb(0.2, 0.2, 0.2) });
      y -= 12;
    }
  }
}

/**
 * A view's page: heading, picture and legend; with `numbered`, the picture's cited links numbered and
 * their sources listed on the pages after it (walk 10, 10: the story PDF had no such option).
 */
async function viewPage(doc: PDFDocument, v: StoryView, fonts: Fonts, numbered: boolean): Promise<void> {
  const cy = canvas().cy;
  const shownRect = pictureRect(v);
  const shape = shownRect && shownRect.h > 0 ? shownRect.w / shownRect.h : cy.width() / cy.height();
  const list: SourceEntry[] = numbered ? await sourcesFor(citableEdges(cy, shownRect)) : [];
  // The legend explains the map's marks the picture draws (its markers gathered for its own zoom,
  // not the canvas's): the page laid out with the canvas's marks first, then with the picture's.
  const first = pageLayout(v, fonts, shape, legendEntries(cy));
  const legend = legendEntries(cy, await pictureMarks(cy, pictureOptions(v, first.picture)));
  const { place, legendW, heading, picture } = pageLayout(v, fonts, shape, legend);
  let undrawn = new Map<number, string>();
  const take = async () => {
    const res = await graphToPng(cy, pictureOptions(v, picture));
    undrawn = undrawnNumbers(cy);
    return res.blob;
  };
  const blob = list.length ? await withCiteNumbers(cy, list, take) : await take();
  const page = doc.addPage([PAGE.w, PAGE.h]);
  drawHeading(page, heading, fonts);
  const image = await doc.embedPng(await blob.arrayBuffer());
  const top = PAGE.h - MARGIN - headingHeight(heading);
  // The picture and the legend beside it centred together; a legend under it centred under it.
  const besideW = place.below || !legend.length ? 0 : legendWidth(legend, legendW) + GAP;
  const x = (PAGE.w - picture.w - besideW) / 2;
  page.drawImage(image, { x, y: top - picture.h, width: picture.w, height: picture.h });
  const at = place.below
    ? { x: (PAGE.w - legendWidth(legend, legendW)) / 2, top: top - picture.h - GAP, width: legendW }
    : { x: x + picture.w + GAP, top, width: legendW };
  drawLegend(page, legend, at, fonts.regular);
  if (list.length) drawSources(doc, v, sourceLines(list, undrawn), fonts);
}

/**
 * The story's PDF, with `numbered` sources or not; the file is named after the story, which is
 * untitled: "story-<first view's title>.pdf".
 */
export async function exportStoryPdf(storyTitle?: string, numbered = false): Promise<string> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all(
    [fontUrl, boldUrl].map(async (url) => doc.embedFont(await fontBytes(url), { subset: true })),
  );
  const fonts = { regular: regular!, bold: bold! };
  const count = await eachView((v) => viewPage(doc, v, fonts, numbered));
  doc.setTitle(storyTitle ? `Story: ${storyTitle}` : 'Corridor story');
  doc.setCreator('Corridor');
  const bytes = await doc.save();
  download(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `${storyFileStem(storyTitle)}.pdf`);
  // The pages the file holds: with the sources, a view's list runs on pages of its own (walk 27, 5:
  // "6 pages" for a file of 21).
  const pages = doc.getPageCount();
  const saved = `A PDF of ${pages} page${pages === 1 ? '' : 's'} saved`;
  return numbered
    ? `${saved}: ${count} view${count === 1 ? '' : 's'}, each with its sources after it.`
    : `${saved}, one per view.`;
}
