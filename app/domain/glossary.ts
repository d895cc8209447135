/**
 * The words of the tax office and of the forms that a citizen meets on this desk's pages, each with a
 * plain explanation in Italian and English (issue 7 §2, "no jargon without an explanation on the spot").
 * app/components/plain/Glossed.tsx marks the first time a word appears in a text and explains it where
 * it stands. Pure data and text work: no React, no I/O.
 */
export type GlossaryLang = "it" | "en";

export interface GlossaryEntry {
  id: string;
  /** The forms that count as the term in running text, per language (longest first is not required: matching prefers the longest). */
  terms: Record<GlossaryLang, readonly string[]>;
  explanation: Record<GlossaryLang, string>;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: "rendita-catastale",
    terms: { it: ["rendita catastale"], en: ["cadastral income", "cadastral rent"] },
    explanation: {
      it: "Un valore in euro che il Catasto, l'ufficio dello Stato che registra case e terreni, dà a ogni immobile. Lo trovi nella visura catastale o nell'atto di acquisto. Serve per calcolare l'IMU.",
      en: "A value in euro that the Land Registry (Catasto), the State office that records buildings and land, gives every property. It is on the land registry extract or the deed of purchase. It is used to work out IMU.",
    },
  },
  {
    id: "categoria-catastale",
    terms: { it: ["categoria catastale"], en: ["cadastral category"] },
    explanation: {
      it: "Una sigla, come A/2 o C/6, che dice che tipo di immobile è: per esempio A/2 è un'abitazione, C/6 un box. La trovi nella visura catastale.",
      en: "A code, such as A/2 or C/6, that says what kind of property it is: for example A/2 is a home, C/6 a garage. It is on the land registry extract.",
    },
  },
  {
    id: "dati-catastali",
    terms: { it: ["dati catastali"], en: ["cadastral data"] },
    explanation: {
      it: "I numeri con cui il Catasto riconosce un immobile: foglio, particella e subalterno. Li trovi nella visura catastale, il documento del Catasto sull'immobile, o nell'atto di acquisto.",
      en: "The numbers the Land Registry uses to identify a property: sheet (foglio), parcel (particella) and sub-unit (subalterno). They are on the land registry extract, the Land Registry's document about the property, or on the deed of purchase.",
    },
  },
  {
    id: "visura-catastale",
    terms: { it: ["visura catastale"], en: ["land registry extract"] },
    explanation: {
      it: "Il documento del Catasto che descrive un immobile: chi lo possiede, i dati catastali, la categoria e la rendita. Lo chiedi all'Agenzia delle Entrate, anche online, o lo trovi nell'atto di acquisto.",
      en: "The Land Registry document that describes a property: who owns it, its cadastral data, category and income. You get it from the Revenue Agency (Agenzia delle Entrate), also online, or find it in the deed of purchase.",
    },
  },
  {
    id: "quota-di-possesso",
    terms: { it: ["quota di possesso"], en: ["ownership share"] },
    explanation: {
      it: "La parte dell'immobile che è tua, in percentuale. Se la casa è tua e di tua moglie a metà, la tua quota è 50%. Paghi l'IMU solo sulla tua parte.",
      en: "The part of the property that is yours, as a percentage. If you own the home half and half with your spouse, your share is 50%. You pay IMU only on your part.",
    },
  },
  {
    id: "codice-tributo",
    terms: { it: ["codice tributo", "codici tributo"], en: ["tax code number", "tax codes", "tax code"] },
    explanation: {
      it: "Un numero di 4 cifre che sul modello F24 dice quale tassa stai pagando, per esempio 3918 per l'IMU su altri immobili. Se usi il modello già compilato, è già scritto.",
      en: "A 4-digit number that tells, on the F24 form, which tax you are paying, for example 3918 for IMU on other properties. If you use the ready-made form, it is already filled in.",
    },
  },
  {
    id: "f24",
    terms: { it: ["modello F24", "F24"], en: ["F24 form", "F24"] },
    explanation: {
      it: "Il modulo per pagare le tasse allo Stato e al Comune. Lo paghi in banca, alla posta o con l'home banking.",
      en: "The form used to pay taxes to the State and to the Comune. You pay it at a bank, at the post office or through online banking.",
    },
  },
  {
    id: "pagopa",
    terms: { it: ["pagoPA"], en: ["pagoPA"] },
    explanation: {
      it: "Il sistema per pagare la pubblica amministrazione: paghi online, in banca, alla posta, in tabaccheria o al supermercato, sempre con lo stesso avviso.",
      en: "The system for paying public bodies: you pay online, at a bank, post office, tobacconist's or supermarket, always with the same notice.",
    },
  },
  {
    id: "codice-avviso",
    terms: { it: ["codice avviso", "IUV"], en: ["notice code", "IUV"] },
    explanation: {
      it: "Il numero di 18 cifre scritto sull'avviso di pagamento pagoPA. Chi riceve il pagamento lo usa per sapere che hai pagato proprio quell'avviso.",
      en: "The 18-digit number on the pagoPA payment notice. Whoever receives the payment uses it to know you paid that very notice.",
    },
  },
  {
    id: "spid",
    terms: { it: ["SPID"], en: ["SPID"] },
    explanation: {
      it: "La tua identità digitale: un nome utente e una password, dati da un gestore come Poste o una banca, per entrare nei siti pubblici.",
      en: "Your digital identity: a username and password, given by a provider such as Poste or a bank, to log in to public websites.",
    },
  },
  {
    id: "cie",
    terms: { it: ["CIE"], en: ["CIE"] },
    explanation: {
      it: "La carta d'identità elettronica. Con il telefono e il suo codice PIN serve anche per entrare nei siti pubblici.",
      en: "The electronic identity card. With your phone and its PIN it also lets you log in to public websites.",
    },
  },
  {
    id: "codice-fiscale",
    terms: { it: ["codice fiscale"], en: ["tax code (codice fiscale)", "codice fiscale"] },
    explanation: {
      it: "Il codice di 16 lettere e cifre che identifica ogni persona in Italia. Lo trovi sulla tessera sanitaria.",
      en: "The 16-character code of letters and digits that identifies every person in Italy. It is on your health card.",
    },
  },
  {
    id: "ravvedimento-operoso",
    terms: { it: ["ravvedimento operoso", "ravvedimento"], en: ["voluntary late payment", "ravvedimento"] },
    explanation: {
      it: "Se paghi in ritardo ma prima che il Comune ti contesti il ritardo, paghi una piccola multa ridotta e gli interessi. Prima paghi, meno paghi.",
      en: "If you pay late but before the Comune contests it, you pay a small reduced penalty plus interest. The sooner you pay, the less you pay.",
    },
  },
  {
    id: "istanza",
    terms: { it: ["istanza"], en: ["formal request"] },
    explanation: {
      it: "Una domanda scritta che fai al Comune.",
      en: "A written request you make to the Comune.",
    },
  },
  {
    id: "protocollo",
    terms: { it: ["numero di protocollo", "protocollo"], en: ["protocol number"] },
    explanation: {
      it: "Il numero che il Comune dà a ogni documento che riceve, con la data. Prova che la tua domanda è arrivata e quando.",
      en: "The number the Comune gives every document it receives, with the date. It proves your application arrived, and when.",
    },
  },
  {
    id: "tari",
    terms: { it: ["TARI"], en: ["TARI"] },
    explanation: {
      it: "La tassa sui rifiuti: la paga chi usa una casa o un locale, per la raccolta e lo smaltimento dei rifiuti.",
      en: "The waste tax: whoever uses a home or premises pays it, for the collection and disposal of rubbish.",
    },
  },
  {
    id: "imu",
    terms: { it: ["IMU"], en: ["IMU"] },
    explanation: {
      it: "L'imposta sugli immobili che possiedi, come case, box e terreni. Di solito non si paga sulla casa dove abiti.",
      en: "The tax on the property you own, such as homes, garages and land. It is usually not paid on the home you live in.",
    },
  },
  {
    id: "tefa",
    terms: { it: ["TEFA"], en: ["TEFA"] },
    explanation: {
      it: "Una piccola somma che si paga insieme alla TARI e va alla Provincia, per la tutela dell'ambiente.",
      en: "A small amount paid together with TARI that goes to the Province, for environmental protection.",
    },
  },
  {
    id: "delega",
    terms: { it: ["delega", "deleghe"], en: ["delegation", "delegations", "proxy"] },
    explanation: {
      it: "Il permesso che dai a una persona di fiducia di fare una pratica al posto tuo.",
      en: "The permission you give a person you trust to deal with a matter on your behalf.",
    },
  },
  {
    id: "isee",
    terms: { it: ["ISEE"], en: ["ISEE"] },
    explanation: {
      it: "Un numero che misura quanto ha la tua famiglia, tra redditi e beni. Lo calcola l'INPS: lo chiedi con un modulo chiamato DSU, anche a un CAF.",
      en: "A figure that measures your family's means, income and assets. INPS calculates it: you apply with a form called DSU, also at a tax assistance centre (CAF).",
    },
  },
  {
    id: "verbale",
    terms: { it: ["verbale"], en: ["fine notice", "ticket"] },
    explanation: {
      it: "Il foglio della multa: dice che cosa è successo, dove, quando e quanto devi pagare.",
      en: "The fine document: it says what happened, where, when and how much you must pay.",
    },
  },
];

export interface TextPart {
  text: string;
  /** Set when this part is a glossary term. */
  entry?: GlossaryEntry;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Splits `text` into plain parts and glossary terms: the first occurrence of each entry (whole words,
 * ignoring case), the longest term winning where two overlap ("modello F24" over "F24"). Entries in
 * `skip` (already explained earlier on the same page) are left as plain text.
 */
export function markTerms(text: string, lang: GlossaryLang, skip: ReadonlySet<string> = new Set(), entries: readonly GlossaryEntry[] = GLOSSARY): TextPart[] {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const e of entries) if (!skip.has(e.id)) for (const term of e.terms[lang]) byTerm.set(term.toLowerCase(), e);
  if (!byTerm.size) return text ? [{ text }] : [];
  const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const parts: TextPart[] = [];
  const used = new Set<string>();
  let last = 0;
  for (const m of text.matchAll(re)) {
    const entry = byTerm.get(m[0].toLowerCase())!;
    if (used.has(entry.id)) continue;
    used.add(entry.id);
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[0], entry });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
