/** The "plainSteps" namespace, in English: see plain-steps.it.ts. */
const plainSteps = {
  common: {
    contatti: "We ask you how to write to you or phone you. We use it only to tell you how your application is going or to ask you something.",
  },
  "tari-iscrizione": {
    "chi-paga": "We ask you who will pay the rubbish tax: you or your business. We already know your name.",
    locali: "We ask you where the home or premises are and how big they are. We use this to work out how much you pay.",
    uso: "We ask you whether you live or work there, and how many people live there. This also changes how much you pay.",
    occupanti: "We ask you whether someone who is not resident in Seregno lives with you. We count the residents ourselves.",
    titolo: "We ask you why you can use the premises, for example whether you own or rent them, and since when.",
    subentro: "We ask you who was there before you, if you know. We then close their account and open yours.",
  },
  "tari-variazione": {
    locali: "We ask you which registered premises have changed. The details are on the payment notice you get every year.",
    "cosa-cambia": "We ask you what has changed and since when.",
    "nuovi-dati": "We ask you how things are now. Write only what has changed.",
  },
  "tari-cessazione": {
    motivo: "We ask you why you are leaving the home or premises.",
    defunto: "We ask you for the details of the person who died and who paid the rubbish tax.",
    locali: "We ask you which premises you left and since when. From that day you stop paying.",
    "dopo-di-te": "We ask you who is moving in after you, if you know, and where to write to you from now on.",
  },
  "tari-riduzioni": {
    riduzione: "We ask you which reduction you want. Each reduction needs its own application.",
    locali: "We ask you for which home or premises you want the reduction, and from when.",
    "unico-occupante": "We ask you whether you live alone in this home.",
    compostaggio: "We ask you how you compost, that is how you turn kitchen and garden scraps into soil.",
    "uso-stagionale": "We ask you how many months a year you use the home and where you live the rest of the year.",
    estero: "We ask you which country you live in. The reduction applies if you live abroad and get your pension there.",
    "zona-non-servita": "We ask you how far the nearest bin is from your home.",
    "avvio-al-riciclo": "We ask you how much of your business's waste you sent for recycling and who collected it.",
    isee: "We ask you for your ISEE, the figure that measures your family's means. It is on the INPS certificate.",
    dichiarazione: "We ask you to confirm that what you wrote is true.",
  },
  "imu-rimborso": {
    "chi-chiede": "We ask you whether you want the money back for yourself or for a person who has died.",
    versamento: "We ask you when and how much you paid. The details are on the payment receipt.",
    motivo: "We ask you why you think you paid too much.",
    immobile: "We ask you for which home, garage or land you paid.",
    conto: "We ask you for the bank account to pay the money into.",
  },
  "multe-dati-conducente": {
    verbale: "We ask you for the details of the fine. They are on the fine you received.",
    dichiarante: "We ask you who you are in relation to the car: whether you or your business own it, and whether you were driving.",
    conducente: "We ask you who was driving the car when the fine was issued.",
    patente: "We ask you for the driving licence details of the driver. They are on the front of the licence.",
    dichiarazione: "We ask you to confirm that what you wrote is true.",
  },
  "multe-ricorso": {
    verbale: "We ask you for the details of the fine. They are on the fine you received.",
    ricorrente: "We ask you whether you were driving or own the car. We already know your name.",
    autorita: "We ask you whom you want to ask to cancel the fine: the Prefect, free of charge, or the Justice of the Peace.",
    motivi: "We ask you why you think the fine is wrong. Write it in your own words.",
    dichiarazione: "We ask you to confirm that what you wrote is true. After sending you cannot change it.",
  },
  "lampade-votive": {
    richiesta: "We ask you what you want to do with the light on the grave: switch it on, take it over or switch it off.",
    defunto: "We ask you who is buried there.",
    sepoltura: "We ask you where the grave is in the cemetery.",
    allacciamento: "We ask you from which day you want the light on.",
    intestatario: "We ask you who paid for the light before you.",
    avvisi: "We ask you where to send you the yearly notice to pay.",
    disdetta: "We ask, if you like, why you are switching the light off.",
  },
  "mensa-scolastica": {
    bambino: "We ask you for your child's details.",
    scuola: "We ask you which school and which class your child attends.",
    dieta: "We ask you whether your child must eat different food, for health or religious reasons.",
    tariffa: "We ask you whether you want to pay less. For this we need your ISEE, the figure that measures your family's means.",
    "altro-genitore": "We ask, if you like, for the other parent's details, so they also get news from the canteen.",
  },
  "accesso-atti": {
    tipo: "We ask you what you want to see: documents about you, or data the Comune must publish.",
    "per-conto-di": "We ask you whether you want the documents for yourself or for another person or a business.",
    documenti: "We ask you which documents you want. The more precise you are, the sooner we find them.",
    interesse: "We ask you why you need the documents.",
    modalita: "We ask you whether you only want to look at them or get a copy, and how.",
  },
  "segnalazione-disservizio": {
    tipo: "We ask you what kind of problem you want to report.",
    luogo: "We ask you where the problem is.",
    servizio: "We ask you which municipal service did not work, and when.",
    descrizione: "We ask you to describe the problem in your own words.",
    risposta: "We ask you how you want to get our reply.",
  },
  "tributi-rettifica": {
    tributo: "We ask you which tax and which year have the mistake.",
    errore: "We ask you what is wrong and, if you know them, the right details.",
  },
};

export default plainSteps;
