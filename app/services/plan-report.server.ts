/**
 * The plan's yearly report for the Town Council (issue 6 §8): one translated view of the plan's
 * state in a year — per line, action and objective: text, status with its latest reason, owners,
 * indicators (unit, baseline, the year's target, the value that counts for the year with its date,
 * progress, the comments approved that year), milestones due that year, and status counts — rendered
 * as a tagged PDF (`renderPlanReportPdf`) and as an HTML page from the same view, so they cannot
 * disagree. Built from the public tree (app/services/plan.server.ts): only APPROVED values.
 */
import type { TFunction } from "i18next";
import { milestoneSummary, OBJECTIVE_STATUSES, valueForYear } from "~/domain/plan";
import { baselineText, milestoneStateText, ownerWords, progressText, targetText, valueText } from "~/utils/plan-words";
import { findComune } from "~/models/comune.server";
import { formatDate } from "~/utils/format";
import type { DbOrTrx } from "~/utils/db.server";
import { F, FlowWriter, HEADING, INK, MUTED, MARGIN, openTaggedPdf, type TextStyle } from "./pdf-document.server";
import { getPlanTree, type PlanObjective } from "./plan.server";

export interface ReportTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface ReportObjective {
  code: string;
  slug: string;
  heading: string;
  text: string;
  status: string;
  statusReason: string;
  owners: string;
  indicators: ReportTable | null;
  commentsTitle: string;
  comments: string[];
  milestones: ReportTable | null;
}

export interface PlanReportView {
  lang: "it" | "en";
  year: number;
  title: string;
  documentTitle: string;
  comune: string;
  lead: string;
  facts: { label: string; value: string }[];
  note: string;
  lines: { heading: string; actions: { heading: string; objectives: ReportObjective[] }[] }[];
  summary: { heading: string; table: ReportTable; milestones: string };
  footer: string;
  /** Texts for empty parts (no indicator, no milestone, no comment). */
  empty: { indicators: string; milestones: string; comments: string };
}

/** The years a report can be asked for: the plan's own years and the current one. */
export function reportYears(planYears: readonly number[], today: string): number[] {
  return [...new Set([...planYears, Number(today.slice(0, 4))])].sort((a, b) => a - b);
}

/** `t` is fixed on the language; `generatedBy` is the staff member's display name, or null on the public site. */
export async function planReportView(
  db: DbOrTrx,
  t: TFunction,
  lang: "it" | "en",
  year: number,
  clock: { now: string; today: string },
  generatedBy: string | null,
): Promise<PlanReportView | null> {
  const tree = await getPlanTree(db, lang, clock.today);
  if (!tree || !reportYears(tree.years, clock.today).includes(year)) return null;
  const comune = (await findComune(db, lang))?.name ?? "";
  const p = (key: string, vars?: Record<string, unknown>) => t(`plan:${key}`, vars ?? {});
  const r = (key: string, vars?: Record<string, unknown>) => t(`planreport:report.${key}`, { year, ...vars });
  const tr = ((key: string, vars?: Record<string, unknown>) => t(`planreport:${key}`, vars ?? {})) as unknown as TFunction;
  const tp = ((key: string, vars?: Record<string, unknown>) => p(key, vars)) as unknown as TFunction;
  const inYear = (day: string) => day.startsWith(`${year}-`);

  const objective = (o: PlanObjective): ReportObjective => {
    const comments: string[] = [];
    const rows = o.indicators.map((i) => {
      const current = i.published.filter((v) => v.correctedBy === null);
      const counted = valueForYear(current.map((v) => ({ ...v, measured_on: v.measuredOn })), year);
      const target = i.targets.find((g) => g.year === year);
      for (const v of current) if (inYear(v.measuredOn) && v.comment.trim()) comments.push(r("comment", { code: i.code, date: formatDate(v.measuredOn, lang), comment: v.comment.trim() }));
      return [
        `${i.code}: ${i.name}`,
        i.unit,
        baselineText(tp, i, lang),
        targetText(tp, i, target, lang),
        counted ? r("measuredValue", { value: valueText(tp, i, counted.value, lang), date: formatDate(counted.measuredOn, lang) }) : p("indicator.noMeasurement"),
        target ? progressText(tp, target) : p("indicator.noTarget"),
      ];
    });
    const due = o.milestones.filter((m) => inYear(m.dueOn));
    const owners = o.owners.map((w) => ownerWords(tr, w));
    return {
      code: o.code,
      slug: o.slug,
      heading: r("objective", { code: o.code, title: o.title }),
      text: o.text,
      status: r("status", { status: p(`status.${o.status}`) }),
      statusReason: o.statusReason && o.statusChangedAt ? r("statusReason", { date: formatDate(o.statusChangedAt, lang), reason: o.statusReason }) : r("noStatusReason"),
      owners: owners.length ? r("owners", { owners: owners.join("; ") }) : r("noOwners"),
      indicators: rows.length
        ? { caption: r("indicatorsCaption", { code: o.code }), columns: [r("indicator"), r("unit"), r("baseline"), r("target"), r("measured"), r("progress")], rows }
        : null,
      commentsTitle: r("comments"),
      comments,
      milestones: due.length
        ? { caption: r("milestonesCaption", { code: o.code }), columns: [r("milestone"), r("due"), r("state")], rows: due.map((m) => [`${m.code}: ${m.title}`, formatDate(m.dueOn, lang), milestoneStateText(tp, m, lang)]) }
        : null,
    };
  };

  const all = tree.lines.flatMap((l) => l.actions.flatMap((a) => a.objectives));
  const dueInYear = all.flatMap((o) => o.milestones.filter((m) => inYear(m.dueOn)).map((m) => ({ due_on: m.dueOn, done_on: m.doneOn })));
  const ms = milestoneSummary(dueInYear, clock.today);
  return {
    lang,
    year,
    title: r("title"),
    documentTitle: r("documentTitle", { comune }),
    comune,
    lead: r("lead"),
    facts: [
      { label: r("comune"), value: comune },
      { label: r("plan"), value: tree.title },
      { label: r("year"), value: String(year) },
      { label: r("generatedAt"), value: formatDate(clock.now, lang, true) },
      { label: r("generatedBy"), value: generatedBy ?? r("generatedPublic") },
    ],
    note: r("onlyApproved"),
    lines: tree.lines.map((l) => ({
      heading: r("line", { number: l.number, title: l.title }),
      actions: l.actions.map((a) => ({ heading: r("action", { code: a.code, title: a.title }), objectives: a.objectives.map(objective) })),
    })),
    summary: {
      heading: r("summary"),
      table: {
        caption: r("summaryCaption"),
        columns: [r("statusColumn"), r("count")],
        rows: [...OBJECTIVE_STATUSES.map((s) => [p(`status.${s}`), String(tree.summary.statuses[s])]), [r("total"), String(tree.summary.objectives)]],
      },
      milestones: r("milestonesSummary", ms),
    },
    footer: r("footer", { comune }),
    empty: { indicators: r("noIndicators"), milestones: r("noMilestones"), comments: r("noComments") },
  };
}

const H: Record<"H1" | "H2" | "H3" | "H4", TextStyle> = {
  H1: { font: F.bold, size: 20, color: HEADING },
  H2: { font: F.bold, size: 16, color: HEADING },
  H3: { font: F.bold, size: 13, color: HEADING },
  H4: { font: F.bold, size: 11.5, color: HEADING },
};
const BODY: TextStyle = { font: F.regular, size: 10, color: INK };
const SMALL: TextStyle = { font: F.regular, size: 8.5, color: INK };
const HEAD: TextStyle = { font: F.bold, size: 8.5, color: HEADING };
const FOOT: TextStyle = { font: F.regular, size: 8, color: MUTED };
const INDICATOR_WIDTHS = [30, 10, 14, 14, 16, 16];

/** The report as a tagged PDF (PDF/UA identifier, language, title, headings, tables with header cells). */
export async function renderPlanReportPdf(view: PlanReportView, pageWords: (n: number, total: number) => string): Promise<Uint8Array> {
  const { doc, bytes } = await openTaggedPdf({
    lang: view.lang,
    title: view.documentTitle,
    author: view.comune,
    subject: view.title,
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + 14 },
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  const w = new FlowWriter(doc, root);
  w.paragraph(view.comune, { font: F.bold, size: 14, color: HEADING }, 0.2);
  w.heading("H1", view.title, H.H1);
  w.paragraph(view.lead, BODY);
  w.table(
    [
      { header: "", width: 30 },
      { header: "", width: 70 },
    ],
    view.facts.map((f) => [f.label, f.value]),
    { head: HEAD, body: BODY, rowHeaders: true, headerRow: false },
  );
  w.paragraph(view.note, BODY);
  const table = (t: ReportTable, widths: number[]) =>
    w.table(
      t.columns.map((header, i) => ({ header, width: widths[i] ?? 1 })),
      t.rows,
      { head: HEAD, body: SMALL, rowHeaders: true },
    );
  for (const line of view.lines) {
    w.heading("H2", line.heading, H.H2, 120);
    for (const action of line.actions) {
      w.heading("H3", action.heading, H.H3, 100);
      for (const o of action.objectives) {
        w.heading("H4", o.heading, H.H4, 80);
        w.paragraph(o.text, BODY);
        w.paragraph(o.status, { ...BODY, font: F.bold });
        w.paragraph(o.statusReason, BODY);
        w.paragraph(o.owners, BODY);
        if (o.indicators) table(o.indicators, INDICATOR_WIDTHS);
        else w.paragraph(view.empty.indicators, BODY);
        w.paragraph(o.commentsTitle, { ...BODY, font: F.bold }, 0.1);
        if (o.comments.length) w.list(o.comments, BODY);
        else w.paragraph(view.empty.comments, BODY);
        if (o.milestones) table(o.milestones, [55, 20, 25]);
        else w.paragraph(view.empty.milestones, BODY);
      }
    }
  }
  w.heading("H2", view.summary.heading, H.H2, 120);
  table(view.summary.table, [70, 30]);
  w.paragraph(view.summary.milestones, BODY);
  w.footers(view.footer, pageWords, FOOT);
  root.end();
  doc.end();
  return bytes;
}
