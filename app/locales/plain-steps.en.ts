/** The "plainSteps" namespace, in English: see plain-steps.it.ts. */
const plainSteps = {
  common: {
    contatti: "We ask how to write to you or phone you. We use it only to tell you how your application is going or to ask you something.",
  },
  "tari-iscrizione": {
    "chi-paga": "We ask who will pay the rubbish tax: you or your business. We already know your name.",
    locali: "We ask where the home or premises are and how big they are. We use this to work out how much you pay.",
    uso: "We ask whether you live or work there, and how many people live there. This also changes how much you pay.",
    occupanti: "We ask whether someone who is not resident in Seregno lives with you. We count the residents ourselves.",
    titolo: "We ask why you can use the premises, for example whether you own or rent them, and since when.",
    subentro: "We ask who was there before you, if you know. We then close their account and open yours.",
  },
  "tari-variazione": {
    locali: "We ask which registered premises have changed. The details are on the payment notice you get every year.",
    "cosa-cambia": "We ask what has changed and since when.",
    "nuovi-dati": "We ask how things are now. Write only what has changed.",
  },
  "tari-cessazione": {
    motivo: "We ask why you are leaving the home or premises.",
    defunto: "We ask for the details of the person who died and who paid the rubbish tax.",
    locali: "We ask which premises you left and since when. From that day you stop paying.",
    "dopo-di-te": "We ask who is moving in after you, if you know, and where to write to you from now on.",
  },
  "tari-riduzioni": {
    riduzione: "We ask which reduction you want. Each reduction needs its own application.",
    locali: "We ask for which home or premises you want the reduction, and from when.",
    "unico-occupante": "We ask whether you live alone in this home.",
    compostaggio: "We ask how you compost, that is how you turn kitchen and garden scraps into soil.",
    "uso-stagionale": "We ask how many months a year you use the home and where you live the rest of the year.",
    estero: "We ask which country you live in. The reduction applies if you live abroad and get your pension there.",
    "zona-non-servita": "We ask how far the nearest bin is from your home.",
    "avvio-al-riciclo": "We ask how much of your business's waste you sent for recycling and who collected it.",
    isee: "We ask for your ISEE, the figure that measures your family's means. It is on the INPS certificate.",
    dichiarazione: "We ask you to confirm that what you wrote is true.",
  },
  "imu-rimborso": {
    "chi-chiede": "We ask whether you want the money back for yourself or for a person who has died.",
    versamento: "We ask when and how much you paid. The details are on the payment receipt.",
    motivo: "We ask why you think you paid too much.",
    immobile: "We ask for which home, garage or land you paid.",
    conto: "We ask for the bank account to pay the money into.",
  },
  "multe-dati-conducente": {
    verbale: "We ask for the details of the fine. They are on the fine you received.",
    dichiarante: "We ask who you are in relation to the car: whether you or your business own it, and whether you were driving.",
    conducente: "We ask who was driving the car when the fine was issued.",
    patente: "We ask for the driving licence details of the driver. They are on the front of the licence.",
    dichiarazione: "We ask you to confirm that what you wrote is true.",
  },
  "multe-ricorso": {
    verbale: "We ask for the details of the fine. They are on the fine you received.",
    ricorrente: "We ask whether you were driving or own the car. We already know your name.",
    autorita: "We ask whom you want to ask to cancel the fine: the Prefect, free of charge, or the Justice of the Peace.",
    motivi: "We ask why you think the fine is wrong. Write it in your own words.",
    dichiarazione: "We ask you to confirm that what you wrote is true. After sending you cannot change it.",
  },
  "lampade-votive": {
    richiesta: "We ask what you want to do with the light on the grave: switch it on, take it over or switch it off.",
    defunto: "We ask who is buried there.",
    sepoltura: "We ask where the grave is in the cemetery.",
    allacciamento: "We ask from which day you want the light on.",
    intestatario: "We ask who paid for the light before you.",
    avvisi: "We ask where to send you the yearly notice to pay.",
    disdetta: "We ask, if you like, why you are switching the light off.",
  },
  "mensa-scolastica": {
    bambino: "We ask for your child's details.",
    scuola: "We ask which school and which class your child attends.",
    dieta: "We ask whether your child must eat different food, for health or religious reasons.",
    tariffa: "We ask whether you want to pay less. For this we need your ISEE, the figure that measures your family's means.",
    "altro-genitore": "We ask, if you like, for the other parent's details, so they also get news from the canteen.",
  },
  "accesso-atti": {
    tipo: "We ask what you want to see: documents about you, or data the Comune must publish.",
    "per-conto-di": "We ask whether you want the documents for yourself or for another person or a business.",
    documenti: "We ask which documents you want. The more precise you are, the sooner we find them.",
    interesse: "We ask why you need the documents.",
    modalita: "We ask whether you only want to look at them or get a copy, and how.",
  },
  "segnalazione-disservizio": {
    tipo: "We ask what kind of problem you want to report.",
    luogo: "We ask where the problem is.",
    servizio: "We ask which municipal service did not work, and when.",
    descrizione: "We ask you to describe the problem in your own words.",
    risposta: "We ask how you want to get our reply.",
  },
  "tributi-rettifica": {
    tributo: "We ask which tax and which year have the mistake.",
    errore: "We ask what is wrong and, if you know them, the right details.",
  },
};

export default plainSteps;
