import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DESK_METRICS,
  PIAO_OCR_CORRECTIONS,
  PIAO_PLAN,
  PLAN_YEARS,
  type OcrCorrection,
} from "#db/seed/data/piao";

/**
 * The seeded plan against the plan's own text (the in-repo copy, so CI needs nothing outside the
 * repository). The structure is read back from the document — the list of strategic lines, the
 * actions × crocevia table, the sentence naming the crocevia, the numbered digital objectives — and
 * compared with the seed, so a renamed, dropped or invented item is a failure.
 */
const RAW = readFileSync("db/seed/data/piao-2022-2024-seregno-allegato-a.txt", "utf8");

type Plan = typeof PIAO_PLAN;
type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** Whitespace- and hyphenation-insensitive form of a text. */
function normalise(text: string): string {
  return text
    .normalize("NFC")
    .replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{L})/gu, "$1$2")
    .replace(/\s+/g, " ")
    .trim();
}

function applyCorrections(raw: string, corrections: readonly OcrCorrection[]): string {
  return corrections.reduce((text, c) => text.split(c.found).join(c.fixed), raw);
}

const WORDS: Record<string, number> = {
  uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  undici: 11, dodici: 12,
};

function numbersIn(text: string): number[] {
  const digits = [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .flatMap((w) => (w in WORDS ? [WORDS[w]!] : []));
  return [...digits, ...words];
}

/** What the document itself says, parsed from its text. */
interface DocumentStructure {
  lines: { number: number; title: string }[];
  actions: { lineTitle: string; title: string }[];
  matrixHeaders: Map<number, string>;
  matrixMarks: { actionTitle: string; column: number; mark: string }[];
  croceviaCount: number;
  croceviaNames: string[];
  objectives: { number: number; text: string; items: { letter: string; text: string }[] }[];
}

function parseDocument(raw: string, corrections: readonly OcrCorrection[]): DocumentStructure {
  const rows = applyCorrections(raw, corrections).split(/\r?\n/);

  const lines = rows.flatMap((row) => {
    const m = /^(\d)\t(Scelgo Seregno:[^\t]*)/.exec(row);
    return m ? [{ number: Number(m[1]), title: m[2]!.trim() }] : [];
  });

  const header = rows.findIndex((row) => row.includes("AZIONI STRATEGICHE"));
  const tableEnd = rows.findIndex((row, i) => i > header && row.startsWith("1. Semplificazione"));
  if (header < 0 || tableEnd < 0) throw new Error("matrix table not found");
  const matrixHeaders = new Map<number, string>();
  rows[header]!.split("\t").forEach((cell, col) => {
    if (col >= 2 && cell.trim() !== "") matrixHeaders.set(col, cell.trim());
  });
  const actions: DocumentStructure["actions"] = [];
  const matrixMarks: DocumentStructure["matrixMarks"] = [];
  let lineTitle = "";
  for (const row of rows.slice(header + 1, tableEnd)) {
    if (row.trim() === "") continue;
    const cells = row.split("\t");
    if (cells[0]!.trim() !== "") lineTitle = cells[0]!.trim();
    const title = cells[1]!.trim();
    actions.push({ lineTitle, title });
    cells.forEach((cell, col) => {
      if (col >= 2 && cell.trim() !== "") matrixMarks.push({ actionTitle: title, column: col, mark: cell.trim() });
    });
  }

  const flat = normalise(raw);
  const crocevia = /genera (\d+) configurazioni di "Seregno crocevia" per il 2030: crocevia di ([^.]*)\./.exec(flat);
  if (!crocevia) throw new Error("crocevia sentence not found");

  const start = rows.findIndex((row) => row.includes("si provvederà a dare corso ai sequenti obiettivi"));
  const end = rows.findIndex((row, i) => i > start && row.startsWith("Infine"));
  const objectives: DocumentStructure["objectives"] = [];
  for (const row of rows.slice(start + 1, end)) {
    const top = /^- (\d+)\) (.*)$/.exec(row);
    const sub = /^\s*- ([a-z])\. (.*)$/.exec(row);
    if (top) objectives.push({ number: Number(top[1]), text: top[2]!.trim(), items: [] });
    else if (sub) objectives.at(-1)!.items.push({ letter: sub[1]!, text: sub[2]!.trim().replace(/[;.]$/, "") });
  }

  return {
    lines,
    actions,
    matrixHeaders,
    matrixMarks,
    croceviaCount: Number(crocevia[1]),
    croceviaNames: crocevia[2]!.split(", "),
    objectives,
  };
}

/** Every Italian text the seed claims is the plan's wording, with where it sits in the seed. */
function planWording(plan: Plan): [string, string][] {
  return [
    ...plan.lines.map((l): [string, string] => [l.code, l.title.it]),
    ...plan.actions.map((a): [string, string] => [a.code, a.title.it]),
    ...plan.crocevia.map((c): [string, string] => [c.code, c.name.it]),
    ...plan.pnrrMissions.flatMap((m): [string, string][] => [
      [m.code, `Missione ${m.number} - ${m.name.it}: ${m.description.it}`],
    ]),
    ...plan.digitalCoordination.duties.map((d): [string, string] => [`RTD ${d.number}`, d.it]),
    [`RTD`, plan.digitalCoordination.role.it],
    ...plan.objectives.flatMap((o): [string, string][] => [
      [`${o.code} title`, o.title.it],
      [`${o.code} text`, o.text.it],
      [`${o.code} period`, o.period.it],
      ...o.items.map((i): [string, string] => [i.code, i.text.it]),
      ...o.expectedResults.map((r, n): [string, string] => [`${o.code} result ${n + 1}`, r.it]),
      ...o.indicators.map((i): [string, string] => [`${i.code} basis`, i.planBasis]),
      ...o.milestones.map((m): [string, string] => [`${m.code} basis`, m.planBasis]),
    ]),
  ];
}

/** Differences between the seeded plan and the document; empty when they agree. */
function againstDocument(plan: Plan, raw: string): string[] {
  const problems: string[] = [];
  for (const c of plan.ocrCorrections) {
    if (!raw.includes(c.found)) problems.push(`OCR correction "${c.found}" does not occur in the document`);
  }
  const doc = normalise(applyCorrections(raw, plan.ocrCorrections));
  for (const [where, text] of planWording(plan)) {
    if (!doc.includes(normalise(text))) problems.push(`${where}: "${text}" is not in the document`);
  }

  const parsed = parseDocument(raw, plan.ocrCorrections);
  const same = (a: string, b: string) => normalise(a) === normalise(b);

  if (parsed.lines.length !== plan.lines.length) {
    problems.push(`document has ${parsed.lines.length} strategic lines, seed ${plan.lines.length}`);
  }
  parsed.lines.forEach((l, i) => {
    const seeded = plan.lines[i];
    if (!seeded || seeded.number !== l.number || !same(seeded.title.it, l.title)) {
      problems.push(`strategic line ${l.number} "${l.title}" not seeded in its place`);
    }
  });

  if (parsed.actions.length !== plan.actions.length) {
    problems.push(`document has ${parsed.actions.length} actions, seed ${plan.actions.length}`);
  }
  parsed.actions.forEach((a, i) => {
    const seeded = plan.actions[i];
    const line = plan.lines.find((l) => l.code === seeded?.lineCode);
    if (!seeded || !same(seeded.title.it, a.title)) problems.push(`action "${a.title}" not seeded in its place`);
    else if (!line || !same(line.title.it, a.lineTitle)) problems.push(`action ${seeded.code} is under the wrong line`);
  });

  if (parsed.croceviaCount !== plan.crocevia.length) {
    problems.push(`document announces ${parsed.croceviaCount} crocevia, seed has ${plan.crocevia.length}`);
  }
  if (parsed.croceviaNames.join("|") !== plan.crocevia.map((c) => c.name.it).join("|")) {
    problems.push(`crocevia names differ: document ${parsed.croceviaNames.join(", ")}`);
  }

  // Columns named by their header; the one unreadable header goes to the one crocevia left over.
  const columnOf = new Map<string, number>();
  const unnamed: number[] = [];
  for (const [col, headerText] of parsed.matrixHeaders) {
    const c = plan.crocevia.find((x) => headerText.toUpperCase().includes(x.name.it.toUpperCase()));
    if (c) columnOf.set(c.code, col);
    else unnamed.push(col);
  }
  const leftOver = plan.crocevia.filter((c) => !columnOf.has(c.code));
  if (unnamed.length === 1 && leftOver.length === 1) columnOf.set(leftOver[0]!.code, unnamed[0]!);
  else problems.push(`cannot map matrix columns: ${unnamed.length} unnamed, ${leftOver.length} crocevia left`);
  for (const c of plan.crocevia) {
    if (columnOf.get(c.code) !== c.matrixColumn) problems.push(`${c.code} is not matrix column ${c.matrixColumn}`);
  }
  const fromDocument = parsed.matrixMarks
    .map((m) => {
      const action = plan.actions.find((a) => same(a.title.it, m.actionTitle));
      const crocevia = [...columnOf].find(([, col]) => col === m.column)?.[0];
      return `${action?.code}|${crocevia}|${m.mark}`;
    })
    .sort();
  const seededMatrix = plan.matrix.map((l) => `${l.actionCode}|${l.croceviaCode}|${l.mark}`).sort();
  if (fromDocument.join(",") !== seededMatrix.join(",")) {
    problems.push(`matrix differs: document ${fromDocument.join(", ")}; seed ${seededMatrix.join(", ")}`);
  }

  const numbered = plan.objectives.filter((o) => o.planNumber !== null);
  if (parsed.objectives.length !== numbered.length) {
    problems.push(`document lists ${parsed.objectives.length} digital objectives, seed ${numbered.length}`);
  }
  for (const d of parsed.objectives) {
    const seeded = numbered.find((o) => o.planNumber === d.number);
    if (!seeded) {
      problems.push(`digital objective ${d.number} "${d.text}" not seeded`);
      continue;
    }
    if (!normalise(d.text).startsWith(normalise(seeded.title.it))) {
      problems.push(`${seeded.code} title "${seeded.title.it}" is not objective ${d.number}'s`);
    }
    if (d.items.length > 0) {
      const letters = seeded.items.map((i) => i.letter).join("");
      if (letters !== d.items.map((i) => i.letter).join("")) {
        problems.push(`${seeded.code} sub-items ${letters} differ from the document's`);
      }
      d.items.forEach((item) => {
        const s = seeded.items.find((i) => i.letter === item.letter);
        if (!s || !same(s.text.it, item.text)) problems.push(`${seeded.code}.${item.letter} "${item.text}" not seeded`);
      });
    } else {
      for (const i of seeded.items) {
        if (!normalise(d.text).includes(normalise(i.text.it))) problems.push(`${i.code} is not in objective ${d.number}`);
      }
    }
  }
  return problems;
}

/** Internal consistency: codes, links, targets, translations. Empty when all hold. */
function structuralProblems(plan: Plan): string[] {
  const problems: string[] = [];
  const codes = [
    ...plan.lines.map((x) => x.code),
    ...plan.actions.map((x) => x.code),
    ...plan.crocevia.map((x) => x.code),
    ...plan.pnrrMissions.map((x) => x.code),
    ...plan.objectives.flatMap((o) => [
      o.code,
      ...o.items.map((x) => x.code),
      ...o.indicators.map((x) => x.code),
      ...o.milestones.map((x) => x.code),
    ]),
  ];
  const dup = codes.filter((c, i) => codes.indexOf(c) !== i);
  if (dup.length > 0) problems.push(`duplicate codes: ${dup.join(", ")}`);
  const slugs = [
    ...plan.lines.map((x) => `line:${x.slug}`),
    ...plan.actions.map((x) => `action:${x.slug}`),
    ...plan.crocevia.map((x) => `crocevia:${x.slug}`),
    ...plan.objectives.map((x) => `objective:${x.slug}`),
    ...plan.objectives.flatMap((o) => o.indicators.map((x) => `indicator:${x.slug}`)),
  ];
  const dupSlugs = slugs.filter((c, i) => slugs.indexOf(c) !== i);
  if (dupSlugs.length > 0) problems.push(`duplicate slugs: ${dupSlugs.join(", ")}`);

  const lineCodes = new Set(plan.lines.map((l) => l.code));
  const actionCodes = new Set(plan.actions.map((a) => a.code));
  const croceviaCodes = new Set(plan.crocevia.map((c) => c.code));
  const missionCodes = new Set(plan.pnrrMissions.map((m) => m.code));
  const sdgNumbers = new Set(plan.sdgs.map((s) => s.number));

  for (const a of plan.actions) {
    if (!lineCodes.has(a.lineCode)) problems.push(`${a.code} belongs to missing line ${a.lineCode}`);
    if (!a.code.startsWith(`${a.lineCode}.A`)) problems.push(`${a.code} code does not name its line`);
  }
  for (const l of plan.matrix) {
    if (!actionCodes.has(l.actionCode) || !croceviaCodes.has(l.croceviaCode)) {
      problems.push(`matrix link ${l.actionCode}→${l.croceviaCode} points to a missing item`);
    }
  }
  const usedMetrics = new Set<string>();
  for (const o of plan.objectives) {
    if (!actionCodes.has(o.actionCode)) problems.push(`${o.code} is under missing action ${o.actionCode}`);
    for (const m of o.pnrrMissions) if (!missionCodes.has(m)) problems.push(`${o.code} names missing mission ${m}`);
    for (const s of o.sdgs) if (!sdgNumbers.has(s)) problems.push(`${o.code} names missing SDG ${s}`);
    if (o.indicators.length === 0) problems.push(`${o.code} has no indicator`);
    const itemCodes = new Set(o.items.map((i) => i.code));
    const milestoneCodes = new Set(o.milestones.map((m) => m.code));
    for (const i of o.items) if (!i.code.startsWith(`${o.code}.`)) problems.push(`${i.code} not under ${o.code}`);
    for (const m of o.milestones) {
      if (m.objectiveCode !== o.code) problems.push(`${m.code} claims objective ${m.objectiveCode}`);
      if (m.itemCode !== null && !itemCodes.has(m.itemCode)) problems.push(`${m.code} points to missing ${m.itemCode}`);
      if (!(PLAN_YEARS as readonly number[]).includes(m.dueYear) || !m.dueDate.startsWith(`${m.dueYear}-`)) {
        problems.push(`${m.code} due date ${m.dueDate} does not match year ${m.dueYear}`);
      }
    }
    for (const i of o.indicators) {
      if (i.objectiveCode !== o.code || !i.code.startsWith(`${o.code}.I`)) problems.push(`${i.code} is not ${o.code}'s`);
      if (i.itemCode !== null && !itemCodes.has(i.itemCode)) problems.push(`${i.code} points to missing ${i.itemCode}`);
      for (const m of i.milestoneCodes) if (!milestoneCodes.has(m)) problems.push(`${i.code} records missing ${m}`);
      if (i.years.length === 0) problems.push(`${i.code} applies to no year`);
      const targetYears = Object.keys(i.targets).map(Number).sort();
      if (targetYears.join() !== [...i.years].sort().join()) {
        problems.push(`${i.code} has targets for ${targetYears.join("/")} but applies to ${i.years.join("/")}`);
      }
      for (const y of i.years) {
        const t = i.targets[y];
        if (!(PLAN_YEARS as readonly number[]).includes(y)) problems.push(`${i.code} applies to ${y}, outside the plan`);
        if (!t) continue;
        if (i.kind === "milestone" && t.kind !== "done") problems.push(`${i.code} milestone with a ${t.kind} target`);
        if (i.kind === "quantity" && t.kind === "done") problems.push(`${i.code} quantity with a done target`);
        // Numbers only from the plan: the value is in the words it derives from, or counts its listed items.
        if (t.kind === "value" && !numbersIn(i.planBasis).includes(t.value) && t.value !== o.items.length) {
          problems.push(`${i.code} target ${t.value} is not a number of the plan ("${i.planBasis}")`);
        }
        if (t.kind !== "value" && !i.derived) problems.push(`${i.code} has a non-numeric target but is not marked derived`);
      }
      if (i.derived && i.note === null) problems.push(`${i.code} is derived but has no note`);
      if (i.baseline.value !== null && i.baseline.note === null && !numbersIn(i.planBasis).includes(i.baseline.value)) {
        problems.push(`${i.code} baseline ${i.baseline.value} has no source`);
      }
      if (i.measuredBy !== null) {
        if (!(i.measuredBy in DESK_METRICS)) problems.push(`${i.code} measured by unknown metric ${i.measuredBy}`);
        usedMetrics.add(i.measuredBy);
      }
    }
  }
  for (const key of Object.keys(DESK_METRICS)) {
    if (!usedMetrics.has(key)) problems.push(`desk metric ${key} measures no indicator`);
  }

  // Every {it, en} pair anywhere in the plan.
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === "object") {
      const o = value as Record<string, unknown>;
      if (typeof o.it === "string" || typeof o.en === "string") {
        if (typeof o.en !== "string" || o.en.trim() === "") problems.push(`${path}: English missing`);
        else if (typeof o.it !== "string" || o.it.trim() === "") problems.push(`${path}: Italian missing`);
        else if (o.en.trim() === o.it.trim()) problems.push(`${path}: English equals Italian ("${o.it}")`);
      }
      for (const [k, v] of Object.entries(o)) if (k !== "it" && k !== "en") walk(v, `${path}.${k}`);
    }
  };
  walk(plan, "plan");
  return problems;
}

const mutable = (): Mutable<Plan> => structuredClone(PIAO_PLAN) as Mutable<Plan>;
const objective = (plan: Mutable<Plan>, code: string) => plan.objectives.find((o) => o.code === code)!;

describe("PIAO 2022-2024 seed against the plan's text", () => {
  it("has the plan's 4 strategic lines, 11 actions, 6 crocevia, 6 PNRR missions and 6 numbered digital objectives", () => {
    const doc = parseDocument(RAW, PIAO_OCR_CORRECTIONS);
    expect(doc.lines).toHaveLength(4);
    expect(doc.actions).toHaveLength(11);
    expect(doc.croceviaCount).toBe(6);
    expect(doc.objectives.map((o) => o.items.length)).toEqual([3, 3, 4, 2, 2, 0]);
    expect(PIAO_PLAN.lines).toHaveLength(4);
    expect(PIAO_PLAN.actions).toHaveLength(11);
    expect(PIAO_PLAN.crocevia).toHaveLength(6);
    expect(PIAO_PLAN.pnrrMissions.map((m) => m.code)).toEqual(["M1", "M2", "M3", "M4", "M5", "M6"]);
    expect(PIAO_PLAN.objectives.filter((o) => o.digital)).toHaveLength(7);
  });

  it("seeds every line, action, crocevia, matrix mark and digital objective with the plan's wording", () => {
    expect(againstDocument(PIAO_PLAN, RAW)).toEqual([]);
  });

  it("covers each digital objective the issue names, with its figures", () => {
    const all = normalise(
      PIAO_PLAN.objectives.flatMap((o) => [o.text.it, ...o.items.map((i) => i.text.it)]).join(" "),
    );
    for (const needle of [
      "centralino Voip in cloud",
      "(ca 400)",
      "tre sale per videoconferenza",
      "fibra ottica 1 Gb",
      "stampanti/fotocopiatori a noleggio",
      "contenimento dei costi",
      "gestione dei contratti",
      "\"printer code\"",
      "Gestione Protocollo",
      "Gestione cimitero",
      "Gestione economica del Personale",
      "Gestione Pratiche Edilizie",
      "sanzioni al Codice Stradale",
      "tassa sui rifiuti (TARI)",
      "rinnovo del sito istituzionale per aderire ai modelli standard",
      "Sportello Telematico Polifunzionale",
      "Parco Alla Porada",
      "12 punti di videosorveglianza del Centro Storico",
      "cittadini ultrasessantacinquenni e disabili",
    ]) {
      expect(all, needle).toContain(needle);
    }
    const targets = PIAO_PLAN.objectives.flatMap((o) =>
      o.indicators.flatMap((i) => Object.values(i.targets).flatMap((t) => (t.kind === "value" ? [t.value] : []))),
    );
    expect(new Set(targets)).toEqual(new Set([400, 3, 1, 4, 12]));
  });

  it("has unique codes, links to existing items, targets for every year an indicator applies to, and English everywhere", () => {
    expect(structuralProblems(PIAO_PLAN)).toEqual([]);
    for (const o of PIAO_PLAN.objectives) expect(o.indicators.length, o.code).toBeGreaterThan(0);
  });

  it("measures by the desk only objectives about the desk, the national platforms and accessibility", () => {
    const byMetric = new Map<string, string[]>();
    for (const i of PIAO_PLAN.objectives.flatMap((o) => o.indicators)) {
      if (i.measuredBy) byMetric.set(i.measuredBy, [...(byMetric.get(i.measuredBy) ?? []), i.objectiveCode]);
    }
    expect(Object.fromEntries(byMetric)).toEqual({
      "online-applications-per-service-month": ["OB-05"],
      "online-vs-counter-share": ["OB-05"],
      "processing-time-vs-deadline": ["OB-05"],
      "citizen-satisfaction": ["OB-05"],
      "pagopa-payments": ["OB-04"],
      "accessibility-check": ["OB-05", "OB-07"],
    });
  });

  it("names no UN goal, because the plan's list of goals is not in the text", () => {
    expect(normalise(RAW)).toContain("dagli obiettivi di **Agenda ONU 2030** ovvero: 2. dalle missioni del **PNRR**");
    expect(PIAO_PLAN.sdgs).toEqual([]);
    for (const o of PIAO_PLAN.objectives) expect(o.sdgs).toEqual([]);
  });
});

describe("the checks catch a seed that drifts from the plan", () => {
  it("a renamed action, line or sub-item is not found", () => {
    const plan = mutable();
    plan.actions[2]!.title.it = "Agevolare e sostenere: una tassazione locale equa";
    plan.lines[3]!.title.it = "Scelgo Seregno: oltre i confini";
    objective(plan, "OB-03").items[1]!.text.it = "Gestione cimiteriale";
    const problems = againstDocument(plan as Plan, RAW);
    // A shortened title is still a substring of the document: the table comparison catches it.
    expect(problems).toContain('action "Agevolare e sostenere: una tassazione locale equa e progressiva" not seeded in its place');
    expect(problems.some((p) => p.startsWith("L4:"))).toBe(true);
    expect(problems.some((p) => p.startsWith("OB-03.b"))).toBe(true);
  });

  it("a dropped crocevia, a moved matrix mark or a missing objective is reported", () => {
    const plan = mutable();
    plan.crocevia.pop();
    plan.matrix[0]!.croceviaCode = "C5";
    plan.objectives.splice(2, 1);
    const problems = againstDocument(plan as Plan, RAW).join("\n");
    expect(problems).toContain("document announces 6 crocevia, seed has 5");
    expect(problems).toContain("matrix differs");
    expect(problems).toContain("digital objective 3");
  });

  it("an invented number, a duplicate code, a dangling link, a missing year's target or a copied translation is reported", () => {
    const plan = mutable();
    const ob01 = objective(plan, "OB-01");
    ob01.indicators[1]!.targets[2024] = { kind: "value", value: 450 };
    ob01.indicators[3]!.targets = { 2022: { kind: "value", value: 1 } };
    plan.actions[1]!.code = "L1.A1";
    plan.actions[4]!.lineCode = "L9";
    plan.matrix[0]!.croceviaCode = "C9";
    objective(plan, "OB-02").indicators.length = 0;
    plan.lines[0]!.title.en = plan.lines[0]!.title.it;
    const problems = structuralProblems(plan as Plan).join("\n");
    expect(problems).toContain("OB-01.I2 target 450 is not a number of the plan");
    expect(problems).toContain("OB-01.I4 has targets for 2022 but applies to 2022/2023/2024");
    expect(problems).toContain("duplicate codes: L1.A1");
    expect(problems).toContain("belongs to missing line L9");
    expect(problems).toContain("points to a missing item");
    expect(problems).toContain("OB-02 has no indicator");
    expect(problems).toContain("English equals Italian");
  });

  it("an OCR correction that is not in the document is rejected", () => {
    const plan = mutable();
    plan.ocrCorrections.push({ found: "Scelgo Milano", fixed: "Scelgo Seregno", sourceLine: 1, why: "test" });
    expect(againstDocument(plan as Plan, RAW)).toContain('OCR correction "Scelgo Milano" does not occur in the document');
  });
});
