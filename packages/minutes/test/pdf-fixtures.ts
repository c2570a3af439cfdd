/**
 * PDFs the tests draw themselves (pdfkit, standard fonts), in the layouts councils publish: a
 * header, a two-column attendance table (name | agency, one agency wrapped onto a second line),
 * numbered items across two pages; an encrypted PDF, a scanned (image-only) one. Names and bodies
 * are invented.
 */
import PDFDocument from 'pdfkit';

/** Text drawn at a position (points from the top left, as pdfkit measures). */
export interface DrawnText {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
}

/** Options of {@link makePdf}. */
export interface MakePdfOptions {
  /** Opening the PDF needs this password. */
  userPassword?: string;
  /** Permissions are limited by this password; anyone may still read the text. */
  ownerPassword?: string;
}

/** A PDF of the given pages (each a list of drawn texts, or a function drawing on the page). */
export function makePdf(pages: readonly (readonly DrawnText[] | ((doc: PDFKit.PDFDocument) => void))[], options: MakePdfOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, size: 'A4', pdfVersion: '1.7', ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    for (const page of pages) {
      doc.addPage({ margin: 0 });
      if (typeof page === 'function') page(doc);
      else for (const t of page) doc.font(t.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(t.size ?? 11).text(t.text, t.x, t.y, { lineBreak: false });
    }
    doc.end();
  });
}

/** Lines of text one under the other from `y`, at `x`, `step` points apart. */
export function column(x: number, y: number, lines: readonly string[], step = 15, size = 11): DrawnText[] {
  return lines.map((text, k) => ({ text, x, y: y + k * step, size }));
}

/** Rows of a table: each row's cells at the given column positions. */
export function table(columns: readonly number[], y: number, rows: readonly (readonly string[])[], step = 16): DrawnText[] {
  return rows.flatMap((cells, k) => cells.map((text, c) => ({ text, x: columns[c]!, y: y + k * step })).filter((t) => t.text !== ''));
}

/** Minutes of an invented partnership as a council's PDF: two pages, attendance in a Name | Agency table. */
export function tableMinutesPdf(): Promise<Uint8Array> {
  const page1: DrawnText[] = [
    { text: 'Larkfield Community Safety Partnership', x: 72, y: 60, size: 16, bold: true },
    { text: 'Minutes of the meeting held on Tuesday 5 March 2024 at Larkfield Civic Centre', x: 72, y: 84 },
    { text: 'Present:', x: 72, y: 116, bold: true },
    ...table([72, 260], 136, [
      ['Name', 'Agency'],
      ['Councillor Petra Quill (Chair)', 'Larkfield District Council'],
      ['Chief Inspector Omar Rydal', 'Downshire Police'],
      ['Wren Castellane', 'Downshire Fire and Rescue'],
      ['', 'Service'],
      ['Isla Brackwood', 'Probation Service'],
    ]),
    { text: 'Apologies:', x: 72, y: 240, bold: true },
    ...table([72, 260], 260, [['Tobias Merrow', 'Larkfield Housing Trust']]),
    { text: '1.', x: 72, y: 300, bold: true },
    { text: 'Welcome and introductions', x: 108, y: 300, bold: true },
    { text: 'The Chair welcomed everyone to the meeting.', x: 108, y: 318 },
    { text: '2.', x: 72, y: 346, bold: true },
    { text: 'Minutes of the last meeting', x: 108, y: 346, bold: true },
    { text: 'RESOLVED: That the minutes be agreed as a correct record.', x: 108, y: 364 },
  ];
  const page2: DrawnText[] = [
    { text: '3.', x: 72, y: 60, bold: true },
    { text: 'Prevent update', x: 108, y: 60, bold: true },
    { text: 'The Partnership received an update on the Prevent duty.', x: 108, y: 78 },
    { text: 'RESOLVED: That the update be noted.', x: 108, y: 96 },
    { text: '4.', x: 72, y: 124, bold: true },
    { text: 'Date of next meeting', x: 108, y: 124, bold: true },
    { text: 'The next meeting will be held on 4 June 2024.', x: 108, y: 142 },
  ];
  return makePdf([page1, page2]);
}
