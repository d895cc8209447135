/**
 * The comune's plan — PIAO 2022-2024 of the Città di Seregno, Allegato A ("Sottosezione di
 * programmazione – Valore pubblico, semplificazione e digitalizzazione") — as typed seed data.
 *
 * Source: `db/seed/data/piao-2022-2024-seregno-allegato-a.txt` (the OCR text of the attachment, kept
 * unchanged in the repository). Every Italian text below is copied from that file (only OCR breaks are
 * repaired, each listed in `PIAO_OCR_CORRECTIONS`); every `en` text is our translation. `sourceLines`
 * point at the lines of that file so a reader can check each item against the plan.
 *
 * What the plan does NOT say, and how it is handled (details in docs/piao-data.md):
 * - the strategic lines have no description (`description: null`);
 * - the list of UN Agenda 2030 goals was an image lost in the text (line 56-58 is blank): no SDG is
 *   named, so `PIAO_SDGS` is empty and every objective's `sdgs` is empty;
 * - the objectives are not assigned to a strategic action, an office or a person, and have no
 *   per-year timing: only "nel corso del triennio 2022/24". The action is assigned by subject
 *   (`actionBasis`), `responsible` is null, targets and milestones fall at the end of 2024;
 * - the only numbers are ~400 phones, three video-conference rooms, 1 Gb fibre, four software systems
 *   and 12 video-surveillance points; every other target is derived from the text (`derived: true`,
 *   with a `note`).
 *
 * The codes (`L1`, `L1.A2`, `C3`, `OB-04`, `OB-04.I3`, `OB-04.M1`…) are stable: migrations and seeds
 * refer to them. Deterministic: plain constants, no clock, no randomness.
 */

/** A text in the plan's Italian wording and its English translation. */
export interface PlanText {
  it: string;
  en: string;
}

export const PLAN_YEARS = [2022, 2023, 2024] as const;
export type PlanYear = (typeof PLAN_YEARS)[number];

/** Where the text was repaired: `found` occurs in the source file, `fixed` is what the seed uses. */
export interface OcrCorrection {
  found: string;
  fixed: string;
  sourceLine: number;
  why: string;
}

export const PIAO_OCR_CORRECTIONS: readonly OcrCorrection[] = [
  {
    found: "Qualificareziappropriarsi",
    fixed: "Qualificare: riappropriarsi",
    sourceLine: 120,
    why: "the colon and the 'r' of 'riappropriarsi' were read as 'zi'; every other action has the form 'Verbi: tema'",
  },
];

/** The plan document itself. */
export const PIAO_DOCUMENT = {
  code: "PIAO-2022-2024",
  title: {
    it: "Il Piano Integrato di Attività e Organizzazione 2022-2024",
    en: "The Integrated Activity and Organisation Plan (PIAO) 2022-2024",
  },
  section: {
    it: "Sottosezione di programmazione – Valore pubblico, semplificazione e digitalizzazione",
    en: "Planning subsection – Public value, simplification and digitalisation",
  },
  legalBasis: {
    it: "ai sensi dell'art. 6 del D.L. n. 80 del 09/06/2021",
    en: "under article 6 of Decree-Law no. 80 of 9 June 2021",
  },
  agenda: {
    it: "Seregno 2030: Crocevia di opportunità",
    en: "Seregno 2030: Crossroads of opportunity",
  },
  years: PLAN_YEARS,
  sourceFile: "db/seed/data/piao-2022-2024-seregno-allegato-a.txt",
} as const;

// ---------------------------------------------------------------------------------------------
// Strategic lines and actions (DUP "linee programmatiche di mandato", lines 100-125)
// ---------------------------------------------------------------------------------------------

export interface StrategicLine {
  /** "L1".."L4", in the plan's order. */
  code: string;
  slug: string;
  number: number;
  title: PlanText;
  /** The plan gives only the title (line 100-105); null until the comune writes one. */
  description: PlanText | null;
  sourceLines: string;
}

export const PIAO_LINES: readonly StrategicLine[] = [
  {
    code: "L1",
    slug: "persone",
    number: 1,
    title: { it: "Scelgo Seregno: dalla parte delle persone", en: "I choose Seregno: on the side of the people" },
    description: null,
    sourceLines: "102",
  },
  {
    code: "L2",
    slug: "territorio",
    number: 2,
    title: { it: "Scelgo Seregno: dalla parte del territorio", en: "I choose Seregno: on the side of the territory" },
    description: null,
    sourceLines: "103",
  },
  {
    code: "L3",
    slug: "servizi",
    number: 3,
    title: { it: "Scelgo Seregno: dalla parte dei servizi", en: "I choose Seregno: on the side of the services" },
    description: null,
    sourceLines: "104",
  },
  {
    code: "L4",
    slug: "oltre-il-territorio",
    number: 4,
    title: { it: "Scelgo Seregno: oltre il territorio", en: "I choose Seregno: beyond the territory" },
    description: null,
    sourceLines: "105",
  },
];

export interface StrategicAction {
  /** "L<line>.A<n>", numbered in the order of the plan's table within the line. */
  code: string;
  slug: string;
  lineCode: string;
  number: number;
  title: PlanText;
  sourceLines: string;
}

export const PIAO_ACTIONS: readonly StrategicAction[] = [
  {
    code: "L1.A1",
    slug: "accessibilita-legalita-sicurezza",
    lineCode: "L1",
    number: 1,
    title: {
      it: "Governare, integrare, sostenere: accessibilità, legalità e sicurezza",
      en: "Govern, integrate, support: accessibility, legality and safety",
    },
    sourceLines: "115",
  },
  {
    code: "L1.A2",
    slug: "persona-al-centro",
    lineCode: "L1",
    number: 2,
    title: {
      it: "Proteggere, garantire e valorizzare: la persona al centro anche nelle formazioni sociali",
      en: "Protect, guarantee and enhance: the person at the centre, also within social groups",
    },
    sourceLines: "116",
  },
  {
    code: "L1.A3",
    slug: "tassazione-locale-equa",
    lineCode: "L1",
    number: 3,
    title: {
      it: "Agevolare e sostenere: una tassazione locale equa e progressiva",
      en: "Ease and support: fair and progressive local taxation",
    },
    sourceLines: "117",
  },
  {
    code: "L1.A4",
    slug: "formazione-adeguata-integrata",
    lineCode: "L1",
    number: 4,
    title: {
      it: "Promuovere, Sviluppare ed Educare: garanzia di una formazione adeguata ed integrata",
      en: "Promote, Develop and Educate: guaranteeing an adequate and integrated education",
    },
    sourceLines: "118",
  },
  {
    code: "L2.A1",
    slug: "sport-inclusione",
    lineCode: "L2",
    number: 1,
    title: {
      it: "Valorizzare, supportare, promuovere: lo sport, scuola di vita e di inclusione sociale",
      en: "Enhance, support, promote: sport, a school of life and of social inclusion",
    },
    sourceLines: "119",
  },
  {
    code: "L2.A2",
    slug: "riappropriarsi-del-territorio",
    lineCode: "L2",
    number: 2,
    title: {
      it: "Sviluppare, Garantire, Qualificare: riappropriarsi consapevolmente di un Territorio",
      en: "Develop, Guarantee, Upgrade: consciously taking back a Territory",
    },
    sourceLines: "120",
  },
  {
    code: "L2.A3",
    slug: "rete-territoriale",
    lineCode: "L2",
    number: 3,
    title: {
      it: "Partecipare alla rete territoriale: i cittadini e le organizzazioni locali, protagonisti della città",
      en: "Taking part in the local network: citizens and local organisations, the protagonists of the city",
    },
    sourceLines: "121",
  },
  {
    code: "L2.A4",
    slug: "cultura-formazione-persona",
    lineCode: "L2",
    number: 4,
    title: {
      it: "Potenziare e valorizzare: la cultura per la formazione della persona",
      en: "Strengthen and enhance: culture for the growth of the person",
    },
    sourceLines: "122",
  },
  {
    code: "L3.A1",
    slug: "servizi-dalla-parte-del-cittadino",
    lineCode: "L3",
    number: 1,
    title: {
      it: "Promuovere, efficientare, garantire, modernizzare: i servizi dalla parte del cittadino",
      en: "Promote, make efficient, guarantee, modernise: services on the citizen's side",
    },
    sourceLines: "123",
  },
  {
    code: "L3.A2",
    slug: "ampliare-offerta-servizi",
    lineCode: "L3",
    number: 2,
    title: {
      it: "Valorizzare e ampliare l'offerta: dalle persone ai servizi",
      en: "Enhance and widen the offer: from people to services",
    },
    sourceLines: "124",
  },
  {
    code: "L4.A1",
    slug: "seregno-oltre-i-confini",
    lineCode: "L4",
    number: 1,
    title: {
      it: "Rilanciare e creare eccellenze: Seregno oltre i propri confini",
      en: "Relaunch and create excellence: Seregno beyond its own borders",
    },
    sourceLines: "125",
  },
];

// ---------------------------------------------------------------------------------------------
// The six crocevia of the Agenda "Seregno 2030" and the action × crocevia matrix (lines 50, 113-125)
// ---------------------------------------------------------------------------------------------

export interface Crocevia {
  /** "C1".."C6", in the order of the plan's sentence on line 50. */
  code: string;
  slug: string;
  /** The name as the sentence on line 50 gives it ("crocevia di servizi avanzati, benessere, …"). */
  name: PlanText;
  /** "Crocevia di " + name, as the table headers write it. */
  title: PlanText;
  /** Column of the matrix table (0-based, tab-separated, line 114); the column header as read. */
  matrixColumn: number;
  matrixHeader: string;
  /** Why the column was matched to this crocevia when the header does not say it. */
  matrixNote: PlanText | null;
}

export const PIAO_CROCEVIA: readonly Crocevia[] = [
  {
    code: "C1",
    slug: "servizi-avanzati",
    name: { it: "servizi avanzati", en: "advanced services" },
    title: { it: "Crocevia di servizi avanzati", en: "Crossroads of advanced services" },
    matrixColumn: 2,
    matrixHeader: "CROCEVIA D SERVIZI AVANZATI",
    matrixNote: null,
  },
  {
    code: "C2",
    slug: "benessere",
    name: { it: "benessere", en: "well-being" },
    title: { it: "Crocevia di benessere", en: "Crossroads of well-being" },
    matrixColumn: 5,
    matrixHeader: "CROCEVIA DI BENESSERE",
    matrixNote: null,
  },
  {
    code: "C3",
    slug: "innovazione",
    name: { it: "innovazione", en: "innovation" },
    title: { it: "Crocevia di innovazione", en: "Crossroads of innovation" },
    matrixColumn: 4,
    matrixHeader: "CROCEVIA DI INNOVAZIONE",
    matrixNote: null,
  },
  {
    code: "C4",
    slug: "cultura",
    name: { it: "cultura", en: "culture" },
    title: { it: "Crocevia di cultura", en: "Crossroads of culture" },
    matrixColumn: 6,
    matrixHeader: "CROCEVIA DI CULTURA",
    matrixNote: null,
  },
  {
    code: "C5",
    slug: "welfare-di-comunita",
    name: { it: "Welfare di comunità", en: "community welfare" },
    title: { it: "Crocevia di Welfare di comunità", en: "Crossroads of community welfare" },
    matrixColumn: 7,
    matrixHeader: "CROCEVIA DI WELFARE DI COMUNITÀ",
    matrixNote: null,
  },
  {
    code: "C6",
    slug: "sostenibilita-e-resilienza",
    name: { it: "sostenibilità e resilienza", en: "sustainability and resilience" },
    title: { it: "Crocevia di sostenibilità e resilienza", en: "Crossroads of sustainability and resilience" },
    matrixColumn: 3,
    matrixHeader: "CRUCEVIA",
    matrixNote: {
      it: "Intestazione di colonna illeggibile nel testo (\"CRUCEVIA\"): attribuita per esclusione all'unico crocevia che nessun'altra colonna nomina.",
      en: "The column header is unreadable in the text (\"CRUCEVIA\"): assigned by elimination to the only crocevia no other column names.",
    },
  },
];

/**
 * One mark of the matrix "La sintesi … tra linee programmatiche di mandato e Agenda Strategica"
 * (lines 113-125): the action contributes to the crocevia. `mark` is the glyph the OCR made of the
 * table's icon, kept so nobody mistakes it for data we chose. The matrix is exactly the text's: three
 * actions (L1.A1, L1.A3, L4.A1) and three crocevia (C3, C5, C6) have no mark, which suggests icons
 * lost in the OCR — check against the original PDF before publishing the matrix as complete.
 */
export interface MatrixLink {
  actionCode: string;
  croceviaCode: string;
  mark: string;
  sourceLine: number;
}

export const PIAO_MATRIX: readonly MatrixLink[] = [
  { actionCode: "L1.A2", croceviaCode: "C4", mark: "\\$", sourceLine: 116 },
  { actionCode: "L1.A4", croceviaCode: "C4", mark: "\\$", sourceLine: 118 },
  { actionCode: "L2.A1", croceviaCode: "C2", mark: "(8)", sourceLine: 119 },
  { actionCode: "L2.A2", croceviaCode: "C1", mark: "▣", sourceLine: 120 },
  { actionCode: "L2.A2", croceviaCode: "C2", mark: "(B)", sourceLine: 120 },
  { actionCode: "L2.A3", croceviaCode: "C4", mark: "\\$", sourceLine: 121 },
  { actionCode: "L2.A4", croceviaCode: "C4", mark: "#", sourceLine: 122 },
  { actionCode: "L3.A1", croceviaCode: "C1", mark: "▣", sourceLine: 123 },
  { actionCode: "L3.A2", croceviaCode: "C4", mark: "#", sourceLine: 124 },
];

// ---------------------------------------------------------------------------------------------
// UN Agenda 2030 goals and PNRR missions (lines 34, 56-85, 133)
// ---------------------------------------------------------------------------------------------

export interface SustainableDevelopmentGoal {
  number: number;
  /** Official short name (UN / ASviS Italian, UN English). */
  shortName: PlanText;
}

/**
 * Empty on purpose: the plan says the Agenda draws on "gli obiettivi di Agenda ONU 2030 ovvero:"
 * (line 56) but the list that followed was an image and is not in the text; no goal is named or
 * numbered anywhere else. Fill it from the original PDF, never by guessing.
 */
export const PIAO_SDGS: readonly SustainableDevelopmentGoal[] = [];

export interface PnrrMission {
  /** "M1".."M6". */
  code: string;
  number: number;
  /** Official name of the mission (PNRR "Italia Domani"; English as in the plan's official English version). */
  name: PlanText;
  /** The plan's own sentence after the name. */
  description: PlanText;
  sourceLines: string;
}

export const PIAO_PNRR_MISSIONS: readonly PnrrMission[] = [
  {
    code: "M1",
    number: 1,
    name: {
      it: "Digitalizzazione, innovazione, competitività, cultura e turismo",
      en: "Digitalisation, innovation, competitiveness, culture and tourism",
    },
    description: {
      it: "con l'obiettivo di promuovere la trasformazione digitale del Paese, sostenere l'innovazione del sistema produttivo, e investire in due settori chiave per l'Italia, turismo e cultura.",
      en: "aiming to promote the country's digital transformation, support innovation in the productive system, and invest in two key sectors for Italy, tourism and culture.",
    },
    sourceLines: "64",
  },
  {
    code: "M2",
    number: 2,
    name: { it: "Rivoluzione verde e transizione ecologica", en: "Green revolution and ecological transition" },
    description: {
      it: "con gli obiettivi principali di migliorare la sostenibilità e la resilienza del sistema economico e assicurare una transizione ambientale equa e inclusiva.",
      en: "with the main aims of improving the sustainability and resilience of the economic system and ensuring a fair and inclusive environmental transition.",
    },
    sourceLines: "68",
  },
  {
    code: "M3",
    number: 3,
    name: { it: "Infrastrutture per una mobilità sostenibile", en: "Infrastructure for sustainable mobility" },
    description: {
      it: "il cui obiettivo primario è lo sviluppo di un'infrastruttura di trasporto moderna, sostenibile ed estesa a tutte le aree del Paese.",
      en: "whose primary aim is to develop a modern, sustainable transport infrastructure extended to every area of the country.",
    },
    sourceLines: "72",
  },
  {
    code: "M4",
    number: 4,
    name: { it: "Istruzione e ricerca", en: "Education and research" },
    description: {
      it: "con l'obiettivo di rafforzare il sistema educativo, le competenze digitali e tecnico-scientifiche, la ricerca e il trasferimento tecnologico.",
      en: "aiming to strengthen the education system, digital, technical and scientific skills, research and technology transfer.",
    },
    sourceLines: "76",
  },
  {
    code: "M5",
    number: 5,
    name: { it: "Inclusione e coesione", en: "Inclusion and cohesion" },
    description: {
      it: "per facilitare la partecipazione al mercato del lavoro, anche attraverso la formazione, rafforzare le politiche attive del lavoro e favorire l'inclusione sociale",
      en: "to make it easier to take part in the labour market, also through training, to strengthen active labour policies and to foster social inclusion",
    },
    sourceLines: "81",
  },
  {
    code: "M6",
    number: 6,
    name: { it: "Salute", en: "Health" },
    description: {
      it: "con l'obiettivo di rafforzare la prevenzione e i servizi sanitari sul territorio, modernizzare e digitalizzare il sistema sanitario e garantire equità di accesso alle cure.",
      en: "aiming to strengthen prevention and local health services, modernise and digitalise the health system and guarantee fair access to care.",
    },
    sourceLines: "85",
  },
];

// ---------------------------------------------------------------------------------------------
// The Digital Transition Officer (lines 142-157): who coordinates the digital objectives
// ---------------------------------------------------------------------------------------------

/**
 * The plan names no office or person per objective; it says the comune has "individuato un
 * Responsabile della Transizione Digitale supportato dallo specifico servizio interno appositamente
 * dedicato" and lists what is asked of that figure. Kept so the tracker can show who coordinates.
 */
export const PIAO_DIGITAL_COORDINATION = {
  role: {
    it: "Responsabile della Transizione Digitale supportato dallo specifico servizio interno appositamente dedicato",
    en: "Digital Transition Officer, supported by the internal service dedicated to it",
  },
  sourceLines: "142-157",
  duties: [
    {
      number: 1,
      it: "il coordinamento strategico dello sviluppo dei sistemi informativi, di telecomunicazione e fonia, in modo da assicurare anche la coerenza con gli standard tecnici e organizzativi comuni",
      en: "the strategic coordination of the development of information, telecommunication and telephony systems, so as to ensure consistency with the common technical and organisational standards",
    },
    {
      number: 2,
      it: "l'indirizzo e il coordinamento dello sviluppo dei servizi, sia interni che esterni, forniti dai sistemi informativi di telecomunicazione e fonia dell'amministrazione",
      en: "directing and coordinating the development of the services, both internal and external, provided by the administration's information, telecommunication and telephony systems",
    },
    {
      number: 3,
      it: "l'indirizzo, la pianificazione, il coordinamento e il monitoraggio della sicurezza informatica relativamente ai dati, ai sistemi e alle infrastrutture anche in relazione al sistema pubblico di connettività",
      en: "directing, planning, coordinating and monitoring IT security for data, systems and infrastructure, also with respect to the public connectivity system",
    },
    {
      number: 4,
      it: "l'accesso dei soggetti disabili agli strumenti informatici e promozione dell'accessibilità",
      en: "access of people with disabilities to IT tools and the promotion of accessibility",
    },
    {
      number: 5,
      it: "l'analisi periodica della coerenza tra l'organizzazione e l'utilizzo delle tecnologie dell'informazione e della comunicazione, al fine di migliorare la soddisfazione dell'utenza e la qualità dei servizi nonché di ridurre i tempi e i costi dell'azione amministrativa",
      en: "the periodic analysis of how well the organisation and its use of information and communication technologies fit together, in order to improve user satisfaction and the quality of services and to reduce the time and cost of administrative action",
    },
    {
      number: 6,
      it: "la cooperazione alla revisione della riorganizzazione dell'amministrazione",
      en: "cooperation in reviewing the reorganisation of the administration",
    },
    {
      number: 7,
      it: "l'indirizzo, il coordinamento e il monitoraggio della pianificazione prevista per lo sviluppo e la gestione dei sistemi informativi di telecomunicazione e fonia",
      en: "directing, coordinating and monitoring the planning for the development and management of the information, telecommunication and telephony systems",
    },
    {
      number: 8,
      it: "la progettazione e il coordinamento delle iniziative rilevanti ai fini di una più efficace erogazione di servizi in rete a cittadini e imprese",
      en: "designing and coordinating the initiatives relevant to delivering online services to citizens and businesses more effectively",
    },
    {
      number: 9,
      it: "la promozione delle iniziative attinenti l'attuazione delle direttive impartite dal Presidente del Consiglio dei Ministri o dal Ministro delegato per l'innovazione e le tecnologie",
      en: "promoting the initiatives that implement the directives of the President of the Council of Ministers or of the Minister delegated for innovation and technology",
    },
    {
      number: 10,
      it: "la pianificazione e il coordinamento del processo di diffusione dei sistemi di identità e domicilio digitale, posta elettronica, protocollo informatico, firma digitale o firma elettronica qualificata e mandato informatico, e delle norme in materia di accessibilità e fruibilità e del processo di integrazione e interoperabilità tra i sistemi e servizi dell'amministrazione",
      en: "planning and coordinating the roll-out of digital identity and digital domicile, e-mail, electronic records registry, digital or qualified electronic signature and electronic mandate, of the rules on accessibility and usability, and of the integration and interoperability of the administration's systems and services",
    },
    {
      number: 11,
      it: "la pianificazione e il coordinamento degli acquisti di soluzioni e sistemi informatici, telematici e di telecomunicazione al fine di garantirne la compatibilità con gli obiettivi di attuazione dell'agenda digitale e, in particolare, con quelli stabiliti nel piano triennale",
      en: "planning and coordinating purchases of IT, telematic and telecommunication solutions and systems so that they are compatible with the goals of the digital agenda and, in particular, with those set in the three-year plan",
    },
  ],
} as const;

// ---------------------------------------------------------------------------------------------
// Indicators the desk measures by itself
// ---------------------------------------------------------------------------------------------

/** Metrics the Sportello computes from its own data; an indicator with `measuredBy` is refreshed from one. */
export const DESK_METRICS = {
  "online-applications-per-service-month": {
    it: "Istanze presentate online, per servizio e per mese",
    en: "Applications submitted online, per service and month",
  },
  "online-vs-counter-share": {
    it: "Quota di istanze presentate online rispetto a quelle allo sportello (registrate dal personale)",
    en: "Share of applications submitted online versus at the counter (the latter recorded by staff)",
  },
  "processing-time-vs-deadline": {
    it: "Tempo medio di conclusione delle istanze rispetto al termine di legge",
    en: "Average processing time of applications against the legal deadline",
  },
  "citizen-satisfaction": {
    it: "Soddisfazione dei cittadini (valutazione delle pagine, da 1 a 5 stelle)",
    en: "Citizen satisfaction (page rating, 1 to 5 stars)",
  },
  "pagopa-payments": {
    it: "Pagamenti pagoPA eseguiti tramite lo sportello",
    en: "pagoPA payments made through the desk",
  },
  "accessibility-check": {
    it: "Esito dell'ultima verifica automatica di accessibilità",
    en: "Result of the last automated accessibility check",
  },
} as const satisfies Record<string, PlanText>;

export type DeskMetricKey = keyof typeof DESK_METRICS;

// ---------------------------------------------------------------------------------------------
// Operational objectives, indicators, milestones (section "1. Semplificazione e digitalizzazione")
// ---------------------------------------------------------------------------------------------

/**
 * What an indicator must reach in a year.
 * - `value`: a number taken from the plan (`approximate` when the plan says "ca");
 * - `done`: a milestone-style target, the thing exists by then;
 * - `trend`: better than the baseline in the indicator's direction — used where the plan states a
 *   direction ("contenimento dei costi", "incremento", "ridurre i tempi") but no number.
 */
export type IndicatorTarget =
  | { kind: "value"; value: number; approximate?: boolean }
  | { kind: "done" }
  | { kind: "trend" };

export type IndicatorDirection = "increase" | "decrease" | "reach";

export interface IndicatorBaseline {
  /** null when the plan gives none and it must be measured at the start. */
  value: number | null;
  /** Year the baseline refers to, when known. */
  year: number | null;
  /** How the baseline was obtained when it is not a number of the plan. */
  note: PlanText | null;
}

export interface Indicator {
  /** "<objective>.I<n>". */
  code: string;
  slug: string;
  objectiveCode: string;
  /** The sub-item it measures, or null for the objective as a whole. */
  itemCode: string | null;
  /** `milestone` = done / not done; `quantity` = a measured number. */
  kind: "milestone" | "quantity";
  name: PlanText;
  unit: PlanText;
  direction: IndicatorDirection;
  baseline: IndicatorBaseline;
  /** The plan years the indicator has a target for; `targets` has exactly these keys. */
  years: readonly PlanYear[];
  targets: Partial<Record<PlanYear, IndicatorTarget>>;
  /** Where the measured value comes from (the plan names no source: these are ours). */
  dataSource: PlanText;
  /** Set when the desk computes the value itself (see DESK_METRICS). */
  measuredBy: DeskMetricKey | null;
  /** Milestones whose completion this indicator records (milestone indicators). */
  milestoneCodes: readonly string[];
  /** The plan's words the indicator is derived from, verbatim (Italian). */
  planBasis: string;
  /** True when the target is not a number of the plan but derived from its text. */
  derived: boolean;
  note: PlanText | null;
}

export interface Milestone {
  /** "<objective>.M<n>". */
  code: string;
  objectiveCode: string;
  itemCode: string | null;
  title: PlanText;
  /** The plan gives no dates: only "nel corso del triennio 2022/24", hence the end of 2024. */
  dueYear: PlanYear;
  dueDate: string;
  dateBasis: PlanText;
  planBasis: string;
}

export interface ObjectiveItem {
  /** "<objective>.<letter>". */
  code: string;
  /** The plan's letter (a, b, c…); for OB-06 the plan lists without letters and we letter them. */
  letter: string;
  text: PlanText;
}

export interface OperationalObjective {
  /** "OB-01".."OB-07". */
  code: string;
  slug: string;
  /** The plan's number in the list on lines 161-181 ("1)".."6)"); null for the closing paragraph. */
  planNumber: number | null;
  actionCode: string;
  /** The plan does not place the objectives under an action: why this one. */
  actionBasis: PlanText;
  digital: boolean;
  /** A short span of the plan's sentence that names the objective. */
  title: PlanText;
  /** The plan's whole sentence introducing the objective. */
  text: PlanText;
  items: readonly ObjectiveItem[];
  /** The results the plan expects, in its words. */
  expectedResults: readonly PlanText[];
  /** The plan names no office or person for any objective (see PIAO_DIGITAL_COORDINATION). */
  responsible: { office: PlanText; person: string | null } | null;
  /** Per-year timing as the plan gives it: it gives none, only the period. */
  timing: Record<PlanYear, PlanText | null>;
  period: PlanText;
  /** SDG numbers: none, the plan names no goal (see PIAO_SDGS). */
  sdgs: readonly number[];
  pnrrMissions: readonly string[];
  contributionNote: PlanText;
  indicators: readonly Indicator[];
  milestones: readonly Milestone[];
  sourceLines: string;
}

const NO_TIMING: Record<PlanYear, PlanText | null> = { 2022: null, 2023: null, 2024: null };

const PERIOD: PlanText = {
  it: "nel corso del triennio 2022/24",
  en: "over the three years 2022/24",
};

const END_OF_PERIOD: PlanText = {
  it: "Il piano non dà date: obiettivo da raggiungere nel corso del triennio 2022/24, quindi entro il 31/12/2024.",
  en: "The plan gives no dates: to be reached over the three years 2022/24, hence by 31/12/2024.",
};

const M1_CONTRIBUTION: PlanText = {
  it: "Il piano introduce questi obiettivi \"in relazione a quanto sopra rappresentato\", cioè dopo aver descritto la missione PNRR \"Digitalizzazione, innovazione, competitività, cultura e turismo\" e gli interventi per la digitalizzazione degli enti locali; non indica obiettivi dell'Agenda ONU 2030 per nessun obiettivo.",
  en: "The plan introduces these objectives \"in relation to what is set out above\", i.e. after describing the PNRR mission \"Digitalisation, innovation, competitiveness, culture and tourism\" and the measures for digitalising local authorities; it names no UN Agenda 2030 goal for any objective.",
};

const SERVICES_ACTION: PlanText = {
  it: "Il piano non collega gli obiettivi di digitalizzazione a un'azione: attribuito per materia all'azione sui servizi al cittadino (\"Promuovere, efficientare, garantire, modernizzare\").",
  en: "The plan does not link the digitalisation objectives to an action: assigned by subject to the action on services for citizens (\"Promote, make efficient, guarantee, modernise\").",
};

const SINCE_PLAN_START: PlanText = {
  it: "Conteggio dall'avvio del piano: per definizione 0 all'inizio del triennio.",
  en: "Counted from the start of the plan: 0 at the start of the three years by definition.",
};

const MEASURE_AT_START: PlanText = {
  it: "Il piano non dà un valore di partenza: da misurare all'inizio del periodo.",
  en: "The plan gives no starting value: to be measured at the start of the period.",
};

const NOT_DONE: IndicatorBaseline = {
  value: 0,
  year: 2022,
  note: { it: "Non realizzato all'avvio del piano.", en: "Not done when the plan started." },
};

const DONE_BY_2024 = { years: [2024] as const, targets: { 2024: { kind: "done" } } as const };

const MILESTONE_NOTE: PlanText = {
  it: "Traguardo derivato dal testo del piano, che non dà numeri né anni: realizzato entro il 2024 (fine del triennio 2022/24).",
  en: "Target derived from the plan's text, which gives no number or year: done by 2024 (end of the three years 2022/24).",
};

const TREND_NOTE: PlanText = {
  it: "Obiettivo derivato dal testo del piano, che indica la direzione ma non un valore: nel 2024 migliore del valore di partenza.",
  en: "Target derived from the plan's text, which gives the direction but no value: in 2024 better than the starting value.",
};

function milestone(
  objectiveCode: string,
  n: number,
  itemCode: string | null,
  title: PlanText,
  planBasis: string,
): Milestone {
  return {
    code: `${objectiveCode}.M${n}`,
    objectiveCode,
    itemCode,
    title,
    dueYear: 2024,
    dueDate: "2024-12-31",
    dateBasis: END_OF_PERIOD,
    planBasis,
  };
}

/** A done/not-done indicator recording one or more milestones, due by the end of 2024. */
function milestoneIndicator(
  objectiveCode: string,
  n: number,
  slug: string,
  itemCode: string | null,
  name: PlanText,
  milestoneCodes: string[],
  planBasis: string,
  dataSource: PlanText,
): Indicator {
  return {
    code: `${objectiveCode}.I${n}`,
    slug,
    objectiveCode,
    itemCode,
    kind: "milestone",
    name,
    unit: { it: "realizzato sì/no", en: "done yes/no" },
    direction: "reach",
    baseline: NOT_DONE,
    ...DONE_BY_2024,
    dataSource,
    measuredBy: null,
    milestoneCodes,
    planBasis,
    derived: true,
    note: MILESTONE_NOTE,
  };
}

/** A measured indicator whose plan gives a direction but no number. */
function trendIndicator(
  objectiveCode: string,
  n: number,
  slug: string,
  itemCode: string | null,
  name: PlanText,
  unit: PlanText,
  direction: "increase" | "decrease",
  measuredBy: DeskMetricKey | null,
  planBasis: string,
  dataSource: PlanText,
  extraNote?: PlanText,
): Indicator {
  return {
    code: `${objectiveCode}.I${n}`,
    slug,
    objectiveCode,
    itemCode,
    kind: "quantity",
    name,
    unit,
    direction,
    baseline: { value: null, year: null, note: MEASURE_AT_START },
    years: [2024],
    targets: { 2024: { kind: "trend" } },
    dataSource,
    measuredBy,
    milestoneCodes: [],
    planBasis,
    derived: true,
    note: extraNote
      ? { it: `${TREND_NOTE.it} ${extraNote.it}`, en: `${TREND_NOTE.en} ${extraNote.en}` }
      : TREND_NOTE,
  };
}

const IT_SERVICE: PlanText = {
  it: "Servizio interno dedicato alla transizione digitale",
  en: "Internal digital transition service",
};
const DESK_DATA: PlanText = {
  it: "Dati dello Sportello Telematico Polifunzionale (misura automatica)",
  en: "Data of the Sportello Telematico Polifunzionale (measured automatically)",
};

// OB-01 ------------------------------------------------------------------------------------------
const OB01 = "OB-01";
const OB01_MILESTONES = [
  milestone(OB01, 1, "OB-01.a", {
    it: "Dismissione dell'attuale centrale telefonica presso la sede AEB",
    en: "Decommissioning of the current telephone exchange at the AEB building",
  }, "la dismissione dell'attuale centrale telefonica presso la sede AEB"),
  milestone(OB01, 2, "OB-01.a", {
    it: "Adozione di una nuova modalità di erogazione della fonia basata su centralino Voip in cloud",
    en: "Adoption of a new way of delivering telephony based on a cloud VoIP switchboard",
  }, "l'adozione di una nuova modalità di erogazione della fonia basata su centralino Voip in cloud"),
  milestone(OB01, 3, "OB-01.b", {
    it: "Sostituzione degli attuali apparecchi telefonici (ca 400) completata",
    en: "Replacement of the current telephone sets (about 400) completed",
  }, "la sostituzione degli attuali apparecchi telefonici (ca 400)"),
  milestone(OB01, 4, "OB-01.b", {
    it: "Predisposizione di tre sale per videoconferenza, una per ciascun edificio",
    en: "Three video-conference rooms set up, one in each building",
  }, "predisposizione di tre sale per videoconferenza, una per ciascun edificio"),
];

// OB-02 ------------------------------------------------------------------------------------------
const OB02 = "OB-02";
const OB02_MILESTONES = [
  milestone(OB02, 1, null, {
    it: "Stampanti di proprietà comunale sostituite, ove possibile, con stampanti/fotocopiatori a noleggio (in convenzione Consip)",
    en: "Printers owned by the comune replaced, where possible, by rented printers/photocopiers (under a Consip framework agreement)",
  }, "sostituendo ove possibile le attuali stampanti di proprietà comunale con stampanti/fotocopiatori a noleggio (in convenzione Consip)"),
  milestone(OB02, 2, "OB-02.a", {
    it: "Reale piano di fabbisogno delle stampanti redatto",
    en: "An actual needs plan for the printers drawn up",
  }, "sulla base di un reale piano di fabbisogno"),
  milestone(OB02, 3, "OB-02.b", {
    it: "Fornitori e rispettive scadenze uniformati a regime",
    en: "Suppliers and their contract end dates aligned once fully in place",
  }, "uniformare a regime i fornitori e le rispettive scadenza ottimizzando la gestione dei contratti"),
  milestone(OB02, 4, "OB-02.c", {
    it: "Servizio riprogettato: autenticazione dell'utente sull'apparecchiatura tramite \"printer code\" e rilascio del lavoro su tutte le apparecchiature",
    en: "Service redesigned: user authentication at the device by \"printer code\" and job release on every device",
  }, "autenticazione dell'utente sull'apparecchiatura tramite \"printer code\", rilascio del lavoro su tutte le apparecchiature"),
];

// OB-03 ------------------------------------------------------------------------------------------
const OB03 = "OB-03";
const OB03_SYSTEMS: [string, PlanText][] = [
  ["OB-03.a", { it: "Gestione Protocollo", en: "Records registry (protocol) management" }],
  ["OB-03.b", { it: "Gestione cimitero", en: "Cemetery management" }],
  ["OB-03.c", { it: "Gestione economica del Personale", en: "Staff payroll management" }],
  ["OB-03.d", { it: "Gestione Pratiche Edilizie", en: "Building permit case management" }],
];
const OB03_MILESTONES = OB03_SYSTEMS.map(([item, name], i) =>
  milestone(OB03, i + 1, item, {
    it: `Migrazione verso il cloud: ${name.it}`,
    en: `Migration to the cloud: ${name.en}`,
  }, name.it),
);

// OB-04 ------------------------------------------------------------------------------------------
const OB04 = "OB-04";
const OB04_MILESTONES = [
  milestone(OB04, 1, "OB-04.a", {
    it: "Servizi integrati di gestione delle sanzioni al Codice Stradale sulle piattaforme nazionali",
    en: "Integrated management services for Highway Code fines on the national platforms",
  }, "delle sanzioni al Codice Stradale"),
  milestone(OB04, 2, "OB-04.b", {
    it: "Servizi integrati di gestione della tassa sui rifiuti (TARI) sulle piattaforme nazionali",
    en: "Integrated management services for the waste tax (TARI) on the national platforms",
  }, "della tassa sui rifiuti (TARI)"),
];

// OB-05 ------------------------------------------------------------------------------------------
const OB05 = "OB-05";
const OB05_MILESTONES = [
  milestone(OB05, 1, "OB-05.a", {
    it: "Rinnovo del sito istituzionale per aderire ai modelli standard",
    en: "Institutional website renewed to follow the standard models",
  }, "rinnovo del sito istituzionale per aderire ai modelli standard"),
  milestone(OB05, 2, "OB-05.b", {
    it: "Sportello Telematico Polifunzionale che consenta l'invio di istanze online",
    en: "Multi-service online desk (Sportello Telematico Polifunzionale) accepting online applications",
  }, "realizzando uno Sportello Telematico Polifunzionale che consenta l'invio di istanze online"),
  milestone(OB05, 3, "OB-05.b", {
    it: "Consultazione telematica della propria posizione fiscale per TARI e IMU",
    en: "Online consultation of one's own tax position for TARI and IMU",
  }, "la consultazione telematica della propria posizione fiscale per TARI e IMU"),
];

// OB-06 ------------------------------------------------------------------------------------------
const OB06 = "OB-06";
const OB06_MILESTONES = [
  milestone(OB06, 1, "OB-06.a", {
    it: "Nuovi punti di videosorveglianza al Parco Alla Porada",
    en: "New video-surveillance points at Parco Alla Porada",
  }, "Parco Alla Porada"),
  milestone(OB06, 2, "OB-06.b", {
    it: "12 punti di videosorveglianza del Centro Storico",
    en: "12 video-surveillance points in the historic centre",
  }, "12 punti di videosorveglianza del Centro Storico"),
];

// OB-07 ------------------------------------------------------------------------------------------
const OB07 = "OB-07";
const OB07_MILESTONES = [
  milestone(OB07, 1, null, {
    it: "Bisogni specifici dei cittadini ultrasessantacinquenni e disabili considerati nella progettazione dei servizi digitali",
    en: "The specific needs of citizens over 65 and with disabilities taken into account in designing digital services",
  }, "dei bisogni specifici dei cittadini ultrasessantacinquenni e disabili"),
];

export const PIAO_OBJECTIVES: readonly OperationalObjective[] = [
  {
    code: OB01,
    slug: "fibra-ottica-e-fonia-voip",
    planNumber: 1,
    actionCode: "L3.A1",
    actionBasis: SERVICES_ACTION,
    digital: true,
    title: {
      it: "Rinnovare e superare l'attuale pacchetto di fornitura per fibra ottica e fonia",
      en: "Renew and move beyond the current supply package for optical fibre and telephony",
    },
    text: {
      it: "Rinnovare e superare l'attuale pacchetto di fornitura per fibra ottica e fonia attraverso:",
      en: "Renew and move beyond the current supply package for optical fibre and telephony through:",
    },
    items: [
      {
        code: "OB-01.a",
        letter: "a",
        text: {
          it: "la dismissione dell'attuale centrale telefonica presso la sede AEB e l'adozione di una nuova modalità di erogazione della fonia basata su centralino Voip in cloud",
          en: "decommissioning the current telephone exchange at the AEB building and adopting a new way of delivering telephony based on a cloud VoIP switchboard",
        },
      },
      {
        code: "OB-01.b",
        letter: "b",
        text: {
          it: "la sostituzione degli attuali apparecchi telefonici (ca 400) (inclusa predisposizione di tre sale per videoconferenza, una per ciascun edificio)",
          en: "replacing the current telephone sets (about 400) (including setting up three video-conference rooms, one in each building)",
        },
      },
      {
        code: "OB-01.c",
        letter: "c",
        text: {
          it: "il mantenimento dell'attuale servizio di connettività in fibra ottica 1 Gb",
          en: "keeping the current 1 Gb optical-fibre connectivity service",
        },
      },
    ],
    expectedResults: [
      {
        it: "Rinnovare e superare l'attuale pacchetto di fornitura per fibra ottica e fonia",
        en: "Renew and move beyond the current supply package for optical fibre and telephony",
      },
    ],
    responsible: null,
    timing: NO_TIMING,
    period: PERIOD,
    sdgs: [],
    pnrrMissions: ["M1"],
    contributionNote: M1_CONTRIBUTION,
    indicators: [
      milestoneIndicator(OB01, 1, "centralino-voip-cloud", "OB-01.a", {
        it: "Fonia erogata tramite centralino Voip in cloud e centrale telefonica presso la sede AEB dismessa",
        en: "Telephony delivered by a cloud VoIP switchboard and the telephone exchange at the AEB building decommissioned",
      }, ["OB-01.M1", "OB-01.M2"],
        "la dismissione dell'attuale centrale telefonica presso la sede AEB e l'adozione di una nuova modalità di erogazione della fonia basata su centralino Voip in cloud",
        IT_SERVICE),
      {
        code: "OB-01.I2",
        slug: "apparecchi-telefonici-sostituiti",
        objectiveCode: OB01,
        itemCode: "OB-01.b",
        kind: "quantity",
        name: { it: "Apparecchi telefonici sostituiti", en: "Telephone sets replaced" },
        unit: { it: "apparecchi", en: "telephone sets" },
        direction: "increase",
        baseline: { value: 0, year: 2022, note: SINCE_PLAN_START },
        years: [2024],
        targets: { 2024: { kind: "value", value: 400, approximate: true } },
        dataSource: { it: "Inventario degli apparecchi telefonici", en: "Inventory of telephone sets" },
        measuredBy: null,
        milestoneCodes: ["OB-01.M3"],
        planBasis: "la sostituzione degli attuali apparecchi telefonici (ca 400)",
        derived: false,
        note: {
          it: "Il numero (ca 400) è del piano; l'anno 2024 è la fine del triennio, il piano non dà anni.",
          en: "The number (about 400) is the plan's; the year 2024 is the end of the three years, the plan gives no years.",
        },
      },
      {
        code: "OB-01.I3",
        slug: "sale-videoconferenza",
        objectiveCode: OB01,
        itemCode: "OB-01.b",
        kind: "quantity",
        name: { it: "Sale per videoconferenza predisposte", en: "Video-conference rooms set up" },
        unit: { it: "sale", en: "rooms" },
        direction: "increase",
        baseline: { value: 0, year: 2022, note: SINCE_PLAN_START },
        years: [2024],
        targets: { 2024: { kind: "value", value: 3 } },
        dataSource: IT_SERVICE,
        measuredBy: null,
        milestoneCodes: ["OB-01.M4"],
        planBasis: "predisposizione di tre sale per videoconferenza, una per ciascun edificio",
        derived: false,
        note: {
          it: "Il numero (tre, una per ciascun edificio) è del piano; l'anno 2024 è la fine del triennio.",
          en: "The number (three, one per building) is the plan's; the year 2024 is the end of the three years.",
        },
      },
      {
        code: "OB-01.I4",
        slug: "connettivita-fibra-1gb",
        objectiveCode: OB01,
        itemCode: "OB-01.c",
        kind: "quantity",
        name: {
          it: "Servizio di connettività in fibra ottica mantenuto",
          en: "Optical-fibre connectivity service kept",
        },
        unit: { it: "Gb (gigabit al secondo)", en: "Gb (gigabit per second)" },
        direction: "reach",
        baseline: {
          value: 1,
          year: 2022,
          note: { it: "Servizio attuale indicato dal piano.", en: "Current service as stated by the plan." },
        },
        years: [2022, 2023, 2024],
        targets: {
          2022: { kind: "value", value: 1 },
          2023: { kind: "value", value: 1 },
          2024: { kind: "value", value: 1 },
        },
        dataSource: { it: "Contratto di connettività", en: "Connectivity contract" },
        measuredBy: null,
        milestoneCodes: [],
        planBasis: "il mantenimento dell'attuale servizio di connettività in fibra ottica 1 Gb",
        derived: true,
        note: {
          it: "Il valore (1 Gb) è del piano; il \"mantenimento\" è letto come 1 Gb in ciascun anno del triennio.",
          en: "The value (1 Gb) is the plan's; \"keeping\" is read as 1 Gb in every year of the three.",
        },
      },
    ],
    milestones: OB01_MILESTONES,
    sourceLines: "161-164",
  },
  {
    code: OB02,
    slug: "parco-stampanti",
    planNumber: 2,
    actionCode: "L3.A1",
    actionBasis: SERVICES_ACTION,
    digital: true,
    title: {
      it: "Ottimizzare l'attuale parco stampanti",
      en: "Optimise the current printer fleet",
    },
    text: {
      it: "Ottimizzare l'attuale parco stampanti, sostituendo ove possibile le attuali stampanti di proprietà comunale con stampanti/fotocopiatori a noleggio (in convenzione Consip) con l'intento di:",
      en: "Optimise the current printer fleet, replacing where possible the printers owned by the comune with rented printers/photocopiers (under a Consip framework agreement) with the aim of:",
    },
    items: [
      {
        code: "OB-02.a",
        letter: "a",
        text: {
          it: "migliorare la qualità del servizio anche attraverso il contenimento dei costi e sulla base di un reale piano di fabbisogno, efficientando le spese manutentive e il relativo a materiale di consumo",
          en: "improving the quality of the service also by containing costs and on the basis of an actual needs plan, making maintenance and consumables spending more efficient",
        },
      },
      {
        code: "OB-02.b",
        letter: "b",
        text: {
          it: "uniformare a regime i fornitori e le rispettive scadenza ottimizzando la gestione dei contratti",
          en: "aligning, once fully in place, the suppliers and their contract end dates, optimising contract management",
        },
      },
      {
        code: "OB-02.c",
        letter: "c",
        text: {
          it: "riprogettare il servizio al fine di migliorarne la fruizione (es. autenticazione dell'utente sull'apparecchiatura tramite \"printer code\", rilascio del lavoro su tutte le apparecchiature)",
          en: "redesigning the service to make it easier to use (e.g. user authentication at the device by \"printer code\", job release on every device)",
        },
      },
    ],
    expectedResults: [
      {
        it: "migliorare la qualità del servizio anche attraverso il contenimento dei costi",
        en: "improving the quality of the service also by containing costs",
      },
      {
        it: "ottimizzando la gestione dei contratti",
        en: "optimising contract management",
      },
      {
        it: "riprogettare il servizio al fine di migliorarne la fruizione",
        en: "redesigning the service to make it easier to use",
      },
    ],
    responsible: null,
    timing: NO_TIMING,
    period: PERIOD,
    sdgs: [],
    pnrrMissions: ["M1"],
    contributionNote: M1_CONTRIBUTION,
    indicators: [
      milestoneIndicator(OB02, 1, "stampanti-a-noleggio", null, {
        it: "Stampanti di proprietà comunale sostituite, ove possibile, con stampanti/fotocopiatori a noleggio in convenzione Consip",
        en: "Printers owned by the comune replaced, where possible, by rented printers/photocopiers under a Consip framework agreement",
      }, ["OB-02.M1"],
        "sostituendo ove possibile le attuali stampanti di proprietà comunale con stampanti/fotocopiatori a noleggio (in convenzione Consip)",
        { it: "Contratti di noleggio e inventario delle stampanti", en: "Rental contracts and printer inventory" }),
      milestoneIndicator(OB02, 2, "piano-fabbisogno-stampanti", "OB-02.a", {
        it: "Reale piano di fabbisogno delle stampanti",
        en: "Actual needs plan for the printers",
      }, ["OB-02.M2"], "sulla base di un reale piano di fabbisogno", IT_SERVICE),
      trendIndicator(OB02, 3, "spese-manutentive-consumo-stampanti", "OB-02.a", {
        it: "Spese manutentive e di materiale di consumo delle stampanti",
        en: "Printer maintenance and consumables spending",
      }, { it: "euro all'anno", en: "euro per year" }, "decrease", null,
        "efficientando le spese manutentive e il relativo a materiale di consumo",
        { it: "Contabilità dell'ente (impegni di spesa)", en: "The comune's accounts (spending commitments)" },
        {
          it: "Valore di partenza: spesa dell'ultimo anno prima del noleggio.",
          en: "Starting value: spending in the last year before renting.",
        }),
      milestoneIndicator(OB02, 4, "fornitori-scadenze-uniformati", "OB-02.b", {
        it: "Fornitori e rispettive scadenze dei contratti uniformati",
        en: "Suppliers and contract end dates aligned",
      }, ["OB-02.M3"],
        "uniformare a regime i fornitori e le rispettive scadenza ottimizzando la gestione dei contratti",
        { it: "Contratti di noleggio", en: "Rental contracts" }),
      milestoneIndicator(OB02, 5, "printer-code-rilascio-lavoro", "OB-02.c", {
        it: "Autenticazione dell'utente sull'apparecchiatura tramite \"printer code\" e rilascio del lavoro su tutte le apparecchiature",
        en: "User authentication at the device by \"printer code\" and job release on every device",
      }, ["OB-02.M4"],
        "riprogettare il servizio al fine di migliorarne la fruizione (es. autenticazione dell'utente sull'apparecchiatura tramite \"printer code\", rilascio del lavoro su tutte le apparecchiature)",
        IT_SERVICE),
    ],
    milestones: OB02_MILESTONES,
    sourceLines: "165-168",
  },
  {
    code: OB03,
    slug: "migrazione-cloud",
    planNumber: 3,
    actionCode: "L3.A1",
    actionBasis: SERVICES_ACTION,
    digital: true,
    title: {
      it: "Realizzare il Piano Triennale CAD per l'informatica nella Pubblica Amministrazione",
      en: "Carry out the CAD Three-Year Plan for IT in the Public Administration",
    },
    text: {
      it: "Realizzare il Piano Triennale CAD per l'informatica nella Pubblica Amministrazione, migliorando la capacità di generare ed erogare servizi digitali innanzitutto proseguendo un percorso di migrazione verso il cloud dei seguenti software:",
      en: "Carry out the CAD Three-Year Plan for IT in the Public Administration, improving the ability to create and deliver digital services, first of all by continuing the migration to the cloud of the following software:",
    },
    items: OB03_SYSTEMS.map(([code, text]) => ({ code, letter: code.slice(-1), text })),
    expectedResults: [
      {
        it: "migliorando la capacità di generare ed erogare servizi digitali",
        en: "improving the ability to create and deliver digital services",
      },
      {
        it: "proseguendo un percorso di migrazione verso il cloud dei seguenti software",
        en: "continuing the migration to the cloud of the following software",
      },
    ],
    responsible: null,
    timing: NO_TIMING,
    period: PERIOD,
    sdgs: [],
    pnrrMissions: ["M1"],
    contributionNote: M1_CONTRIBUTION,
    indicators: [
      {
        code: "OB-03.I1",
        slug: "software-migrati-cloud",
        objectiveCode: OB03,
        itemCode: null,
        kind: "quantity",
        name: { it: "Software migrati verso il cloud", en: "Software migrated to the cloud" },
        unit: { it: "software (su 4)", en: "software systems (out of 4)" },
        direction: "increase",
        baseline: { value: 0, year: 2022, note: SINCE_PLAN_START },
        years: [2024],
        targets: { 2024: { kind: "value", value: 4 } },
        dataSource: IT_SERVICE,
        measuredBy: null,
        milestoneCodes: OB03_MILESTONES.map((m) => m.code),
        planBasis: "proseguendo un percorso di migrazione verso il cloud dei seguenti software",
        derived: false,
        note: {
          it: "Il valore 4 è il numero di software elencati dal piano (a-d); l'anno 2024 è la fine del triennio.",
          en: "The value 4 is the number of software systems the plan lists (a-d); the year 2024 is the end of the three years.",
        },
      },
    ],
    milestones: OB03_MILESTONES,
    sourceLines: "169-174",
  },
  {
    code: OB04,
    slug: "piattaforme-nazionali",
    planNumber: 4,
    actionCode: "L3.A1",
    actionBasis: SERVICES_ACTION,
    digital: true,
    title: {
      it: "Rafforzare l'adozione delle piattaforme nazionali",
      en: "Strengthen the adoption of the national platforms",
    },
    text: {
      it: "Rafforzare l'adozione delle piattaforme nazionali, in linea con i target previsti da AGID, attraverso l'incremento di servizi integrati di gestione:",
      en: "Strengthen the adoption of the national platforms, in line with the targets set by AGID, by increasing the integrated management services:",
    },
    items: [
      {
        code: "OB-04.a",
        letter: "a",
        text: { it: "delle sanzioni al Codice Stradale", en: "of Highway Code fines" },
      },
      {
        code: "OB-04.b",
        letter: "b",
        text: { it: "della tassa sui rifiuti (TARI)", en: "of the waste tax (TARI)" },
      },
    ],
    expectedResults: [
      {
        it: "Rafforzare l'adozione delle piattaforme nazionali, in linea con i target previsti da AGID",
        en: "Strengthen the adoption of the national platforms, in line with the targets set by AGID",
      },
    ],
    responsible: null,
    timing: NO_TIMING,
    period: PERIOD,
    sdgs: [],
    pnrrMissions: ["M1"],
    contributionNote: M1_CONTRIBUTION,
    indicators: [
      milestoneIndicator(OB04, 1, "sanzioni-codice-stradale-piattaforme", "OB-04.a", {
        it: "Gestione delle sanzioni al Codice Stradale integrata con le piattaforme nazionali",
        en: "Management of Highway Code fines integrated with the national platforms",
      }, ["OB-04.M1"], "delle sanzioni al Codice Stradale",
        { it: "Polizia Locale e servizio per la transizione digitale", en: "Local Police and digital transition service" }),
      milestoneIndicator(OB04, 2, "tari-piattaforme", "OB-04.b", {
        it: "Gestione della tassa sui rifiuti (TARI) integrata con le piattaforme nazionali",
        en: "Management of the waste tax (TARI) integrated with the national platforms",
      }, ["OB-04.M2"], "della tassa sui rifiuti (TARI)",
        { it: "Ufficio Tributi e servizio per la transizione digitale", en: "Tax office and digital transition service" }),
      trendIndicator(OB04, 3, "pagamenti-pagopa", null, {
        it: "Pagamenti pagoPA di sanzioni e TARI",
        en: "pagoPA payments of fines and TARI",
      }, { it: "pagamenti all'anno", en: "payments per year" }, "increase", "pagopa-payments",
        "attraverso l'incremento di servizi integrati di gestione", DESK_DATA,
        {
          it: "Il piano non nomina pagoPA né riporta i target AGID a cui rinvia.",
          en: "The plan does not name pagoPA nor state the AGID targets it refers to.",
        }),
    ],
    milestones: OB04_MILESTONES,
    sourceLines: "175-177",
  },
  {
    code: OB05,
    slug: "sito-e-sportello-telematico",
    planNumber: 5,
    actionCode: "L3.A1",
    actionBasis: SERVICES_ACTION,
    digital: true,
    title: {
      it: "Migliorare l'esperienza del cittadino nei servizi offerti dal Comune di Seregno",
      en: "Improve the citizen's experience of the services offered by the Comune di Seregno",
    },
    text: {
      it: "Migliorare l'esperienza del cittadino nei servizi offerti dal Comune di Seregno mediante:",
      en: "Improve the citizen's experience of the services offered by the Comune di Seregno by means of:",
    },
    items: [
      {
        code: "OB-05.a",
        letter: "a",
        text: {
          it: "rinnovo del sito istituzionale per aderire ai modelli standard",
          en: "renewing the institutional website to follow the standard models",
        },
      },
      {
        code: "OB-05.b",
        letter: "b",
        text: {
          it: "sviluppo di un'offerta integrata e armonizzata di servizi digitali orientati al cittadino realizzando uno Sportello Telematico Polifunzionale che consenta l'invio di istanze online e la consultazione telematica della propria posizione fiscale per TARI e IMU",
          en: "developing an integrated and harmonised offer of citizen-oriented digital services by building a multi-service online desk (Sportello Telematico Polifunzionale) for sending applications online and consulting one's own tax position for TARI and IMU online",
        },
      },
    ],
    expectedResults: [
      {
        it: "Migliorare l'esperienza del cittadino nei servizi offerti dal Comune di Seregno",
        en: "Improve the citizen's experience of the services offered by the Comune di Seregno",
      },
      {
        it: "sviluppo di un'offerta integrata e armonizzata di servizi digitali orientati al cittadino",
        en: "developing an integrated and harmonised offer of citizen-oriented digital services",
      },
    ],
    responsible: null,
    timing: NO_TIMING,
    period: PERIOD,
    sdgs: [],
    pnrrMissions: ["M1"],
    contributionNote: M1_CONTRIBUTION,
    indicators: [
      milestoneIndicator(OB05, 1, "sito-istituzionale-modelli-standard", "OB-05.a", {
        it: "Sito istituzionale rinnovato per aderire ai modelli standard",
        en: "Institutional website renewed to follow the standard models",
      }, ["OB-05.M1"], "rinnovo del sito istituzionale per aderire ai modelli standard",
        { it: "Verifica di conformità al modello dei siti dei Comuni", en: "Check of compliance with the national model for comuni websites" }),
      milestoneIndicator(OB05, 2, "sportello-istanze-online", "OB-05.b", {
        it: "Sportello Telematico Polifunzionale che consente l'invio di istanze online",
        en: "Multi-service online desk accepting online applications",
      }, ["OB-05.M2"], "realizzando uno Sportello Telematico Polifunzionale che consenta l'invio di istanze online",
        DESK_DATA),
      milestoneIndicator(OB05, 3, "posizione-fiscale-tari-imu", "OB-05.b", {
        it: "Consultazione telematica della propria posizione fiscale per TARI e IMU",
        en: "Online consultation of one's own tax position for TARI and IMU",
      }, ["OB-05.M3"], "la consultazione telematica della propria posizione fiscale per TARI e IMU", DESK_DATA),
      trendIndicator(OB05, 4, "istanze-online-per-servizio-mese", "OB-05.b", {
        it: "Istanze online per servizio e per mese",
        en: "Online applications per service and month",
      }, { it: "istanze al mese", en: "applications per month" }, "increase",
        "online-applications-per-service-month", "consenta l'invio di istanze online", DESK_DATA),
      trendIndicator(OB05, 5, "quota-istanze-online", "OB-05.b", {
        it: "Quota di istanze presentate online rispetto allo sportello fisico",
        en: "Share of applications submitted online rather than at the counter",
      }, { it: "percentuale", en: "percent" }, "increase", "online-vs-counter-share",
        "sviluppo di un'offerta integrata e armonizzata di servizi digitali orientati al cittadino", DESK_DATA),
      trendIndicator(OB05, 6, "tempi-conclusione-istanze", "OB-05.b", {
        it: "Tempo medio di conclusione delle istanze rispetto al termine di legge",
        en: "Average processing time of applications against the legal deadline",
      }, { it: "percentuale del termine di legge", en: "percent of the legal deadline" }, "decrease",
        "processing-time-vs-deadline", "ridurre i tempi e i costi dell'azione amministrativa", DESK_DATA,
        {
          it: "La direzione viene dai compiti del Responsabile della Transizione Digitale (punto 5).",
          en: "The direction comes from the Digital Transition Officer's duties (item 5).",
        }),
      trendIndicator(OB05, 7, "soddisfazione-cittadini", "OB-05.b", {
        it: "Soddisfazione dei cittadini per i servizi online",
        en: "Citizen satisfaction with the online services",
      }, { it: "media delle valutazioni (1-5 stelle)", en: "average rating (1-5 stars)" }, "increase",
        "citizen-satisfaction", "migliorare la soddisfazione dell'utenza e la qualità dei servizi", DESK_DATA,
        {
          it: "La direzione viene dai compiti del Responsabile della Transizione Digitale (punto 5).",
          en: "The direction comes from the Digital Transition Officer's duties (item 5).",
        }),
      trendIndicator(OB05, 8, "accessibilita-sportello", "OB-05.b", {
        it: "Problemi di accessibilità rilevati dall'ultima verifica dello sportello",
        en: "Accessibility issues found by the desk's last check",
      }, { it: "violazioni rilevate", en: "violations found" }, "decrease", "accessibility-check",
        "promozione dell'accessibilità", DESK_DATA,
        {
          it: "La direzione viene dai compiti del Responsabile della Transizione Digitale (punto 4).",
          en: "The direction comes from the Digital Transition Officer's duties (item 4).",
        }),
    ],
    milestones: OB05_MILESTONES,
    sourceLines: "178-180",
  },
  {
    code: OB06,
    slug: "videosorveglianza",
    planNumber: 6,
    actionCode: "L1.A1",
    actionBasis: {
      it: "Il piano non collega l'obiettivo a un'azione: attribuito per materia all'azione \"Governare, integrare, sostenere: accessibilità, legalità e sicurezza\".",
      en: "The plan does not link the objective to an action: assigned by subject to the action \"Govern, integrate, support: accessibility, legality and safety\".",
    },
    digital: true,
    title: {
      it: "Realizzare un ampliamento dell'esistente sistema di videosorveglianza urbana",
      en: "Extend the existing urban video-surveillance system",
    },
    text: {
      it: "Realizzare un ampliamento dell'esistente sistema di videosorveglianza urbana per il monitoraggio e il controllo di punti strategici nel territorio di Seregno implementando nuovi punti di videosorveglianza (Parco Alla Porada e 12 punti di videosorveglianza del Centro Storico).",
      en: "Extend the existing urban video-surveillance system to monitor and control strategic points in the territory of Seregno by installing new video-surveillance points (Parco Alla Porada and 12 video-surveillance points in the historic centre).",
    },
    items: [
      { code: "OB-06.a", letter: "a", text: { it: "Parco Alla Porada", en: "the Parco Alla Porada park" } },
      {
        code: "OB-06.b",
        letter: "b",
        text: {
          it: "12 punti di videosorveglianza del Centro Storico",
          en: "12 video-surveillance points in the historic centre",
        },
      },
    ],
    expectedResults: [
      {
        it: "il monitoraggio e il controllo di punti strategici nel territorio di Seregno",
        en: "monitoring and control of strategic points in the territory of Seregno",
      },
    ],
    responsible: null,
    timing: NO_TIMING,
    period: PERIOD,
    sdgs: [],
    pnrrMissions: ["M1"],
    contributionNote: M1_CONTRIBUTION,
    indicators: [
      milestoneIndicator(OB06, 1, "videosorveglianza-parco-alla-porada", "OB-06.a", {
        it: "Nuovi punti di videosorveglianza al Parco Alla Porada in funzione",
        en: "New video-surveillance points at Parco Alla Porada working",
      }, ["OB-06.M1"], "Parco Alla Porada",
        { it: "Polizia Locale (impianto di videosorveglianza)", en: "Local Police (video-surveillance system)" }),
      {
        code: "OB-06.I2",
        slug: "punti-videosorveglianza-centro-storico",
        objectiveCode: OB06,
        itemCode: "OB-06.b",
        kind: "quantity",
        name: {
          it: "Punti di videosorveglianza del Centro Storico attivati",
          en: "Video-surveillance points in the historic centre working",
        },
        unit: { it: "punti", en: "points" },
        direction: "increase",
        baseline: { value: 0, year: 2022, note: SINCE_PLAN_START },
        years: [2024],
        targets: { 2024: { kind: "value", value: 12 } },
        dataSource: { it: "Polizia Locale (impianto di videosorveglianza)", en: "Local Police (video-surveillance system)" },
        measuredBy: null,
        milestoneCodes: ["OB-06.M2"],
        planBasis: "12 punti di videosorveglianza del Centro Storico",
        derived: false,
        note: {
          it: "Il numero (12) è del piano; l'anno 2024 è la fine del triennio. Il piano non dice quanti punti al Parco Alla Porada.",
          en: "The number (12) is the plan's; the year 2024 is the end of the three years. The plan does not say how many points at Parco Alla Porada.",
        },
      },
    ],
    milestones: OB06_MILESTONES,
    sourceLines: "181",
  },
  {
    code: OB07,
    slug: "bisogni-over-65-e-disabili",
    planNumber: null,
    actionCode: "L3.A1",
    actionBasis: {
      it: "Il piano non collega il principio a un'azione: attribuito all'azione sui servizi al cittadino perché riguarda la digitalizzazione dei servizi (l'alternativa è \"Governare, integrare, sostenere: accessibilità, legalità e sicurezza\").",
      en: "The plan does not link the principle to an action: assigned to the action on services for citizens because it concerns the digitalisation of services (the alternative is \"Govern, integrate, support: accessibility, legality and safety\").",
    },
    digital: true,
    title: {
      it: "bisogni specifici dei cittadini ultrasessantacinquenni e disabili",
      en: "specific needs of citizens over 65 and with disabilities",
    },
    text: {
      it: "Infine, l'ulteriore digitalizzazione dei servizi terrà conto, nell'attività di progettazione e al fine di garantire la piena fruibilità dei servizi, dei bisogni specifici dei cittadini ultrasessantacinquenni e disabili (art. 6 comma 2 lett. f) del D.L. n. 80/2021).",
      en: "Finally, the further digitalisation of services will take into account, in design and in order to guarantee that services are fully usable, the specific needs of citizens over 65 and with disabilities (art. 6(2)(f) of Decree-Law no. 80/2021).",
    },
    items: [],
    expectedResults: [
      {
        it: "garantire la piena fruibilità dei servizi",
        en: "guarantee that services are fully usable",
      },
    ],
    responsible: null,
    timing: NO_TIMING,
    period: PERIOD,
    sdgs: [],
    pnrrMissions: ["M1"],
    contributionNote: M1_CONTRIBUTION,
    indicators: [
      milestoneIndicator(OB07, 1, "progettazione-over-65-disabili", null, {
        it: "Bisogni specifici dei cittadini ultrasessantacinquenni e disabili considerati nella progettazione dei servizi digitali",
        en: "Specific needs of citizens over 65 and with disabilities taken into account in designing digital services",
      }, ["OB-07.M1"], "dei bisogni specifici dei cittadini ultrasessantacinquenni e disabili", IT_SERVICE),
      trendIndicator(OB07, 2, "accessibilita-servizi-digitali", null, {
        it: "Problemi di accessibilità rilevati dall'ultima verifica dei servizi digitali",
        en: "Accessibility issues found by the last check of the digital services",
      }, { it: "violazioni rilevate", en: "violations found" }, "decrease", "accessibility-check",
        "al fine di garantire la piena fruibilità dei servizi", DESK_DATA),
    ],
    milestones: OB07_MILESTONES,
    sourceLines: "183",
  },
];

/** Every indicator and milestone, flattened (handy for seeding tables). */
export const PIAO_INDICATORS: readonly Indicator[] = PIAO_OBJECTIVES.flatMap((o) => o.indicators);
export const PIAO_MILESTONES: readonly Milestone[] = PIAO_OBJECTIVES.flatMap((o) => o.milestones);

/** The whole plan as one value (what the JSON export of the plan will start from). */
export const PIAO_PLAN = {
  document: PIAO_DOCUMENT,
  lines: PIAO_LINES,
  actions: PIAO_ACTIONS,
  crocevia: PIAO_CROCEVIA,
  matrix: PIAO_MATRIX,
  sdgs: PIAO_SDGS,
  pnrrMissions: PIAO_PNRR_MISSIONS,
  digitalCoordination: PIAO_DIGITAL_COORDINATION,
  deskMetrics: DESK_METRICS,
  objectives: PIAO_OBJECTIVES,
  ocrCorrections: PIAO_OCR_CORRECTIONS,
} as const;
