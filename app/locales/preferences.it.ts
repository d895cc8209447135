/** The reading preferences page (issue 7 §1), in Italian. */
const preferencesIt = {
  title: "Preferenze di lettura",
  lead: "Scegli come vuoi leggere il sito: la scelta vale per ogni pagina, su questo dispositivo. Se hai fatto l'accesso, la ritrovi anche sugli altri dispositivi.",
  saved: "Preferenze salvate. Le vedi già applicate a questa pagina e a tutte le altre.",
  savedProfile: "Preferenze salvate, anche nel tuo profilo: le ritrovi quando accedi da un altro dispositivo.",
  reset: "Preferenze riportate alle impostazioni normali.",
  textSize: {
    legend: "Dimensione del testo",
    hint: "Tutto il testo del sito diventa più grande. Le pagine si adattano: non devi scorrere di lato.",
    option: "{{size}}%",
    normal: "{{size}}% (normale)",
  },
  options: {
    legend: "Altre preferenze",
    hint: "Puoi sceglierne quante vuoi.",
    highContrast: {
      label: "Contrasto elevato",
      hint: "Testo nero su fondo bianco, collegamenti e bordi più scuri: più facile da leggere con la vista ridotta o in piena luce.",
    },
    spacing: {
      label: "Più spazio tra righe, lettere e parole",
      hint: "Righe e paragrafi più distanziati: aiuta a non perdere il segno durante la lettura.",
    },
    reducedMotion: {
      label: "Riduci i movimenti",
      hint: "Niente animazioni né scorrimenti automatici della pagina.",
    },
    readableFont: {
      label: "Carattere più leggibile",
      hint: "Usa il carattere Atkinson Hyperlegible, disegnato per distinguere bene lettere simili (come I, l e 1). Può aiutare chi ha dislessia o vede poco.",
    },
  },
  preview: {
    title: "Anteprima",
    text: "Così appare un paragrafo del sito con le preferenze salvate. Per esempio: per iscriverti alla TARI ti servono i dati catastali dell'immobile.",
    note: "L'anteprima mostra le preferenze già salvate: premi «Salva le preferenze» per vedere quelle nuove.",
  },
  cookie: "Per ricordare la scelta il sito usa un cookie tecnico del Comune (non di terze parti, non serve a profilarti) che dura un anno.",
  save: "Salva le preferenze",
  resetButton: "Ripristina le impostazioni normali",
  back: "Torna alla pagina che stavi leggendo",
  errors: {
    textSize: "Scegli una dimensione del testo tra quelle proposte",
  },
} as const;

export default preferencesIt;
export type PreferencesTranslation = typeof preferencesIt;
