/**
 * The long texts of the fixed pages (privacy, legal notes), in Italian. They are
 * translated on the server and sent as page data, so the browser's locale bundle stays small.
 * Placeholders: {{name}}, {{address}}, {{pec}}, {{email}}, {{phone}}, {{fiscalCode}}.
 */
const pagesIt = {
  privacy: {
    sections: [
      { heading: "Titolare del trattamento", body: "Il titolare del trattamento è il {{name}}, {{address}}. PEC: {{pec}}. Codice fiscale {{fiscalCode}}." },
      { heading: "Responsabile della protezione dei dati", body: "Puoi scrivere al Responsabile della protezione dei dati (RPD/DPO) del Comune all'indirizzo PEC {{pec}}, indicando nell'oggetto «Alla c.a. del Responsabile della protezione dei dati»." },
      { heading: "Quali dati trattiamo e perché", body: "- Dati di navigazione (indirizzo IP, pagina richiesta, data e ora): servono a far funzionare il sito e a garantirne la sicurezza; li conserviamo al massimo 6 mesi.\n- Valutazioni delle pagine (stelle, motivo, commento): servono a migliorare i contenuti; non sono collegate alla tua identità. Non scrivere dati personali nel commento.\n- Dati delle domande e dei pagamenti, quando accedi con SPID o CIE: servono a svolgere i compiti di interesse pubblico del Comune (art. 6, par. 1, lett. c ed e del GDPR) e sono conservati per il tempo previsto dalle norme sugli archivi pubblici." },
      { heading: "Cookie", body: "Il sito usa solo cookie tecnici: la lingua e le preferenze di lettura che hai scelto e, quando accedi, la sessione. Non usiamo cookie di profilazione né cookie di terze parti, quindi non ti chiediamo il consenso." },
      { heading: "A chi comunichiamo i dati", body: "I dati sono trattati dal personale del Comune autorizzato e dai fornitori che gestiscono il sistema per conto del Comune, nominati responsabili del trattamento. Non trasferiamo dati fuori dall'Unione europea." },
      { heading: "I tuoi diritti", body: "Puoi chiedere di vedere i tuoi dati, correggerli, cancellarli quando la legge lo consente, limitarne il trattamento od opporti (artt. 15-22 GDPR), scrivendo a {{pec}}. Puoi anche presentare reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it)." },
    ],
  },
  legal: {
    license: [
      "In applicazione del principio open by default ai sensi dell’articolo 52 del decreto legislativo 7 marzo 2005, n. 82 (CAD) e salvo dove diversamente specificato (compresi i contenuti incorporati di terzi), i dati, i documenti e le informazioni pubblicati sul sito sono rilasciati con licenza CC-BY 4.0.",
      "Gli utenti sono quindi liberi di condividere (riprodurre, distribuire, comunicare al pubblico, esporre in pubblico), rappresentare, eseguire e recitare questo materiale con qualsiasi mezzo e formato e modificare (trasformare il materiale e utilizzarlo per opere derivate) per qualsiasi fine, anche commerciale con il solo onere di attribuzione, senza apporre restrizioni aggiuntive.",
    ],
    sections: [
      { heading: "Utilizzo del sito", body: "Il {{name}} cura i contenuti del sito e li aggiorna con attenzione, ma non garantisce che siano sempre completi e privi di errori. Gli atti ufficiali sono quelli pubblicati all'Albo pretorio e in Amministrazione trasparente." },
      { heading: "Software", body: "Lo sportello è software libero: il codice sorgente può essere riutilizzato da altre amministrazioni (art. 69 del CAD)." },
    ],
  },
} as const;

export default pagesIt;
export type PagesTranslation = typeof pagesIt;
