import type { KnownIssue, ManualCheck } from "../app/domain/accessibility-statement";

/**
 * The manual checks of the release checklist (checklist.md §2) as data: the accessibility statement
 * (/accessibilita) reads them to compute its conformity state. Record a check ONLY once a real person
 * has performed it: fill `who`, `date` (ISO day), `outcome` ("pass" or "fail") and `notes`. A check
 * left "not_done" is shown as "non ancora eseguito" and keeps the statement "parzialmente conforme".
 */
export const MANUAL_CHECKS: readonly ManualCheck[] = [
  {
    id: "screen-reader-login",
    description: { it: "Lettori di schermo (NVDA con Firefox, VoiceOver con Safari) sul percorso di accesso con SPID e CIE", en: "Screen readers (NVDA with Firefox, VoiceOver with Safari) on the SPID and CIE login journey" },
    wcag: ["1.3.1", "2.1.1", "2.4.3", "4.1.2", "4.1.3"],
    method: { it: "Percorso completo da tastiera e lettore di schermo, dall'home page al ritorno dall'identity provider (checklist 2.1, 2.2)", en: "The full journey with keyboard and screen reader, from the home page back from the identity provider (checklist 2.1, 2.2)" },
    who: null,
    date: null,
    outcome: "not_done",
  },
  {
    id: "screen-reader-service",
    description: { it: "Lettori di schermo su un servizio completo (iscrizione TARI) fino alla ricevuta con il numero di protocollo", en: "Screen readers on one full service (TARI registration) up to the receipt with its protocol number" },
    wcag: ["1.3.1", "2.1.1", "3.3.1", "3.3.3", "4.1.2", "4.1.3"],
    method: { it: "NVDA con Firefox e VoiceOver con Safari, solo tastiera, errori compresi (checklist 2.1, 2.2)", en: "NVDA with Firefox and VoiceOver with Safari, keyboard only, errors included (checklist 2.1, 2.2)" },
    who: null,
    date: null,
    outcome: "not_done",
  },
  {
    id: "mobile-screen-reader",
    description: { it: "Lettore di schermo su dispositivo mobile (TalkBack con Chrome)", en: "Mobile screen reader (TalkBack with Chrome)" },
    wcag: ["1.3.2", "1.3.4", "2.5.8"],
    method: { it: "Home page e una pagina di servizio su Android (checklist 2.5)", en: "Home page and a service page on Android (checklist 2.5)" },
    who: null,
    date: null,
    outcome: "not_done",
  },
  {
    id: "zoom-400",
    description: { it: "Ingrandimento al 400% e testo al 200% su un portatile reale", en: "400% zoom and 200% text on a real laptop" },
    wcag: ["1.4.4", "1.4.10", "1.4.12", "2.4.11"],
    method: { it: "Zoom del browser al 200% e 400%, zoom del solo testo, spaziatura del testo (checklist 2.3)", en: "Browser zoom at 200% and 400%, text-only zoom, text spacing (checklist 2.3)" },
    who: null,
    date: null,
    outcome: "not_done",
  },
  {
    id: "high-contrast",
    description: { it: "Contrasto elevato di Windows (temi di contrasto)", en: "Windows high contrast (contrast themes)" },
    wcag: ["1.4.1", "1.4.11", "2.4.7"],
    method: { it: "Temi «Cielo notturno» e «Deserto»: testi, bordi, indicatore del focus, icone (checklist 2.4)", en: "\"Night sky\" and \"Desert\" themes: text, borders, focus ring, icons (checklist 2.4)" },
    who: null,
    date: null,
    outcome: "not_done",
  },
  {
    id: "plain-language",
    description: { it: "Revisione del linguaggio chiaro dei testi nuovi o modificati", en: "Plain-language review of new or changed texts" },
    wcag: ["3.1.5", "3.3.3", "2.4.4"],
    method: { it: "Lettura da parte di una persona esterna al gruppo di lavoro (checklist 2.6)", en: "Read by someone outside the team (checklist 2.6)" },
    who: null,
    date: null,
    outcome: "not_done",
  },
  {
    id: "older-residents",
    description: { it: "Sessioni d'uso con residenti di più di 65 anni", en: "Usability sessions with residents over 65" },
    wcag: [],
    method: { it: "Da 3 a 5 sessioni con compiti reali, per esempio con un centro anziani di Seregno (checklist 2.7)", en: "3 to 5 sessions with real tasks, e.g. with a Seregno senior centre (checklist 2.7)" },
    who: null,
    date: null,
    outcome: "not_done",
  },
  {
    id: "incomplete-review",
    description: { it: "Revisione a mano dei risultati «incompleti» della verifica automatica (contrasti su immagini)", en: "Manual review of the automated run's \"incomplete\" results (contrast over images)" },
    wcag: ["1.4.3", "1.4.11"],
    method: { it: "Analizzatore di contrasto su ogni elemento elencato nel rapporto (checklist 2.8)", en: "A contrast analyser on every element listed in the report (checklist 2.8)" },
    who: null,
    date: null,
    outcome: "not_done",
  },
];

/**
 * Known content that is not accessible, in AGID's three groups: non-compliance (a barrier we have
 * to fix), disproportionate burden (with its justification) and content out of the law's scope.
 * Only what is true of this desk: add an entry as soon as a barrier is known.
 */
export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    id: "identity-provider-pages",
    kind: "out_of_scope",
    description: {
      it: "Le pagine di accesso dei gestori di identità SPID e di CIE: sono di terzi, non finanziate né sviluppate dal Comune e fuori dal suo controllo.",
      en: "The login pages of the SPID identity providers and of CIE: they belong to third parties, are neither funded nor developed by the comune and are outside its control.",
    },
    wcag: [],
    remedy: {
      it: "Se non riesci ad accedere, l'Ufficio Relazioni con il Pubblico ti aiuta di persona o al telefono; un familiare può agire per te con una delega.",
      en: "If you cannot log in, the Public Relations Office helps you in person or by phone; a relative can act for you with a delegation.",
    },
  },
  {
    id: "payment-pages",
    kind: "out_of_scope",
    description: {
      it: "Le pagine di pagamento di pagoPA e dei prestatori di servizi di pagamento: sono di terzi e fuori dal controllo del Comune.",
      en: "The payment pages of pagoPA and of the payment service providers: they belong to third parties and are outside the comune's control.",
    },
    wcag: [],
    remedy: {
      it: "Puoi pagare anche con l'avviso stampato in banca, alle poste, in tabaccheria o con il modello F24.",
      en: "You can also pay with the printed notice at a bank, post office or tobacconist, or with the F24 form.",
    },
  },
];

/** When this statement was first drawn up (the AGID model's "redazione"); the last review is computed. */
export const STATEMENT_PREPARED_ON = "2026-11-27";
