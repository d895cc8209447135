/**
 * The public calculator pages' forms (/calcolo-imu, /calcolo-tari) read into the same JSON the API
 * takes, so the page goes through the API's own field validation (imu-request.ts, tari-request.ts)
 * and the same service. The values are kept as typed, to show them again; adding and removing a
 * property are plain submit buttons (name="intent"), so they work without JavaScript. Pure.
 */

export interface ImuFormProperty {
  tipo: string;
  categoria: string;
  rendita: string;
  redditoDominicale: string;
  valoreVenale: string;
  quotaPossesso: string;
  dal: string;
  al: string;
  abitazionePrincipale: boolean;
  riduzione: string;
  canoneConcordato: boolean;
  alloggioSociale: boolean;
}

export interface ImuFormValues {
  anno: string;
  immobili: ImuFormProperty[];
}

/** The most properties the page shows (the API takes more: a long list is a CAF's job for the API). */
export const MAX_FORM_PROPERTIES = 20;

export const emptyImuProperty = (): ImuFormProperty => ({
  tipo: "fabbricato",
  categoria: "",
  rendita: "",
  redditoDominicale: "",
  valoreVenale: "",
  quotaPossesso: "100",
  dal: "",
  al: "",
  abitazionePrincipale: false,
  riduzione: "",
  canoneConcordato: false,
  alloggioSociale: false,
});

type Form = { get(name: string): unknown };

const text = (form: Form, name: string, max = 40) => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim().slice(0, max) : "";
};
const checked = (form: Form, name: string) => form.get(name) !== null && form.get(name) !== undefined && form.get(name) !== "";

/** The HTML id (and name) of a property's field. */
export const imuFieldId = (i: number, field: keyof ImuFormProperty) => `immobili-${i}-${field}`;

export function readImuForm(form: Form): ImuFormValues {
  const count = Math.min(MAX_FORM_PROPERTIES, Math.max(1, Number.parseInt(text(form, "count", 3), 10) || 1));
  const immobili = Array.from({ length: count }, (_, i): ImuFormProperty => {
    const f = (name: keyof ImuFormProperty) => text(form, imuFieldId(i, name));
    return {
      tipo: f("tipo"),
      categoria: f("categoria"),
      rendita: f("rendita"),
      redditoDominicale: f("redditoDominicale"),
      valoreVenale: f("valoreVenale"),
      quotaPossesso: f("quotaPossesso"),
      dal: f("dal"),
      al: f("al"),
      abitazionePrincipale: checked(form, imuFieldId(i, "abitazionePrincipale")),
      riduzione: f("riduzione"),
      canoneConcordato: checked(form, imuFieldId(i, "canoneConcordato")),
      alloggioSociale: checked(form, imuFieldId(i, "alloggioSociale")),
    };
  });
  return { anno: text(form, "anno", 8), immobili };
}

export type ImuIntent = { kind: "calculate" } | { kind: "add" } | { kind: "remove"; index: number };

export function imuIntent(raw: unknown): ImuIntent {
  if (raw === "aggiungi") return { kind: "add" };
  const m = typeof raw === "string" ? /^rimuovi-(\d{1,2})$/.exec(raw) : null;
  return m ? { kind: "remove", index: Number(m[1]) } : { kind: "calculate" };
}

/** The form after "Aggiungi un immobile" or "Rimuovi": always at least one property, at most the page's limit. */
export function applyImuIntent(values: ImuFormValues, intent: ImuIntent): ImuFormValues {
  if (intent.kind === "add" && values.immobili.length < MAX_FORM_PROPERTIES) return { ...values, immobili: [...values.immobili, emptyImuProperty()] };
  if (intent.kind === "remove" && values.immobili.length > 1 && intent.index < values.immobili.length) return { ...values, immobili: values.immobili.filter((_, i) => i !== intent.index) };
  return values;
}

/**
 * A number as people type it on an Italian page ("850,50", "1.234,56", "850.5"): the number, or the
 * text itself when it is not one (the API reader then says "not a number"), or undefined when empty.
 */
export function formNumber(raw: string): number | string | undefined {
  const s = raw.replace(/[\s\u00a0€%]/g, "");
  if (s === "") return undefined;
  const normal = s.includes(",") ? s.replace(/\./g, "").replace(",", ".") : s;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : raw;
}

/** The API's request body (POST /api/v1/imu/calcolo) for the form's values. */
export function imuRequestBody(v: ImuFormValues): Record<string, unknown> {
  const year = /^\d{4}$/.test(v.anno) ? Number(v.anno) : v.anno === "" ? undefined : v.anno;
  return {
    anno: year,
    immobili: v.immobili.map((p) => ({
      tipo: p.tipo || undefined,
      // Only the value the kind uses: the fields of the other kinds stay on the page as typed but are not sent.
      categoria: p.tipo === "fabbricato" ? p.categoria || undefined : undefined,
      rendita: p.tipo === "fabbricato" ? formNumber(p.rendita) : undefined,
      redditoDominicale: p.tipo === "terreno" ? formNumber(p.redditoDominicale) : undefined,
      valoreVenale: p.tipo === "area_fabbricabile" ? formNumber(p.valoreVenale) : undefined,
      quotaPossesso: formNumber(p.quotaPossesso),
      dal: p.dal || undefined,
      al: p.al || undefined,
      abitazionePrincipale: p.abitazionePrincipale,
      riduzione: p.riduzione || null,
      canoneConcordato: p.canoneConcordato,
      alloggioSociale: p.alloggioSociale,
    })),
  };
}

/** The HTML id of the field an API error path names ("immobili[1].rendita" → "immobili-1-rendita"). */
export function imuErrorFieldId(path: string): string {
  if (path === "" || path === "immobili") return imuFieldId(0, "tipo");
  const m = /^immobili\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (m) return imuFieldId(Number(m[1]), (m[2] ?? "tipo") as keyof ImuFormProperty);
  return path;
}

// ---------------------------------------------------------------------------------------------
// TARI: one account per calculation on the page.

export interface TariFormValues {
  anno: string;
  tipo: string;
  occupanti: string;
  categoria: string;
  superficie: string;
  dal: string;
  al: string;
  riduzione: string;
}

export const TARI_FIELDS = ["anno", "tipo", "occupanti", "categoria", "superficie", "dal", "al", "riduzione"] as const;

export function readTariForm(form: Form): TariFormValues {
  const f = (name: (typeof TARI_FIELDS)[number]) => text(form, name);
  return { anno: f("anno"), tipo: f("tipo") || "domestica", occupanti: f("occupanti"), categoria: f("categoria"), superficie: f("superficie"), dal: f("dal"), al: f("al"), riduzione: f("riduzione") };
}

export function tariRequestBody(v: TariFormValues): Record<string, unknown> {
  const year = /^\d{4}$/.test(v.anno) ? Number(v.anno) : v.anno === "" ? undefined : v.anno;
  const reduction = formNumber(v.riduzione);
  const integer = (s: string) => (s === "" ? undefined : /^\d{1,3}$/.test(s) ? Number(s) : s);
  return {
    anno: year,
    utenze: [
      {
        tipo: v.tipo,
        occupanti: v.tipo === "domestica" ? integer(v.occupanti) : undefined,
        categoria: v.tipo === "non_domestica" ? integer(v.categoria) : undefined,
        superficie: formNumber(v.superficie),
        dal: v.dal || undefined,
        al: v.al || undefined,
        riduzioni: reduction === undefined ? [] : [{ tipo: "riduzione", percentuale: reduction }],
      },
    ],
  };
}

export function tariErrorFieldId(path: string): string {
  if (path === "" || path === "utenze" || path === "utenze[0]") return "tipo";
  if (/^utenze\[0\]\.riduzioni/.test(path)) return "riduzione";
  const m = /^utenze\[0\]\.(\w+)$/.exec(path);
  return m ? m[1]! : path;
}

/** The cadastral categories the law taxes (c.745 multipliers) and group E (exempt), by group, for the page's select. */
export const CADASTRAL_CATEGORIES: { group: "A" | "B" | "C" | "D" | "E"; codes: string[] }[] = [
  { group: "A", codes: Array.from({ length: 11 }, (_, i) => `A/${i + 1}`) },
  { group: "B", codes: Array.from({ length: 8 }, (_, i) => `B/${i + 1}`) },
  { group: "C", codes: Array.from({ length: 7 }, (_, i) => `C/${i + 1}`) },
  { group: "D", codes: Array.from({ length: 10 }, (_, i) => `D/${i + 1}`) },
  { group: "E", codes: Array.from({ length: 9 }, (_, i) => `E/${i + 1}`) },
];
