/**
 * The "plainSteps" namespace, in Italian: the «in parole semplici» of every page of every online form
 * (issue 7 §2), by form slug and step id (the `plain` key of each step in app/forms/services/*).
 * Server-side only, like "forms": the loader translates it into the page data. One or two short
 * sentences, with «tu»: what this page asks and why we need it.
 */
const plainSteps = {
  common: {
    contatti: "Ti chiediamo come scriverti o telefonarti. Ci serve solo per dirti a che punto è la domanda o per chiederti un chiarimento.",
  },
  "tari-iscrizione": {
    "chi-paga": "Ti chiediamo chi pagherà la tassa sui rifiuti: tu o la tua impresa. Il tuo nome lo sappiamo già.",
    locali: "Ti chiediamo dove sono la casa o il locale e quanto sono grandi. Con questi dati calcoliamo quanto paghi.",
    uso: "Ti chiediamo se ci abiti o se ci lavori, e quante persone ci vivono. Anche questo cambia quanto paghi.",
    occupanti: "Ti chiediamo se con te abita qualcuno che non è residente a Seregno. I residenti li contiamo noi.",
    titolo: "Ti chiediamo perché puoi usare i locali, per esempio se sono tuoi o in affitto, e da che giorno ci sei.",
    subentro: "Ti chiediamo chi c'era prima di te, se lo sai. Così chiudiamo il suo conto e apriamo il tuo.",
  },
  "tari-variazione": {
    locali: "Ti chiediamo quali locali già iscritti sono cambiati. I dati sono sull'avviso di pagamento che ricevi ogni anno.",
    "cosa-cambia": "Ti chiediamo che cosa è cambiato e da che giorno.",
    "nuovi-dati": "Ti chiediamo come sono le cose adesso. Scrivi solo quello che è cambiato.",
  },
  "tari-cessazione": {
    motivo: "Ti chiediamo perché lasci la casa o il locale.",
    defunto: "Ti chiediamo i dati della persona che è morta e che pagava la tassa sui rifiuti.",
    locali: "Ti chiediamo quali locali hai lasciato e da che giorno. Da quel giorno smetti di pagare.",
    "dopo-di-te": "Ti chiediamo chi va nei locali dopo di te, se lo sai, e dove scriverti d'ora in poi.",
  },
  "tari-riduzioni": {
    riduzione: "Ti chiediamo quale riduzione vuoi. Per ogni riduzione si fa una domanda.",
    locali: "Ti chiediamo per quale casa o locale chiedi la riduzione e da che giorno.",
    "unico-occupante": "Ti chiediamo se abiti da solo in questa casa.",
    compostaggio: "Ti chiediamo come fai il compost, cioè come trasformi in terriccio gli scarti di cucina e del giardino.",
    "uso-stagionale": "Ti chiediamo per quanti mesi all'anno usi la casa e dove abiti il resto dell'anno.",
    estero: "Ti chiediamo in quale Paese vivi. La riduzione vale se vivi all'estero e prendi la pensione lì.",
    "zona-non-servita": "Ti chiediamo quanto è lontano il cassonetto più vicino a casa tua.",
    "avvio-al-riciclo": "Ti chiediamo quanti rifiuti della tua attività hai mandato a riciclare e chi li ha ritirati.",
    isee: "Ti chiediamo il valore del tuo ISEE, il numero che misura quanto ha la tua famiglia. Lo trovi sull'attestazione dell'INPS.",
    dichiarazione: "Ti chiediamo di confermare che quello che hai scritto è vero.",
  },
  "imu-rimborso": {
    "chi-chiede": "Ti chiediamo se chiedi i soldi per te o per una persona che è morta.",
    versamento: "Ti chiediamo quando e quanto hai pagato. I dati sono sulla ricevuta del pagamento.",
    motivo: "Ti chiediamo perché pensi di aver pagato troppo.",
    immobile: "Ti chiediamo per quale casa, box o terreno hai pagato.",
    conto: "Ti chiediamo il conto in banca dove versarti i soldi.",
  },
  "multe-dati-conducente": {
    verbale: "Ti chiediamo i dati della multa. Li trovi sul foglio della multa che ti è arrivato.",
    dichiarante: "Ti chiediamo chi sei rispetto all'auto: proprietario tu o la tua impresa, e se guidavi tu.",
    conducente: "Ti chiediamo chi guidava l'auto quando è stata fatta la multa.",
    patente: "Ti chiediamo i dati della patente di chi guidava. Li trovi sul davanti della patente.",
    dichiarazione: "Ti chiediamo di confermare che quello che hai scritto è vero.",
  },
  "multe-ricorso": {
    verbale: "Ti chiediamo i dati della multa. Li trovi sul foglio della multa che ti è arrivato.",
    ricorrente: "Ti chiediamo se guidavi tu o se l'auto è tua. Il tuo nome lo sappiamo già.",
    autorita: "Ti chiediamo a chi vuoi chiedere di annullare la multa: al Prefetto, gratis, o al Giudice di pace.",
    motivi: "Ti chiediamo perché pensi che la multa sia sbagliata. Scrivilo con parole tue.",
    dichiarazione: "Ti chiediamo di confermare che quello che hai scritto è vero. Dopo l'invio non puoi più cambiarlo.",
  },
  "lampade-votive": {
    richiesta: "Ti chiediamo che cosa vuoi fare con la luce sulla tomba: accenderla, passarla a te o spegnerla.",
    defunto: "Ti chiediamo chi è la persona sepolta.",
    sepoltura: "Ti chiediamo dove si trova la tomba nel cimitero.",
    allacciamento: "Ti chiediamo da che giorno vuoi la luce accesa.",
    intestatario: "Ti chiediamo chi pagava la luce prima di te.",
    avvisi: "Ti chiediamo dove mandarti ogni anno l'avviso per pagare.",
    disdetta: "Ti chiediamo, se vuoi, perché spegni la luce.",
  },
  "mensa-scolastica": {
    bambino: "Ti chiediamo i dati di tuo figlio o tua figlia.",
    scuola: "Ti chiediamo quale scuola e quale classe frequenta.",
    dieta: "Ti chiediamo se deve mangiare cibi diversi, per salute o per religione.",
    tariffa: "Ti chiediamo se vuoi pagare meno. Per questo serve l'ISEE, il numero che misura quanto ha la tua famiglia.",
    "altro-genitore": "Ti chiediamo, se vuoi, i dati dell'altro genitore, così riceve anche lui le notizie della mensa.",
  },
  "accesso-atti": {
    tipo: "Ti chiediamo che cosa vuoi vedere: documenti che ti riguardano o dati che il Comune deve pubblicare.",
    "per-conto-di": "Ti chiediamo se chiedi i documenti per te o per un'altra persona o un'impresa.",
    documenti: "Ti chiediamo quali documenti vuoi. Più sei preciso, prima li troviamo.",
    interesse: "Ti chiediamo perché ti servono i documenti.",
    modalita: "Ti chiediamo se vuoi solo guardarli o averne una copia, e come.",
  },
  "segnalazione-disservizio": {
    tipo: "Ti chiediamo che tipo di problema vuoi segnalare.",
    luogo: "Ti chiediamo dove si trova il problema.",
    servizio: "Ti chiediamo quale servizio del Comune non ha funzionato e quando.",
    descrizione: "Ti chiediamo di raccontare il problema con parole tue.",
    risposta: "Ti chiediamo come vuoi ricevere la risposta.",
  },
  "tributi-rettifica": {
    tributo: "Ti chiediamo quale tassa e quale anno hanno l'errore.",
    errore: "Ti chiediamo che cosa è sbagliato e, se li sai, quali sono i dati giusti.",
  },
} as const;

export default plainSteps;
