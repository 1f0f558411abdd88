/**
 * Where things landed on each page of a PDF that Chromium printed: its lines of text and its
 * pictures, in points from the foot of the page, read with unpdf (PDF.js). The print test
 * measures from them how much of a page is left blank, and what starts the next one.
 */
import { getDocumentProxy } from 'unpdf';
import { OPS } from 'unpdf/pdfjs';

/** A line of text (the items on one baseline, joined) or a picture, with its top and bottom. */
export interface PrintedItem {
  kind: 'text' | 'image';
  text: string;
  top: number;
  bottom: number;
}

export interface PrintedPage {
  number: number;
  /** Top to bottom. */
  items: PrintedItem[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, t: Matrix): Matrix => [
  t[0] * m[0] + t[1] * m[2],
  t[0] * m[1] + t[1] * m[3],
  t[2] * m[0] + t[3] * m[2],
  t[2] * m[1] + t[3] * m[3],
  t[4] * m[0] + t[5] * m[2] + m[4],
  t[4] * m[1] + t[5] * m[3] + m[5],
];

/** Every page of `pdf` with what is printed on it. */
export async function printedPages(pdf: Uint8Array): Promise<PrintedPage[]> {
  const document = await getDocumentProxy(pdf);
  const pages: PrintedPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const items: PrintedItem[] = [];

    // Text: items on the same baseline are one line (PDF.js splits a line at ligatures and links).
    const lines = new Map<number, { text: string; top: number; bottom: number }>();
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const baseline = Math.round(item.transform[5] as number);
      const height = Math.abs(item.height || (item.transform[3] as number));
      const line = lines.get(baseline) ?? { text: '', top: baseline, bottom: baseline };
      line.text += item.str;
      line.top = Math.max(line.top, baseline + height);
      lines.set(baseline, line);
    }
    for (const line of lines.values()) items.push({ kind: 'text', ...line });

    // Pictures: the unit square of each image drawn, through the transformations in force.
    const operators = await page.getOperatorList();
    let current: Matrix = [1, 0, 0, 1, 0, 0];
    const saved: Matrix[] = [];
    operators.fnArray.forEach((operator, index) => {
      const args = operators.argsArray[index] as unknown[];
      if (operator === OPS.save) saved.push(current);
      else if (operator === OPS.restore) current = saved.pop() ?? current;
      else if (operator === OPS.transform) current = multiply(current, args as Matrix);
      else if (operator === OPS.paintFormXObjectBegin) {
        saved.push(current);
        if (Array.isArray(args[0])) current = multiply(current, args[0] as Matrix);
      } else if (operator === OPS.paintFormXObjectEnd) current = saved.pop() ?? current;
      else if (
        operator === OPS.paintImageXObject ||
        operator === OPS.paintInlineImageXObject ||
        operator === OPS.paintImageMaskXObject
      ) {
        const [, b, , d, , f] = current;
        const ys = [f, f + b, f + d, f + b + d];
        items.push({ kind: 'image', text: '', top: Math.max(...ys), bottom: Math.min(...ys) });
      }
    });
    items.sort((a, b) => b.top - a.top);
    pages.push({ number, items });
  }
  return pages;
}
