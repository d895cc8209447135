/**
 * How long the PDF receipt takes to render on this machine (not a test: it prints figures). A typical
 * receipt: a delegate, three sections with fifteen answers (one of them a few paragraphs long) and
 * three attachments; then a long one (200 answers of 2 000 characters). `BENCH_ITERATIONS` (default
 * 200; the long receipt runs a twentieth of them).
 *
 *   npx tsx scripts/bench-receipt.ts
 */
import { type ReceiptInput, renderReceiptPdf } from "../app/services/receipt-pdf.server";

const N = Number(process.env.BENCH_ITERATIONS ?? 200);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function report(name: string, samples: number[], pdf: Uint8Array) {
  const pages = Buffer.from(pdf).toString("latin1").match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(
    `${name.padEnd(34)} n=${String(samples.length).padStart(4)}  mean ${mean.toFixed(2).padStart(7)} ms  p50 ${percentile(sorted, 50).toFixed(2).padStart(7)} ms  p99 ${percentile(sorted, 99).toFixed(2).padStart(7)} ms  ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB`,
  );
}

const labels: ReceiptInput["labels"] = {
  title: "Ricevuta di presentazione",
  comune: "Ente",
  protocol: "Numero di protocollo",
  submittedAt: "Data e ora di presentazione",
  service: "Servizio",
  applicant: "Richiedente",
  fiscalCode: "Codice fiscale",
  submittedBy: "Presentata da",
  answers: "Le tue risposte",
  attachments: "Documenti allegati",
  sha256: "Impronta SHA-256",
  size: "Dimensione",
  none: "Nessuno",
  footer: "Conserva questa ricevuta: dimostra che hai presentato la domanda.",
  page: "Pagina {{n}} di {{total}}",
};

const typical: ReceiptInput = {
  lang: "it",
  labels,
  comune: { name: "Comune di Seregno", fiscalCode: "00870790151", address: "Piazza Martiri della Libertà 1, 20831 Seregno (MB)", pec: "seregno@pec.regione.lombardia.it" },
  protocol: "2026/0000123",
  submittedAt: "27/11/2026 09:41",
  serviceTitle: "Occupazione temporanea di suolo pubblico",
  applicant: { name: "Mario Rossi", fiscalCode: "RSSMRA80A01F205X" },
  submittedBy: { name: "Anna Bianchi", fiscalCode: "BNCNNA70A41F205Y" },
  sections: [
    {
      title: "Dove e quando",
      rows: [
        { label: "Indirizzo", value: "Via Umberto I 12, Seregno" },
        { label: "Dal giorno", value: "1 dicembre 2026" },
        { label: "Al giorno", value: "15 dicembre 2026" },
        { label: "Superficie in metri quadrati", value: "12,5" },
        { label: "Lato della strada", value: "Marciapiede, lato numeri pari" },
      ],
    },
    {
      title: "Perché lo chiedi",
      rows: [
        { label: "Motivo", value: "Lavori di ristrutturazione della facciata." },
        {
          label: "Descrizione dei lavori",
          value: "Montaggio di un ponteggio lungo la facciata principale, con recinzione e segnaletica.\n".repeat(6).trim(),
        },
        { label: "Impresa", value: "Edilizia Brianza S.r.l." },
        { label: "Partita IVA dell'impresa", value: "01234567890" },
        { label: "Referente in cantiere", value: "Luca Verdi, 333 1234567" },
      ],
    },
    {
      title: "Dichiarazioni",
      rows: [
        { label: "Ho letto l'informativa sulla privacy", value: "Sì" },
        { label: "Ripristinerò lo stato dei luoghi", value: "Sì" },
        { label: "Pagherò il canone dovuto", value: "Sì" },
        { label: "Modo di pagamento", value: "pagoPA" },
        { label: "Note", value: "Nessuna" },
      ],
    },
  ],
  attachments: [
    { name: "planimetria.pdf", sha256: "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b", sizeBytes: 1_234_567 },
    { name: "foto-facciata.jpg", sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", sizeBytes: 845_112 },
    { name: "documento-identita.pdf", sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", sizeBytes: 301_554 },
  ],
};

const long: ReceiptInput = {
  ...typical,
  sections: [
    {
      title: "Sezione molto lunga",
      rows: Array.from({ length: 200 }, (_, i) => ({ label: `Domanda ${i + 1}`, value: "parola lunga ".repeat(154).slice(0, 2000) })),
    },
  ],
};

async function run(name: string, input: ReceiptInput, n: number) {
  for (let i = 0; i < Math.min(10, n); i++) await renderReceiptPdf(input);
  const samples: number[] = [];
  let pdf: Uint8Array = new Uint8Array();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    pdf = await renderReceiptPdf({ ...input, protocol: `2026/${String(i).padStart(7, "0")}` });
    samples.push(performance.now() - t);
  }
  report(name, samples, pdf);
}

const cold = performance.now();
await renderReceiptPdf(typical);
console.log(`first receipt (fonts read and parsed)    ${(performance.now() - cold).toFixed(1)} ms`);
await run("typical receipt", typical, N);
await run("long receipt (200 × 2 000 chars)", long, Math.max(3, Math.floor(N / 20)));
