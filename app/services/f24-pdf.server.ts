/**
 * The F24 *semplificato* (Agenzia delle Entrate's model, used for IMU and the other local taxes) drawn
 * on its grid: taxpayer's codice fiscale in sixteen boxes, personal data, the "Motivo del pagamento"
 * table with the thirteen columns of the form (sezione, codice tributo, codice ente, ravv., immobili
 * variati, acconto, saldo, numero immobili, rateazione/mese rif., anno, detrazione, importi a debito,
 * importi a credito), the final balance and the boxes the bank fills in. One copy, A4 portrait.
 *
 * The layout follows the form's order and wording so that a bank clerk or a CAF reads it as an F24; it
 * is not a facsimile of the official print (the Agenzia's own PDF cannot be embedded). For screen
 * readers the document is tagged: headings, the taxpayer's data as paragraphs (the boxed characters
 * carry their text as ActualText) and the payment lines as a real table with column headers.
 */
import { cleanText, F, FormCanvas, HEADING, INK, MUTED, openTaggedPdf, PT_PER_MM, type StructElement, type TextStyle } from "./pdf-document.server";

export interface F24Row {
  section: string;
  code: string;
  ente: string;
  ravv: boolean;
  changed: boolean;
  acconto: boolean;
  saldo: boolean;
  properties: number | null;
  instalment: string;
  year: number;
  deduction: string;
  /** Already formatted with two decimals ("691,00"). */
  debit: string;
  credit: string;
}

export interface F24Input {
  lang: "it" | "en";
  /** Every word already translated by the caller. */
  labels: {
    title: string;
    model: string;
    delegation: string;
    taxpayer: string;
    fiscalCode: string;
    personal: string;
    familyName: string;
    givenName: string;
    birthDate: string;
    sex: string;
    birthPlace: string;
    province: string;
    reason: string;
    /** The thirteen column headers, in the form's order. */
    columns: [string, string, string, string, string, string, string, string, string, string, string, string, string];
    /** Spoken for a ticked box ("sì") and an empty one ("no"). */
    ticked: string;
    unticked: string;
    total: string;
    euro: string;
    payment: string;
    paymentBoxes: [string, string, string, string];
    signature: string;
    notes: string;
    footer: string;
  };
  author: string;
  taxpayer: { fiscalCode: string; familyName: string; givenName: string; birthDate: string; sex: string; birthPlace: string; province: string };
  rows: F24Row[];
  total: string;
  /** Printed under the grid: what the amounts are made of (e.g. the ravvedimento's parts). */
  notes: string[];
}

const LEFT = 10;
const WIDTH = 190;
/** Column widths in mm, summing to WIDTH, in the form's order. */
const COLUMNS = [12, 15, 14, 8, 9, 7, 8, 10, 15, 13, 20, 30, 29] as const;
const ROWS = 10;

const TINY: TextStyle = { font: F.regular, size: 6.5, color: MUTED };
const SMALL: TextStyle = { font: F.regular, size: 8, color: MUTED };
const VALUE: TextStyle = { font: F.mono, size: 9.5, color: INK };
const BOLD: TextStyle = { font: F.bold, size: 9, color: HEADING };

export async function renderF24Pdf(input: F24Input): Promise<Uint8Array> {
  if (input.rows.length > ROWS) throw new Error(`F24: at most ${ROWS} lines, got ${input.rows.length}`);
  const { labels } = input;
  const { doc, bytes } = await openTaggedPdf({ lang: input.lang, title: labels.title, author: input.author, subject: labels.reason, margin: 10 * PT_PER_MM });
  const c = new FormCanvas(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);

  // Header: the model's name, and the "delega irrevocabile" lines the bank's name goes on.
  c.put(root, "P", () => c.draw(labels.model, SMALL, LEFT, 10, 100));
  c.put(root, "H1", () => c.draw(labels.title, { font: F.bold, size: 17, color: HEADING }, LEFT, 14, 110));
  c.box(125, 10, 75, 14);
  c.put(root, "P", () => c.draw(labels.delegation, TINY, 127, 11, 71));

  // Taxpayer.
  let y = 30;
  c.put(root, "H2", () => c.draw(labels.taxpayer, BOLD, LEFT, y, 80));
  y += 5;
  c.put(root, "P", () => c.draw(labels.fiscalCode, TINY, LEFT, y, 40));
  c.boxed(root, "P", input.taxpayer.fiscalCode, 16, LEFT + 32, y - 1, 6, 6.5, VALUE, `${labels.fiscalCode}: ${input.taxpayer.fiscalCode}`);
  y += 9;
  c.put(root, "H3", () => c.draw(labels.personal, TINY, LEFT, y, 60));
  y += 3.5;
  const field = (label: string, value: string, x: number, w: number, row: number) => {
    c.box(x, row, w, 8);
    c.put(root, "P", () => {
      c.draw(label, TINY, x + 1, row + 0.5, w - 2);
      c.draw(value, VALUE, x + 1, row + 3.6, w - 2);
    }, `${label}: ${value || "—"}`);
  };
  field(labels.familyName, input.taxpayer.familyName.toUpperCase(), LEFT, 95, y);
  field(labels.givenName, input.taxpayer.givenName.toUpperCase(), LEFT + 95, 95, y);
  y += 8;
  field(labels.birthDate, input.taxpayer.birthDate, LEFT, 35, y);
  field(labels.sex, input.taxpayer.sex, LEFT + 35, 15, y);
  field(labels.birthPlace, input.taxpayer.birthPlace.toUpperCase(), LEFT + 50, 120, y);
  field(labels.province, input.taxpayer.province.toUpperCase(), LEFT + 170, 20, y);
  y += 13;

  // Motivo del pagamento: a real table (headers as TH, one TR per filled line; the empty lines of the
  // grid are drawing only).
  c.put(root, "H2", () => c.draw(labels.reason, BOLD, LEFT, y, 120));
  y += 5;
  const headH = 11;
  const rowH = 7;
  const xs = COLUMNS.reduce<number[]>((acc, w, i) => [...acc, (acc[i] ?? LEFT) + w], [LEFT]);
  const table = doc.struct("Table");
  root.add(table);
  const head = doc.struct("TR");
  table.add(head);
  COLUMNS.forEach((w, i) => {
    c.box(xs[i]!, y, w, headH, { fill: "#eef0f3" });
    head.add(doc.struct("TH", { scope: "Column" }, () => c.draw(labels.columns[i]!, TINY, xs[i]! + 0.6, y + 0.8, w - 1.2, "center")));
  });
  head.end();
  y += headH;
  const tick = (b: boolean) => (b ? "X" : "");
  for (let r = 0; r < ROWS; r++) {
    const top = y + r * rowH;
    COLUMNS.forEach((w, i) => c.box(xs[i]!, top, w, rowH));
    const row = input.rows[r];
    if (!row) continue;
    const cells = [row.section, row.code, row.ente, tick(row.ravv), tick(row.changed), tick(row.acconto), tick(row.saldo), row.properties === null ? "" : String(row.properties), row.instalment, String(row.year), row.deduction, row.debit, row.credit];
    const spoken = (i: number, v: string) => (i >= 3 && i <= 6 ? (v ? labels.ticked : labels.unticked) : v);
    const tr = doc.struct("TR");
    table.add(tr);
    cells.forEach((v, i) => {
      const w = COLUMNS[i]!;
      const align = i >= 10 ? "right" : "center";
      tr.add(doc.struct("TD", { actual: cleanText(spoken(i, v) || "—") }, () => c.draw(v, VALUE, xs[i]! + 0.8, top + 1.6, w - 1.6, align)));
    });
    tr.end();
  }
  table.end();
  y += ROWS * rowH + 3;

  // SALDO FINALE.
  c.box(LEFT + 130, y, 60, 9, { stroke: HEADING, width: 1 });
  c.put(root, "P", () => {
    c.draw(labels.total, BOLD, LEFT + 88, y + 2.5, 40, "right");
    c.draw(labels.euro, TINY, LEFT + 131, y + 0.6, 12);
    c.draw(input.total, { ...VALUE, size: 11 }, LEFT + 140, y + 2.3, 48, "right");
  }, `${labels.total}: ${labels.euro} ${input.total}`);
  y += 14;

  // What the bank fills in, and the signature.
  c.put(root, "H2", () => c.draw(labels.payment, BOLD, LEFT, y, 190));
  y += 5;
  const boxW = [30, 70, 45, 45];
  let x = LEFT;
  labels.paymentBoxes.forEach((label, i) => {
    c.box(x, y, boxW[i]!, 9);
    c.put(root, "P", () => c.draw(label, TINY, x + 1, y + 0.6, boxW[i]! - 2));
    x += boxW[i]!;
  });
  y += 12;
  c.box(LEFT + 110, y, 80, 12);
  c.put(root, "P", () => c.draw(labels.signature, TINY, LEFT + 111, y + 0.6, 78));
  y += 17;

  // How the amounts were made, so the citizen can check them.
  if (input.notes.length) {
    c.put(root, "H2", () => c.draw(labels.notes, BOLD, LEFT, y, 190));
    y += 5;
    const list = doc.struct("L");
    root.add(list);
    for (const note of input.notes) {
      const h = c.heightOf(note, { ...SMALL, color: INK }, WIDTH - 4);
      const at = y;
      const li = doc.struct("LI");
      list.add(li);
      li.add(doc.struct("LBody", {}, () => c.draw(`• ${note}`, { ...SMALL, color: INK }, LEFT, at, WIDTH)));
      li.end();
      y += h + 1.2;
    }
    list.end();
    y += 3;
  }
  c.put(root, "P", () => c.draw(labels.footer, SMALL, LEFT, Math.max(y, 270), WIDTH));
  root.end();
  doc.end();
  return bytes;
}
