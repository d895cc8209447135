/**
 * Error messages say what to do, never only what is wrong (issue 7 §2). Every message a citizen can
 * meet (the forms, the application flow, appointments, delegations, the fine lookup, the calculators)
 * must contain an instruction (an imperative verb: "Scrivi…", "Scegli…", "Write…", "Choose…") and
 * must not use the bare verdicts that tell nothing ("non valido", "invalid", "errato").
 * Staff-only catalogues (rolls upload, catalogue editor, back office) are not citizen pages.
 */
import { describe, expect, it } from "vitest";
import en from "~/locales/en";
import itLocale from "~/locales/it";
import { extraNamespaces } from "~/locales/namespaces";

type Tree = { [key: string]: string | Tree };

const CATALOGUES = [
  "desk:form.errors",
  "desk:documents.errors",
  "desk:privacy.required",
  "desk:case.errors",
  "appointments:errors",
  "translation:identity.delegations.errors",
  "fines:lookup.errors",
  "calc:errors",
  "tax:api.errors",
] as const;

const INSTRUCTION = {
  it: /\b(scrivi|scrivil[aeio]|scegli|sceglin[ae]|controlla|usa|aggiungi|compila|allega|spunta|riprova|rimuovi|rimuovin[ae]|carica|carical[aeio]|indica|chiama|rinomina|rinominal[aeio]|salva|salval[aeio]|ricarica|conferma|guarda|rivolgiti|scrivilo|togli|metti|revocala|prova|cerca|aspetta|vai|accorcia|accorcial[aeio]|allegal[aeio]|cambia)\b/i,
  en: /\b(write|choose|check|use|add|fill|attach|tick|try|remove|upload|give|call|rename|save|reload|confirm|look|contact|revoke|enter|type|pick|wait|go|shorten|change)\b/i,
};
const BARE = {
  it: /\bnon (è )?valid[oaie]\b|\berrat[oaie]\b|\bnon (è )?corrett[oaie]\b/i,
  en: /\binvalid\b|\bnot valid\b|\bis not correct\b|\bincorrect\b/i,
};

/**
 * Keys inside those catalogues that are not a message about one answer: a summary's heading, and the
 * JSON API's answers about the request itself, which only a program (a CAF's software) can receive.
 */
const NOT_MESSAGES = new Set([
  "appointments:errors.summaryTitle",
  "tax:api.errors.title",
  "tax:api.errors.not_json",
  "tax:api.errors.too_large",
  "tax:api.errors.method",
  "tax:api.errors.not_an_object",
  "tax:api.errors.not_a_list",
]);

function at(tree: Tree, path: string): string | Tree | undefined {
  return path.split(".").reduce<string | Tree | undefined>((node, key) => (node && typeof node === "object" ? node[key] : undefined), tree);
}

function messages(lang: "it" | "en"): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: string | Tree, key: string) => {
    if (typeof node === "string") out.push([key, node]);
    else for (const [k, v] of Object.entries(node)) walk(v, `${key}.${k}`);
  };
  for (const id of CATALOGUES) {
    const [ns, path] = id.split(":") as [string, string];
    const root = ns === "translation" ? (lang === "it" ? itLocale : en) : extraNamespaces[lang][ns as keyof (typeof extraNamespaces)["it"]];
    const node = at(root as unknown as Tree, path);
    if (node === undefined) throw new Error(`no catalogue ${id} in ${lang}`);
    walk(node, id);
  }
  // The forms' own pattern errors ("…Error" and "….error" keys of the forms namespace).
  walk(extraNamespaces[lang].forms as unknown as Tree, "forms:");
  return out.filter(([key]) => (!key.startsWith("forms:") || /(\.error|Error)$/.test(key)) && !NOT_MESSAGES.has(key));
}

describe.each(["it", "en"] as const)("citizen error messages in %s", (lang) => {
  const all = messages(lang);

  it("are found (the catalogues exist and are not empty)", () => {
    expect(all.length).toBeGreaterThan(80);
  });

  it("each say what to do", () => {
    const without = all.filter(([, text]) => !INSTRUCTION[lang].test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(without).toEqual([]);
  });

  it("never give a bare verdict such as “non valido” or “invalid”", () => {
    const bare = all.filter(([, text]) => BARE[lang].test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(bare).toEqual([]);
  });
});
