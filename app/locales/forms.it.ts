/**
 * The "forms" namespace, in Italian (see app/locales/namespaces.ts for who loads it): the questions
 * of every online service's form (app/forms/services/*), grouped by the service's slug, plus `common`
 * for what several forms share. Written for a reader of 80: one idea per sentence, everyday words,
 * the legal term in brackets only when the citizen will meet it on a paper.
 */
const forms = {
  common: {
    applicant: {
      fullName: "Nome e cognome",
      fiscalCode: "Codice fiscale",
    },
    contacts: {
      title: "Come possiamo contattarti",
      intro: "Ti scriviamo quando la domanda cambia stato. Trovi sempre tutto anche nella tua area personale.",
    },
    email: {
      label: "Indirizzo e-mail",
      hint: "È quello che conosciamo dalla tua identità digitale. Puoi cambiarlo, per esempio con l'e-mail di un familiare.",
    },
    phone: {
      label: "Numero di telefono",
      hint: "Ti chiamiamo solo se serve un chiarimento.",
    },
    company: {
      name: { label: "Nome dell'impresa, della società o dell'ente" },
      vat: {
        label: "Partita IVA",
        hint: "Sono 11 cifre. Scrivile senza spazi e senza la sigla IT.",
      },
      vatError: "Scrivi la partita IVA con 11 cifre, senza lettere e senza spazi.",
      pec: {
        label: "Indirizzo PEC dell'impresa",
        hint: "La posta elettronica certificata (PEC) dell'impresa: la trovi nella visura della Camera di commercio.",
      },
    },
    declaration: {
      label: "Dichiarazione",
      option:
        "Dichiaro che quello che ho scritto è vero. So che chi dichiara il falso commette un reato e perde i benefici ottenuti (articoli 75 e 76 del D.P.R. 445/2000).",
    },
    deadline: {
      tqrifInformation:
        "L'Ufficio Tributi ti risponde entro 30 giorni lavorativi, come prevede l'Autorità di regolazione per energia, reti e ambiente (ARERA) per le richieste scritte sulla TARI (Testo unico per la qualità del servizio rifiuti, TQRIF, delibera 15/2022).",
    },
    units: {
      squareMetres: "m²",
      euro: "euro",
      people: "persone",
      metres: "metri",
      months: "mesi",
      kilograms: "kg",
    },
  },

  "tari-iscrizione": {
    privacy:
      "Usiamo i tuoi dati per iscriverti alla TARI, calcolare la tassa sui rifiuti e mandarti gli avvisi di pagamento. Il Comune lo fa per un compito di interesse pubblico che la legge gli affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679, e legge 147/2013).",
    steps: {
      "chi-paga": {
        title: "Chi paga la TARI",
        intro: "Il tuo nome e il tuo codice fiscale li conosciamo già dalla tua identità digitale: non devi scriverli.",
      },
      locali: {
        title: "I locali",
        intro: "Scrivi i dati della casa o del locale. Li trovi nell'atto di acquisto, nel contratto di affitto o nella visura catastale.",
      },
      uso: { title: "Come usi i locali" },
      occupanti: {
        title: "Chi abita nella casa",
        intro: "Le persone che hanno la residenza a Seregno le contiamo noi, dall'anagrafe del Comune. Qui scrivi solo chi abita con te senza avere la residenza a Seregno.",
      },
      titolo: { title: "Perché occupi i locali e da quando" },
      subentro: { title: "Chi c'era prima di te" },
    },
    payer: {
      label: "Chi paga la TARI per questi locali?",
      options: {
        self: "Io, a mio nome",
        company: "La mia impresa, società o ente",
        companyHint: "Per un negozio, un ufficio, un laboratorio o un capannone.",
      },
    },
    address: {
      label: "Indirizzo dei locali a Seregno",
      hint: "Via e numero civico.",
    },
    cadastral: {
      label: "Dati catastali della casa o del locale principale",
      hint: "Foglio, particella (o mappale), subalterno e categoria, per esempio A/2. Se non li hai, chiedili al proprietario.",
    },
    surface: {
      label: "Superficie calpestabile",
      hint: "I metri quadrati dei pavimenti, senza i muri. Non contare balconi e terrazzi aperti. Box e cantina li scrivi dopo.",
    },
    hasAppurtenances: {
      label: "Hai anche un box, una cantina o una soffitta?",
      hint: "Solo se sono separati dalla casa e hanno dati catastali propri.",
    },
    appurtenances: {
      label: "Box, cantine e soffitte",
      item: "Locale in più {{n}}",
      kind: {
        label: "Che cos'è?",
        options: {
          garage: "Box o autorimessa",
          cellar: "Cantina",
          attic: "Soffitta o solaio",
          other: "Altro locale",
        },
      },
      cadastral: { label: "Dati catastali di questo locale" },
      surface: { label: "Superficie calpestabile di questo locale" },
    },
    use: {
      label: "Come usi i locali?",
      options: {
        domestic_resident: "È la casa dove ho la residenza",
        domestic_residentHint: "Abiti qui e sei iscritto all'anagrafe di Seregno a questo indirizzo, o lo sarai presto.",
        domestic_non_resident: "È una casa dove non ho la residenza",
        domestic_non_residentHint: "Per esempio una seconda casa, o la casa dove abiti per studio o lavoro.",
        non_domestic: "Per un'attività",
        non_domesticHint: "Negozio, ufficio, studio, laboratorio, magazzino, capannone.",
      },
    },
    activity: {
      label: "Che attività fai nei locali?",
      hint: "Per esempio: bar, parrucchiere, studio medico, officina. La tassa cambia secondo il tipo di attività.",
    },
    occupantsCount: {
      label: "Quante persone abitano in questa casa, compreso te?",
      hint: "Conta chi ci abita per più di sei mesi all'anno.",
    },
    hasNonResidentOccupants: {
      label: "Abita con te qualcuno che non ha la residenza a Seregno?",
      hint: "Per esempio una badante, un parente che vive da te ma ha la residenza in un altro Comune.",
    },
    occupants: {
      label: "Persone che abitano con te senza residenza a Seregno",
      item: "Persona {{n}}",
      fullName: { label: "Nome e cognome" },
      fiscalCode: { label: "Codice fiscale" },
      relationship: {
        label: "Chi è per te?",
        options: {
          spouse: "Marito, moglie o convivente",
          child: "Figlio o figlia",
          parent: "Padre o madre",
          sibling: "Fratello o sorella",
          other_relative: "Altro parente",
          carer: "Badante o assistente familiare",
          other: "Altra persona",
        },
      },
    },
    occupationTitle: {
      label: "Perché puoi usare i locali?",
      options: {
        ownership: "Sono miei (proprietà)",
        lease: "Sono in affitto (locazione)",
        loan: "Me li hanno prestati (comodato)",
        loanHint: "Per esempio la casa di un genitore, data senza affitto.",
        usufruct: "Ne ho l'usufrutto",
        other: "Per un altro motivo",
      },
    },
    occupationTitleOther: { label: "Spiega perché puoi usare i locali" },
    ownerName: {
      label: "Nome e cognome del proprietario",
      hint: "Ci aiuta a trovare i locali più in fretta.",
    },
    startDate: {
      label: "Da che giorno occupi i locali?",
      hint: "Il giorno in cui hai avuto le chiavi o sei andato ad abitare lì. Per esempio 15/03/2025.",
    },
    takesOver: {
      label: "Prima di te qualcuno occupava questi locali?",
      hint: "Per esempio il vecchio inquilino o il proprietario che ci abitava.",
    },
    previousHolderName: { label: "Nome e cognome di chi c'era prima di te" },
    previousHolderFiscalCode: {
      label: "Codice fiscale di chi c'era prima di te",
      hint: "Scrivilo solo se lo conosci.",
    },
    attachments: {
      titleDocument: {
        label: "Contratto di affitto, di comodato o atto di acquisto",
        hint: "Se lo alleghi, l'ufficio risponde prima.",
      },
      floorPlan: {
        label: "Planimetria o visura catastale",
        hint: "Serve se non conosci i dati catastali.",
      },
    },
  },

  "tari-variazione": {
    privacy:
      "Usiamo i tuoi dati per aggiornare la tua posizione TARI e ricalcolare la tassa sui rifiuti. Il Comune lo fa per un compito di interesse pubblico che la legge gli affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679, e legge 147/2013).",
    steps: {
      locali: {
        title: "I locali",
        intro: "Scrivi i dati dei locali già iscritti alla TARI. Li trovi nell'avviso di pagamento della TARI.",
      },
      "cosa-cambia": { title: "Che cosa è cambiato" },
      "nuovi-dati": {
        title: "I nuovi dati",
        intro: "Scrivi come sono le cose adesso, dopo il cambiamento.",
      },
    },
    address: { label: "Indirizzo dei locali a Seregno" },
    cadastral: {
      label: "Dati catastali dei locali",
      hint: "Foglio, particella (o mappale), subalterno e categoria, per esempio A/2.",
    },
    accountCode: {
      label: "Codice utente TARI",
      hint: "È scritto in alto nell'avviso di pagamento della TARI.",
    },
    changes: {
      label: "Che cosa è cambiato?",
      hint: "Puoi scegliere più di una risposta.",
      options: {
        surface: "I metri quadrati",
        surfaceHint: "Per esempio hai ampliato la casa o hai aggiunto un box o una cantina.",
        occupants: "Il numero di persone che abitano nella casa",
        occupantsHint: "Solo se chi abita nella casa non ha la residenza a Seregno. Per i residenti lo sappiamo già dall'anagrafe.",
        use: "Come sono usati i locali",
        useHint: "Per esempio da abitazione a ufficio.",
        holder: "Chi paga la TARI (intestatario)",
        holderHint: "Per esempio dopo una separazione o la morte di chi pagava.",
        mailing_address: "L'indirizzo dove ricevere gli avvisi di pagamento",
      },
    },
    changeDate: {
      label: "Da che giorno è cambiato?",
      hint: "Per esempio 15/03/2025. Se lo comunichi entro 90 giorni, il cambiamento vale da quel giorno.",
    },
    newSurface: {
      label: "Nuova superficie calpestabile di tutti i locali",
      hint: "I metri quadrati dei pavimenti, senza i muri, compresi box e cantina.",
    },
    newOccupantsCount: {
      label: "Quante persone abitano adesso nella casa, compreso te?",
      hint: "Conta chi ci abita per più di sei mesi all'anno.",
    },
    newUse: {
      label: "Come sono usati adesso i locali?",
      options: {
        domestic_resident: "Casa dove ho la residenza",
        domestic_non_resident: "Casa dove non ho la residenza",
        non_domestic: "Per un'attività",
      },
    },
    newActivity: {
      label: "Che attività si fa adesso nei locali?",
      hint: "Per esempio: bar, parrucchiere, studio medico, officina.",
    },
    newHolderName: { label: "Nome e cognome del nuovo intestatario" },
    newHolderFiscalCode: { label: "Codice fiscale del nuovo intestatario" },
    holderChangeReason: {
      label: "Perché cambia l'intestatario?",
      options: {
        death: "Chi pagava è morto",
        separation: "Separazione o divorzio",
        agreement: "Accordo tra chi abita nella casa",
        other: "Per un altro motivo",
      },
    },
    newMailingAddress: { label: "Nuovo indirizzo per gli avvisi di pagamento" },
    notes: {
      label: "Vuoi aggiungere qualcosa?",
      hint: "Scrivi qui quello che può servire all'ufficio.",
    },
    attachments: {
      floorPlan: {
        label: "Planimetria o altro documento con i nuovi metri quadrati",
        hint: "Per esempio la planimetria catastale aggiornata o la pratica edilizia.",
      },
      otherDocuments: {
        label: "Altri documenti",
        hint: "Per esempio il nuovo contratto di affitto.",
      },
    },
  },

  "tari-cessazione": {
    privacy:
      "Usiamo i tuoi dati per chiudere la posizione TARI dei locali che hai lasciato e per mandarti gli ultimi avvisi o un eventuale rimborso. Il Comune lo fa per un compito di interesse pubblico che la legge gli affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679, e legge 147/2013).",
    steps: {
      motivo: { title: "Perché smetti di pagare la TARI" },
      defunto: {
        title: "La persona che pagava la TARI",
        intro: "Ci dispiace per la tua perdita. Scrivi i dati della persona morta che pagava la TARI.",
      },
      locali: { title: "I locali che hai lasciato" },
      "dopo-di-te": { title: "Dopo di te" },
    },
    reason: {
      label: "Perché lasci i locali?",
      options: {
        moved: "Ho traslocato",
        movedHint: "Se vai ad abitare in un'altra casa di Seregno, fai anche l'iscrizione alla TARI per la casa nuova.",
        sold: "Ho venduto la casa o il locale",
        lease_ended: "È finito il contratto di affitto",
        business_closed: "Ho chiuso l'attività",
        holder_died: "La persona che pagava è morta",
        holder_diedHint: "Scegli questa risposta se sei un erede o un familiare.",
        other: "Per un altro motivo",
      },
    },
    reasonOther: { label: "Spiega il motivo" },
    deceasedName: { label: "Nome e cognome della persona morta" },
    deceasedFiscalCode: { label: "Codice fiscale della persona morta" },
    deathDate: { label: "Data della morte" },
    heirRelationship: {
      label: "Chi sei per questa persona?",
      options: {
        spouse: "Marito, moglie o unito civilmente",
        child: "Figlio o figlia",
        other_heir: "Un altro erede o familiare",
      },
    },
    address: { label: "Indirizzo dei locali a Seregno" },
    cadastral: {
      label: "Dati catastali dei locali",
      hint: "Foglio, particella (o mappale) e subalterno.",
    },
    endDate: {
      label: "Da che giorno non occupi più i locali?",
      hint: "Per esempio 31/03/2025. Se lo comunichi entro 90 giorni, la tassa finisce quel giorno.",
    },
    handoverDate: {
      label: "Giorno in cui hai riconsegnato le chiavi o chiuso luce, acqua e gas",
      hint: "Aiuta a dimostrare che hai lasciato i locali.",
    },
    nextOccupantKnown: {
      label: "Sai chi occupa i locali dopo di te?",
      hint: "Per esempio il nuovo inquilino o chi ha comprato la casa.",
    },
    nextOccupantName: { label: "Nome e cognome di chi occupa i locali dopo di te" },
    nextOccupantFiscalCode: {
      label: "Codice fiscale di chi occupa i locali dopo di te",
      hint: "Scrivilo solo se lo conosci.",
    },
    mailingAddress: {
      label: "Indirizzo dove mandarti le comunicazioni",
      hint: "Ti mandiamo qui l'ultimo avviso o le informazioni su un rimborso.",
    },
    attachments: {
      proofOfLeaving: {
        label: "Un documento che dimostra che hai lasciato i locali",
        hint: "Per esempio il verbale di riconsegna delle chiavi, l'atto di vendita o la chiusura di luce, acqua o gas.",
      },
      heirDocument: {
        label: "Documento che dimostra che sei erede",
        hint: "Per esempio la dichiarazione di successione.",
      },
    },
  },

  "tari-riduzioni": {
    privacy:
      "Usiamo i tuoi dati per controllare se hai diritto alla riduzione della TARI e per applicarla agli avvisi di pagamento. Il Comune lo fa per un compito di interesse pubblico che la legge gli affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679, legge 147/2013 e Regolamento TARI del Comune).",
    steps: {
      riduzione: {
        title: "Quale riduzione chiedi",
        intro: "Puoi chiedere una riduzione per ogni domanda. Se ne vuoi chiedere un'altra, fai una nuova domanda.",
      },
      locali: { title: "I locali" },
      "unico-occupante": {
        title: "Abiti da solo",
        intro: "Se hai la residenza a Seregno, controlliamo noi l'anagrafe.",
      },
      compostaggio: { title: "Il compostaggio" },
      "uso-stagionale": { title: "La casa usata solo per una parte dell'anno" },
      estero: {
        title: "Vivi all'estero",
        intro: "La riduzione vale per una sola casa in Italia, se hai una pensione dal Paese in cui vivi.",
      },
      "zona-non-servita": { title: "La raccolta dei rifiuti è lontana" },
      "avvio-al-riciclo": { title: "I rifiuti che mandi al riciclo" },
      isee: {
        title: "Il tuo ISEE",
        intro: "L'ISEE è l'indicatore della situazione economica della famiglia. Il Comune può controllarlo nella banca dati dell'INPS.",
      },
      dichiarazione: {
        title: "Dichiarazione",
        intro: "Il Comune può controllare in ogni momento che tu abbia ancora diritto alla riduzione, anche con un sopralluogo.",
      },
    },
    reduction: {
      label: "Quale riduzione chiedi?",
      options: {
        sole_occupant: "Abito da solo",
        sole_occupantHint: "Nella casa abiti solo tu.",
        composting: "Faccio il compost a casa",
        compostingHint: "Trasformi in compost gli scarti di cucina e del giardino nel tuo giardino o nel tuo orto.",
        seasonal_use: "Uso la casa solo per una parte dell'anno",
        seasonal_useHint: "Per esempio una casa tenuta a disposizione o usata solo d'estate.",
        abroad: "Vivo all'estero e ho una pensione estera",
        abroadHint: "Sei iscritto all'AIRE (l'anagrafe degli italiani residenti all'estero).",
        not_served: "La raccolta dei rifiuti non passa vicino a casa",
        not_servedHint: "I cassonetti o il punto di raccolta sono molto lontani.",
        recycling: "La mia impresa manda i rifiuti al riciclo a sue spese",
        recyclingHint: "Solo per le imprese.",
        low_income: "La mia famiglia ha un reddito basso (ISEE)",
        low_incomeHint: "Alcune agevolazioni arrivano già da sole con l'ISEE: l'ufficio ti dice se ti serve fare domanda.",
      },
    },
    address: { label: "Indirizzo dei locali a Seregno" },
    accountCode: {
      label: "Codice utente TARI",
      hint: "È scritto in alto nell'avviso di pagamento della TARI.",
    },
    since: {
      label: "Da che giorno hai diritto alla riduzione?",
      hint: "Per esempio 01/01/2025. La riduzione parte dalla data prevista dal Regolamento TARI: chiederla presto conviene.",
    },
    residentHere: {
      label: "Hai la residenza in questa casa?",
      hint: "Cioè sei iscritto all'anagrafe di Seregno a questo indirizzo.",
    },
    soleOccupantDeclaration: {
      label: "Abiti da solo",
      option: "Dichiaro che in questa casa abito solo io.",
    },
    compostMethod: {
      label: "Come fai il compost?",
      options: {
        bin: "Con una compostiera",
        pit: "In una buca nel terreno",
        heap: "In un cumulo all'aperto",
      },
    },
    compostPlace: {
      label: "Dove si trova?",
      options: {
        own_garden: "Nel mio giardino",
        shared_garden: "Nel giardino del condominio",
        vegetable_plot: "Nel mio orto",
      },
    },
    gardenArea: {
      label: "Quanto è grande il giardino o l'orto?",
      hint: "In metri quadrati, anche a occhio.",
    },
    inspectionConsent: {
      label: "Controlli",
      option: "Accetto che il Comune venga a controllare la compostiera, dopo avermi avvisato.",
    },
    monthsOfUse: {
      label: "Per quanti mesi all'anno usi la casa?",
      hint: "Un numero da 1 a 11.",
    },
    mainHomeAddress: {
      label: "Indirizzo della casa dove abiti per il resto dell'anno",
      hint: "Dove hai la residenza.",
    },
    notLetDeclaration: {
      label: "La casa non è data ad altri",
      option: "Dichiaro che la casa non è affittata né prestata ad altre persone.",
    },
    countryOfResidence: { label: "In quale Paese vivi?" },
    aireComune: {
      label: "In quale Comune italiano sei iscritto all'AIRE?",
      hint: "È il Comune che tiene la tua iscrizione all'anagrafe degli italiani all'estero.",
    },
    abroadDeclaration: {
      label: "I requisiti",
      option:
        "Dichiaro che ho una pensione pagata dal Paese in cui vivo e che questa casa, la sola che ho in Italia, non è affittata né prestata ad altre persone.",
    },
    distanceToCollection: {
      label: "Quanto è lontano il cassonetto o il punto di raccolta più vicino?",
      hint: "In metri, a piedi dalla porta di casa, anche a occhio.",
    },
    serviceDescription: {
      label: "Descrivi la situazione",
      hint: "Per esempio: il camion della raccolta non passa nella mia strada.",
    },
    recycledKg: {
      label: "Quanti chili di rifiuti hai mandato al riciclo nell'ultimo anno?",
      hint: "Il totale dei formulari dei rifiuti (FIR) dell'anno.",
    },
    recyclerName: {
      label: "Nome dell'impresa che ha ritirato i rifiuti",
      hint: "Se sono più di una, scrivi la principale: le altre risultano dai formulari.",
    },
    iseeValue: {
      label: "Valore del tuo ISEE",
      hint: "In euro, come è scritto nell'attestazione ISEE. Per esempio 8.500,00.",
    },
    iseeProtocol: {
      label: "Numero di protocollo della DSU",
      hint: "È scritto sull'attestazione ISEE e comincia con INPS-ISEE.",
    },
    attachments: {
      foreignPensionDocument: {
        label: "Documento della pensione estera",
        hint: "Per esempio la lettera dell'ente che paga la pensione o un estratto del conto dove arriva.",
      },
      wasteForms: {
        label: "Formulari dei rifiuti o dichiarazione di chi li ha ritirati",
        hint: "I formulari di identificazione dei rifiuti (FIR) dell'anno, o l'attestazione dell'impresa che li ha ricevuti.",
      },
      iseeCertificate: {
        label: "Attestazione ISEE",
        hint: "Il Comune può leggerla anche nella banca dati dell'INPS.",
      },
      seasonalProof: {
        label: "Documenti che mostrano l'uso per una parte dell'anno",
        hint: "Per esempio le bollette della luce con consumi bassi.",
      },
    },
  },

  "imu-rimborso": {
    privacy:
      "Usiamo i tuoi dati per controllare i pagamenti dell'IMU e restituirti quello che hai pagato in più, con un bonifico sul tuo conto. Il Comune lo fa per un compito di interesse pubblico che la legge gli affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679, e legge 296/2006, articolo 1, comma 164).",
    deadlineSource:
      "Il Comune decide e paga il rimborso entro 180 giorni dalla domanda, come prevede la legge 296/2006 (articolo 1, comma 164).",
    steps: {
      "chi-chiede": { title: "Chi chiede il rimborso" },
      versamento: {
        title: "Il pagamento",
        intro: "Trovi questi dati nella ricevuta del modello F24 che hai pagato.",
      },
      motivo: { title: "Perché chiedi il rimborso" },
      immobile: {
        title: "L'immobile",
        intro: "La casa, il box o il terreno di Seregno per cui hai pagato l'IMU.",
      },
      conto: {
        title: "Il conto dove ricevere i soldi",
        intro: "Il conto deve essere intestato a te, da solo o insieme a un'altra persona.",
      },
    },
    applicantRole: {
      label: "Per chi chiedi il rimborso?",
      options: {
        taxpayer: "Per me: ho pagato io",
        heir: "Come erede di una persona morta",
        heirHint: "Ha pagato una persona che è morta e tu sei suo erede.",
      },
    },
    deceasedName: { label: "Nome e cognome della persona morta" },
    deceasedFiscalCode: { label: "Codice fiscale della persona morta" },
    deathDate: { label: "Data della morte" },
    taxYear: {
      label: "Per quale anno hai pagato l'IMU?",
      hint: "L'anno a cui si riferisce il pagamento. Per esempio 2023.",
    },
    paymentDate: {
      label: "Data del pagamento",
      hint: "Per esempio 16/06/2024. Se hai pagato più volte, scrivi la data del pagamento sbagliato.",
    },
    amountPaid: {
      label: "Quanto hai pagato",
      hint: "In euro, per esempio 312,50.",
    },
    amountRequested: {
      label: "Quanto chiedi che ti sia restituito",
      hint: "In euro. È la differenza tra quanto hai pagato e quanto dovevi pagare.",
    },
    reason: {
      label: "Perché hai pagato più del dovuto?",
      options: {
        overpaid: "Ho pagato più del dovuto",
        overpaidHint: "Per esempio ho usato un'aliquota più alta di quella giusta.",
        not_due: "Non dovevo pagare niente",
        not_dueHint: "Per esempio era la mia abitazione principale, che non paga l'IMU.",
        paid_twice: "Ho pagato due volte la stessa rata",
        wrong_comune_code: "Ho sbagliato il codice del Comune nel modello F24",
        wrong_comune_codeHint: "Per esempio ho pagato a Seregno l'IMU di una casa che è in un altro Comune.",
        property_sold: "Ho pagato per un immobile che avevo già venduto",
        cadastral_income_lowered: "Il Catasto ha abbassato la rendita catastale",
        other: "Per un altro motivo",
      },
    },
    explanation: {
      label: "Spiega meglio, se vuoi",
      hint: "Scrivi quello che può aiutare l'ufficio, per esempio le date e gli importi delle rate.",
    },
    explanationOther: { label: "Spiega perché chiedi il rimborso" },
    propertyAddress: { label: "Indirizzo dell'immobile a Seregno" },
    cadastral: {
      label: "Dati catastali dell'immobile",
      hint: "Foglio, particella (o mappale), subalterno e categoria, per esempio A/2. Li trovi nell'atto di acquisto o nella visura catastale.",
    },
    iban: {
      label: "IBAN del conto",
      hint: "Sono 27 caratteri e cominciano con IT. Li trovi nell'estratto conto o nell'app della banca.",
    },
    accountHolder: {
      label: "A chi è intestato il conto?",
      options: {
        self: "Solo a me",
        joint: "A me e a un'altra persona",
      },
    },
    holderName: { label: "Intestatario del conto" },
    coHolderName: { label: "Nome e cognome dell'altra persona intestataria del conto" },
    attachments: {
      f24Receipts: {
        label: "Ricevute dei modelli F24 pagati",
        hint: "Puoi allegare fino a 5 file: la ricevuta della banca, della posta o dell'home banking.",
      },
      supportingDocuments: {
        label: "Altri documenti che spiegano il motivo",
        hint: "Per esempio l'atto di vendita o la nuova visura catastale.",
      },
      heirDocument: {
        label: "Documento che dimostra che sei erede",
        hint: "La dichiarazione di successione, oppure una dichiarazione firmata da te in cui dici di essere erede (autocertificazione).",
      },
    },
  },

  "multe-dati-conducente": {
    privacy:
      "Usiamo i tuoi dati e quelli di chi guidava per registrare chi era alla guida e comunicare il taglio dei punti all'Anagrafe nazionale degli abilitati alla guida. La Polizia Locale lo fa per un compito di interesse pubblico che la legge le affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679, e articolo 126-bis del Codice della strada).",
    deadlineSource:
      "La Polizia Locale registra la comunicazione entro 30 giorni (legge 241/1990, articolo 2). Ricorda: tu devi mandarla entro 60 giorni dalla notifica del verbale.",
    steps: {
      verbale: {
        title: "Il verbale",
        intro: "Trovi questi dati sul verbale della multa che ti è arrivato.",
      },
      dichiarante: {
        title: "Chi fa la comunicazione",
        intro: "Fai questa comunicazione a tuo nome, come proprietario del veicolo o per l'impresa che ne è proprietaria.",
      },
      conducente: {
        title: "Chi guidava",
        intro: "Scrivi i dati della persona che guidava il veicolo quando è stata fatta la multa.",
      },
      patente: {
        title: "La patente di chi guidava",
        intro: "Trovi questi dati sul fronte della patente.",
      },
      dichiarazione: {
        title: "Dichiarazione",
        intro: "Chi indica come conducente una persona che non guidava commette un reato.",
      },
    },
    fineNumber: {
      label: "Numero del verbale",
      hint: "È scritto in alto sul verbale.",
    },
    notificationDate: {
      label: "Giorno in cui hai ricevuto il verbale",
      hint: "È la data di consegna scritta sulla busta o sulla ricevuta della raccomandata o della PEC. Per esempio 10/02/2025.",
    },
    plate: {
      label: "Targa del veicolo",
      hint: "Per esempio AB123CD.",
      error: "Scrivi la targa con lettere e numeri, da 5 a 10 caratteri, per esempio AB123CD.",
    },
    ownerType: {
      label: "A chi è intestato il veicolo?",
      options: {
        self: "A me",
        company: "A un'impresa o a un ente",
        companyHint: "Scegli questa risposta se sei il legale rappresentante dell'impresa o dell'ente.",
      },
    },
    wasDriver: {
      label: "Guidavi tu?",
      hint: "Devi fare la comunicazione anche se guidavi tu.",
    },
    driverGivenName: { label: "Nome di chi guidava" },
    driverFamilyName: { label: "Cognome di chi guidava" },
    driverFiscalCode: { label: "Codice fiscale di chi guidava" },
    driverBirthDate: { label: "Data di nascita di chi guidava" },
    driverAddress: { label: "Indirizzo di residenza di chi guidava" },
    licenceNumber: {
      label: "Numero della patente",
      hint: "È al punto 5 della patente. Scrivi solo lettere e numeri, senza spazi.",
      error: "Scrivi il numero della patente con lettere e numeri, senza spazi, come è al punto 5 della patente.",
    },
    licenceCategory: {
      label: "Categoria della patente",
      hint: "È al punto 9 della patente. Se ce ne sono più di una, scegli quella del veicolo della multa.",
      options: {
        AM: "AM (ciclomotori)",
        A1: "A1 (moto leggere)",
        A2: "A2 (moto di media potenza)",
        A: "A (moto)",
        B1: "B1 (quadricicli)",
        B: "B (automobili)",
        BE: "BE (automobili con rimorchio)",
        C1: "C1 (autocarri leggeri)",
        C1E: "C1E (autocarri leggeri con rimorchio)",
        C: "C (autocarri)",
        CE: "CE (autocarri con rimorchio)",
        D1: "D1 (minibus)",
        D1E: "D1E (minibus con rimorchio)",
        D: "D (autobus)",
        DE: "DE (autobus con rimorchio)",
      },
    },
    licenceIssuedBy: {
      label: "Chi ha rilasciato la patente",
      hint: "È al punto 4c della patente.",
      options: {
        MCTC: "Motorizzazione civile (MCTC)",
        UMC: "Ufficio della Motorizzazione civile (UMC)",
        Prefettura: "Prefettura",
      },
    },
    licenceIssueDate: { label: "Data di rilascio della patente" },
    licenceExpiryDate: {
      label: "Data di scadenza della patente",
      hint: "È al punto 4b della patente.",
    },
    declaration: {
      option:
        "Dichiaro che i dati scritti sono veri e che alla guida c'era la persona indicata. So che chi dichiara il falso commette un reato (articolo 76 del D.P.R. 445/2000).",
    },
    attachments: {
      licenceCopy: {
        label: "Copia della patente di chi guidava, fronte e retro",
        hint: "Puoi allegare 2 file, uno per il fronte e uno per il retro, oppure un solo file con tutti e due.",
      },
      driverStatement: {
        label: "Dichiarazione firmata da chi guidava",
        hint: "Chi guidava firma il modulo allegato al verbale, o un foglio in cui dice che guidava lui. Fai una foto o una scansione.",
      },
    },
  },

  "multe-ricorso": {
    privacy:
      "Usiamo i tuoi dati per esaminare il ricorso e trasmetterlo al Prefetto con le osservazioni della Polizia Locale, o per registrare che hai fatto ricorso al Giudice di pace. La Polizia Locale lo fa per un compito di interesse pubblico che la legge le affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679, e articoli 203 e 204-bis del Codice della strada).",
    deadlineSource:
      "La Polizia Locale trasmette il ricorso al Prefetto con le sue osservazioni entro 60 giorni (articolo 203 del Codice della strada). Ricorda: tu devi fare ricorso entro 60 giorni dalla notifica (al Prefetto) o entro 30 giorni (al Giudice di pace).",
    steps: {
      verbale: {
        title: "Il verbale",
        intro: "Trovi questi dati sul verbale della multa che ti è arrivato.",
      },
      ricorrente: {
        title: "Chi fa ricorso",
        intro: "Fai ricorso a tuo nome, come conducente o come proprietario del veicolo.",
      },
      autorita: {
        title: "A chi fai ricorso",
        intro: "Puoi scegliere una sola strada: il Prefetto o il Giudice di pace, non tutti e due. Se paghi la multa, anche solo la somma ridotta, non puoi più fare ricorso.",
      },
      motivi: {
        title: "I motivi del ricorso",
        intro: "Spiega perché pensi che la multa sia sbagliata. Le prove (foto, documenti) le alleghi più avanti.",
      },
      dichiarazione: {
        title: "Dichiarazione",
        intro: "Controlla di aver scritto tutto: dopo l'invio il ricorso non si può cambiare.",
      },
    },
    fineNumber: {
      label: "Numero del verbale",
      hint: "È scritto in alto sul verbale.",
    },
    notificationDate: {
      label: "Giorno in cui hai ricevuto il verbale",
      hint: "È la data di consegna scritta sulla busta o sulla ricevuta della raccomandata o della PEC. Per esempio 10/02/2026.",
    },
    plate: {
      label: "Targa del veicolo",
      hint: "Per esempio AB123CD.",
      error: "Scrivi la targa con lettere e numeri, da 5 a 10 caratteri, per esempio AB123CD.",
    },
    role: {
      label: "Chi sei rispetto alla multa?",
      options: {
        driver: "Guidavo il veicolo",
        owner: "Sono il proprietario del veicolo",
      },
    },
    authority: {
      label: "A chi fai ricorso?",
      options: {
        prefetto: "Al Prefetto di Monza e della Brianza",
        prefettoHint: "Entro 60 giorni dalla notifica. È gratuito e non serve un avvocato. Lo inviamo noi al Prefetto con le nostre osservazioni (articolo 203 del Codice della strada).",
        giudice: "Al Giudice di pace",
        giudiceHint: "Entro 30 giorni dalla notifica. Si paga il contributo unificato e il ricorso va depositato in cancelleria (articolo 204-bis del Codice della strada): qui ce lo comunichi, così sospendiamo la riscossione.",
      },
    },
    hearing: {
      label: "Vuoi essere ascoltato di persona dal Prefetto?",
      hint: "Il Prefetto ti convoca prima di decidere.",
    },
    grounds: {
      label: "Perché la multa è sbagliata",
      hint: "Per esempio: il cartello non c'era o non si vedeva, la targa è sbagliata, il veicolo era stato rubato. Al massimo 2000 caratteri.",
    },
    declaration: {
      option:
        "Dichiaro che quello che ho scritto è vero e che non ho pagato la multa né fatto ricorso per la stessa multa all'altra autorità. So che chi dichiara il falso commette un reato (articolo 76 del D.P.R. 445/2000).",
    },
    attachments: {
      reportCopy: {
        label: "Copia del verbale",
        hint: "Una foto o una scansione di tutte le pagine del verbale, in un solo file.",
      },
      evidence: {
        label: "Prove (se ne hai)",
        hint: "Foto, documenti, dichiarazioni di testimoni. Puoi allegare fino a 5 file.",
      },
      courtFee: {
        label: "Ricevuta del deposito al Giudice di pace",
        hint: "La ricevuta della cancelleria o della raccomandata con cui hai depositato il ricorso, con il contributo unificato pagato.",
      },
    },
  },

  "lampade-votive": {
    privacy:
      "Usiamo i tuoi dati per accendere, trasferire o spegnere la lampada votiva e per mandarti gli avvisi di pagamento del canone. Il Comune lo fa per un compito di interesse pubblico che la legge gli affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679, e Regolamento di polizia mortuaria).",
    deadlineSource:
      "La lampada è accesa entro 30 giorni dalla domanda completa e dal pagamento dell'allacciamento, come scritto nelle condizioni del servizio.",
    steps: {
      richiesta: { title: "Che cosa vuoi fare" },
      defunto: { title: "La persona defunta" },
      sepoltura: {
        title: "Dove è sepolta",
        intro: "Se non ricordi la posizione, guarda la lapide o chiedi ai Servizi Cimiteriali.",
      },
      allacciamento: {
        title: "L'accensione della lampada",
        intro: "Dopo la domanda ricevi l'avviso pagoPA per il contributo di allacciamento. La lampada è accesa dopo il pagamento.",
      },
      intestatario: { title: "Chi pagava prima" },
      avvisi: {
        title: "Gli avvisi di pagamento",
        intro: "Il canone si paga ogni anno con un avviso pagoPA. Da adesso gli avvisi sono intestati a te.",
      },
      disdetta: {
        title: "La disdetta",
        intro: "La lampada viene spenta. Il canone non è più dovuto dall'anno prossimo.",
      },
    },
    requestType: {
      label: "Che cosa vuoi fare?",
      options: {
        activation: "Accendere una nuova lampada",
        activationHint: "È il primo allacciamento della lampada su questa sepoltura.",
        new_holder: "Diventare io l'intestatario di una lampada già accesa",
        new_holderHint: "Per esempio perché la persona che pagava è morta.",
        new_address: "Cambiare l'indirizzo dove arrivano gli avvisi",
        cancellation: "Disdire la lampada",
        cancellationHint: "La lampada viene spenta.",
      },
    },
    deceasedGivenName: { label: "Nome della persona defunta" },
    deceasedFamilyName: { label: "Cognome della persona defunta" },
    deathDate: {
      label: "Data della morte",
      hint: "Per esempio 03/11/2019. È scritta anche sulla lapide.",
    },
    relationship: {
      label: "Chi era per te?",
      options: {
        spouse: "Marito, moglie o unito civilmente",
        child: "Figlio o figlia",
        parent: "Padre o madre",
        sibling: "Fratello o sorella",
        grandchild: "Nipote",
        other_relative: "Altro parente",
        other: "Un'altra persona",
      },
    },
    cemetery: {
      label: "In quale cimitero?",
      options: {
        urbano: "Cimitero urbano di Seregno",
        san_carlo: "Cimitero di San Carlo",
      },
    },
    burialType: {
      label: "Che tipo di sepoltura è?",
      options: {
        grave: "Tomba",
        graveHint: "Sepoltura nella terra.",
        niche: "Loculo",
        nicheHint: "Posto nel muro per una bara.",
        ossuary: "Ossario",
        ossuaryHint: "Piccolo posto per i resti delle ossa.",
        urn_niche: "Nicchia per le ceneri",
        chapel: "Cappella o tomba di famiglia",
        chapelHint: "Scrivi la posizione della cappella e, nel numero, anche quello del posto al suo interno.",
      },
    },
    section: {
      label: "Campo o settore",
      hint: "Per esempio «Campo 4» o «Settore B». È scritto sulle targhe nei viali del cimitero.",
    },
    position: {
      label: "Numero della tomba, del loculo o dell'ossario",
      hint: "Per esempio 125, oppure «fila 3, numero 12».",
    },
    startDate: {
      label: "Da che giorno vuoi la lampada accesa?",
      hint: "Per esempio una ricorrenza. Se non hai preferenze, scrivi la data di oggi: la accendiamo il prima possibile.",
    },
    previousHolderName: {
      label: "Nome e cognome di chi pagava prima",
      hint: "È scritto sugli ultimi avvisi di pagamento della lampada.",
    },
    holderChangeReason: {
      label: "Perché cambia l'intestatario?",
      options: {
        holder_died: "Chi pagava è morto",
        agreement: "Ci siamo accordati in famiglia",
        other: "Per un altro motivo",
      },
    },
    billing: {
      label: "Come vuoi ricevere gli avvisi di pagamento?",
      options: {
        email: "Per e-mail e nell'area personale",
        emailHint: "All'indirizzo e-mail che ci dai alla fine della domanda.",
        post: "Per posta, su carta",
      },
    },
    billingAddress: {
      label: "Indirizzo dove mandarti gli avvisi",
      hint: "Via, numero civico, CAP e Comune.",
    },
    cancellationReason: { label: "Vuoi dirci perché la disdici?" },
  },

  "mensa-scolastica": {
    privacy:
      "Usiamo i tuoi dati e quelli del bambino per iscriverlo alla mensa, preparare i pasti giusti per lui e calcolare la tariffa. Il Comune lo fa per un compito di interesse pubblico che la legge gli affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679). I dati sulla salute per una dieta speciale sono trattati per un motivo di interesse pubblico rilevante previsto dalla legge (articolo 9, paragrafo 2, lettera g, del Regolamento) e li vedono solo le persone che preparano e servono i pasti.",
    deadlineSource:
      "Il Comune conferma l'iscrizione entro 15 giorni, come scritto nelle condizioni del servizio. La dieta speciale è attiva entro 10 giorni lavorativi dalla domanda completa.",
    steps: {
      bambino: { title: "Il bambino o la bambina" },
      scuola: { title: "La scuola" },
      dieta: { title: "La dieta" },
      tariffa: {
        title: "La tariffa",
        intro: "Senza ISEE si paga la tariffa intera. Con l'ISEE puoi avere una tariffa ridotta, secondo le fasce decise ogni anno dal Comune.",
      },
      "altro-genitore": {
        title: "L'altro genitore",
        intro: "Se ci dai i suoi dati, può ricevere anche lui le comunicazioni della mensa.",
      },
    },
    applicantRole: {
      label: "Chi sei per il bambino?",
      options: {
        parent: "Genitore",
        guardian: "Tutore o affidatario",
      },
    },
    childGivenName: { label: "Nome del bambino" },
    childFamilyName: { label: "Cognome del bambino" },
    childFiscalCode: {
      label: "Codice fiscale del bambino",
      hint: "È scritto sulla tessera sanitaria del bambino.",
    },
    childBirthDate: { label: "Data di nascita del bambino" },
    schoolYear: {
      label: "Anno scolastico",
      hint: "Scrivi i due anni, per esempio 2025/2026.",
      error: "Scrivi l'anno scolastico con i due anni, per esempio 2025/2026.",
    },
    school: {
      label: "Scuola",
      options: {
        infanzia_ceredo: "Scuola dell'infanzia – Ceredo",
        infanzia_lazzaretto: "Scuola dell'infanzia – Lazzaretto",
        primaria_centro: "Scuola primaria – Centro",
        primaria_san_carlo: "Scuola primaria – San Carlo",
        primaria_santambrogio: "Scuola primaria – Sant'Ambrogio",
        secondaria_centro: "Scuola secondaria di primo grado – Centro",
        secondaria_san_salvatore: "Scuola secondaria di primo grado – San Salvatore",
      },
    },
    schoolClass: {
      label: "Classe e sezione",
      hint: "Per esempio 3ª B. Per la scuola dell'infanzia scrivi la sezione.",
    },
    diet: {
      label: "Il bambino ha bisogno di una dieta speciale?",
      options: {
        none: "No, mangia il menù di tutti",
        health: "Sì, per motivi di salute",
        healthHint: "Allergie, intolleranze o malattie. Serve il certificato del medico.",
        ethical_religious: "Sì, per motivi religiosi o etici",
        ethical_religiousHint: "Per esempio senza carne di maiale o vegetariana.",
      },
    },
    foodsToAvoid: {
      label: "Quali cibi deve evitare?",
      hint: "Scrivi quello che dice il medico, per esempio: latte e latticini, glutine, frutta a guscio.",
    },
    ethicalDiet: {
      label: "Quale dieta?",
      options: {
        no_pork: "Senza carne di maiale",
        no_beef: "Senza carne di manzo",
        no_meat: "Senza carne (vegetariana con pesce)",
        no_meat_no_fish: "Senza carne e senza pesce (vegetariana)",
        other: "Un'altra dieta",
      },
    },
    ethicalDietOther: { label: "Descrivi la dieta" },
    reducedFee: {
      label: "Vuoi chiedere la tariffa ridotta con l'ISEE?",
      hint: "Serve un'attestazione ISEE valida per le prestazioni ai minorenni.",
    },
    iseeValue: {
      label: "Valore dell'ISEE",
      hint: "In euro, come è scritto nell'attestazione ISEE. Per esempio 12.500,00.",
    },
    iseeProtocol: {
      label: "Numero di protocollo della DSU",
      hint: "È scritto sull'attestazione ISEE e comincia con INPS-ISEE.",
    },
    addSecondParent: { label: "Vuoi darci i dati dell'altro genitore?" },
    secondParentGivenName: { label: "Nome dell'altro genitore" },
    secondParentFamilyName: { label: "Cognome dell'altro genitore" },
    secondParentFiscalCode: { label: "Codice fiscale dell'altro genitore" },
    secondParentEmail: { label: "E-mail dell'altro genitore" },
    secondParentPhone: { label: "Telefono dell'altro genitore" },
    attachments: {
      medicalCertificate: {
        label: "Certificato del medico",
        hint: "Il certificato del pediatra o del medico con la diagnosi e i cibi da evitare.",
      },
    },
  },

  "accesso-atti": {
    privacy:
      "Usiamo i tuoi dati per rispondere alla tua richiesta di vedere o avere copia di documenti e, se serve, per avvisare le altre persone interessate. Il Comune lo fa per un compito di interesse pubblico che la legge gli affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679, legge 241/1990, D.P.R. 184/2006 e decreto legislativo 33/2013).",
    deadlineSource:
      "Il Comune risponde entro 30 giorni (legge 241/1990, articolo 25, e decreto legislativo 33/2013, articolo 5). Il tempo si ferma per i 10 giorni dati alle altre persone interessate per opporsi.",
    steps: {
      tipo: { title: "Che tipo di accesso chiedi" },
      "per-conto-di": { title: "Per chi fai la richiesta" },
      documenti: {
        title: "I documenti che chiedi",
        intro: "Descrivi i documenti nel modo più preciso possibile: così l'ufficio li trova prima.",
      },
      interesse: {
        title: "Perché ti servono",
        intro: "Per vedere documenti che riguardano altre persone, la legge chiede di spiegare quale tuo interesse vuoi tutelare.",
      },
      modalita: { title: "Come vuoi i documenti" },
    },
    accessType: {
      label: "Che cosa chiedi?",
      options: {
        documentale: "Documenti che mi servono per tutelare un mio interesse",
        documentaleHint: "Accesso documentale. Per esempio il progetto della casa del vicino che ti toglie luce. Devi spiegare il motivo.",
        civico_semplice: "Documenti che il Comune doveva pubblicare e non ha pubblicato",
        civico_sempliceHint: "Accesso civico semplice: riguarda la sezione Amministrazione trasparente del sito.",
        civico_generalizzato: "Altri dati o documenti del Comune, senza spiegare il motivo",
        civico_generalizzatoHint: "Accesso civico generalizzato. Il Comune può dire di no per proteggere, per esempio, la privacy di altre persone.",
      },
    },
    actingAs: {
      label: "Per chi chiedi i documenti?",
      options: {
        self: "Per me",
        other_person: "Per un'altra persona che mi ha dato la delega",
        other_personHint: "Per esempio un familiare, o il proprietario che ti ha dato l'incarico come tecnico.",
        legal_representative: "Per un'impresa, un'associazione o un ente di cui sono il legale rappresentante",
      },
    },
    representedPersonName: { label: "Nome e cognome della persona per cui chiedi" },
    representedPersonFiscalCode: { label: "Codice fiscale della persona per cui chiedi" },
    representedEntityName: { label: "Nome dell'impresa, dell'associazione o dell'ente" },
    representedEntityFiscalCode: {
      label: "Codice fiscale dell'impresa, dell'associazione o dell'ente",
      hint: "Sono 11 cifre. Spesso è uguale alla partita IVA.",
      error: "Scrivi il codice fiscale dell'impresa o dell'ente: 11 cifre, senza lettere e senza spazi.",
    },
    documentsDescription: {
      label: "Quali documenti chiedi?",
      hint: "Scrivi di che cosa si tratta, l'indirizzo, l'anno e il nome delle persone interessate, se li conosci.",
    },
    office: {
      label: "Ufficio che ha i documenti",
      hint: "Per esempio: Edilizia privata.",
    },
    reference: {
      label: "Numero della pratica o del protocollo",
      hint: "Scrivilo se lo conosci.",
    },
    referenceDate: {
      label: "Data della pratica o del documento",
      hint: "Per esempio 21/09/2018.",
    },
    interest: {
      label: "Perché ti servono questi documenti?",
      hint: "Spiega quale tuo interesse vuoi tutelare e che cosa c'entrano i documenti. L'interesse deve essere diretto (ti riguarda), concreto (è un fatto reale) e attuale (esiste adesso).",
    },
    mode: {
      label: "Che cosa vuoi fare con i documenti?",
      options: {
        view: "Solo vederli",
        viewHint: "Li guardi in ufficio, su appuntamento. È gratuito.",
        simple_copy: "Avere una copia semplice",
        simple_copyHint: "Per le copie su carta si paga il costo delle fotocopie.",
        certified_copy: "Avere una copia conforme all'originale",
        certified_copyHint:
          "È una copia autentica, con valore legale. Serve la marca da bollo da 16 euro: l'ufficio ti dice quante ne servono e come pagarle.",
      },
    },
    delivery: {
      label: "Come vuoi ricevere le copie?",
      options: {
        counter: "Le ritiro allo sportello",
        counterHint: "All'Ufficio Relazioni con il Pubblico, in Piazza Martiri della Libertà 1.",
        pec: "Per PEC",
        email: "Per e-mail",
        emailHint: "All'indirizzo e-mail che ci dai alla fine della richiesta.",
      },
    },
    pecAddress: { label: "Il tuo indirizzo PEC" },
    attachments: {
      proxyDocument: {
        label: "Delega o documento che ti dà il potere di rappresentare",
        hint: "La delega firmata con la copia del documento d'identità di chi te l'ha data, oppure il documento che ti nomina legale rappresentante.",
      },
    },
  },

  "segnalazione-disservizio": {
    privacy:
      "Usiamo i tuoi dati per gestire la segnalazione, passarla all'ufficio o all'azienda che deve intervenire e risponderti. Il Comune lo fa per un compito di interesse pubblico che la legge gli affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679). In forma anonima, le segnalazioni servono anche a migliorare i servizi.",
    deadlineSource:
      "Il Comune prende in carico la segnalazione entro 3 giorni lavorativi e ti risponde entro 30 giorni, come scritto nelle condizioni del servizio (legge 241/1990, articolo 2).",
    steps: {
      tipo: {
        title: "Che cosa vuoi segnalare",
        intro: "Per un pericolo immediato, come un albero caduto sulla strada o un incidente, non usare questo servizio: chiama la Polizia Locale o il 112.",
      },
      luogo: { title: "Dove" },
      servizio: { title: "Il servizio che non ha funzionato" },
      descrizione: { title: "Il problema" },
      risposta: {
        title: "La risposta",
        intro: "La risposta la trovi sempre nella tua area personale.",
      },
    },
    kind: {
      label: "Che tipo di problema è?",
      options: {
        roads: "Strade, marciapiedi e piste ciclabili",
        roadsHint: "Buche, ostacoli, pavimentazione rotta.",
        lighting: "Illuminazione pubblica",
        waste: "Rifiuti",
        wasteHint: "Rifiuti abbandonati, cestini pieni, raccolta non fatta.",
        green: "Parchi, giardini e alberi pubblici",
        signs: "Cartelli e segnaletica stradale",
        buildings: "Edifici comunali, scuole e cimiteri",
        municipal_service: "Un servizio del Comune che non ha funzionato",
        municipal_serviceHint: "Questo è un reclamo. Per esempio uno sportello che non ha risposto.",
        online_services: "I servizi online del Comune o questo sito",
        other: "Un altro problema",
      },
    },
    placeBy: {
      label: "Come ci dici dove si trova il problema?",
      options: {
        address: "Con l'indirizzo",
        description: "Con una descrizione del posto",
        descriptionHint: "Per esempio in un parco o dove non c'è un numero civico.",
      },
    },
    address: {
      label: "Indirizzo a Seregno",
      hint: "Via e numero civico più vicino.",
    },
    placeDescription: {
      label: "Descrivi il posto",
      hint: "Per esempio: nel parco giochi dietro la chiesa, vicino alla panchina rotta.",
    },
    serviceName: {
      label: "Quale servizio non ha funzionato?",
      hint: "Per esempio: sportello anagrafe, iscrizione alla mensa, pagamento della TARI online.",
    },
    serviceDate: {
      label: "Quando è successo?",
      hint: "Per esempio 04/02/2025.",
    },
    caseNumber: {
      label: "Numero della pratica o della domanda",
      hint: "Scrivilo se c'è.",
    },
    description: {
      label: "Descrivi il problema",
      hint: "Con parole semplici: che cosa hai visto e da quando.",
    },
    contactBack: {
      label: "Vuoi che ti contattiamo anche per e-mail o per telefono?",
      hint: "Per esempio se l'ufficio ha bisogno di altre informazioni.",
    },
    contactBy: {
      label: "Come preferisci essere contattato?",
      options: {
        email: "Per e-mail",
        phone: "Per telefono",
      },
    },
    attachments: {
      photos: {
        label: "Foto del problema",
        hint: "Fino a 3 foto. Non fotografare il volto di persone o le targhe, se non servono.",
      },
    },
  },
  "tributi-rettifica": {
    privacy:
      "Usiamo i tuoi dati per controllare la tua posizione IMU o TARI e correggere gli errori che ci segnali. Il Comune lo fa per un compito di interesse pubblico che la legge gli affida (articolo 6, paragrafo 1, lettera e, del Regolamento UE 2016/679, e legge 212/2000, articolo 10-quater).",
    deadlineSource:
      "L'Ufficio Tributi risponde entro 30 giorni, il termine generale della legge 241/1990 (articolo 2): nessuna norma speciale ne fissa uno diverso.",
    steps: {
      tributo: {
        title: "Quale tributo",
        intro: "Scegli il tributo e l'anno in cui hai trovato l'errore. Se gli anni sono più di uno, scrivi il primo: gli altri li indichi nella spiegazione.",
      },
      errore: { title: "L'errore" },
    },
    tax: {
      label: "Quale tributo vuoi far correggere?",
      options: { IMU: "IMU, l'imposta sugli immobili", TARI: "TARI, la tassa sui rifiuti" },
    },
    taxYear: { label: "Anno", hint: "Per esempio 2025." },
    error: {
      label: "Che cosa non è giusto?",
      options: {
        not_mine: "Un immobile o un'utenza non è mia",
        dates: "Le date di inizio o di fine sono sbagliate",
        share: "La quota di possesso è sbagliata",
        cadastral: "I dati catastali sono sbagliati",
        cadastralHint: "La rendita catastale (il valore che il Catasto dà all'immobile) o la categoria, per esempio A/2.",
        exemption: "Manca un'esenzione",
        exemptionHint: "Per esempio la casa è la mia abitazione principale, o il box è la sua pertinenza.",
        reduction: "Manca una riduzione",
        tari_data: "I dati della TARI sono sbagliati",
        tari_dataHint: "I metri quadri o il numero delle persone che vivono in casa.",
        payment_missing: "Manca un pagamento che ho fatto",
        other: "Un altro errore",
      },
    },
    what: {
      label: "Quale immobile o utenza",
      hint: "Scrivi l'indirizzo come è scritto nella tua posizione, per esempio Via Giuseppe Verdi 5.",
    },
    explanation: {
      label: "Spiega l'errore",
      hint: "Che cosa è scritto ora e perché non è giusto. Se hai pagato e il pagamento non c'è, scrivi la data e l'importo.",
    },
    rightData: {
      label: "I dati giusti, se li conosci",
      hint: "Per esempio: «proprietaria al 50% dal 16/03/2024». Puoi lasciare vuoto.",
    },
    attachments: {
      supportingDocuments: {
        label: "Documenti che dimostrano l'errore",
        hint: "Per esempio l'atto di acquisto o di vendita, la visura catastale, la ricevuta dell'F24 o del pagamento pagoPA. Facoltativi.",
      },
    },
  },
} as const;

export default forms;
export type FormsStrings = typeof forms;
