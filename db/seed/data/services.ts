import type { ServiceSeed } from "../types";

/**
 * The demo service catalogue of the Comune di Seregno.
 *
 * Texts follow national rules only where they are certain; Seregno tariffs, amounts and dates that
 * were not verified are never written here: the texts point to the payment notice or the office.
 * Long texts are plain text: a blank line separates paragraphs, "- " starts a list item and
 * "1. " a numbered step (see app/domain/text-blocks.ts).
 */

/** Paragraphs separated by a blank line. */
const paras = (...p: string[]): string => p.join("\n\n");
/** A bulleted list. */
const list = (...items: string[]): string => items.map((i) => `- ${i}`).join("\n");
/** Numbered steps. */
const steps = (...items: string[]): string => items.map((s, i) => `${i + 1}. ${s}`).join("\n");

const desk = (slug: string): string => `/area-personale/domande/nuova/${slug}`;
const conditionsUrl = (slug: string): string => `/servizi/${slug}/condizioni`;
const ANPR = "https://www.anagrafenazionale.interno.it/servizi-al-cittadino/";

interface ConditionsOptions {
  /** A first paragraph specific to the service. */
  intro?: string;
  /** false when the citizen makes no declaration (e.g. a plain payment). */
  declarations?: boolean;
}

/** Conditions of service (Italian): declarations, personal data, response time and complaints. */
function condIt(time: string, o: ConditionsOptions = {}): string {
  const p: string[] = [];
  if (o.intro) p.push(o.intro);
  if (o.declarations !== false) {
    p.push(
      "Quando invii la domanda dichiari dati e fatti sotto la tua responsabilità. Chi dichiara il falso o usa documenti falsi commette un reato (articolo 76 del D.P.R. 445/2000) e perde i benefici ottenuti con la dichiarazione falsa (articolo 75). Il Comune controlla le dichiarazioni a campione e ogni volta che ha dubbi fondati.",
    );
  }
  p.push(
    "Il titolare del trattamento dei dati personali è il Comune di Seregno, Piazza Martiri della Libertà 1, 20831 Seregno. I tuoi dati sono usati solo per questo servizio e per gli obblighi di legge collegati, come prevedono il Regolamento UE 2016/679 (GDPR) e il D.Lgs. 196/2003. Li vedono solo le persone autorizzate e i fornitori nominati dal Comune. Puoi chiedere di vederli, correggerli o limitarne l'uso: l'informativa completa e i contatti del Responsabile della protezione dei dati sono nella pagina Privacy del sito.",
  );
  p.push(
    `Tempi: ${time}. Se mancano documenti o informazioni, l'ufficio te li chiede nell'area personale o per e-mail e il conteggio del tempo si ferma finché non rispondi. Se qualcosa non va come descritto puoi fare un reclamo all'Ufficio Relazioni con il Pubblico (URP) con il servizio «Segnalare un disservizio», per e-mail a urp@comune.seregno.mb.it o allo sportello: ti rispondiamo entro 30 giorni. Restano sempre possibili i ricorsi previsti dalla legge, indicati nella risposta che ricevi.`,
  );
  return paras(...p);
}

/** Conditions of service (English), the faithful translation of condIt. */
function condEn(time: string, o: ConditionsOptions = {}): string {
  const p: string[] = [];
  if (o.intro) p.push(o.intro);
  if (o.declarations !== false) {
    p.push(
      "When you send the application you declare facts and data under your own responsibility. Making false statements or using false documents is a crime (article 76 of Presidential Decree 445/2000) and you lose any benefit obtained with the false statement (article 75). The Comune checks declarations at random and whenever it has well-founded doubts.",
    );
  }
  p.push(
    "The controller of your personal data is the Comune di Seregno, Piazza Martiri della Libertà 1, 20831 Seregno. Your data are used only for this service and for the legal obligations linked to it, as required by EU Regulation 2016/679 (GDPR) and Legislative Decree 196/2003. Only authorised staff and the suppliers appointed by the Comune can see them. You can ask to see them, correct them or limit their use: the full privacy notice and the contact details of the Data Protection Officer are on the Privacy page of the website.",
  );
  p.push(
    `Times: ${time}. If documents or information are missing, the office asks you for them in your personal area or by e-mail, and the clock stops until you reply. If something does not work as described you can complain to the Public Relations Office (URP) with the service "Report a problem", by e-mail to urp@comune.seregno.mb.it or at the counter: we reply within 30 days. The appeals provided for by law always remain available; they are listed in the reply you receive.`,
  );
  return paras(...p);
}

const TRIBUTI_ACCESS_IT =
  "Per avere aiuto puoi andare all'Ufficio Tributi in Piazza Martiri della Libertà 1, su appuntamento, chiamare lo 0362 263260 o scrivere a info.tributi@seregno.info.";
const TRIBUTI_ACCESS_EN =
  "For help you can go to the Tax Office at Piazza Martiri della Libertà 1, by appointment, call 0362 263260 or write to info.tributi@seregno.info.";

const ONLINE_IT = "Online, dall'area personale di questo sportello: entri con SPID, CIE (carta d'identità elettronica) o CNS.";
const ONLINE_EN = "Online, from the personal area of this desk: you log in with SPID, CIE (electronic identity card) or CNS.";

const PEC_IT = "Puoi anche mandare la domanda firmata, con la copia di un documento d'identità, per PEC a seregno.protocollo@actaliscertymail.it.";
const PEC_EN = "You can also send the signed application, with a copy of an identity document, by certified e-mail (PEC) to seregno.protocollo@actaliscertymail.it.";

export const services: ServiceSeed[] = [
  // ───────────────────────────── TARI ─────────────────────────────
  {
    slug: "tari-pagamento",
    category: "tributi-finanze-e-contravvenzioni",
    office: "tributi",
    topics: ["tassa-sui-servizi", "gestione-rifiuti"],
    onlineUrl: "/area-personale/tributi",
    bookable: true,
    featuredRank: 1,
    conditionsUrl: conditionsUrl("tari-pagamento"),
    text: {
      it: {
        title: "Pagare la TARI",
        summary: "Vedi quanto devi di TARI, la tassa sui rifiuti, scarica gli avvisi di pagamento e paga online con pagoPA o con il modello F24.",
        audience: "Chi è iscritto alla TARI a Seregno: famiglie, proprietari o inquilini di case, negozi, uffici e aziende.",
        audienceType: "Contribuenti",
        description: paras(
          "La TARI è la tassa che paga il servizio di raccolta e smaltimento dei rifiuti. La paga chi occupa una casa o un locale a Seregno, anche se è in affitto.",
          "Ogni anno il Comune manda l'avviso di pagamento con l'importo e le scadenze. Negli ultimi anni il pagamento è stato diviso in acconto e saldo: l'acconto è calcolato con le tariffe dell'anno prima, il saldo di fine anno con le tariffe nuove.",
          "Nell'area personale trovi la tua posizione TARI: i locali iscritti, quanto dovevi ogni anno, quanto hai pagato e cosa resta da pagare. Da lì scarichi gli avvisi pagoPA e le ricevute.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS.",
            "Apri la sezione dei tributi e scegli TARI.",
            "Controlla i locali, l'importo e la scadenza di ogni rata.",
            "Paga online con pagoPA (carta, conto corrente o app IO), oppure scarica l'avviso o il modello F24 e paga in banca, alla posta, in tabaccheria o con l'home banking.",
            "Conserva la ricevuta. Dopo qualche giorno la trovi anche nell'area personale.",
          ),
          "Se non hai ricevuto l'avviso o l'importo ti sembra sbagliato, scrivi all'Ufficio Tributi prima della scadenza.",
        ),
        needed: list(
          "SPID, CIE o CNS per entrare nell'area personale",
          "Il tuo codice fiscale",
          "Se paghi in banca, alla posta o in tabaccheria: l'avviso di pagamento con il codice avviso (un numero di 18 cifre) o il modello F24",
        ),
        outcome: "Paghi la TARI senza andare in Comune e ricevi subito la ricevuta di pagamento, che vale come prova.",
        deadlines: paras(
          "Le scadenze sono scritte sull'avviso di pagamento. Di solito ci sono due o più rate durante l'anno e un saldo entro dicembre. Se l'avviso lo prevede, puoi pagare tutto in una volta entro la scadenza della prima rata.",
          "Se paghi in ritardo puoi rimediare da solo con il ravvedimento operoso (una sanzione ridotta più gli interessi), finché il Comune non ti manda un avviso di accertamento.",
        ),
        cost: "L'importo dipende dai metri quadrati dei locali, dal numero di persone che ci abitano (per le case) e dal tipo di attività (per negozi e imprese). Lo trovi nell'avviso di pagamento. Alla TARI si aggiunge il tributo provinciale per l'ambiente (TEFA), che va alla Provincia di Monza e della Brianza ed è indicato a parte. La banca, la posta o l'app che usi per pagare può chiedere una piccola commissione.",
        access: paras(ONLINE_IT, TRIBUTI_ACCESS_IT),
        conditions: condIt("l'Ufficio Tributi risponde alle richieste scritte di informazioni entro 30 giorni", {
          declarations: false,
          intro:
            "Il pagamento con pagoPA è eseguito dal prestatore di servizi di pagamento che scegli (banca, posta, app, tabaccheria). Il Comune riceve l'esito e aggiorna la tua posizione. La ricevuta pagoPA vale come prova di pagamento.",
        }),
        keywords: "tari tassa rifiuti spazzatura immondizia pagare pagamento avviso pagoPA F24 rata scadenza bollettino tefa",
      },
      en: {
        title: "Pay the waste tax (TARI)",
        summary: "See how much waste tax (TARI) you owe, download the payment notices and pay online with pagoPA or with the F24 form.",
        audience: "Anyone registered for TARI in Seregno: households, owners or tenants of homes, shops, offices and companies.",
        audienceType: "Taxpayers",
        description: paras(
          "TARI is the tax that pays for collecting and disposing of waste. It is paid by whoever occupies a home or premises in Seregno, even if rented.",
          "Every year the Comune sends the payment notice with the amount and the due dates. In recent years payment has been split into a first instalment and a balance: the first instalment is calculated with the previous year's rates, the year-end balance with the new rates.",
          "In your personal area you find your TARI account: the premises registered, what you owed each year, what you paid and what is still due. From there you download the pagoPA notices and the receipts.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS.",
            "Open the taxes section and choose TARI.",
            "Check the premises, the amount and the due date of each instalment.",
            "Pay online with pagoPA (card, bank account or the IO app), or download the notice or the F24 form and pay at a bank, post office, tobacconist or through online banking.",
            "Keep the receipt. After a few days you also find it in your personal area.",
          ),
          "If you did not receive the notice or the amount looks wrong, write to the Tax Office before the due date.",
        ),
        needed: list(
          "SPID, CIE or CNS to log in to your personal area",
          "Your tax code (codice fiscale)",
          "If you pay at a bank, post office or tobacconist: the payment notice with its notice code (an 18-digit number) or the F24 form",
        ),
        outcome: "You pay TARI without going to the town hall and you get the payment receipt at once, which is valid as proof.",
        deadlines: paras(
          "The due dates are printed on the payment notice. Usually there are two or more instalments during the year and a balance by December. If the notice allows it, you can pay everything at once by the first due date.",
          "If you pay late you can put things right yourself with the ravvedimento operoso (a reduced penalty plus interest), until the Comune sends you an assessment notice.",
        ),
        cost: "The amount depends on the square metres of the premises, on the number of people living there (for homes) and on the type of business (for shops and companies). You find it on the payment notice. TARI comes with the provincial environmental levy (TEFA), which goes to the Province of Monza e della Brianza and is shown separately. The bank, post office or app you pay with may charge a small fee.",
        access: paras(ONLINE_EN, TRIBUTI_ACCESS_EN),
        conditions: condEn("the Tax Office replies to written requests for information within 30 days", {
          declarations: false,
          intro:
            "A pagoPA payment is made by the payment service provider you choose (bank, post office, app, tobacconist). The Comune receives the result and updates your account. The pagoPA receipt is valid as proof of payment.",
        }),
        keywords: "tari waste tax rubbish garbage bin tax pay payment notice pagoPA F24 instalment due date tefa",
      },
    },
  },
  {
    slug: "tari-iscrizione",
    category: "tributi-finanze-e-contravvenzioni",
    office: "tributi",
    topics: ["tassa-sui-servizi", "gestione-rifiuti", "residenza"],
    onlineUrl: desk("tari-iscrizione"),
    bookable: true,
    conditionsUrl: conditionsUrl("tari-iscrizione"),
    text: {
      it: {
        title: "Iscrizione alla TARI",
        summary: "Se vai ad abitare o apri un'attività in una casa o un locale di Seregno, devi iscriverti alla TARI, la tassa sui rifiuti. Puoi farlo online.",
        audience: "Chi inizia a occupare una casa, un negozio, un ufficio o un capannone a Seregno: proprietari, inquilini e imprese.",
        audienceType: "Cittadini e imprese",
        description: paras(
          "La TARI la paga chi possiede o usa locali o aree che possono produrre rifiuti (legge 147/2013). Per le case, secondo il Regolamento TARI del Comune, la tassa è dovuta di norma anche quando la casa è arredata o ha luce, acqua o gas attivi, anche se non ci abiti ancora.",
          "Con l'iscrizione (chiamata anche dichiarazione di inizio occupazione) dici al Comune chi sei, quali locali occupi, quanti metri quadrati sono e da quando. Per le famiglie residenti il numero delle persone è preso dall'anagrafe.",
          "Attenzione: il cambio di residenza non ti iscrive alla TARI. L'iscrizione va fatta a parte.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Iscrizione alla TARI».",
            "Scrivi i dati di chi paga: tu oppure la tua impresa.",
            "Indica l'indirizzo, i dati catastali (foglio, particella, subalterno) e i metri quadrati di ogni locale, compresi cantina e box.",
            "Indica la data di inizio: il giorno in cui hai avuto le chiavi o sei andato ad abitare.",
            "Allega il contratto di affitto o l'atto di acquisto, se li hai.",
            "Invia la domanda: ricevi subito una ricevuta con il numero di protocollo.",
          ),
          "Puoi anche consegnare il modulo all'Ufficio Tributi o mandarlo per PEC.",
        ),
        needed: list(
          "Codice fiscale di chi paga; per le imprese anche partita IVA e indirizzo PEC",
          "Indirizzo completo e dati catastali dei locali: li trovi nell'atto di acquisto, nel contratto di affitto o nella visura catastale",
          "Superficie calpestabile di ogni locale in metri quadrati (la superficie dei pavimenti, senza i muri)",
          "Data di inizio dell'occupazione",
          "Nome di chi occupava i locali prima di te, se lo sai",
          "Per le imprese: il tipo di attività svolta nei locali",
        ),
        outcome: "Sei iscritto alla TARI. Il Comune calcola la tassa dal giorno di inizio e ti manda gli avvisi di pagamento. Trovi la tua posizione nell'area personale.",
        deadlines: "Devi iscriverti entro 90 giorni da quando inizi a occupare i locali. L'Ufficio Tributi conferma l'iscrizione entro 30 giorni lavorativi.",
        cost: "L'iscrizione è gratuita. La tassa da pagare dipende dai metri quadrati, dal numero di persone (per le case) e dal tipo di attività (per le imprese): la trovi poi nell'avviso di pagamento.",
        access: paras(ONLINE_IT, PEC_IT, TRIBUTI_ACCESS_IT),
        conditions: condIt("l'Ufficio Tributi risponde entro 30 giorni lavorativi dalla ricezione della domanda", {
          intro:
            "L'iscrizione vale anche per gli anni successivi, finché non comunichi una variazione o la cessazione. Se non ti iscrivi, il Comune può scoprirlo con i controlli e chiederti la tassa degli anni passati con sanzioni e interessi.",
        }),
        keywords: "tari iscrizione nuova utenza attivazione dichiarazione inizio occupazione rifiuti spazzatura casa nuova trasloco affitto acquisto negozio",
      },
      en: {
        title: "Register for the waste tax (TARI)",
        summary: "If you move into or open a business in a home or premises in Seregno, you must register for TARI, the waste tax. You can do it online.",
        audience: "Anyone who starts occupying a home, shop, office or warehouse in Seregno: owners, tenants and businesses.",
        audienceType: "Citizens and businesses",
        description: paras(
          "TARI is paid by whoever owns or uses premises or areas that can produce waste (Law 147/2013). For homes, under the Comune's TARI Regulation, the tax is normally due also when the home is furnished or has electricity, water or gas connected, even if you do not live there yet.",
          "With the registration (also called declaration of start of occupation) you tell the Comune who you are, which premises you occupy, how many square metres they are and since when. For resident households the number of people is taken from the population register.",
          "Please note: changing your residence does not register you for TARI. Registration is a separate step.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Register for the waste tax (TARI)\".",
            "Enter the details of who pays: you or your business.",
            "Give the address, the cadastral data (sheet, parcel, sub-unit) and the square metres of each room or unit, including cellar and garage.",
            "Give the start date: the day you got the keys or moved in.",
            "Attach the rental contract or the deed of purchase, if you have them.",
            "Send the application: you get a receipt with the registration number at once.",
          ),
          "You can also hand in the form at the Tax Office or send it by PEC.",
        ),
        needed: list(
          "Tax code of whoever pays; for businesses also VAT number and PEC address",
          "Full address and cadastral data of the premises: you find them in the deed of purchase, the rental contract or the cadastral extract",
          "Walkable floor area of each unit in square metres (the floor area, without the walls)",
          "Start date of the occupation",
          "Name of the previous occupant, if you know it",
          "For businesses: the type of activity carried out on the premises",
        ),
        outcome: "You are registered for TARI. The Comune calculates the tax from the start date and sends you the payment notices. You find your account in your personal area.",
        deadlines: "You must register within 90 days of starting to occupy the premises. The Tax Office confirms the registration within 30 working days.",
        cost: "Registering is free. The tax to pay depends on the square metres, on the number of people (for homes) and on the type of business (for companies): you then find it on the payment notice.",
        access: paras(ONLINE_EN, PEC_EN, TRIBUTI_ACCESS_EN),
        conditions: condEn("the Tax Office replies within 30 working days of receiving the application", {
          intro:
            "The registration also holds for the following years, until you report a change or the end of the occupation. If you do not register, the Comune may find out through its checks and ask you for the tax of past years with penalties and interest.",
        }),
        keywords: "tari registration new account activation declaration start occupation waste rubbish new home moving rent purchase shop",
      },
    },
  },
  {
    slug: "tari-variazione",
    category: "tributi-finanze-e-contravvenzioni",
    office: "tributi",
    topics: ["tassa-sui-servizi", "gestione-rifiuti"],
    onlineUrl: desk("tari-variazione"),
    bookable: true,
    conditionsUrl: conditionsUrl("tari-variazione"),
    text: {
      it: {
        title: "Variazione della TARI",
        summary: "Comunica al Comune cosa è cambiato nei locali iscritti alla TARI: metri quadrati, uso dei locali, persone che ci abitano o intestatario.",
        audience: "Chi è già iscritto alla TARI e ha un cambiamento che modifica la tassa.",
        audienceType: "Contribuenti",
        description: paras(
          "La TARI si calcola sui metri quadrati, sull'uso dei locali e, per le case, sul numero di persone. Se uno di questi dati cambia, la tassa cambia.",
          "Devi comunicare per esempio:",
          list(
            "un ampliamento o una riduzione dei locali, o l'aggiunta di un box o di una cantina;",
            "un cambio d'uso, per esempio da abitazione a ufficio;",
            "un cambio dell'intestatario, per esempio dopo una separazione o la morte di chi pagava;",
            "per chi non è residente a Seregno: un cambio del numero di persone che abitano nella casa.",
          ),
          "Per i residenti, nascite, morti e cambi di famiglia sono presi in automatico dall'anagrafe: non serve comunicarli.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Variazione della TARI».",
            "Scegli i locali a cui si riferisce il cambiamento.",
            "Spiega cosa è cambiato e da quale data.",
            "Allega i documenti che lo dimostrano, per esempio la planimetria o il nuovo contratto.",
            "Invia la domanda e conserva la ricevuta.",
          ),
          PEC_IT,
        ),
        needed: list(
          "Codice fiscale dell'intestatario della TARI",
          "Indirizzo e dati catastali dei locali",
          "La data e la descrizione del cambiamento",
          "Se cambiano i metri quadrati: la planimetria o un altro documento con le nuove superfici",
          "Se cambia l'intestatario: i dati del nuovo intestatario",
        ),
        outcome: "La tua posizione TARI è aggiornata. Gli avvisi successivi tengono conto del cambiamento; se hai pagato di più, la differenza è restituita o conteggiata nelle rate seguenti.",
        deadlines: "Comunica la variazione entro 90 giorni dal cambiamento. L'Ufficio Tributi risponde entro 30 giorni lavorativi.",
        cost: "Gratuito.",
        access: paras(ONLINE_IT, TRIBUTI_ACCESS_IT),
        conditions: condIt("l'Ufficio Tributi risponde entro 30 giorni lavorativi dalla ricezione della domanda", {
          intro:
            "La variazione ha effetto dalla data del cambiamento se la comunichi entro 90 giorni. Se la comunichi dopo, l'ufficio valuta gli effetti secondo il Regolamento TARI: un aumento della tassa è comunque dovuto dal giorno del cambiamento.",
        }),
        keywords: "tari variazione modifica metri quadrati superficie intestatario cambio uso locali box cantina componenti",
      },
      en: {
        title: "Change your waste tax (TARI) details",
        summary: "Tell the Comune what has changed in the premises registered for TARI: square metres, use of the premises, people living there or account holder.",
        audience: "Anyone already registered for TARI who has a change that affects the tax.",
        audienceType: "Taxpayers",
        description: paras(
          "TARI is calculated on the square metres, on the use of the premises and, for homes, on the number of people. If one of these changes, the tax changes.",
          "You must report, for example:",
          list(
            "an extension or reduction of the premises, or a garage or cellar added;",
            "a change of use, for example from home to office;",
            "a change of account holder, for example after a separation or the death of the person who paid;",
            "for people not resident in Seregno: a change in the number of people living in the home.",
          ),
          "For residents, births, deaths and family changes are taken automatically from the population register: you do not need to report them.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Change your waste tax (TARI) details\".",
            "Choose the premises the change refers to.",
            "Explain what has changed and from which date.",
            "Attach the documents that prove it, for example the floor plan or the new contract.",
            "Send the application and keep the receipt.",
          ),
          PEC_EN,
        ),
        needed: list(
          "Tax code of the TARI account holder",
          "Address and cadastral data of the premises",
          "The date and a description of the change",
          "If the square metres change: the floor plan or another document with the new areas",
          "If the account holder changes: the details of the new holder",
        ),
        outcome: "Your TARI account is updated. The following notices take the change into account; if you paid too much, the difference is refunded or deducted from the next instalments.",
        deadlines: "Report the change within 90 days of it happening. The Tax Office replies within 30 working days.",
        cost: "Free.",
        access: paras(ONLINE_EN, TRIBUTI_ACCESS_EN),
        conditions: condEn("the Tax Office replies within 30 working days of receiving the application", {
          intro:
            "The change takes effect from the date it happened if you report it within 90 days. If you report it later, the office assesses the effects under the TARI Regulation: an increase in tax is in any case due from the day of the change.",
        }),
        keywords: "tari change update square metres floor area account holder change of use garage cellar household members",
      },
    },
  },
  {
    slug: "tari-cessazione",
    category: "tributi-finanze-e-contravvenzioni",
    office: "tributi",
    topics: ["tassa-sui-servizi", "gestione-rifiuti"],
    onlineUrl: desk("tari-cessazione"),
    bookable: true,
    conditionsUrl: conditionsUrl("tari-cessazione"),
    text: {
      it: {
        title: "Cessazione della TARI",
        summary: "Se lasci una casa o chiudi un locale a Seregno, comunica la cessazione della TARI per smettere di pagare la tassa sui rifiuti per quei locali.",
        audience: "Chi lascia definitivamente una casa o un locale iscritto alla TARI: chi trasloca, chi vende, chi chiude un'attività, gli eredi di chi è morto.",
        audienceType: "Contribuenti",
        description: paras(
          "La TARI si paga finché occupi i locali. Quando li lasci, devi dirlo al Comune con la dichiarazione di cessazione. Se non lo fai, continuerai a ricevere gli avvisi di pagamento.",
          "Se lasci una casa in affitto, riconsegna le chiavi al proprietario e conserva il verbale di riconsegna. Se la casa resta tua ma vuota, senza mobili e senza luce, acqua e gas attivi, chiedi all'ufficio se hai diritto a non pagare: dipende dal Regolamento TARI.",
          "Se ti trasferisci in un'altra casa di Seregno, fai la cessazione per la vecchia casa e l'iscrizione per la nuova.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Cessazione della TARI».",
            "Scegli i locali che hai lasciato.",
            "Indica la data in cui li hai lasciati e il motivo (trasloco, vendita, fine affitto, chiusura attività).",
            "Se li conosci, scrivi i dati di chi occupa i locali dopo di te.",
            "Allega il verbale di riconsegna delle chiavi, l'atto di vendita o la disdetta delle utenze.",
            "Invia la domanda e conserva la ricevuta.",
          ),
          PEC_IT,
        ),
        needed: list(
          "Codice fiscale dell'intestatario della TARI",
          "Indirizzo dei locali lasciati",
          "Data in cui hai lasciato i locali",
          "Un documento che lo dimostra: verbale di riconsegna delle chiavi, atto di vendita, chiusura delle utenze di luce, acqua o gas",
          "Il nuovo indirizzo dove mandarti le comunicazioni",
        ),
        outcome: "La TARI per quei locali non è più dovuta dal giorno della cessazione. Se hai già pagato per il periodo dopo, ricevi il rimborso o la differenza è conteggiata.",
        deadlines: "Comunica la cessazione entro 90 giorni da quando hai lasciato i locali: così la tassa finisce il giorno in cui li hai lasciati. L'Ufficio Tributi risponde entro 30 giorni lavorativi.",
        cost: "Gratuito.",
        access: paras(ONLINE_IT, TRIBUTI_ACCESS_IT),
        conditions: condIt("l'Ufficio Tributi risponde entro 30 giorni lavorativi dalla ricezione della domanda", {
          intro:
            "Se comunichi la cessazione dopo 90 giorni, la tassa finisce di norma dal giorno della comunicazione, a meno che tu dimostri la data in cui hai lasciato i locali o che qualcun altro li occupa e paga la TARI al posto tuo.",
        }),
        keywords: "tari cessazione chiusura disdetta fine occupazione trasloco vendita casa fine affitto chiusura negozio smettere di pagare rifiuti",
      },
      en: {
        title: "Close your waste tax (TARI) account",
        summary: "If you leave a home or close premises in Seregno, report the end of occupation to stop paying the waste tax (TARI) for those premises.",
        audience: "Anyone who permanently leaves a home or premises registered for TARI: people moving, selling, closing a business, heirs of someone who has died.",
        audienceType: "Taxpayers",
        description: paras(
          "TARI is due as long as you occupy the premises. When you leave them, you must tell the Comune with a declaration of end of occupation. If you do not, you will keep receiving payment notices.",
          "If you leave a rented home, give the keys back to the owner and keep the handover report. If the home is still yours but empty, with no furniture and no electricity, water or gas connected, ask the office whether you may stop paying: it depends on the TARI Regulation.",
          "If you move to another home in Seregno, close the account for the old home and register the new one.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Close your waste tax (TARI) account\".",
            "Choose the premises you have left.",
            "Give the date you left them and the reason (moving, sale, end of lease, business closed).",
            "If you know them, enter the details of whoever occupies the premises after you.",
            "Attach the key handover report, the deed of sale or the closure of the utilities.",
            "Send the application and keep the receipt.",
          ),
          PEC_EN,
        ),
        needed: list(
          "Tax code of the TARI account holder",
          "Address of the premises you left",
          "Date you left the premises",
          "A document that proves it: key handover report, deed of sale, closure of electricity, water or gas",
          "Your new address for correspondence",
        ),
        outcome: "TARI for those premises is no longer due from the day the occupation ended. If you have already paid for the period after it, you get a refund or the difference is credited.",
        deadlines: "Report the end of occupation within 90 days of leaving the premises: the tax then ends on the day you left. The Tax Office replies within 30 working days.",
        cost: "Free.",
        access: paras(ONLINE_EN, TRIBUTI_ACCESS_EN),
        conditions: condEn("the Tax Office replies within 30 working days of receiving the application", {
          intro:
            "If you report the end of occupation after 90 days, the tax normally ends on the day of your report, unless you prove the date you left or that someone else occupies the premises and pays TARI instead of you.",
        }),
        keywords: "tari close account end of occupation cancel moving out sale of home end of lease shop closed stop paying waste tax",
      },
    },
  },
  {
    slug: "tari-riduzioni",
    category: "tributi-finanze-e-contravvenzioni",
    office: "tributi",
    topics: ["tassa-sui-servizi", "gestione-rifiuti", "assistenza-sociale"],
    onlineUrl: desk("tari-riduzioni"),
    bookable: true,
    conditionsUrl: conditionsUrl("tari-riduzioni"),
    text: {
      it: {
        title: "Riduzioni e agevolazioni TARI",
        summary: "Chiedi una riduzione della TARI se sei in una delle situazioni previste dalla legge o dal Regolamento TARI del Comune, per esempio compostaggio o casa usata poco.",
        audience: "Famiglie e imprese iscritte alla TARI che hanno diritto a uno sconto sulla tassa.",
        audienceType: "Contribuenti",
        description: paras(
          "La legge e il Regolamento TARI del Comune prevedono alcune riduzioni. Le principali sono:",
          list(
            "compostaggio domestico: se trasformi in compost gli scarti di cucina e del giardino nel tuo orto o giardino;",
            "casa tenuta a disposizione o usata solo per una parte dell'anno, se il Regolamento lo prevede;",
            "pensionati iscritti all'AIRE (italiani residenti all'estero) che hanno una pensione dal Paese in cui vivono: per una sola casa in Italia, non affittata, la TARI è ridotta di due terzi (legge 178/2020);",
            "imprese che avviano al riciclo a proprie spese i rifiuti urbani che producono;",
            "famiglie in difficoltà economica, secondo le regole nazionali e comunali basate sull'ISEE.",
          ),
          "Alcune agevolazioni sociali stabilite dalla legge nazionale sono date in automatico in base all'ISEE: in questo caso non serve fare domanda. L'Ufficio Tributi ti dice quali riduzioni valgono nell'anno in corso.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Riduzioni e agevolazioni TARI».",
            "Scegli i locali e il tipo di riduzione che chiedi.",
            "Dichiara di avere i requisiti e allega i documenti richiesti.",
            "Invia la domanda e conserva la ricevuta.",
          ),
          "Se le condizioni cambiano, per esempio smetti di fare il compostaggio, devi comunicarlo entro 90 giorni.",
        ),
        needed: list(
          "Codice fiscale dell'intestatario della TARI",
          "Indirizzo dei locali",
          "Per il compostaggio: dove si trova la compostiera o la buca e quanti metri quadrati di giardino o orto hai",
          "Per i pensionati AIRE: il documento della pensione estera",
          "Per le imprese che avviano al riciclo: i formulari o la dichiarazione di chi ha ritirato i rifiuti",
          "Per le agevolazioni economiche: un'attestazione ISEE valida",
        ),
        outcome: "Se hai i requisiti, la riduzione è applicata negli avvisi di pagamento. Se la domanda è respinta, ricevi una risposta scritta con i motivi.",
        deadlines: "Presenta la domanda appena hai i requisiti: la riduzione vale dalla data indicata dal Regolamento TARI, quindi chiederla tardi può farti perdere una parte dello sconto. L'Ufficio Tributi risponde entro 30 giorni lavorativi.",
        cost: "La domanda è gratuita.",
        access: paras(ONLINE_IT, PEC_IT, TRIBUTI_ACCESS_IT),
        conditions: condIt("l'Ufficio Tributi risponde entro 30 giorni lavorativi dalla ricezione della domanda", {
          intro:
            "Il Comune può controllare in ogni momento che le condizioni per la riduzione ci siano ancora, anche con un sopralluogo. Se non ci sono più, la riduzione è tolta e la tassa non pagata è chiesta con sanzioni e interessi.",
        }),
        keywords: "tari riduzione agevolazione sconto esenzione compostaggio compostiera isee bonus sociale rifiuti aire pensionato estero seconda casa",
      },
      en: {
        title: "Waste tax (TARI) reductions and relief",
        summary: "Ask for a TARI reduction if you are in one of the situations provided by law or by the Comune's TARI Regulation, for example home composting or a home used little.",
        audience: "Households and businesses registered for TARI who are entitled to a discount on the tax.",
        audienceType: "Taxpayers",
        description: paras(
          "The law and the Comune's TARI Regulation provide some reductions. The main ones are:",
          list(
            "home composting: if you turn kitchen and garden scraps into compost in your own garden or vegetable plot;",
            "a home kept available or used only for part of the year, if the Regulation provides for it;",
            "pensioners registered with AIRE (Italians living abroad) who receive a pension from the country they live in: for one home only in Italy, not let, TARI is reduced by two thirds (Law 178/2020);",
            "businesses that send the municipal waste they produce to recycling at their own expense;",
            "households in financial difficulty, under the national and municipal rules based on ISEE (the family income and wealth indicator).",
          ),
          "Some social relief set by national law is granted automatically on the basis of the ISEE: in that case you do not need to apply. The Tax Office tells you which reductions apply in the current year.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Waste tax (TARI) reductions and relief\".",
            "Choose the premises and the type of reduction you are asking for.",
            "Declare that you meet the requirements and attach the documents requested.",
            "Send the application and keep the receipt.",
          ),
          "If your situation changes, for example you stop composting, you must report it within 90 days.",
        ),
        needed: list(
          "Tax code of the TARI account holder",
          "Address of the premises",
          "For composting: where the compost bin or pit is and how many square metres of garden or vegetable plot you have",
          "For AIRE pensioners: the document of the foreign pension",
          "For businesses that send waste to recycling: the waste forms or the statement of whoever collected the waste",
          "For financial relief: a valid ISEE certificate",
        ),
        outcome: "If you meet the requirements, the reduction is applied in the payment notices. If the application is rejected, you receive a written reply with the reasons.",
        deadlines: "Apply as soon as you meet the requirements: the reduction applies from the date set by the TARI Regulation, so applying late may cost you part of the discount. The Tax Office replies within 30 working days.",
        cost: "Applying is free.",
        access: paras(ONLINE_EN, PEC_EN, TRIBUTI_ACCESS_EN),
        conditions: condEn("the Tax Office replies within 30 working days of receiving the application", {
          intro:
            "The Comune can check at any time that the conditions for the reduction still apply, including with an inspection. If they no longer apply, the reduction is withdrawn and the unpaid tax is claimed with penalties and interest.",
        }),
        keywords: "tari reduction relief discount exemption composting compost bin isee social bonus waste aire pensioner abroad second home",
      },
    },
  },
  {
    slug: "tari-rimborso",
    category: "tributi-finanze-e-contravvenzioni",
    office: "tributi",
    topics: ["tassa-sui-servizi", "gestione-rifiuti"],
    onlineUrl: desk("tari-rimborso"),
    bookable: true,
    conditionsUrl: conditionsUrl("tari-rimborso"),
    text: {
      it: {
        title: "Rimborso della TARI",
        summary: "Se hai pagato la TARI due volte, più del dovuto o per locali che non occupavi più, chiedi al Comune la restituzione della somma.",
        audience: "Chi ha pagato la TARI in più, o i suoi eredi.",
        audienceType: "Contribuenti",
        description: paras(
          "Puoi chiedere il rimborso quando hai pagato una somma che non era dovuta, per esempio:",
          list(
            "hai pagato la stessa rata due volte;",
            "hai pagato per locali che avevi già lasciato e di cui hai comunicato la cessazione;",
            "i metri quadrati o il numero di persone usati per il calcolo erano sbagliati;",
            "non ti è stata applicata una riduzione a cui avevi diritto.",
          ),
          "Il Comune controlla i pagamenti e, se la richiesta è giusta, ti restituisce la somma con gli interessi previsti dalla legge. Se hai altre rate TARI da pagare, puoi chiedere che la somma sia scalata da quelle (compensazione), se il regolamento comunale lo permette.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Rimborso della TARI».",
            "Indica l'anno e la somma che chiedi, e spiega perché non era dovuta.",
            "Allega le ricevute dei pagamenti.",
            "Scrivi l'IBAN del conto intestato a te su cui ricevere il rimborso.",
            "Invia la domanda e conserva la ricevuta.",
          ),
          PEC_IT,
        ),
        needed: list(
          "Codice fiscale dell'intestatario della TARI",
          "Ricevute dei pagamenti (F24 o pagoPA)",
          "La spiegazione del motivo e i documenti che lo dimostrano",
          "IBAN di un conto intestato o cointestato a te",
          "Se chiedi il rimborso come erede: la dichiarazione di successione o un'autocertificazione della qualità di erede",
        ),
        outcome: "Ricevi una risposta scritta. Se il rimborso è accolto, la somma arriva con un bonifico sul tuo conto, con gli interessi.",
        deadlines: "Puoi chiedere il rimborso entro 5 anni dal giorno del pagamento o dal giorno in cui è stato accertato il diritto al rimborso. Il Comune decide e paga entro 180 giorni dalla domanda (legge 296/2006, articolo 1, comma 164).",
        cost: "Gratuito.",
        access: paras(ONLINE_IT, TRIBUTI_ACCESS_IT),
        conditions: condIt("il Comune decide sulla domanda ed esegue il rimborso entro 180 giorni dalla ricezione", {
          intro:
            "Se il Comune respinge la domanda o non risponde entro 180 giorni, puoi fare ricorso alla Corte di giustizia tributaria di primo grado: il termine e le modalità sono indicati nella risposta.",
        }),
        keywords: "tari rimborso restituzione soldi pagato due volte doppio pagamento pagato troppo errore compensazione iban",
      },
      en: {
        title: "Waste tax (TARI) refund",
        summary: "If you paid TARI twice, more than due or for premises you no longer occupied, ask the Comune to pay the money back.",
        audience: "Anyone who overpaid TARI, or their heirs.",
        audienceType: "Taxpayers",
        description: paras(
          "You can ask for a refund when you paid an amount that was not due, for example:",
          list(
            "you paid the same instalment twice;",
            "you paid for premises you had already left and whose end of occupation you had reported;",
            "the square metres or the number of people used in the calculation were wrong;",
            "a reduction you were entitled to was not applied.",
          ),
          "The Comune checks the payments and, if the request is correct, pays the amount back with the interest provided by law. If you have other TARI instalments to pay, you can ask for the amount to be deducted from them (offsetting), if the municipal regulation allows it.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Waste tax (TARI) refund\".",
            "Give the year and the amount you are claiming, and explain why it was not due.",
            "Attach the payment receipts.",
            "Enter the IBAN of an account in your name where you want the refund.",
            "Send the application and keep the receipt.",
          ),
          PEC_EN,
        ),
        needed: list(
          "Tax code of the TARI account holder",
          "Payment receipts (F24 or pagoPA)",
          "The explanation of the reason and the documents that prove it",
          "IBAN of an account in your name or joint name",
          "If you claim as an heir: the declaration of succession or a self-declaration that you are an heir",
        ),
        outcome: "You receive a written reply. If the refund is granted, the money arrives by bank transfer to your account, with interest.",
        deadlines: "You can ask for a refund within 5 years of the payment or of the day the right to a refund was established. The Comune decides and pays within 180 days of the application (Law 296/2006, article 1, paragraph 164).",
        cost: "Free.",
        access: paras(ONLINE_EN, TRIBUTI_ACCESS_EN),
        conditions: condEn("the Comune decides on the application and makes the refund within 180 days of receiving it", {
          intro:
            "If the Comune rejects the application or does not reply within 180 days, you can appeal to the first-instance Tax Court (Corte di giustizia tributaria di primo grado): the deadline and the procedure are stated in the reply.",
        }),
        keywords: "tari refund money back paid twice double payment overpaid mistake offsetting iban",
      },
    },
  },
  // ───────────────────────────── IMU ─────────────────────────────
  {
    slug: "imu-pagamento",
    category: "tributi-finanze-e-contravvenzioni",
    office: "tributi",
    topics: ["imposte"],
    onlineUrl: "/area-personale/tributi",
    bookable: true,
    featuredRank: 2,
    conditionsUrl: conditionsUrl("imu-pagamento"),
    text: {
      it: {
        title: "Calcolo e pagamento dell'IMU",
        summary: "Calcola l'IMU, l'imposta sugli immobili, sulle tue case, negozi, terreni e aree edificabili a Seregno e scarica il modello F24 già compilato per pagarla.",
        audience: "Proprietari e altri titolari di diritti reali (per esempio usufrutto) su immobili che si trovano a Seregno.",
        audienceType: "Contribuenti",
        description: paras(
          "L'IMU è l'imposta che pagano i proprietari di immobili, e chi ha su di essi un diritto di usufrutto, uso, abitazione o superficie (legge 160/2019). Non la paga l'inquilino.",
          "La casa dove abiti e hai la residenza (abitazione principale) non paga l'IMU, insieme a una cantina, un box e una tettoia. La pagano invece le abitazioni di lusso (categorie catastali A/1, A/8 e A/9), le seconde case, le case date in affitto, i negozi, i capannoni, i terreni e le aree edificabili.",
          "L'imposta si calcola partendo dalla rendita catastale (il valore che il Catasto dà alla casa): la rendita si aumenta del 5%, si moltiplica per un coefficiente che dipende dal tipo di immobile e poi si applica l'aliquota decisa dal Comune. Conta anche la tua quota di proprietà e per quanti mesi dell'anno l'hai posseduto.",
          "Con questo servizio vedi gli immobili che il Comune ha registrato a tuo nome, il calcolo fatto con le aliquote di Seregno e il modello F24 pronto da pagare. Ci sono riduzioni, per esempio per la casa data in uso gratuito (comodato) a figli o genitori o per quella affittata a canone concordato: se ti spettano, controlla che siano applicate.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e apri la sezione dei tributi, IMU.",
            "Controlla gli immobili, la tua quota e i mesi di possesso. Se qualcosa non è giusto, scrivi all'Ufficio Tributi prima di pagare.",
            "Guarda il calcolo dell'acconto e del saldo.",
            "Scarica il modello F24 già compilato.",
            "Paga l'F24 con l'home banking, in banca o alla posta. Se hai un credito d'imposta da usare in compensazione, l'F24 va mandato per via telematica.",
          ),
          "Nel modello F24 il codice del Comune di Seregno è I625. Il codice tributo cambia secondo il tipo di immobile, per esempio 3918 per gli altri fabbricati e 3916 per le aree edificabili: il modello scaricato lo contiene già.",
        ),
        needed: list(
          "SPID, CIE o CNS per entrare nell'area personale",
          "I dati catastali dei tuoi immobili, se vuoi controllare il calcolo (li trovi nell'atto di acquisto o nella visura catastale)",
          "Il contratto di comodato o di affitto a canone concordato, se chiedi una riduzione",
        ),
        outcome: "Ottieni il calcolo dell'IMU e il modello F24 compilato. Dopo il pagamento la quietanza dell'F24 è la tua prova; il pagamento compare nell'area personale quando il Comune riceve i flussi dall'Agenzia delle Entrate.",
        deadlines: paras(
          "Acconto: entro il 16 giugno, pari all'imposta dei primi sei mesi calcolata con le aliquote dell'anno prima. Saldo: entro il 16 dicembre, con le aliquote dell'anno in corso, togliendo l'acconto già pagato. Puoi anche pagare tutto in una volta entro il 16 giugno.",
          "Se la scadenza cade di sabato, di domenica o in un giorno festivo, passa al primo giorno lavorativo dopo. Se paghi in ritardo puoi rimediare con il ravvedimento operoso (sanzione ridotta più interessi).",
        ),
        cost: "L'importo dipende dalla rendita catastale, dal tipo di immobile, dalla tua quota, dai mesi di possesso e dalle aliquote approvate ogni anno dal Comune. Il calcolo è gratuito. Se l'imposta dell'anno è molto bassa potresti non dover pagare nulla: la soglia minima è fissata dal regolamento comunale.",
        access: paras(ONLINE_IT, TRIBUTI_ACCESS_IT),
        conditions: condIt("l'Ufficio Tributi risponde alle richieste scritte di informazioni o di correzione entro 30 giorni", {
          declarations: false,
          intro:
            "Il calcolo usa i dati che il Comune ha ricevuto dal Catasto, dagli atti dei notai e dalle tue dichiarazioni. Sei tu, come contribuente, a dover controllare che siano giusti e completi: l'IMU è un'imposta che si calcola e si paga da soli, e il calcolo offerto dal Comune è un aiuto.",
        }),
        keywords: "imu imposta municipale propria casa immobili seconda casa pagamento calcolo f24 acconto saldo giugno dicembre aliquota rendita catastale codice tributo 3918 I625",
      },
      en: {
        title: "Calculate and pay the property tax (IMU)",
        summary: "Calculate the property tax (IMU) on your homes, shops, land and building plots in Seregno and download the ready-made F24 form to pay it.",
        audience: "Owners and other holders of property rights (for example usufruct) over buildings and land in Seregno.",
        audienceType: "Taxpayers",
        description: paras(
          "IMU is the tax paid by property owners and by whoever holds a right of usufruct, use, habitation or surface over a property (Law 160/2019). Tenants do not pay it.",
          "The home where you live and are resident (main home) does not pay IMU, together with one cellar, one garage and one shed. IMU is paid instead on luxury homes (cadastral categories A/1, A/8 and A/9), second homes, homes let to tenants, shops, warehouses, agricultural land and building plots.",
          "The tax starts from the cadastral income (rendita catastale, the value the Land Registry gives the property): the income is raised by 5%, multiplied by a coefficient that depends on the type of property, and then the rate set by the Comune is applied. Your share of ownership and the number of months you owned the property in the year also count.",
          "With this service you see the properties the Comune has registered in your name, the calculation made with Seregno's rates and the F24 form ready to pay. There are reductions, for example for a home lent free of charge (comodato) to children or parents or for one let at an agreed rent (canone concordato): if they apply to you, check that they are included.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and open the taxes section, IMU.",
            "Check the properties, your share and the months of ownership. If something is wrong, write to the Tax Office before paying.",
            "Look at the calculation of the first instalment and of the balance.",
            "Download the completed F24 form.",
            "Pay the F24 through online banking, at a bank or at a post office. If you use a tax credit to offset the amount, the F24 must be sent electronically.",
          ),
          "On the F24 form the code of the Comune di Seregno is I625. The tax code depends on the type of property, for example 3918 for other buildings and 3916 for building plots: the downloaded form already contains it.",
        ),
        needed: list(
          "SPID, CIE or CNS to log in to your personal area",
          "The cadastral data of your properties, if you want to check the calculation (you find them in the deed of purchase or the cadastral extract)",
          "The free-loan contract or the agreed-rent lease, if you are claiming a reduction",
        ),
        outcome: "You get the IMU calculation and the completed F24 form. After payment the F24 receipt is your proof; the payment shows in your personal area when the Comune receives the data from the Revenue Agency.",
        deadlines: paras(
          "First instalment: by 16 June, equal to the tax for the first six months calculated with the previous year's rates. Balance: by 16 December, with the current year's rates, minus the first instalment already paid. You can also pay everything at once by 16 June.",
          "If the due date falls on a Saturday, Sunday or public holiday, it moves to the next working day. If you pay late you can put things right with the ravvedimento operoso (reduced penalty plus interest).",
        ),
        cost: "The amount depends on the cadastral income, the type of property, your share, the months of ownership and the rates approved each year by the Comune. The calculation is free. If the year's tax is very low you may not have to pay anything: the minimum amount is set by the municipal regulation.",
        access: paras(ONLINE_EN, TRIBUTI_ACCESS_EN),
        conditions: condEn("the Tax Office replies to written requests for information or correction within 30 days", {
          declarations: false,
          intro:
            "The calculation uses the data the Comune received from the Land Registry, from notaries' deeds and from your returns. As the taxpayer, you are the one who must check that they are correct and complete: IMU is a self-assessed tax, and the calculation offered by the Comune is a help.",
        }),
        keywords: "imu property tax municipal tax home second home payment calculation f24 first instalment balance june december rate cadastral income tax code 3918 I625",
      },
    },
  },
  {
    slug: "imu-dichiarazione",
    category: "tributi-finanze-e-contravvenzioni",
    office: "tributi",
    topics: ["imposte"],
    onlineUrl: desk("imu-dichiarazione"),
    bookable: true,
    conditionsUrl: conditionsUrl("imu-dichiarazione"),
    text: {
      it: {
        title: "Dichiarazione IMU",
        summary: "Comunica al Comune i cambiamenti sui tuoi immobili che il Comune non può conoscere da solo, come un comodato a un figlio o una casa inagibile.",
        audience: "Proprietari e titolari di diritti su immobili a Seregno che hanno avuto cambiamenti utili per il calcolo dell'IMU.",
        audienceType: "Contribuenti",
        description: paras(
          "Di solito non serve presentare la dichiarazione IMU: quando compri o vendi, il Comune riceve i dati dal notaio e dal Catasto.",
          "La dichiarazione serve invece quando il cambiamento non risulta da questi documenti. Per esempio:",
          list(
            "hai dato una casa in comodato gratuito a un figlio o a un genitore e chiedi la riduzione del 50%;",
            "un fabbricato è diventato inagibile o inabitabile, oppure torna utilizzabile;",
            "hai affittato una casa a canone concordato e chiedi la riduzione;",
            "è cambiato il valore di un'area edificabile;",
            "hai acquistato o perso un diritto su un immobile senza un atto di notaio, per esempio per legge.",
          ),
          "Si usa il modello di dichiarazione approvato dal Ministero dell'Economia e delle Finanze.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Dichiarazione IMU».",
            "Indica l'anno a cui si riferisce la dichiarazione.",
            "Per ogni immobile scrivi i dati catastali, la tua quota, la data e il tipo di cambiamento.",
            "Allega i documenti utili, per esempio il contratto di comodato registrato o la perizia sull'inagibilità.",
            "Controlla il riepilogo e invia: ricevi una ricevuta con il numero di protocollo.",
          ),
          "Puoi anche consegnare il modello ministeriale all'Ufficio Tributi, spedirlo per raccomandata o mandarlo per PEC. Il modello si può inviare anche per via telematica con i servizi dell'Agenzia delle Entrate.",
        ),
        needed: list(
          "Codice fiscale di chi presenta la dichiarazione",
          "Dati catastali degli immobili (foglio, particella, subalterno, categoria, rendita)",
          "Quota di possesso e data del cambiamento",
          "I documenti che dimostrano il cambiamento: contratto di comodato o di affitto registrato, perizia tecnica, atto",
        ),
        outcome: "Il Comune registra i cambiamenti e ne tiene conto nel calcolo dell'IMU. La dichiarazione vale anche per gli anni successivi, finché non cambia di nuovo qualcosa.",
        deadlines: "La dichiarazione va presentata entro il 30 giugno dell'anno dopo quello in cui è avvenuto il cambiamento (legge 160/2019, articolo 1, comma 769). Per esempio, per un comodato iniziato nel 2025 la scadenza era il 30 giugno 2026.",
        cost: "Gratuito.",
        access: paras(ONLINE_IT, PEC_IT, TRIBUTI_ACCESS_IT),
        conditions: condIt("l'Ufficio Tributi registra la dichiarazione e ti scrive se servono chiarimenti entro 30 giorni", {
          intro:
            "Se non presenti la dichiarazione quando è obbligatoria, il Comune può applicare una sanzione. Una riduzione non dichiarata nei tempi può non essere riconosciuta per l'anno in questione.",
        }),
        keywords: "imu dichiarazione denuncia modello ministeriale comodato figli genitori inagibile inabitabile canone concordato area edificabile 30 giugno",
      },
      en: {
        title: "Property tax (IMU) return",
        summary: "Tell the Comune about changes to your properties that it cannot know by itself, such as a free loan to a child or a building that is unfit for use.",
        audience: "Owners and holders of rights over property in Seregno who had changes that matter for the IMU calculation.",
        audienceType: "Taxpayers",
        description: paras(
          "Usually you do not need to file an IMU return: when you buy or sell, the Comune receives the data from the notary and the Land Registry.",
          "The return is needed when the change does not appear in those documents. For example:",
          list(
            "you have lent a home free of charge (comodato) to a child or a parent and claim the 50% reduction;",
            "a building has become unfit for use or habitation, or becomes usable again;",
            "you have let a home at an agreed rent (canone concordato) and claim the reduction;",
            "the value of a building plot has changed;",
            "you acquired or lost a right over a property without a notary's deed, for example by law.",
          ),
          "You use the return form approved by the Ministry of Economy and Finance.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Property tax (IMU) return\".",
            "Give the year the return refers to.",
            "For each property enter the cadastral data, your share, the date and the type of change.",
            "Attach the relevant documents, for example the registered free-loan contract or the survey on unfitness.",
            "Check the summary and send it: you get a receipt with the registration number.",
          ),
          "You can also hand in the ministerial form at the Tax Office, send it by registered post or by PEC. The form can also be sent electronically through the Revenue Agency's services.",
        ),
        needed: list(
          "Tax code of whoever files the return",
          "Cadastral data of the properties (sheet, parcel, sub-unit, category, cadastral income)",
          "Share of ownership and date of the change",
          "The documents that prove the change: registered free-loan or lease contract, technical survey, deed",
        ),
        outcome: "The Comune records the changes and takes them into account in the IMU calculation. The return also holds for the following years, until something changes again.",
        deadlines: "The return must be filed by 30 June of the year after the one in which the change happened (Law 160/2019, article 1, paragraph 769). For example, for a free loan that started in 2025 the deadline was 30 June 2026.",
        cost: "Free.",
        access: paras(ONLINE_EN, PEC_EN, TRIBUTI_ACCESS_EN),
        conditions: condEn("the Tax Office records the return and writes to you within 30 days if clarifications are needed", {
          intro:
            "If you do not file the return when it is compulsory, the Comune may apply a penalty. A reduction not declared in time may not be granted for the year concerned.",
        }),
        keywords: "imu return declaration ministerial form free loan children parents unfit uninhabitable agreed rent building plot 30 june",
      },
    },
  },
  {
    slug: "imu-rimborso",
    category: "tributi-finanze-e-contravvenzioni",
    office: "tributi",
    topics: ["imposte"],
    onlineUrl: desk("imu-rimborso"),
    bookable: true,
    conditionsUrl: conditionsUrl("imu-rimborso"),
    text: {
      it: {
        title: "Rimborso dell'IMU",
        summary: "Se hai pagato l'IMU più del dovuto, due volte o per un immobile che non avevi più, chiedi al Comune di restituirti la differenza.",
        audience: "Chi ha pagato al Comune di Seregno un'IMU non dovuta, o i suoi eredi.",
        audienceType: "Contribuenti",
        description: paras(
          "Puoi chiedere il rimborso dell'IMU quando hai pagato una somma che non era dovuta. Succede per esempio quando:",
          list(
            "hai pagato la stessa rata due volte;",
            "hai pagato per una casa che era la tua abitazione principale, quindi esente;",
            "hai usato un'aliquota più alta di quella giusta;",
            "hai pagato per un immobile già venduto;",
            "la rendita catastale è stata corretta in diminuzione dal Catasto.",
          ),
          "Se hai pagato l'IMU di un immobile di Seregno a un altro Comune, o viceversa, chiedi al Comune che ha ricevuto i soldi di girarli al Comune giusto: l'Ufficio Tributi ti spiega come fare.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Rimborso dell'IMU».",
            "Indica l'anno, l'immobile, la somma pagata e quella che secondo te era dovuta.",
            "Spiega il motivo e allega le ricevute dei modelli F24.",
            "Scrivi l'IBAN del conto intestato a te.",
            "Invia la domanda e conserva la ricevuta.",
          ),
          PEC_IT,
        ),
        needed: list(
          "Codice fiscale di chi ha pagato",
          "Ricevute dei modelli F24 pagati",
          "Dati catastali dell'immobile",
          "La spiegazione del motivo e i documenti che lo dimostrano",
          "IBAN di un conto intestato o cointestato a te",
          "Se chiedi il rimborso come erede: la dichiarazione di successione o un'autocertificazione della qualità di erede",
        ),
        outcome: "Ricevi una risposta scritta. Se il rimborso è accolto, la somma ti arriva con un bonifico, con gli interessi previsti dalla legge.",
        deadlines: "Puoi chiedere il rimborso entro 5 anni dal giorno del pagamento o dal giorno in cui è stato accertato il diritto al rimborso. Il Comune decide e paga entro 180 giorni dalla domanda (legge 296/2006, articolo 1, comma 164).",
        cost: "Gratuito. Non sono rimborsate somme inferiori alla soglia minima fissata dal regolamento comunale.",
        access: paras(ONLINE_IT, TRIBUTI_ACCESS_IT),
        conditions: condIt("il Comune decide sulla domanda ed esegue il rimborso entro 180 giorni dalla ricezione", {
          intro:
            "Se il Comune respinge la domanda o non risponde entro 180 giorni, puoi fare ricorso alla Corte di giustizia tributaria di primo grado: il termine e le modalità sono indicati nella risposta.",
        }),
        keywords: "imu rimborso restituzione pagato troppo doppio versamento errore f24 abitazione principale comune sbagliato iban",
      },
      en: {
        title: "Property tax (IMU) refund",
        summary: "If you paid more IMU than due, paid twice or paid for a property you no longer had, ask the Comune to pay the difference back.",
        audience: "Anyone who paid the Comune di Seregno IMU that was not due, or their heirs.",
        audienceType: "Taxpayers",
        description: paras(
          "You can ask for an IMU refund when you paid an amount that was not due. It happens, for example, when:",
          list(
            "you paid the same instalment twice;",
            "you paid for a home that was your main home, and therefore exempt;",
            "you used a rate higher than the correct one;",
            "you paid for a property you had already sold;",
            "the Land Registry lowered the cadastral income.",
          ),
          "If you paid IMU for a property in Seregno to another Comune, or the other way round, ask the Comune that received the money to pass it on to the right one: the Tax Office explains how.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Property tax (IMU) refund\".",
            "Give the year, the property, the amount paid and the amount you think was due.",
            "Explain the reason and attach the receipts of the F24 forms.",
            "Enter the IBAN of an account in your name.",
            "Send the application and keep the receipt.",
          ),
          PEC_EN,
        ),
        needed: list(
          "Tax code of whoever paid",
          "Receipts of the F24 forms paid",
          "Cadastral data of the property",
          "The explanation of the reason and the documents that prove it",
          "IBAN of an account in your name or joint name",
          "If you claim as an heir: the declaration of succession or a self-declaration that you are an heir",
        ),
        outcome: "You receive a written reply. If the refund is granted, the money arrives by bank transfer, with the interest provided by law.",
        deadlines: "You can ask for a refund within 5 years of the payment or of the day the right to a refund was established. The Comune decides and pays within 180 days of the application (Law 296/2006, article 1, paragraph 164).",
        cost: "Free. Amounts below the minimum set by the municipal regulation are not refunded.",
        access: paras(ONLINE_EN, TRIBUTI_ACCESS_EN),
        conditions: condEn("the Comune decides on the application and makes the refund within 180 days of receiving it", {
          intro:
            "If the Comune rejects the application or does not reply within 180 days, you can appeal to the first-instance Tax Court (Corte di giustizia tributaria di primo grado): the deadline and the procedure are stated in the reply.",
        }),
        keywords: "imu refund money back overpaid paid twice mistake f24 main home wrong comune iban",
      },
    },
  },
  {
    slug: "tributi-rettifica",
    category: "tributi-finanze-e-contravvenzioni",
    office: "tributi",
    topics: ["imposte"],
    onlineUrl: desk("tributi-rettifica"),
    bookable: true,
    conditionsUrl: conditionsUrl("tributi-rettifica"),
    text: {
      it: {
        title: "Correzione della posizione IMU o TARI",
        summary: "Se nella tua posizione IMU o TARI c'è un errore, per esempio un immobile che non è tuo o un pagamento che manca, chiedi all'Ufficio Tributi di correggerlo.",
        audience: "Chi paga l'IMU o la TARI al Comune di Seregno e trova un errore nei dati del Comune.",
        audienceType: "Contribuenti",
        description: paras(
          "Nell'area personale, alla voce «Tributi e pagamenti», vedi gli immobili e le utenze dei rifiuti a tuo nome, quanto dovevi pagare ogni anno e quanto hai pagato. I dati vengono dal Catasto, dagli atti notarili, dalle tue dichiarazioni e dai pagamenti. Se qualcosa non è giusto puoi chiedere di correggerlo, per esempio quando:",
          list(
            "c'è un immobile o un'utenza che non è tua, o che hai venduto;",
            "le date, la quota di possesso o i dati catastali sono sbagliati;",
            "manca un'esenzione, come l'abitazione principale, o una riduzione;",
            "i metri quadri o le persone della TARI non sono giusti;",
            "manca un pagamento che hai fatto con l'F24 o con pagoPA.",
          ),
          "Il Comune controlla e corregge i dati, anche di sua iniziativa, quando sono sbagliati (autotutela, legge 212/2000, articolo 10-quater). Se dopo la correzione hai pagato più del dovuto, puoi chiedere il rimborso.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e apri «Tributi e pagamenti».",
            "Sotto l'anno con l'errore scegli «C'è un errore? Chiedi la correzione», oppure scegli questo servizio dall'elenco.",
            "Indica il tributo, l'anno, l'immobile o l'utenza e spiega l'errore.",
            "Allega i documenti che lo dimostrano, se li hai.",
            "Invia la domanda e conserva la ricevuta.",
          ),
          PEC_IT,
        ),
        needed: list(
          "L'indirizzo dell'immobile o dell'utenza e l'anno",
          "La spiegazione dell'errore",
          "Se li hai: l'atto di acquisto o di vendita, la visura catastale, le ricevute dei pagamenti",
        ),
        outcome: "Ricevi una risposta scritta. Se l'errore c'è, l'Ufficio Tributi corregge i dati e la tua posizione si aggiorna.",
        deadlines: "L'Ufficio Tributi risponde entro 30 giorni.",
        cost: "Gratuito.",
        access: paras(ONLINE_IT, TRIBUTI_ACCESS_IT),
        conditions: condIt("l'Ufficio Tributi risponde entro 30 giorni dalla ricezione"),
        keywords: "correzione rettifica errore posizione tributaria imu tari immobile non mio pagamento mancante autotutela dati catastali",
      },
      en: {
        title: "Correcting your IMU or TARI position",
        summary: "If your IMU or TARI position has a mistake, for example a property that is not yours or a missing payment, ask the Tax Office to correct it.",
        audience: "Anyone who pays IMU or TARI to the Comune di Seregno and finds a mistake in the Comune's data.",
        audienceType: "Taxpayers",
        description: paras(
          "In your personal area, under \"Taxes and payments\", you see the properties and waste accounts in your name, what you had to pay each year and what you paid. The data come from the Land Registry, notarial deeds, your declarations and your payments. If something is not right you can ask for it to be corrected, for example when:",
          list(
            "a property or waste account is not yours, or you sold it;",
            "the dates, the ownership share or the cadastral data are wrong;",
            "an exemption, such as the main home, or a reduction is missing;",
            "the square metres or the household of the TARI are not right;",
            "a payment you made with an F24 or pagoPA is missing.",
          ),
          "The Comune checks and corrects wrong data, also on its own initiative (self-correction, Law 212/2000, article 10-quater). If after the correction you paid more than due, you can ask for a refund.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and open \"Taxes and payments\".",
            "Under the year with the mistake choose \"Is something wrong? Ask for a correction\", or choose this service from the list.",
            "Give the tax, the year, the property or account and explain the mistake.",
            "Attach the documents that show it, if you have them.",
            "Send the application and keep the receipt.",
          ),
          PEC_EN,
        ),
        needed: list(
          "The address of the property or account and the year",
          "The explanation of the mistake",
          "If you have them: the deed of purchase or sale, the cadastral record, the payment receipts",
        ),
        outcome: "You receive a written reply. If there is a mistake, the Tax Office corrects the data and your position is updated.",
        deadlines: "The Tax Office replies within 30 days.",
        cost: "Free.",
        access: paras(ONLINE_EN, TRIBUTI_ACCESS_EN),
        conditions: condEn("the Tax Office replies within 30 days of receiving it"),
        keywords: "correction mistake error tax position imu tari property not mine missing payment cadastral data",
      },
    },
  },
  // ───────────────────────────── Multe e Polizia Locale ─────────────────────────────
  {
    slug: "multe-pagamento",
    category: "tributi-finanze-e-contravvenzioni",
    office: "polizia-locale",
    topics: ["polizia", "parcheggi"],
    onlineUrl: "/multe",
    bookable: true,
    featuredRank: 6,
    conditionsUrl: conditionsUrl("multe-pagamento"),
    text: {
      it: {
        title: "Pagare una multa",
        summary: "Paga online con pagoPA le multe (sanzioni per violazioni del Codice della strada) fatte dalla Polizia Locale di Seregno, anche con lo sconto del 30% entro 5 giorni.",
        audience: "Chi ha ricevuto un verbale della Polizia Locale di Seregno, o il preavviso lasciato sul parabrezza.",
        audienceType: "Cittadini",
        description: paras(
          "Il verbale (la multa) indica la violazione, la somma da pagare e i modi per pagarla. Nel verbale c'è anche l'avviso pagoPA con il codice avviso, che serve per pagare online o in tabaccheria, alla posta o in banca.",
          "Per la maggior parte delle violazioni, se paghi entro 5 giorni la somma è ridotta del 30% (articolo 202 del Codice della strada). Lo sconto non vale per le violazioni che prevedono la confisca del veicolo o la sospensione della patente.",
          "Se pensi che la multa sia sbagliata, non pagarla: pagando accetti la multa e non puoi più fare ricorso. Leggi il servizio «Fare ricorso contro una multa».",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Pagare una multa», oppure usa il codice avviso scritto sul verbale.",
            "Cerca il verbale con il numero e la targa, o con il codice avviso.",
            "Controlla l'importo: entro 5 giorni dalla notifica è già calcolato con lo sconto, se spetta.",
            "Paga con pagoPA: carta di pagamento, conto corrente o app IO. Puoi anche pagare in banca, alla posta, in tabaccheria o con l'home banking usando il codice avviso.",
            "Conserva la ricevuta.",
          ),
          "Se hai trovato sul parabrezza un preavviso, puoi pagare subito la somma indicata: così eviti la notifica del verbale e le sue spese.",
        ),
        needed: list(
          "Il verbale o il preavviso, con il numero del verbale e la targa",
          "Il codice avviso pagoPA (18 cifre), se paghi fuori dall'area personale",
          "SPID, CIE o CNS, se paghi dall'area personale",
        ),
        outcome: "La multa risulta pagata e ricevi la ricevuta pagoPA, che vale come prova. Il pagamento chiude la pratica.",
        deadlines: paras(
          "Entro 5 giorni dalla notifica o dalla contestazione: somma ridotta del 30%, quando prevista.",
          "Entro 60 giorni: somma intera indicata nel verbale.",
          "Dopo 60 giorni, se non hai pagato né fatto ricorso, devi pagare metà del massimo previsto per quella violazione, più le spese, e il Comune procede alla riscossione forzata.",
        ),
        cost: "La somma è quella scritta nel verbale: la sanzione stabilita dal Codice della strada più le spese di accertamento e di notifica. La banca, la posta o l'app che usi può chiedere una piccola commissione.",
        access: paras(
          ONLINE_IT,
          "Allo sportello della Polizia Locale in Via Umberto I 78 puoi pagare con bancomat o carta di credito.",
        ),
        conditions: condIt("il pagamento è registrato in pochi giorni; alle richieste scritte di informazioni la Polizia Locale risponde entro 30 giorni", {
          declarations: false,
          intro:
            "Il pagamento con pagoPA è eseguito dal prestatore di servizi di pagamento che scegli. Paga entro i termini: fa fede la data del pagamento scritta sulla ricevuta.",
        }),
        keywords: "multa multe verbale contravvenzione sanzione codice della strada pagare pagamento pagoPA sconto 30% cinque giorni divieto di sosta autovelox preavviso",
      },
      en: {
        title: "Pay a traffic fine",
        summary: "Pay traffic fines (penalties for breaking the Highway Code) issued by the Seregno Local Police online with pagoPA, with a 30% discount if you pay within 5 days.",
        audience: "Anyone who received a fine from the Seregno Local Police, or the notice left on the windscreen.",
        audienceType: "Citizens",
        description: paras(
          "The fine notice (verbale) states the offence, the amount to pay and how to pay it. It also contains the pagoPA notice with its notice code, which you use to pay online, at a tobacconist, a post office or a bank.",
          "For most offences, if you pay within 5 days the amount is reduced by 30% (article 202 of the Highway Code). The discount does not apply to offences that carry confiscation of the vehicle or suspension of the driving licence.",
          "If you think the fine is wrong, do not pay it: by paying you accept the fine and you can no longer appeal. Read the service \"Appeal against a traffic fine\".",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Pay a traffic fine\", or use the notice code printed on the fine.",
            "Find the fine with its number and the number plate, or with the notice code.",
            "Check the amount: within 5 days of notification it is already calculated with the discount, where it applies.",
            "Pay with pagoPA: payment card, bank account or the IO app. You can also pay at a bank, post office, tobacconist or through online banking with the notice code.",
            "Keep the receipt.",
          ),
          "If you found a notice on the windscreen, you can pay the amount shown straight away: this avoids the formal notification of the fine and its costs.",
        ),
        needed: list(
          "The fine or the windscreen notice, with the fine number and the number plate",
          "The pagoPA notice code (18 digits), if you pay outside your personal area",
          "SPID, CIE or CNS, if you pay from your personal area",
        ),
        outcome: "The fine shows as paid and you get the pagoPA receipt, which is valid as proof. Payment closes the case.",
        deadlines: paras(
          "Within 5 days of notification or of being stopped: amount reduced by 30%, where it applies.",
          "Within 60 days: the full amount shown on the fine.",
          "After 60 days, if you have neither paid nor appealed, you must pay half of the maximum penalty for that offence, plus costs, and the Comune moves to enforced collection.",
        ),
        cost: "The amount is the one on the fine: the penalty set by the Highway Code plus the costs of the check and of notification. The bank, post office or app you use may charge a small fee.",
        access: paras(
          ONLINE_EN,
          "At the Local Police counter in Via Umberto I 78 you can pay by debit or credit card.",
        ),
        conditions: condEn("the payment is recorded within a few days; the Local Police replies to written requests for information within 30 days", {
          declarations: false,
          intro:
            "A pagoPA payment is made by the payment service provider you choose. Pay on time: the payment date on the receipt is what counts.",
        }),
        keywords: "fine fines ticket traffic offence penalty highway code pay payment pagoPA discount 30% five days parking ticket speed camera windscreen notice",
      },
    },
  },
  {
    slug: "multe-ricorso",
    category: "giustizia-e-sicurezza-pubblica",
    office: "polizia-locale",
    topics: ["polizia", "giustizia"],
    onlineUrl: desk("multe-ricorso"),
    bookable: true,
    conditionsUrl: conditionsUrl("multe-ricorso"),
    text: {
      it: {
        title: "Fare ricorso contro una multa",
        summary: "Se pensi che una multa della Polizia Locale sia sbagliata, puoi fare ricorso al Prefetto entro 60 giorni, gratis, o al Giudice di pace entro 30 giorni.",
        audience: "Chi ha ricevuto un verbale della Polizia Locale di Seregno e non è d'accordo: il trasgressore o il proprietario del veicolo.",
        audienceType: "Cittadini",
        description: paras(
          "Contro una multa per violazione del Codice della strada puoi scegliere una di queste due strade, non entrambe:",
          list(
            "ricorso al Prefetto di Monza e della Brianza (articolo 203 del Codice della strada): è gratuito e non serve un avvocato;",
            "ricorso al Giudice di pace (articolo 204-bis del Codice della strada): si paga il contributo unificato e si va davanti a un giudice.",
          ),
          "Prima di fare ricorso non devi pagare la multa. Se paghi, anche solo la somma ridotta, non puoi più fare ricorso.",
          "Se il Prefetto respinge il ricorso, emette un'ordinanza-ingiunzione: di solito devi pagare almeno il doppio del minimo previsto. Contro l'ordinanza puoi ancora rivolgerti al Giudice di pace entro 30 giorni.",
          "Se vuoi solo segnalare un errore evidente (per esempio una targa sbagliata), puoi anche chiedere alla Polizia Locale di annullare il verbale in autotutela: non sospende però i termini per il ricorso.",
        ),
        howTo: paras(
          "Ricorso al Prefetto:",
          steps(
            "Scrivi il ricorso: chi sei, il numero e la data del verbale, i motivi per cui è sbagliato. Puoi chiedere di essere ascoltato di persona.",
            "Allega la copia del verbale e le prove (foto, documenti, testimoni).",
            "Invialo da questo sportello: la Polizia Locale lo trasmette al Prefetto con le sue osservazioni. Puoi anche mandarlo direttamente alla Prefettura per raccomandata con ricevuta di ritorno o per PEC.",
          ),
          "Ricorso al Giudice di pace:",
          steps(
            "Prepara il ricorso e paga il contributo unificato.",
            "Depositalo nella cancelleria del Giudice di pace del luogo dell'infrazione, oppure mandalo per raccomandata. Il verbale indica a quale ufficio rivolgerti.",
            "Ti sarà comunicata la data dell'udienza.",
          ),
        ),
        needed: list(
          "Il verbale",
          "Un documento d'identità",
          "I motivi del ricorso e le prove",
          "Per il Giudice di pace: la ricevuta del contributo unificato",
        ),
        outcome: "Se il ricorso è accolto, la multa è annullata. Se è respinto, ricevi l'ordinanza-ingiunzione del Prefetto o la sentenza del Giudice di pace con la somma da pagare.",
        deadlines: paras(
          "Ricorso al Prefetto: entro 60 giorni dalla contestazione o dalla notifica. La Polizia Locale trasmette gli atti al Prefetto entro 60 giorni; il Prefetto decide entro i termini dell'articolo 204 del Codice della strada, e se non decide in tempo il ricorso si considera accolto.",
          "Ricorso al Giudice di pace: entro 30 giorni dalla contestazione o dalla notifica (60 giorni se abiti all'estero).",
        ),
        cost: "Il ricorso al Prefetto è gratuito. Il ricorso al Giudice di pace richiede il contributo unificato, il cui importo dipende dal valore della multa ed è stabilito dalla legge. Per entrambi l'avvocato non è obbligatorio.",
        access: paras(
          ONLINE_IT,
          "Puoi anche consegnare il ricorso al Prefetto allo sportello della Polizia Locale in Via Umberto I 78, spedirlo per raccomandata con ricevuta di ritorno o mandarlo per PEC.",
        ),
        conditions: condIt("la Polizia Locale trasmette il ricorso e le sue osservazioni al Prefetto entro 60 giorni dal ricevimento", {
          intro:
            "La Polizia Locale non decide sul ricorso: lo istruisce e lo manda al Prefetto, che è l'autorità che decide. Il ricorso al Giudice di pace si presenta direttamente all'ufficio giudiziario.",
        }),
        keywords: "ricorso multa contestare verbale prefetto giudice di pace annullamento autotutela opposizione sanzione codice della strada errore",
      },
      en: {
        title: "Appeal against a traffic fine",
        summary: "If you think a fine from the Local Police is wrong, you can appeal to the Prefect within 60 days, free of charge, or to the Justice of the Peace within 30 days.",
        audience: "Anyone who received a fine from the Seregno Local Police and disagrees with it: the offender or the owner of the vehicle.",
        audienceType: "Citizens",
        description: paras(
          "Against a fine for breaking the Highway Code you can choose one of these two routes, not both:",
          list(
            "appeal to the Prefect of Monza e della Brianza (article 203 of the Highway Code): it is free and you do not need a lawyer;",
            "appeal to the Justice of the Peace (Giudice di pace, article 204-bis of the Highway Code): you pay the court fee (contributo unificato) and go before a judge.",
          ),
          "You do not have to pay the fine before appealing. If you pay, even just the reduced amount, you can no longer appeal.",
          "If the Prefect rejects the appeal, he issues an injunction order (ordinanza-ingiunzione): you usually have to pay at least twice the minimum penalty. Against the order you can still go to the Justice of the Peace within 30 days.",
          "If you only want to point out an obvious mistake (for example a wrong number plate), you can also ask the Local Police to cancel the fine on its own initiative (autotutela): this does not, however, stop the time limits for appealing.",
        ),
        howTo: paras(
          "Appeal to the Prefect:",
          steps(
            "Write the appeal: who you are, the number and date of the fine, the reasons why it is wrong. You can ask to be heard in person.",
            "Attach a copy of the fine and the evidence (photos, documents, witnesses).",
            "Send it from this desk: the Local Police forwards it to the Prefect with its comments. You can also send it straight to the Prefecture by registered post with return receipt or by PEC.",
          ),
          "Appeal to the Justice of the Peace:",
          steps(
            "Prepare the appeal and pay the court fee.",
            "File it with the registry of the Justice of the Peace for the place of the offence, or send it by registered post. The fine states which office to go to.",
            "You will be told the date of the hearing.",
          ),
        ),
        needed: list(
          "The fine",
          "An identity document",
          "The grounds of the appeal and the evidence",
          "For the Justice of the Peace: the receipt of the court fee",
        ),
        outcome: "If the appeal is upheld, the fine is cancelled. If it is rejected, you receive the Prefect's injunction order or the judgment of the Justice of the Peace with the amount to pay.",
        deadlines: paras(
          "Appeal to the Prefect: within 60 days of being stopped or of notification. The Local Police forwards the file to the Prefect within 60 days; the Prefect decides within the time limits of article 204 of the Highway Code, and if he does not decide in time the appeal is deemed upheld.",
          "Appeal to the Justice of the Peace: within 30 days of being stopped or of notification (60 days if you live abroad).",
        ),
        cost: "The appeal to the Prefect is free. The appeal to the Justice of the Peace requires the court fee (contributo unificato), whose amount depends on the value of the fine and is set by law. A lawyer is not compulsory for either.",
        access: paras(
          ONLINE_EN,
          "You can also hand in the appeal to the Prefect at the Local Police counter in Via Umberto I 78, send it by registered post with return receipt or by PEC.",
        ),
        conditions: condEn("the Local Police forwards the appeal and its comments to the Prefect within 60 days of receiving it", {
          intro:
            "The Local Police does not decide on the appeal: it prepares the file and sends it to the Prefect, who is the authority that decides. The appeal to the Justice of the Peace is filed directly with the court.",
        }),
        keywords: "appeal fine contest ticket prefect justice of the peace cancel cancellation objection penalty highway code mistake",
      },
    },
  },
  {
    slug: "multe-dati-conducente",
    category: "tributi-finanze-e-contravvenzioni",
    office: "polizia-locale",
    topics: ["polizia"],
    onlineUrl: desk("multe-dati-conducente"),
    conditionsUrl: conditionsUrl("multe-dati-conducente"),
    text: {
      it: {
        title: "Comunicare i dati del conducente per i punti della patente",
        summary: "Se una multa prevede il taglio dei punti dalla patente, il proprietario del veicolo deve dire chi guidava entro 60 giorni. Puoi farlo online.",
        audience: "Proprietari di veicoli (persone o imprese) che hanno ricevuto un verbale con decurtazione di punti.",
        audienceType: "Cittadini e imprese",
        description: paras(
          "Per alcune violazioni il Codice della strada toglie punti dalla patente di chi guidava. Se la multa è arrivata al proprietario del veicolo senza fermare il conducente (per esempio con un autovelox), il proprietario deve comunicare chi era alla guida (articolo 126-bis del Codice della strada).",
          "Devi fare la comunicazione anche se guidavi tu. Se non la fai senza un motivo giustificato, ricevi una seconda multa, separata dalla prima.",
          "La comunicazione dei dati è una cosa diversa dal pagamento della multa: vanno fatte tutte e due, o devi fare ricorso.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Comunicare i dati del conducente».",
            "Scrivi il numero e la data del verbale.",
            "Scrivi i dati di chi guidava e della sua patente.",
            "Allega la copia fronte e retro della patente del conducente e la dichiarazione firmata dal conducente, se non sei tu.",
            "Invia e conserva la ricevuta.",
          ),
          "Puoi anche usare il modulo allegato al verbale: compilalo, firmalo (lo firma anche il conducente) e consegnalo alla Polizia Locale, oppure mandalo per raccomandata o PEC.",
        ),
        needed: list(
          "Il verbale",
          "Dati anagrafici del conducente e numero, categoria, data di rilascio e scadenza della sua patente",
          "Copia fronte e retro della patente del conducente",
          "Firma del conducente, se non sei tu",
          "Per le imprese: i dati del legale rappresentante",
        ),
        outcome: "La Polizia Locale registra chi guidava e comunica la decurtazione dei punti all'Anagrafe nazionale degli abilitati alla guida. Puoi controllare i tuoi punti sul Portale dell'automobilista o con l'app IPatente.",
        deadlines: "Entro 60 giorni dalla notifica del verbale. In caso di dubbio, per esempio se hai fatto ricorso, chiedi alla Polizia Locale.",
        cost: "Gratuito.",
        access: paras(
          ONLINE_IT,
          "Allo sportello della Polizia Locale in Via Umberto I 78, per raccomandata o per PEC a seregno.protocollo@actaliscertymail.it.",
        ),
        conditions: condIt("la Polizia Locale registra la comunicazione entro 30 giorni", {
          intro:
            "Chi dichiara come conducente una persona che non guidava commette un reato. Anche la persona indicata come conducente è responsabile della verità della propria dichiarazione.",
        }),
        keywords: "punti patente decurtazione comunicazione dati conducente chi guidava 126 bis modulo verbale autovelox proprietario veicolo",
      },
      en: {
        title: "Tell the police who was driving (licence points)",
        summary: "If a fine carries the loss of points from the driving licence, the owner of the vehicle must say who was driving within 60 days. You can do it online.",
        audience: "Vehicle owners (people or companies) who received a fine with loss of licence points.",
        audienceType: "Citizens and businesses",
        description: paras(
          "For some offences the Highway Code takes points off the licence of whoever was driving. If the fine reached the vehicle owner without the driver being stopped (for example by a speed camera), the owner must say who was driving (article 126-bis of the Highway Code).",
          "You must send the details even if you were the driver. If you do not, without a justified reason, you receive a second fine, separate from the first.",
          "Sending the driver's details is not the same as paying the fine: you must do both, or appeal.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Tell the police who was driving\".",
            "Enter the number and date of the fine.",
            "Enter the details of the driver and of their licence.",
            "Attach a copy of both sides of the driver's licence and the statement signed by the driver, if it is not you.",
            "Send it and keep the receipt.",
          ),
          "You can also use the form attached to the fine: fill it in, sign it (the driver signs too) and hand it in to the Local Police, or send it by registered post or PEC.",
        ),
        needed: list(
          "The fine",
          "Personal details of the driver and the number, category, issue and expiry date of their licence",
          "A copy of both sides of the driver's licence",
          "The driver's signature, if it is not you",
          "For companies: the details of the legal representative",
        ),
        outcome: "The Local Police records who was driving and reports the loss of points to the national register of licence holders. You can check your points on the Portale dell'automobilista or with the IPatente app.",
        deadlines: "Within 60 days of the notification of the fine. If in doubt, for example if you have appealed, ask the Local Police.",
        cost: "Free.",
        access: paras(
          ONLINE_EN,
          "At the Local Police counter in Via Umberto I 78, by registered post or by PEC to seregno.protocollo@actaliscertymail.it.",
        ),
        conditions: condEn("the Local Police records the details within 30 days", {
          intro:
            "Naming as the driver a person who was not driving is a crime. The person named as the driver is also responsible for the truth of their own statement.",
        }),
        keywords: "licence points driving licence deduction driver details who was driving 126 bis form fine speed camera vehicle owner",
      },
    },
  },
  {
    slug: "contrassegno-disabili",
    category: "mobilita-e-trasporti",
    office: "polizia-locale",
    topics: ["assistenza-agli-invalidi", "parcheggi", "ztl"],
    onlineUrl: desk("contrassegno-disabili"),
    bookable: true,
    conditionsUrl: conditionsUrl("contrassegno-disabili"),
    text: {
      it: {
        title: "Contrassegno di parcheggio per persone con disabilità",
        summary: "Chiedi il contrassegno (CUDE) che permette di parcheggiare negli spazi riservati e di entrare nelle ZTL con il veicolo che trasporta una persona con disabilità.",
        audience: "Persone residenti a Seregno con capacità di camminare impedita o molto ridotta, e persone non vedenti.",
        audienceType: "Persone con disabilità",
        description: paras(
          "Il contrassegno unificato disabili europeo (CUDE) è personale: appartiene alla persona con disabilità, non a un'auto. Si usa su qualsiasi veicolo quando la persona è a bordo, in tutta Italia e nei Paesi dell'Unione Europea.",
          "Con il contrassegno puoi:",
          list(
            "parcheggiare negli spazi riservati alle persone con disabilità;",
            "parcheggiare gratis nei posti a pagamento (strisce blu) quando quelli riservati sono occupati o non ci sono;",
            "entrare nelle zone a traffico limitato e nelle aree pedonali dove possono passare i veicoli autorizzati.",
          ),
          "Il contrassegno può essere permanente (vale 5 anni) o temporaneo, per un periodo più breve indicato dal medico. Puoi anche chiedere di registrare le targhe dei veicoli che usi di solito sulla piattaforma nazionale CUDE, così puoi entrare nelle ZTL dei Comuni che vi aderiscono senza avvisare ogni volta.",
        ),
        howTo: paras(
          steps(
            "Ottieni il certificato dell'ufficio medico-legale dell'ASST, oppure usa il verbale di invalidità civile se indica che la capacità di camminare è impedita o sensibilmente ridotta.",
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Contrassegno di parcheggio per persone con disabilità». Un familiare o un tutore può farlo per te con una delega.",
            "Allega il certificato e una fototessera recente.",
            "Invia la domanda. Quando il contrassegno è pronto, la Polizia Locale ti avvisa per il ritiro.",
          ),
          "Per il rinnovo del contrassegno permanente basta il certificato del medico di famiglia che conferma che la situazione è rimasta la stessa.",
        ),
        needed: list(
          "Certificato dell'ufficio medico-legale dell'ASST, o verbale di invalidità con la dicitura sulla capacità di camminare",
          "Una fototessera recente",
          "Un documento d'identità",
          "Per il rinnovo: il vecchio contrassegno e il certificato del medico di famiglia",
          "Se chiede un'altra persona: la delega o l'atto di nomina del tutore o amministratore di sostegno",
        ),
        outcome: "Ricevi il contrassegno CUDE con la tua foto, da esporre in modo visibile sul parabrezza quando sei a bordo.",
        deadlines: "Il contrassegno è rilasciato entro 30 giorni dalla domanda completa. Chiedi il rinnovo prima della scadenza scritta sul contrassegno.",
        cost: "Gratuito.",
        access: paras(
          ONLINE_IT,
          "Allo sportello della Polizia Locale in Via Umberto I 78, su appuntamento. La persona con disabilità non deve venire di persona se c'è un delegato.",
        ),
        conditions: condIt("la Polizia Locale rilascia il contrassegno entro 30 giorni dalla domanda completa", {
          intro:
            "Il contrassegno si usa solo quando la persona con disabilità è sul veicolo. L'uso improprio, per esempio da parte di un familiare da solo, è punito con una multa e può portare al ritiro del contrassegno. Se il contrassegno non serve più o la persona muore, va restituito.",
        }),
        keywords: "contrassegno disabili cude permesso parcheggio invalidi pass disabili posto riservato strisce blu ztl handicap deambulazione",
      },
      en: {
        title: "Disabled parking badge",
        summary: "Apply for the badge (CUDE) that lets the vehicle carrying a person with a disability park in reserved spaces and enter limited traffic zones.",
        audience: "People resident in Seregno whose ability to walk is prevented or greatly reduced, and blind people.",
        audienceType: "People with disabilities",
        description: paras(
          "The European disabled parking badge (CUDE) is personal: it belongs to the person with a disability, not to a car. It is used on any vehicle while that person is on board, all over Italy and in the countries of the European Union.",
          "With the badge you can:",
          list(
            "park in the spaces reserved for people with disabilities;",
            "park free of charge in paid spaces (blue lines) when the reserved ones are taken or missing;",
            "enter limited traffic zones and pedestrian areas where authorised vehicles are allowed.",
          ),
          "The badge can be permanent (valid for 5 years) or temporary, for a shorter period set by the doctor. You can also ask to register the number plates of the vehicles you usually use on the national CUDE platform, so you can enter the ZTLs of the Comuni that take part without giving notice each time.",
        ),
        howTo: paras(
          steps(
            "Get the certificate from the forensic medicine office of the ASST (local health authority), or use your civil invalidity report if it says that your ability to walk is prevented or significantly reduced.",
            "Log in to your personal area with SPID, CIE or CNS and choose \"Disabled parking badge\". A relative or guardian can do it for you with a delegation.",
            "Attach the certificate and a recent passport photo.",
            "Send the application. When the badge is ready, the Local Police tells you when to collect it.",
          ),
          "To renew a permanent badge you only need a certificate from your family doctor confirming that the situation has not changed.",
        ),
        needed: list(
          "Certificate from the ASST forensic medicine office, or invalidity report with the statement on the ability to walk",
          "A recent passport photo",
          "An identity document",
          "For renewal: the old badge and the family doctor's certificate",
          "If someone else applies: the delegation or the appointment of the guardian or support administrator",
        ),
        outcome: "You receive the CUDE badge with your photo, to display clearly on the windscreen when you are on board.",
        deadlines: "The badge is issued within 30 days of the complete application. Apply for renewal before the expiry date printed on the badge.",
        cost: "Free.",
        access: paras(
          ONLINE_EN,
          "At the Local Police counter in Via Umberto I 78, by appointment. The person with a disability does not need to come in person if there is a delegate.",
        ),
        conditions: condEn("the Local Police issues the badge within 30 days of the complete application", {
          intro:
            "The badge may be used only when the person with a disability is in the vehicle. Misuse, for example by a relative alone, is punished with a fine and may lead to the badge being withdrawn. If the badge is no longer needed or the person dies, it must be returned.",
        }),
        keywords: "disabled badge blue badge cude parking permit disability reserved space blue lines ztl handicap walking",
      },
    },
  },
  {
    slug: "permesso-ztl",
    category: "mobilita-e-trasporti",
    office: "polizia-locale",
    topics: ["ztl", "zone-pedonali", "parcheggi"],
    onlineUrl: desk("permesso-ztl"),
    bookable: true,
    conditionsUrl: conditionsUrl("permesso-ztl"),
    text: {
      it: {
        title: "Permesso per entrare nella ZTL",
        summary: "Chiedi il permesso per entrare con un veicolo nella zona a traffico limitato (ZTL) del centro di Seregno, se abiti, lavori o devi fare consegne o lavori lì.",
        audience: "Residenti nella ZTL, chi ha un box o un posto auto nella ZTL, attività con sede nella ZTL, artigiani, chi fa un trasloco o dei lavori.",
        audienceType: "Cittadini e imprese",
        description: paras(
          "Nella zona a traffico limitato del centro si può entrare con un veicolo solo negli orari consentiti o con un permesso. I cartelli all'ingresso indicano gli orari.",
          "Il tipo di permesso dipende dal motivo:",
          list(
            "permanente, per chi abita nella ZTL o ha lì un box o un posto auto;",
            "per le attività che hanno sede nella ZTL, per carico e scarico merci;",
            "temporaneo, per traslochi, lavori, consegne o altre esigenze di pochi giorni;",
            "per le persone con disabilità con il contrassegno CUDE.",
          ),
          "Il permesso è legato alla targa del veicolo.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Permesso per entrare nella ZTL».",
            "Scegli il tipo di permesso e il periodo.",
            "Scrivi la targa del veicolo (o le targhe, se il permesso lo consente).",
            "Allega i documenti che dimostrano il motivo, per esempio il contratto del box.",
            "Invia la domanda. Se il permesso ha un costo, paghi con pagoPA dall'area personale.",
          ),
        ),
        needed: list(
          "Targa e carta di circolazione del veicolo",
          "Il motivo della richiesta e il documento che lo dimostra (residenza, contratto del box, sede dell'attività, comunicazione di inizio lavori)",
          "Per i veicoli aziendali o in noleggio: il documento che dimostra che puoi usarli",
        ),
        outcome: "Ricevi il permesso per la targa indicata e per il periodo richiesto. La targa è registrata, così puoi entrare nella ZTL senza ricevere multe.",
        deadlines: "I permessi temporanei sono rilasciati di norma entro 3 giorni lavorativi, i permessi permanenti entro 30 giorni. Chiedi il permesso prima di entrare nella ZTL: non vale per i giorni passati.",
        cost: "Dipende dal tipo di permesso: alcuni sono gratuiti, per esempio quelli per le persone con disabilità, altri hanno un costo stabilito dal Comune, che vedi prima di inviare la domanda.",
        access: paras(
          ONLINE_IT,
          "Allo Sportello ZTL della Polizia Locale in Via Umberto I 78, nei giorni indicati negli orari dell'ufficio.",
        ),
        conditions: condIt("i permessi temporanei sono rilasciati di norma entro 3 giorni lavorativi, quelli permanenti entro 30 giorni", {
          intro:
            "Il permesso vale solo per il motivo, la targa e il periodo indicati. Se cambi veicolo o non hai più diritto al permesso, devi comunicarlo. Entrare nella ZTL senza permesso quando è attiva comporta una multa.",
        }),
        keywords: "ztl zona traffico limitato permesso accesso centro storico pass residenti box carico scarico trasloco varco targa autorizzazione",
      },
      en: {
        title: "Permit to enter the limited traffic zone (ZTL)",
        summary: "Apply for a permit to drive into the limited traffic zone (ZTL) in the centre of Seregno if you live, work, deliver goods or carry out works there.",
        audience: "Residents of the ZTL, people with a garage or parking space in the ZTL, businesses based in the ZTL, craftsmen, people moving house or doing works.",
        audienceType: "Citizens and businesses",
        description: paras(
          "You may drive into the limited traffic zone in the centre only during the permitted hours or with a permit. The signs at the entrance show the hours.",
          "The type of permit depends on the reason:",
          list(
            "permanent, for people who live in the ZTL or have a garage or parking space there;",
            "for businesses based in the ZTL, for loading and unloading goods;",
            "temporary, for moving house, works, deliveries or other needs lasting a few days;",
            "for people with disabilities who hold the CUDE badge.",
          ),
          "The permit is linked to the vehicle's number plate.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Permit to enter the limited traffic zone (ZTL)\".",
            "Choose the type of permit and the period.",
            "Enter the vehicle's number plate (or plates, if the permit allows it).",
            "Attach the documents that prove the reason, for example the garage contract.",
            "Send the application. If the permit has a cost, you pay with pagoPA from your personal area.",
          ),
        ),
        needed: list(
          "Number plate and registration document of the vehicle",
          "The reason for the request and the document that proves it (residence, garage contract, business address, notice of start of works)",
          "For company or hired vehicles: the document that shows you may use them",
        ),
        outcome: "You receive the permit for the number plate given and for the period requested. The plate is registered, so you can enter the ZTL without being fined.",
        deadlines: "Temporary permits are normally issued within 3 working days, permanent permits within 30 days. Apply before entering the ZTL: a permit does not cover past days.",
        cost: "It depends on the type of permit: some are free, for example those for people with disabilities, others have a cost set by the Comune, which you see before sending the application.",
        access: paras(
          ONLINE_EN,
          "At the Local Police ZTL desk in Via Umberto I 78, on the days shown in the office hours.",
        ),
        conditions: condEn("temporary permits are normally issued within 3 working days, permanent ones within 30 days", {
          intro:
            "The permit is valid only for the reason, number plate and period stated. If you change vehicle or are no longer entitled to the permit, you must report it. Entering the ZTL without a permit while it is active leads to a fine.",
        }),
        keywords: "ztl limited traffic zone permit access historic centre resident pass garage loading unloading moving house gate number plate authorisation",
      },
    },
  },
  // ───────────────────────────── Anagrafe e stato civile ─────────────────────────────
  {
    slug: "certificati-anagrafici",
    category: "anagrafe-e-stato-civile",
    office: "servizi-demografici",
    topics: ["anagrafe", "residenza"],
    onlineUrl: ANPR,
    bookable: true,
    featuredRank: 3,
    conditionsUrl: conditionsUrl("certificati-anagrafici"),
    text: {
      it: {
        title: "Certificati anagrafici",
        summary: "Scarica subito e da solo i certificati di residenza, stato di famiglia, nascita e altri dall'Anagrafe nazionale (ANPR), oppure chiedili allo sportello.",
        audience: "Chi è iscritto all'anagrafe di un Comune italiano e ha bisogno di un certificato per sé o per un familiare.",
        audienceType: "Cittadini",
        description: paras(
          "Il certificato anagrafico attesta i dati dell'anagrafe: dove abiti, chi fa parte della tua famiglia, il tuo stato civile, la cittadinanza e altro.",
          "Dal portale dell'Anagrafe nazionale della popolazione residente (ANPR) puoi scaricare da solo, per te o per una persona della tua famiglia anagrafica, questi certificati:",
          list(
            "residenza, anche AIRE per chi vive all'estero;",
            "stato di famiglia, anche con i rapporti di parentela;",
            "anagrafico di nascita, di matrimonio e di unione civile;",
            "cittadinanza, esistenza in vita, stato civile, stato libero;",
            "residenza in convivenza e contratto di convivenza.",
          ),
          "Il certificato scaricato ha un sigillo elettronico e un QR code che ne dimostra l'autenticità. Vale come quello dello sportello.",
          "Ricorda: uffici pubblici, scuole, ospedali e gestori di servizi pubblici (luce, gas, trasporti) non possono chiederti certificati. A loro basta la tua autocertificazione, che è gratuita. I certificati servono solo nei rapporti tra privati, per esempio con una banca o un notaio.",
        ),
        howTo: paras(
          "Online:",
          steps(
            "Vai sul portale ANPR e scegli «Certificati».",
            "Entra con SPID, CIE o CNS.",
            "Scegli la persona e il tipo di certificato.",
            "Indica se il certificato è in bollo o in esenzione, e per quale uso.",
            "Scarica il PDF, oppure ricevilo via e-mail.",
          ),
          "Allo sportello: prenota un appuntamento con i Servizi Demografici, porta un documento d'identità e, se il certificato è in bollo, una marca da bollo. I certificati storici (per esempio la famiglia com'era in una data passata) si chiedono solo allo sportello.",
        ),
        needed: list(
          "SPID, CIE o CNS per il servizio online",
          "Un documento d'identità, allo sportello",
          "Il motivo dell'esenzione dal bollo, se ne hai diritto (per esempio per pratiche di pensione, adozione o separazione)",
          "Una marca da bollo da € 16,00, allo sportello, se il certificato non è esente",
        ),
        outcome: "Ricevi il certificato in PDF o su carta. Il certificato anagrafico vale 6 mesi dalla data di rilascio.",
        deadlines: "Online il certificato è immediato. Allo sportello è rilasciato subito, durante l'appuntamento. I certificati storici che richiedono una ricerca in archivio sono pronti di norma entro 30 giorni.",
        cost: paras(
          "Online su ANPR non si pagano diritti di segreteria. Se il certificato non è esente, l'imposta di bollo da € 16,00 si paga online con pagoPA.",
          "Allo sportello: una marca da bollo da € 16,00, salvo i casi di esenzione previsti dalla legge, più i diritti di segreteria stabiliti per legge (pochi centesimi). I certificati di stato civile (per esempio l'estratto di nascita) sono sempre esenti dal bollo.",
        ),
        access: paras(
          "Online sul portale ANPR del Ministero dell'Interno, con SPID, CIE o CNS, a qualsiasi ora.",
          "Allo sportello dei Servizi Demografici in Piazza Martiri della Libertà 1, su appuntamento.",
        ),
        conditions: condIt("online il certificato è immediato; allo sportello è rilasciato durante l'appuntamento", {
          declarations: false,
          intro:
            "Il servizio online è del Ministero dell'Interno (ANPR), che tratta i dati come titolare per la parte che lo riguarda. Usare un certificato in bollo senza avere pagato l'imposta, o dichiarare un'esenzione che non spetta, è una violazione fiscale punita con una sanzione.",
        }),
        keywords: "certificato certificati anagrafe residenza stato di famiglia nascita matrimonio cittadinanza esistenza in vita stato libero anpr online scaricare bollo autocertificazione",
      },
      en: {
        title: "Registry certificates",
        summary: "Download your certificates of residence, family status, birth and more yourself, straight away, from the national population register (ANPR), or ask for them at the counter.",
        audience: "Anyone registered with the population register of an Italian Comune who needs a certificate for themselves or a family member.",
        audienceType: "Citizens",
        description: paras(
          "A registry certificate states the data held in the population register: where you live, who belongs to your household, your marital status, citizenship and more.",
          "On the portal of the national population register (ANPR) you can download by yourself, for you or a member of your registered household, these certificates:",
          list(
            "residence, including AIRE for those who live abroad;",
            "family status, also with family relationships;",
            "registry certificate of birth, marriage and civil union;",
            "citizenship, proof of life, marital status, unmarried status;",
            "residence in a shared household (convivenza) and cohabitation agreement.",
          ),
          "The downloaded certificate has an electronic seal and a QR code that proves it is genuine. It is as valid as the one from the counter.",
          "Remember: public offices, schools, hospitals and public service providers (electricity, gas, transport) may not ask you for certificates. Your self-declaration (autocertificazione), which is free, is enough for them. Certificates are needed only in dealings between private parties, for example with a bank or a notary.",
        ),
        howTo: paras(
          "Online:",
          steps(
            "Go to the ANPR portal and choose \"Certificates\".",
            "Log in with SPID, CIE or CNS.",
            "Choose the person and the type of certificate.",
            "State whether the certificate is subject to stamp duty or exempt, and what it is for.",
            "Download the PDF, or receive it by e-mail.",
          ),
          "At the counter: book an appointment with the Civil Registry Services, bring an identity document and, if the certificate is subject to stamp duty, a revenue stamp. Historical certificates (for example the household as it was on a past date) can be requested only at the counter.",
        ),
        needed: list(
          "SPID, CIE or CNS for the online service",
          "An identity document, at the counter",
          "The reason for the exemption from stamp duty, if you are entitled to it (for example for pension, adoption or separation proceedings)",
          "A € 16.00 revenue stamp, at the counter, if the certificate is not exempt",
        ),
        outcome: "You receive the certificate as a PDF or on paper. A registry certificate is valid for 6 months from the date of issue.",
        deadlines: "Online the certificate is immediate. At the counter it is issued at once, during the appointment. Historical certificates that need a search in the archive are normally ready within 30 days.",
        cost: paras(
          "Online on ANPR there are no administrative fees. If the certificate is not exempt, the € 16.00 stamp duty is paid online with pagoPA.",
          "At the counter: a € 16.00 revenue stamp, except in the exemptions provided by law, plus the administrative fees set by law (a few cents). Civil status certificates (for example the extract of a birth record) are always exempt from stamp duty.",
        ),
        access: paras(
          "Online on the ANPR portal of the Ministry of the Interior, with SPID, CIE or CNS, at any time.",
          "At the Civil Registry Services counter in Piazza Martiri della Libertà 1, by appointment.",
        ),
        conditions: condEn("online the certificate is immediate; at the counter it is issued during the appointment", {
          declarations: false,
          intro:
            "The online service belongs to the Ministry of the Interior (ANPR), which processes the data as controller for its part. Using a certificate subject to stamp duty without paying it, or declaring an exemption you are not entitled to, is a tax offence punished with a penalty.",
        }),
        keywords: "certificate certificates registry office residence family status birth marriage citizenship proof of life unmarried anpr online download stamp duty self-declaration",
      },
    },
  },
  {
    slug: "cambio-residenza",
    category: "anagrafe-e-stato-civile",
    office: "servizi-demografici",
    topics: ["residenza", "anagrafe", "immigrazione"],
    onlineUrl: desk("cambio-residenza"),
    bookable: true,
    featuredRank: 5,
    conditionsUrl: conditionsUrl("cambio-residenza"),
    text: {
      it: {
        title: "Cambio di residenza",
        summary: "Dichiara che sei venuto ad abitare a Seregno, da un altro Comune o dall'estero, o che hai cambiato indirizzo in città. Puoi farlo online.",
        audience: "Chi si trasferisce a Seregno da un altro Comune o dall'estero, e chi cambia casa dentro Seregno.",
        audienceType: "Cittadini",
        description: paras(
          "La residenza è il luogo dove abiti abitualmente. Quando cambi casa devi dichiararlo al Comune dove vai ad abitare: il vecchio Comune è avvisato in automatico.",
          "La dichiarazione la fa una persona maggiorenne per sé e per i familiari che si spostano con lei. Gli altri maggiorenni che si trasferiscono devono firmarla anche loro.",
          "Per dichiarare la residenza devi avere un titolo per stare nella casa: per esempio sei proprietario, hai un contratto di affitto registrato o un comodato, oppure il proprietario ti ospita e lo dichiara (decreto-legge 47/2014, articolo 5).",
          "Dopo la registrazione, la Polizia Locale verifica che tu abiti davvero all'indirizzo dichiarato. I cittadini stranieri devono avere anche i documenti di soggiorno richiesti dalla legge.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Cambio di residenza».",
            "Scrivi il nuovo indirizzo, con scala, piano e interno.",
            "Indica le persone che si trasferiscono con te e, se ci sono, quelle che abitano già nella casa.",
            "Indica il titolo con cui occupi la casa e allega il documento.",
            "Scrivi le targhe dei veicoli e il numero della patente: la Motorizzazione aggiornerà i dati.",
            "Allega i documenti d'identità di tutti i maggiorenni e la loro firma sulla dichiarazione.",
            "Invia la dichiarazione e conserva la ricevuta.",
          ),
          "Puoi anche fare la dichiarazione sul portale ANPR, mandarla per PEC o e-mail con i documenti, o presentarla allo sportello su appuntamento.",
        ),
        needed: list(
          "Documento d'identità e codice fiscale di tutte le persone che si trasferiscono",
          "Il documento che dimostra il titolo per abitare nella casa: atto di acquisto, contratto di affitto registrato, comodato, oppure dichiarazione del proprietario che ti ospita",
          "Targhe dei veicoli intestati e numero della patente",
          "Per i cittadini dell'Unione Europea: i documenti su lavoro, risorse economiche e assicurazione sanitaria richiesti dalla legge",
          "Per i cittadini di altri Paesi: passaporto e permesso di soggiorno (o la ricevuta della domanda di rinnovo)",
        ),
        outcome: "Entro 2 giorni lavorativi sei iscritto all'indirizzo nuovo, con effetto dalla data della dichiarazione. Dopo la verifica la residenza è confermata.",
        deadlines: paras(
          "Fai la dichiarazione entro 20 giorni da quando sei andato ad abitare nella casa nuova.",
          "Il Comune registra la residenza entro 2 giorni lavorativi e fa gli accertamenti entro 45 giorni. Se entro 45 giorni non ricevi comunicazioni su requisiti mancanti, la residenza è confermata (decreto-legge 5/2012, articolo 5).",
        ),
        cost: "Gratuito.",
        access: paras(
          ONLINE_IT,
          "Sul portale ANPR del Ministero dell'Interno; per PEC a seregno.protocollo@actaliscertymail.it o per e-mail ad anagrafe@comune.seregno.mb.it con i documenti allegati; allo sportello dei Servizi Demografici su appuntamento.",
        ),
        conditions: condIt("la residenza è registrata entro 2 giorni lavorativi dalla dichiarazione e gli accertamenti si chiudono entro 45 giorni", {
          intro:
            "Se dagli accertamenti risulta che non abiti all'indirizzo dichiarato, la residenza è annullata e torni alla posizione di prima. Chi dichiara il falso è denunciato e perde gli eventuali benefici ottenuti. Ricorda di iscriverti anche alla TARI: il cambio di residenza non lo fa per te.",
        }),
        keywords: "residenza cambio di residenza cambio indirizzo trasferimento trasloco iscrizione anagrafica immigrazione da altro comune dall'estero dichiarazione anpr",
      },
      en: {
        title: "Change of residence",
        summary: "Declare that you have come to live in Seregno, from another Comune or from abroad, or that you have changed address within the town. You can do it online.",
        audience: "Anyone moving to Seregno from another Comune or from abroad, and anyone moving house within Seregno.",
        audienceType: "Citizens",
        description: paras(
          "Your residence is the place where you usually live. When you move you must declare it to the Comune where you go to live: the old Comune is informed automatically.",
          "The declaration is made by one adult for themselves and for the family members moving with them. The other adults who move must sign it too.",
          "To declare residence you must have a right to stay in the home: for example you own it, you have a registered lease or a free-loan agreement, or the owner hosts you and says so (Decree-Law 47/2014, article 5).",
          "After registration, the Local Police checks that you really live at the address declared. Foreign citizens must also have the residence documents required by law.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Change of residence\".",
            "Enter the new address, with staircase, floor and flat number.",
            "List the people moving with you and, if any, those who already live in the home.",
            "State your right to occupy the home and attach the document.",
            "Enter your vehicles' number plates and your driving licence number: the Motor Vehicle Office will update the data.",
            "Attach the identity documents of all the adults and their signature on the declaration.",
            "Send the declaration and keep the receipt.",
          ),
          "You can also make the declaration on the ANPR portal, send it by PEC or e-mail with the documents, or hand it in at the counter by appointment.",
        ),
        needed: list(
          "Identity document and tax code of everyone who is moving",
          "The document that shows your right to live in the home: deed of purchase, registered lease, free-loan agreement, or a statement from the owner who hosts you",
          "Number plates of the vehicles in your name and driving licence number",
          "For European Union citizens: the documents on work, financial resources and health insurance required by law",
          "For citizens of other countries: passport and residence permit (or the receipt of the renewal application)",
        ),
        outcome: "Within 2 working days you are registered at the new address, with effect from the date of the declaration. After the check your residence is confirmed.",
        deadlines: paras(
          "Make the declaration within 20 days of moving into the new home.",
          "The Comune registers the residence within 2 working days and carries out its checks within 45 days. If within 45 days you receive no notice of missing requirements, the residence is confirmed (Decree-Law 5/2012, article 5).",
        ),
        cost: "Free.",
        access: paras(
          ONLINE_EN,
          "On the ANPR portal of the Ministry of the Interior; by PEC to seregno.protocollo@actaliscertymail.it or by e-mail to anagrafe@comune.seregno.mb.it with the documents attached; at the Civil Registry Services counter by appointment.",
        ),
        conditions: condEn("the residence is registered within 2 working days of the declaration and the checks are completed within 45 days", {
          intro:
            "If the checks show that you do not live at the address declared, the registration is cancelled and you return to your previous position. Anyone who makes a false declaration is reported to the police and loses any benefit obtained. Remember to register for TARI too: the change of residence does not do it for you.",
        }),
        keywords: "residence change of residence change of address moving house relocation registration registry immigration from another comune from abroad declaration anpr",
      },
    },
  },
  {
    slug: "carta-identita-elettronica",
    category: "anagrafe-e-stato-civile",
    office: "servizi-demografici",
    topics: ["anagrafe", "viaggi"],
    bookable: true,
    featuredRank: 4,
    conditionsUrl: conditionsUrl("carta-identita-elettronica"),
    text: {
      it: {
        title: "Carta d'identità elettronica",
        summary: "Chiedi la carta d'identità elettronica (CIE): è il documento di riconoscimento, vale per viaggiare in molti Paesi e serve per entrare nei servizi online.",
        audience: "Cittadini italiani e stranieri residenti a Seregno, di qualsiasi età, alla prima richiesta, alla scadenza, o in caso di furto, smarrimento o deterioramento.",
        audienceType: "Cittadini",
        description: paras(
          "La carta d'identità elettronica (CIE) è una tessera con un microchip, stampata dall'Istituto Poligrafico e Zecca dello Stato. Serve per farsi riconoscere, per viaggiare nei Paesi che la accettano (per i cittadini italiani) e per entrare nei siti della pubblica amministrazione, come questo sportello.",
          "Dal 3 agosto 2026 la vecchia carta d'identità di carta non è più valida, anche se la data di scadenza scritta è successiva (Regolamento UE 2019/1157). Se hai ancora quella di carta, chiedi la CIE.",
          "La CIE dura 3 anni per i bambini sotto i 3 anni, 5 anni dai 3 ai 18 anni e 10 anni per i maggiorenni. Scade il giorno del tuo compleanno. Puoi rinnovarla da 180 giorni prima della scadenza.",
          "Allo sportello puoi anche dire se vuoi donare gli organi dopo la morte: la scelta è registrata nel Sistema informativo trapianti e puoi cambiarla quando vuoi.",
        ),
        howTo: paras(
          steps(
            "Prenota un appuntamento con i Servizi Demografici con il pulsante «Prenota appuntamento».",
            "Vieni all'appuntamento di persona con i documenti richiesti e la fototessera.",
            "L'operatore controlla i dati, prende le impronte digitali (dai 12 anni in su) e la tua firma.",
            "Paga allo sportello con carta o bancomat, o con pagoPA.",
            "Ricevi la ricevuta con la prima metà dei codici PIN e PUK. La seconda metà arriva con la carta.",
            "La carta arriva per posta all'indirizzo che scegli, oppure la ritiri in Comune.",
          ),
          "Per i minori servono entrambi i genitori: per una carta valida per l'espatrio tutti e due devono dare l'assenso, oppure serve l'autorizzazione del giudice tutelare.",
        ),
        needed: list(
          "La vecchia carta d'identità, oppure la denuncia di furto o smarrimento fatta alle forze dell'ordine",
          "Una fototessera recente, a colori, su sfondo chiaro, senza occhiali scuri e senza copricapo (tranne per motivi religiosi, con il viso scoperto)",
          "La tessera sanitaria con il codice fiscale",
          "Per i minori: la presenza del minore e dei genitori",
          "Per i cittadini stranieri: il passaporto e il permesso di soggiorno valido",
        ),
        outcome: "Ricevi la carta d'identità elettronica con i codici PIN e PUK. Con il PIN puoi usarla per entrare nei servizi online con l'app CieID.",
        deadlines: "La carta arriva entro 6 giorni lavorativi dalla richiesta. Se ti serve per un viaggio, chiedila per tempo: l'attesa per l'appuntamento dipende dalle richieste.",
        cost: "€ 22,21, di cui € 16,79 per lo Stato (il costo di produzione) e il resto per i diritti del Comune. In caso di smarrimento, furto o deterioramento il costo può essere più alto: chiedi all'ufficio.",
        access: "Solo allo sportello dei Servizi Demografici, in Piazza Martiri della Libertà 1, su appuntamento. La richiesta va fatta di persona perché servono la firma e le impronte digitali. Chi non può uscire di casa per gravi motivi di salute può chiedere che l'operatore vada a domicilio.",
        conditions: condIt("la carta è consegnata entro 6 giorni lavorativi dalla richiesta", {
          intro:
            "La CIE è stampata e spedita dall'Istituto Poligrafico e Zecca dello Stato per conto del Ministero dell'Interno. Se la perdi o te la rubano, fai subito la denuncia e blocca la carta chiamando il numero indicato sul sito della CIE.",
        }),
        keywords: "carta d'identità elettronica cie documento identità rinnovo scaduta smarrita rubata espatrio foto impronte pin puk cieid prenotazione appuntamento carta cartacea",
      },
      en: {
        title: "Electronic identity card",
        summary: "Apply for the electronic identity card (CIE): it is your ID document, it is valid for travel to many countries and it lets you log in to online services.",
        audience: "Italian and foreign citizens resident in Seregno, of any age, applying for the first time, at expiry, or after theft, loss or damage.",
        audienceType: "Citizens",
        description: paras(
          "The electronic identity card (CIE) is a card with a microchip, printed by the State Printing Office and Mint (Poligrafico). It is used to prove who you are, to travel to the countries that accept it (for Italian citizens) and to log in to public administration websites, such as this desk.",
          "Since 3 August 2026 the old paper identity card is no longer valid, even if its printed expiry date is later (EU Regulation 2019/1157). If you still have a paper one, apply for the CIE.",
          "The CIE lasts 3 years for children under 3, 5 years from 3 to 18 and 10 years for adults. It expires on your birthday. You can renew it from 180 days before expiry.",
          "At the counter you can also say whether you wish to donate your organs after death: your choice is recorded in the national transplant information system and you can change it whenever you like.",
        ),
        howTo: paras(
          steps(
            "Book an appointment with the Civil Registry Services with the \"Book an appointment\" button.",
            "Come to the appointment in person with the required documents and the passport photo.",
            "The officer checks your details, takes your fingerprints (from age 12) and your signature.",
            "Pay at the counter by card, or with pagoPA.",
            "You receive the receipt with the first half of the PIN and PUK codes. The second half comes with the card.",
            "The card is posted to the address you choose, or you collect it at the town hall.",
          ),
          "For minors both parents are needed: for a card valid for travel abroad both must give consent, or the authorisation of the guardianship judge is required.",
        ),
        needed: list(
          "The old identity card, or the report of theft or loss made to the police",
          "A recent colour passport photo on a light background, without dark glasses and without headwear (except for religious reasons, with the face uncovered)",
          "Your health card with the tax code",
          "For minors: the minor and the parents must be present",
          "For foreign citizens: passport and a valid residence permit",
        ),
        outcome: "You receive the electronic identity card with the PIN and PUK codes. With the PIN you can use it to log in to online services with the CieID app.",
        deadlines: "The card arrives within 6 working days of the application. If you need it for a trip, apply in good time: the wait for an appointment depends on demand.",
        cost: "€ 22.21, of which € 16.79 goes to the State (the production cost) and the rest covers the Comune's fees. After loss, theft or damage the cost may be higher: ask the office.",
        access: "Only at the Civil Registry Services counter in Piazza Martiri della Libertà 1, by appointment. You must apply in person because your signature and fingerprints are needed. People who cannot leave home for serious health reasons can ask for the officer to visit them.",
        conditions: condEn("the card is delivered within 6 working days of the application", {
          intro:
            "The CIE is printed and posted by the State Printing Office and Mint on behalf of the Ministry of the Interior. If you lose it or it is stolen, report it at once and block the card by calling the number shown on the CIE website.",
        }),
        keywords: "electronic identity card cie id card identity document renewal expired lost stolen travel photo fingerprints pin puk cieid booking appointment paper id card",
      },
    },
  },
  {
    slug: "matrimonio-unione-civile",
    category: "anagrafe-e-stato-civile",
    office: "servizi-demografici",
    topics: ["matrimonio"],
    bookable: true,
    conditionsUrl: conditionsUrl("matrimonio-unione-civile"),
    text: {
      it: {
        title: "Matrimonio civile e unione civile",
        summary: "Chiedi le pubblicazioni di matrimonio o la costituzione di un'unione civile e prenota la data della cerimonia in Comune.",
        audience: "Coppie maggiorenni che vogliono sposarsi con rito civile o religioso, o costituire un'unione civile, quando almeno uno dei due è residente a Seregno o vuole celebrare a Seregno.",
        audienceType: "Cittadini",
        description: paras(
          "Prima di sposarsi, in Comune o in chiesa con effetti civili, il Comune fa le pubblicazioni di matrimonio: un avviso pubblicato per almeno 8 giorni all'albo pretorio online, perché chiunque possa segnalare eventuali impedimenti. Dopo le pubblicazioni il matrimonio va celebrato entro 180 giorni.",
          "Per il matrimonio religioso le pubblicazioni si chiedono su richiesta del parroco o del ministro di culto.",
          "L'unione civile è riservata alle coppie dello stesso sesso (legge 76/2016). Non servono pubblicazioni: la coppia fa una richiesta all'ufficiale di stato civile, che verifica i requisiti e poi fissa la data in cui l'unione si costituisce davanti a due testimoni.",
          "La cerimonia civile è celebrata dal Sindaco o da un suo delegato, nelle sale del Comune indicate dalla Giunta.",
        ),
        howTo: paras(
          steps(
            "Prenota un appuntamento con lo Stato civile con il pulsante «Prenota appuntamento».",
            "All'appuntamento presentate la richiesta di pubblicazioni (o di unione civile) con i vostri documenti. L'ufficio raccoglie da sé i dati che ha già o che può chiedere ad altri Comuni.",
            "Firmate il verbale di richiesta.",
            "Dopo le pubblicazioni, concordate con l'ufficio la data, l'ora e la sala della cerimonia e indicate i due testimoni.",
          ),
          "Se uno dei due è cittadino straniero, serve il nulla osta al matrimonio del suo Paese, tradotto e legalizzato se richiesto.",
        ),
        needed: list(
          "Documenti d'identità validi di entrambi",
          "Codice fiscale di entrambi",
          "Per i cittadini stranieri: il nulla osta dell'autorità del proprio Paese e il passaporto",
          "Per chi è stato già sposato: la data della sentenza di divorzio o del decesso del coniuge",
          "Per la cerimonia: i dati e i documenti dei due testimoni maggiorenni",
        ),
        outcome: "Il matrimonio o l'unione civile sono registrati nei registri di stato civile. Potete poi chiedere il certificato o l'estratto dell'atto.",
        deadlines: "Le pubblicazioni restano esposte almeno 8 giorni; il matrimonio va celebrato dal 4° giorno dopo la fine delle pubblicazioni ed entro 180 giorni. Chiedete le pubblicazioni almeno un mese prima della data desiderata.",
        cost: "Per le pubblicazioni serve una marca da bollo da € 16,00 (due se gli sposi risiedono in Comuni diversi). La celebrazione in orario d'ufficio è gratuita per i residenti; per le cerimonie in altri orari o sale, o per i non residenti, può esserci una tariffa decisa dal Comune.",
        access: "Allo sportello dello Stato civile, in Piazza Martiri della Libertà 1, su appuntamento. Per le informazioni puoi scrivere ad anagrafe@comune.seregno.mb.it.",
        conditions: condIt("le pubblicazioni sono esposte entro pochi giorni dalla richiesta completa, quando l'ufficio ha ricevuto tutti i documenti", {
          intro:
            "Gli sposi e le parti dell'unione civile dichiarano di non avere impedimenti previsti dalla legge. Chi dichiara il falso su stato civile e impedimenti ne risponde penalmente.",
        }),
        keywords: "matrimonio civile sposarsi nozze pubblicazioni unione civile stato civile cerimonia sala municipio testimoni nulla osta",
      },
      en: {
        title: "Civil marriage and civil union",
        summary: "Apply for the marriage banns or for a civil union and book the date of the ceremony at the town hall.",
        audience: "Adult couples who want to marry in a civil or religious ceremony, or enter a civil union, when at least one of them lives in Seregno or wishes to hold the ceremony in Seregno.",
        audienceType: "Citizens",
        description: paras(
          "Before marrying, at the town hall or in church with civil effects, the Comune publishes the marriage banns: a notice shown for at least 8 days on the online noticeboard, so that anyone can report an impediment. After the banns the marriage must take place within 180 days.",
          "For a religious marriage the banns are requested at the request of the parish priest or minister of religion.",
          "A civil union is reserved for same-sex couples (Law 76/2016). No banns are needed: the couple applies to the civil registrar, who checks the requirements and then sets the date on which the union is formed before two witnesses.",
          "The civil ceremony is performed by the Mayor or a delegate, in the municipal halls chosen by the Town Council executive (Giunta).",
        ),
        howTo: paras(
          steps(
            "Book an appointment with the Civil Status Office with the \"Book an appointment\" button.",
            "At the appointment submit the request for banns (or for a civil union) with your documents. The office collects by itself the data it already has or can request from other Comuni.",
            "Sign the record of the request.",
            "After the banns, agree with the office the date, time and hall of the ceremony and name your two witnesses.",
          ),
          "If one of you is a foreign citizen, a certificate of no impediment to marriage from their country is needed, translated and legalised if required.",
        ),
        needed: list(
          "Valid identity documents for both",
          "Tax codes for both",
          "For foreign citizens: the certificate of no impediment from their country's authority and the passport",
          "For anyone previously married: the date of the divorce judgment or of the spouse's death",
          "For the ceremony: the details and documents of the two adult witnesses",
        ),
        outcome: "The marriage or civil union is entered in the civil status registers. You can then ask for the certificate or an extract of the record.",
        deadlines: "The banns are displayed for at least 8 days; the marriage can take place from the 4th day after the end of the banns and within 180 days. Ask for the banns at least a month before the date you want.",
        cost: "The banns require a € 16.00 revenue stamp (two if the spouses live in different Comuni). A ceremony during office hours is free for residents; ceremonies at other times or in other halls, or for non-residents, may carry a fee set by the Comune.",
        access: "At the Civil Status counter, Piazza Martiri della Libertà 1, by appointment. For information you can write to anagrafe@comune.seregno.mb.it.",
        conditions: condEn("the banns are displayed within a few days of the complete request, once the office has received all the documents", {
          intro:
            "The spouses and the parties to the civil union declare that they have no impediment under the law. Anyone who makes false statements about their civil status and impediments is criminally liable.",
        }),
        keywords: "civil marriage getting married wedding banns civil union civil status ceremony town hall witnesses certificate of no impediment",
      },
    },
  },
  // ───────────────────────────── Edilizia e accesso agli atti ─────────────────────────────
  {
    slug: "pratiche-edilizie",
    category: "catasto-e-urbanistica",
    office: "edilizia",
    topics: ["urbanizzazione", "isolamento-termico"],
    onlineUrl: desk("pratiche-edilizie"),
    bookable: true,
    conditionsUrl: conditionsUrl("pratiche-edilizie"),
    text: {
      it: {
        title: "Pratiche edilizie: CILA, SCIA e permesso di costruire",
        summary: "Presenta online allo Sportello Unico per l'Edilizia le pratiche per fare lavori in casa o costruire: CILA, SCIA, permesso di costruire e agibilità.",
        audience: "Proprietari di immobili, condomìni, imprese e i tecnici (architetti, ingegneri, geometri) che presentano le pratiche per loro.",
        audienceType: "Cittadini, imprese e professionisti",
        description: paras(
          "Per molti lavori edilizi bisogna avvisare il Comune o chiedere un permesso. Il tipo di pratica dipende dai lavori (Testo unico dell'edilizia, D.P.R. 380/2001):",
          list(
            "edilizia libera: piccoli lavori come la manutenzione ordinaria (tinteggiare, cambiare pavimenti o sanitari) non richiedono pratiche;",
            "CILA (comunicazione di inizio lavori asseverata): per la manutenzione straordinaria che non tocca le strutture, per esempio spostare un muro interno non portante;",
            "SCIA (segnalazione certificata di inizio attività): per lavori che toccano le strutture dell'edificio o per il restauro;",
            "permesso di costruire: per le nuove costruzioni, gli ampliamenti e le ristrutturazioni più importanti;",
            "segnalazione certificata di agibilità: a fine lavori, per dichiarare che l'edificio è sicuro e utilizzabile.",
          ),
          "CILA, SCIA e permesso di costruire si presentano online e li firma digitalmente un tecnico abilitato, che assevera (cioè garantisce) che i lavori rispettano le regole. Se l'immobile è in una zona vincolata, può servire anche l'autorizzazione paesaggistica.",
        ),
        howTo: paras(
          steps(
            "Rivolgiti a un tecnico abilitato: ti dice quale pratica serve e prepara il progetto.",
            "Il tecnico entra nell'area personale con SPID o CIE, sceglie il tipo di pratica, compila i moduli unificati e allega gli elaborati firmati digitalmente.",
            "Si pagano online con pagoPA i diritti di segreteria e, se dovuto, il contributo di costruzione.",
            "Si invia la pratica: arriva subito la ricevuta con il numero di protocollo.",
            "Con CILA e SCIA i lavori possono iniziare dal giorno della presentazione; con il permesso di costruire, dopo il rilascio.",
            "A fine lavori il tecnico comunica la fine dei lavori e, quando serve, presenta la segnalazione di agibilità.",
          ),
          "Prima di presentare una pratica puoi chiedere un appuntamento con un tecnico dello Sportello per un parere.",
        ),
        needed: list(
          "Il progetto e la relazione tecnica firmati digitalmente dal tecnico",
          "Il titolo che ti permette di fare i lavori (proprietà, delega del proprietario, delibera del condominio)",
          "I dati dell'impresa che esegue i lavori e il suo DURC (documento di regolarità contributiva)",
          "Le autorizzazioni di altri enti, se servono (per esempio paesaggistica o dei Vigili del Fuoco)",
          "La ricevuta dei diritti di segreteria e, per il permesso di costruire, le marche da bollo",
        ),
        outcome: "Per la CILA e la SCIA ricevi la ricevuta di presentazione, che ti permette di iniziare i lavori. Per il permesso di costruire ricevi il permesso firmato. A fine lavori, con l'agibilità l'immobile può essere usato.",
        deadlines: paras(
          "SCIA: il Comune controlla entro 30 giorni e, se mancano i requisiti, ordina di fermare i lavori.",
          "Permesso di costruire: l'istruttoria si chiude entro 60 giorni dalla domanda e il permesso è rilasciato entro i 30 giorni successivi (articolo 20 del D.P.R. 380/2001). I lavori devono iniziare entro 1 anno dal rilascio e finire entro 3 anni dall'inizio.",
          "Agibilità: la segnalazione si presenta entro 15 giorni dalla fine dei lavori.",
        ),
        cost: "Si pagano i diritti di segreteria, secondo la tabella approvata dal Comune e diversi per ogni tipo di pratica. Per il permesso di costruire servono due marche da bollo da € 16,00 (domanda e rilascio). Per nuove costruzioni e ampliamenti si paga anche il contributo di costruzione (oneri di urbanizzazione e costo di costruzione), calcolato sul progetto. A questi si aggiunge il compenso del tecnico.",
        access: paras(
          "Online, dall'area personale di questo sportello: di solito la pratica la presenta il tecnico, con SPID o CIE e firma digitale.",
          "Per pareri e consultazioni: allo Sportello Unico per l'Edilizia in Piazza Martiri della Libertà 1, su appuntamento.",
        ),
        conditions: condIt("la SCIA è controllata entro 30 giorni; il permesso di costruire è rilasciato entro 90 giorni dalla domanda completa (60 per l'istruttoria e 30 per la decisione)", {
          intro:
            "Il tecnico che assevera una pratica ne garantisce la correttezza sotto la propria responsabilità anche penale. Il Comune controlla le pratiche, anche con sopralluoghi, e in caso di lavori non conformi applica le sanzioni del D.P.R. 380/2001.",
        }),
        keywords: "pratiche edilizie cila scia permesso di costruire agibilità lavori casa ristrutturazione manutenzione straordinaria sportello unico edilizia sue tecnico geometra architetto progetto oneri",
      },
      en: {
        title: "Building applications: CILA, SCIA and building permit",
        summary: "Submit building applications online to the One-Stop Shop for Building: CILA, SCIA, building permit and certificate of fitness for use, for works at home or new buildings.",
        audience: "Property owners, condominiums, companies and the professionals (architects, engineers, surveyors) who submit applications on their behalf.",
        audienceType: "Citizens, businesses and professionals",
        description: paras(
          "For many building works you must notify the Comune or obtain a permit. The type of application depends on the works (Consolidated Building Act, Presidential Decree 380/2001):",
          list(
            "free building works: small jobs such as ordinary maintenance (painting, replacing floors or bathroom fittings) need no application;",
            "CILA (certified notice of start of works): for extraordinary maintenance that does not touch the structure, for example moving an internal non-load-bearing wall;",
            "SCIA (certified notice of start of activity): for works that touch the building's structure or for restoration;",
            "building permit (permesso di costruire): for new buildings, extensions and the major renovations;",
            "certified notice of fitness for use (agibilità): at the end of the works, to declare that the building is safe and usable.",
          ),
          "CILA, SCIA and building permit applications are submitted online and digitally signed by a qualified professional, who certifies (assevera) that the works comply with the rules. If the property is in a protected area, a landscape authorisation may also be needed.",
        ),
        howTo: paras(
          steps(
            "Contact a qualified professional: they tell you which application you need and prepare the plans.",
            "The professional logs in to the personal area with SPID or CIE, chooses the type of application, fills in the standard forms and attaches the digitally signed drawings.",
            "The administrative fees and, where due, the building contribution are paid online with pagoPA.",
            "The application is sent: the receipt with the registration number arrives at once.",
            "With CILA and SCIA works can start on the day of submission; with a building permit, after it is issued.",
            "At the end of the works the professional reports the completion and, where needed, submits the notice of fitness for use.",
          ),
          "Before submitting an application you can ask for an appointment with one of the desk's technical staff for advice.",
        ),
        needed: list(
          "The plans and technical report digitally signed by the professional",
          "Proof of your right to carry out the works (ownership, owner's delegation, condominium resolution)",
          "The details of the company doing the works and its DURC (certificate of compliance with social security payments)",
          "Authorisations from other bodies, if needed (for example landscape or Fire Brigade)",
          "The receipt for the administrative fees and, for a building permit, the revenue stamps",
        ),
        outcome: "For CILA and SCIA you receive the receipt of submission, which allows you to start the works. For a building permit you receive the signed permit. At the end of the works, with the fitness for use the property can be used.",
        deadlines: paras(
          "SCIA: the Comune checks it within 30 days and, if the requirements are missing, orders the works to stop.",
          "Building permit: the assessment ends within 60 days of the application and the permit is issued within the following 30 days (article 20 of Presidential Decree 380/2001). Works must start within 1 year of issue and be completed within 3 years of starting.",
          "Fitness for use: the notice is submitted within 15 days of the end of the works.",
        ),
        cost: "Administrative fees are paid according to the table approved by the Comune, and differ for each type of application. A building permit requires two € 16.00 revenue stamps (application and issue). New buildings and extensions also pay the building contribution (urbanisation charges and construction cost), calculated on the project. The professional's fee comes on top.",
        access: paras(
          "Online, from the personal area of this desk: usually the application is submitted by the professional, with SPID or CIE and a digital signature.",
          "For advice and to consult records: at the One-Stop Shop for Building in Piazza Martiri della Libertà 1, by appointment.",
        ),
        conditions: condEn("a SCIA is checked within 30 days; a building permit is issued within 90 days of the complete application (60 for the assessment and 30 for the decision)", {
          intro:
            "The professional who certifies an application guarantees that it is correct under their own responsibility, including criminal liability. The Comune checks applications, including with inspections, and applies the penalties of Presidential Decree 380/2001 for non-compliant works.",
        }),
        keywords: "building application cila scia building permit planning permission fitness for use works at home renovation extraordinary maintenance one-stop shop sue surveyor architect plans charges",
      },
    },
  },
  {
    slug: "accesso-atti",
    category: "catasto-e-urbanistica",
    office: "urp",
    topics: ["accesso-all-informazione", "trasparenza-amministrativa"],
    onlineUrl: desk("accesso-atti"),
    bookable: true,
    conditionsUrl: conditionsUrl("accesso-atti"),
    text: {
      it: {
        title: "Accesso agli atti e accesso civico",
        summary: "Chiedi di vedere o avere copia di documenti del Comune, per esempio una pratica edilizia, oppure di dati e documenti che il Comune deve pubblicare.",
        audience: "Chiunque voglia vedere documenti, dati o informazioni del Comune: cittadini, imprese, associazioni, professionisti.",
        audienceType: "Cittadini",
        description: paras(
          "Ci sono tre tipi di accesso:",
          list(
            "accesso documentale (legge 241/1990): vedi o ottieni copia di un documento perché ti serve per tutelare un tuo interesse, per esempio il progetto della casa del vicino che ti toglie luce. Devi spiegare il motivo;",
            "accesso civico semplice (D.Lgs. 33/2013, articolo 5, comma 1): chiedi un documento o un dato che il Comune doveva pubblicare nella sezione Amministrazione trasparente e non ha pubblicato;",
            "accesso civico generalizzato (D.Lgs. 33/2013, articolo 5, comma 2): chiunque può chiedere dati e documenti del Comune, senza spiegare il motivo, salvo i limiti per proteggere altri interessi, come la privacy.",
          ),
          "Se la richiesta riguarda altre persone (controinteressati), il Comune le avvisa: hanno 10 giorni per opporsi in modo motivato.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Accesso agli atti e accesso civico».",
            "Scegli il tipo di accesso.",
            "Descrivi il documento nel modo più preciso possibile: di cosa si tratta, l'indirizzo, l'anno, il numero della pratica se lo conosci.",
            "Per l'accesso documentale, spiega il motivo e il tuo interesse.",
            "Indica se vuoi solo vedere il documento o averne una copia, su carta o in digitale.",
            "Invia la richiesta e conserva la ricevuta.",
          ),
          PEC_IT,
        ),
        needed: list(
          "Un documento d'identità, se non usi SPID, CIE o CNS",
          "La descrizione più precisa possibile dei documenti",
          "Per l'accesso documentale: il motivo della richiesta",
          "Se chiedi per conto di altri: la delega o l'incarico (per esempio del tecnico incaricato dal proprietario)",
        ),
        outcome: "Ricevi la risposta: puoi vedere i documenti in ufficio, su appuntamento, o ricevere le copie per e-mail, PEC o su carta. Se la richiesta è respinta, anche solo in parte, la risposta spiega perché.",
        deadlines: "Il Comune risponde entro 30 giorni dalla richiesta. Il tempo si ferma per i 10 giorni dati agli eventuali controinteressati per opporsi.",
        cost: "Vedere i documenti è gratuito. Per le copie su carta si paga il costo di riproduzione; le copie conformi all'originale (copie autentiche) richiedono la marca da bollo da € 16,00. Per le pratiche edilizie d'archivio possono esserci diritti di ricerca stabiliti dal Comune.",
        access: paras(
          ONLINE_IT,
          "All'Ufficio Relazioni con il Pubblico, in Piazza Martiri della Libertà 1, per consegnare la richiesta o vedere i documenti su appuntamento.",
        ),
        conditions: condIt("il Comune risponde entro 30 giorni dalla richiesta", {
          intro:
            "Se l'accesso documentale è negato o il Comune non risponde entro 30 giorni, puoi ricorrere al Tribunale amministrativo regionale (TAR) o chiedere il riesame al Difensore regionale entro 30 giorni. Per l'accesso civico puoi chiedere il riesame al Responsabile della prevenzione della corruzione e della trasparenza, che decide entro 20 giorni, e poi ricorrere al TAR.",
        }),
        keywords: "accesso agli atti accesso civico generalizzato foia copia documenti pratica edilizia archivio visione atti trasparenza richiesta documenti legge 241",
      },
      en: {
        title: "Access to documents and civic access",
        summary: "Ask to see or get a copy of documents held by the Comune, for example a building file, or of data and documents the Comune must publish.",
        audience: "Anyone who wants to see documents, data or information of the Comune: citizens, businesses, associations, professionals.",
        audienceType: "Citizens",
        description: paras(
          "There are three kinds of access:",
          list(
            "access to documents (Law 241/1990): you see or obtain a copy of a document because you need it to protect an interest of yours, for example the plans of your neighbour's house that blocks your light. You must explain the reason;",
            "simple civic access (Legislative Decree 33/2013, article 5, paragraph 1): you ask for a document or data that the Comune should have published in the Transparent Administration section and did not;",
            "generalised civic access (Legislative Decree 33/2013, article 5, paragraph 2): anyone can ask for data and documents of the Comune, without giving a reason, within the limits that protect other interests, such as privacy.",
          ),
          "If the request concerns other people (counter-interested parties), the Comune informs them: they have 10 days to object, giving reasons.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Access to documents and civic access\".",
            "Choose the kind of access.",
            "Describe the document as precisely as possible: what it is about, the address, the year, the file number if you know it.",
            "For access to documents, explain the reason and your interest.",
            "Say whether you only want to see the document or want a copy, on paper or digital.",
            "Send the request and keep the receipt.",
          ),
          PEC_EN,
        ),
        needed: list(
          "An identity document, if you do not use SPID, CIE or CNS",
          "The most precise description possible of the documents",
          "For access to documents: the reason for the request",
          "If you ask on behalf of others: the delegation or appointment (for example of the professional hired by the owner)",
        ),
        outcome: "You receive the reply: you can view the documents at the office, by appointment, or receive copies by e-mail, PEC or on paper. If the request is refused, even partly, the reply explains why.",
        deadlines: "The Comune replies within 30 days of the request. The clock stops for the 10 days given to any counter-interested parties to object.",
        cost: "Viewing documents is free. Paper copies cost the reproduction fee; copies certified as true to the original require a € 16.00 revenue stamp. For archived building files there may be search fees set by the Comune.",
        access: paras(
          ONLINE_EN,
          "At the Public Relations Office, Piazza Martiri della Libertà 1, to hand in the request or view the documents by appointment.",
        ),
        conditions: condEn("the Comune replies within 30 days of the request", {
          intro:
            "If access to documents is refused or the Comune does not reply within 30 days, you can appeal to the Regional Administrative Court (TAR) or ask the Regional Ombudsman (Difensore regionale) for a review within 30 days. For civic access you can ask for a review by the Officer for corruption prevention and transparency, who decides within 20 days, and then appeal to the TAR.",
        }),
        keywords: "access to documents civic access foia freedom of information copy documents building file archive view records transparency request law 241",
      },
    },
  },
  // ───────────────────────────── Servizi cimiteriali ─────────────────────────────
  {
    slug: "lampade-votive",
    category: "autorizzazioni",
    office: "servizi-cimiteriali",
    topics: ["morte"],
    onlineUrl: desk("lampade-votive"),
    conditionsUrl: conditionsUrl("lampade-votive"),
    text: {
      it: {
        title: "Lampade votive nei cimiteri",
        summary: "Chiedi di accendere una lampada votiva su una tomba, un loculo o un ossario dei cimiteri comunali, trasferirla a un altro familiare o disdirla.",
        audience: "Familiari e altre persone che vogliono una luce votiva sulla sepoltura di un defunto nei cimiteri di Seregno.",
        audienceType: "Cittadini",
        description: paras(
          "La lampada votiva è la piccola luce elettrica accesa in modo permanente su una tomba, un loculo, un ossario o una nicchia per le ceneri.",
          "Con questo servizio puoi:",
          list(
            "chiedere il primo allacciamento di una lampada;",
            "cambiare l'intestatario, per esempio se la persona che pagava è morta;",
            "cambiare l'indirizzo a cui arrivano gli avvisi di pagamento;",
            "disdire il servizio.",
          ),
          "Il servizio si paga ogni anno con un canone. L'intestatario riceve l'avviso di pagamento pagoPA.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Lampade votive nei cimiteri».",
            "Scegli cosa vuoi fare: attivazione, cambio di intestatario, cambio di indirizzo o disdetta.",
            "Indica il cimitero, il nome del defunto e la posizione della sepoltura (campo, numero del loculo o dell'ossario).",
            "Per l'attivazione, paga con pagoPA il contributo di allacciamento indicato nella domanda.",
            "Invia la domanda e conserva la ricevuta.",
          ),
        ),
        needed: list(
          "Nome e cognome del defunto e data della morte",
          "Cimitero e posizione della sepoltura",
          "Dati di chi diventa intestatario e paga il canone",
        ),
        outcome: "La lampada è accesa, trasferita o spenta. Per l'attivazione ricevi ogni anno l'avviso di pagamento del canone.",
        deadlines: "La lampada è accesa entro 30 giorni dalla domanda e dal pagamento dell'allacciamento. Il canone annuale si paga entro la scadenza scritta sull'avviso. La disdetta vale dall'anno successivo.",
        cost: "Si pagano un contributo di allacciamento, una volta sola, e un canone annuale, secondo le tariffe approvate dal Comune. Gli importi sono indicati nella domanda e nell'avviso di pagamento.",
        access: paras(
          ONLINE_IT,
          "Allo sportello dei Servizi Cimiteriali, in Piazza Martiri della Libertà 1, o per e-mail a cimiteri@comune.seregno.mb.it.",
        ),
        conditions: condIt("la lampada è accesa entro 30 giorni dalla domanda completa e dal pagamento dell'allacciamento", {
          intro:
            "Se il canone annuale non è pagato, dopo un sollecito la lampada può essere spenta. Guasti e lampade spente si segnalano con il servizio «Segnalare un disservizio» o ai Servizi Cimiteriali.",
        }),
        keywords: "lampade votive luce votiva lampada cimitero tomba loculo ossario defunto allacciamento canone disdetta",
      },
      en: {
        title: "Votive lamps in the cemeteries",
        summary: "Ask for a votive lamp to be lit on a grave, niche or ossuary in the municipal cemeteries, transfer it to another relative or cancel it.",
        audience: "Relatives and other people who want a votive light on the resting place of a deceased person in Seregno's cemeteries.",
        audienceType: "Citizens",
        description: paras(
          "A votive lamp is the small electric light that stays lit on a grave, a burial niche, an ossuary or an urn niche.",
          "With this service you can:",
          list(
            "ask for a lamp to be connected for the first time;",
            "change the account holder, for example if the person who paid has died;",
            "change the address where payment notices are sent;",
            "cancel the service.",
          ),
          "The service is paid every year with a fee. The account holder receives the pagoPA payment notice.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Votive lamps in the cemeteries\".",
            "Choose what you want to do: activation, change of holder, change of address or cancellation.",
            "Give the cemetery, the name of the deceased and the position of the resting place (field, niche or ossuary number).",
            "For activation, pay the connection charge shown in the application with pagoPA.",
            "Send the application and keep the receipt.",
          ),
        ),
        needed: list(
          "Name and surname of the deceased and date of death",
          "Cemetery and position of the resting place",
          "Details of the person who becomes the account holder and pays the fee",
        ),
        outcome: "The lamp is lit, transferred or switched off. After activation you receive the annual fee notice every year.",
        deadlines: "The lamp is lit within 30 days of the application and of the payment of the connection charge. The annual fee is paid by the due date on the notice. A cancellation takes effect from the following year.",
        cost: "You pay a one-off connection charge and an annual fee, according to the rates approved by the Comune. The amounts are shown in the application and on the payment notice.",
        access: paras(
          ONLINE_EN,
          "At the Cemetery Services counter, Piazza Martiri della Libertà 1, or by e-mail to cimiteri@comune.seregno.mb.it.",
        ),
        conditions: condEn("the lamp is lit within 30 days of the complete application and of the payment of the connection charge", {
          intro:
            "If the annual fee is not paid, after a reminder the lamp may be switched off. Faults and lamps that are out can be reported with the service \"Report a problem\" or to the Cemetery Services.",
        }),
        keywords: "votive lamp votive light cemetery grave niche ossuary deceased connection annual fee cancellation",
      },
    },
  },
  {
    slug: "concessioni-cimiteriali",
    category: "autorizzazioni",
    office: "servizi-cimiteriali",
    topics: ["morte"],
    bookable: true,
    conditionsUrl: conditionsUrl("concessioni-cimiteriali"),
    text: {
      it: {
        title: "Concessioni cimiteriali",
        summary: "Chiedi la concessione di un loculo, un ossario, una nicchia per le ceneri o una tomba di famiglia nei cimiteri comunali, oppure il suo rinnovo.",
        audience: "Familiari di una persona morta da seppellire nei cimiteri di Seregno, e chi chiede una sepoltura per sé quando il regolamento lo consente.",
        audienceType: "Famiglie",
        description: paras(
          "I posti nei cimiteri sono del Comune: il Comune li dà in concessione, cioè in uso, per un numero di anni stabilito dal Regolamento di polizia mortuaria. Alla scadenza la concessione si può rinnovare, se il regolamento lo prevede, oppure il posto torna al Comune.",
          "Si possono chiedere in concessione:",
          list(
            "loculi, per la tumulazione di una bara;",
            "ossari, per i resti dopo un'esumazione o un'estumulazione;",
            "nicchie cinerarie, per l'urna con le ceneri;",
            "tombe o cappelle di famiglia, quando sono disponibili.",
          ),
          "La sepoltura in terra nel campo comune (inumazione) non richiede una concessione e dura di norma 10 anni.",
        ),
        howTo: paras(
          steps(
            "In caso di decesso, l'impresa funebre scelta dalla famiglia di solito prende contatto con i Servizi Cimiteriali e segue la pratica.",
            "Prenota un appuntamento con i Servizi Cimiteriali, o chiedi all'impresa funebre di farlo per te.",
            "All'appuntamento scegli il tipo di sepoltura tra i posti disponibili e firma la domanda.",
            "Paga la tariffa della concessione con pagoPA.",
            "Firma il contratto di concessione.",
          ),
          "Per il rinnovo di una concessione in scadenza, il Comune avvisa gli intestatari; puoi anche chiedere tu un appuntamento.",
        ),
        needed: list(
          "Documento d'identità e codice fiscale di chi chiede la concessione",
          "Dati della persona defunta e autorizzazione alla sepoltura (la prepara l'ufficio di Stato civile)",
          "Per il rinnovo: il vecchio contratto di concessione, se lo hai",
          "Marche da bollo per il contratto, come indicato dall'ufficio",
        ),
        outcome: "Ricevi il contratto di concessione, che indica il posto, la durata e le persone che vi possono essere sepolte.",
        deadlines: "In caso di decesso la concessione è assegnata in tempo per la sepoltura. Per le altre richieste, l'ufficio risponde entro 30 giorni. Il rinnovo va chiesto prima della scadenza della concessione.",
        cost: "Il costo dipende dal tipo di sepoltura, dalla sua posizione e dalla durata, secondo le tariffe approvate dal Comune. Si aggiungono le spese del contratto (marca da bollo e, quando dovuta, imposta di registro). L'ufficio ti dice l'importo prima della firma.",
        access: "Allo sportello dei Servizi Cimiteriali, in Piazza Martiri della Libertà 1, su appuntamento. Per informazioni: cimiteri@comune.seregno.mb.it.",
        conditions: condIt("in caso di decesso l'assegnazione avviene in tempo per la sepoltura; per le altre richieste l'ufficio risponde entro 30 giorni", {
          intro:
            "La concessione dà il diritto di usare il posto, non la proprietà. Non si può vendere né cedere ad altri. Chi ha la concessione deve tenere in ordine la sepoltura; i lavori su tombe e lapidi richiedono l'autorizzazione del Comune.",
        }),
        keywords: "concessione cimiteriale cimitero loculo ossario cinerario nicchia ceneri tomba di famiglia cappella sepoltura tumulazione rinnovo defunto funerale",
      },
      en: {
        title: "Cemetery concessions",
        summary: "Apply for the concession of a burial niche, an ossuary, an urn niche or a family tomb in the municipal cemeteries, or for its renewal.",
        audience: "Relatives of a deceased person to be buried in Seregno's cemeteries, and people who ask for a resting place for themselves when the regulation allows it.",
        audienceType: "Families",
        description: paras(
          "Places in the cemeteries belong to the Comune: the Comune grants them in concession, that is for use, for a number of years set by the Mortuary Police Regulation. At expiry the concession can be renewed, if the regulation allows it, or the place returns to the Comune.",
          "You can apply for the concession of:",
          list(
            "burial niches (loculi), for entombment of a coffin;",
            "ossuaries, for the remains after an exhumation;",
            "urn niches, for the urn with the ashes;",
            "family tombs or chapels, when available.",
          ),
          "Burial in the ground in the common field (inhumation) does not require a concession and normally lasts 10 years.",
        ),
        howTo: paras(
          steps(
            "After a death, the funeral director chosen by the family usually contacts the Cemetery Services and handles the paperwork.",
            "Book an appointment with the Cemetery Services, or ask the funeral director to do it for you.",
            "At the appointment choose the type of resting place among those available and sign the application.",
            "Pay the concession fee with pagoPA.",
            "Sign the concession contract.",
          ),
          "To renew a concession that is about to expire, the Comune notifies the holders; you can also book an appointment yourself.",
        ),
        needed: list(
          "Identity document and tax code of the applicant",
          "Details of the deceased and the burial authorisation (prepared by the Civil Status Office)",
          "For renewal: the old concession contract, if you have it",
          "Revenue stamps for the contract, as indicated by the office",
        ),
        outcome: "You receive the concession contract, which states the place, the duration and the people who may be buried there.",
        deadlines: "After a death the concession is assigned in time for the burial. For other requests, the office replies within 30 days. Renewal must be requested before the concession expires.",
        cost: "The cost depends on the type of resting place, its position and the duration, according to the rates approved by the Comune. Contract costs come on top (revenue stamp and, where due, registration tax). The office tells you the amount before you sign.",
        access: "At the Cemetery Services counter, Piazza Martiri della Libertà 1, by appointment. Information: cimiteri@comune.seregno.mb.it.",
        conditions: condEn("after a death the place is assigned in time for the burial; for other requests the office replies within 30 days", {
          intro:
            "The concession gives the right to use the place, not ownership. It cannot be sold or transferred to others. The holder must keep the resting place in good order; works on tombs and headstones require the Comune's authorisation.",
        }),
        keywords: "cemetery concession cemetery burial niche ossuary urn niche ashes family tomb chapel burial entombment renewal deceased funeral",
      },
    },
  },
  // ───────────────────────────── Servizi educativi ─────────────────────────────
  {
    slug: "mensa-scolastica",
    category: "educazione-e-formazione",
    office: "servizi-educativi",
    topics: ["istruzione", "prodotti-alimentari"],
    onlineUrl: desk("mensa-scolastica"),
    bookable: true,
    featuredRank: 7,
    conditionsUrl: conditionsUrl("mensa-scolastica"),
    text: {
      it: {
        title: "Iscrizione alla mensa scolastica",
        summary: "Iscrivi tuo figlio alla mensa della scuola dell'infanzia, primaria o secondaria di primo grado e chiedi, se serve, una dieta speciale o la tariffa ridotta con l'ISEE.",
        audience: "Genitori o tutori di bambini e ragazzi che frequentano le scuole statali di Seregno con il servizio di refezione.",
        audienceType: "Famiglie",
        description: paras(
          "Il Comune organizza il pranzo nelle scuole dell'infanzia, nelle primarie e nelle secondarie di primo grado che hanno lezioni al pomeriggio. I menù sono preparati secondo le indicazioni dell'autorità sanitaria (ATS) e cambiano con le stagioni.",
          "Per usare la mensa devi iscrivere tuo figlio. Con l'iscrizione puoi anche chiedere:",
          list(
            "una dieta speciale per allergie, intolleranze o malattie, con il certificato del medico;",
            "una dieta per motivi religiosi o etici, per esempio senza carne di maiale o vegetariana;",
            "la tariffa ridotta in base all'ISEE (l'indicatore della situazione economica della famiglia).",
          ),
          "Si paga solo per i pasti consumati, con la tariffa che spetta alla tua famiglia.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Iscrizione alla mensa scolastica».",
            "Scrivi i dati del bambino, la scuola e la classe.",
            "Se serve, chiedi la dieta speciale e allega il certificato medico.",
            "Se vuoi la tariffa ridotta, indica di avere un ISEE valido: il Comune lo legge dalla banca dati dell'INPS.",
            "Invia la domanda e conserva la ricevuta.",
            "Paga i pasti con pagoPA, come indicato nella conferma di iscrizione.",
          ),
        ),
        needed: list(
          "Codice fiscale del genitore e del bambino",
          "Scuola e classe che frequenterà",
          "Per le diete speciali: il certificato del medico con la diagnosi e gli alimenti da evitare",
          "Per la tariffa ridotta: un'attestazione ISEE per prestazioni rivolte ai minorenni, valida",
        ),
        outcome: "Tuo figlio è iscritto alla mensa, con la dieta e la tariffa richieste. La conferma e le informazioni per pagare arrivano nell'area personale.",
        deadlines: "Le iscrizioni si aprono prima dell'inizio dell'anno scolastico, nel periodo indicato nelle Novità del sito. Ci si può iscrivere anche durante l'anno. La dieta speciale è attiva entro 10 giorni lavorativi dalla domanda completa.",
        cost: "Si paga una quota per ogni pasto, secondo le tariffe e le fasce ISEE approvate ogni anno dal Comune. Senza ISEE si paga la tariffa intera. L'iscrizione è gratuita.",
        access: paras(
          ONLINE_IT,
          "Per aiuto: Servizi Educativi, Piazza Martiri della Libertà 1, telefono 0362 263130, e-mail servizieducativi@comune.seregno.mb.it.",
        ),
        conditions: condIt("l'iscrizione è confermata entro 15 giorni dalla domanda; le diete speciali sono attive entro 10 giorni lavorativi", {
          intro:
            "Chi non paga i pasti riceve un sollecito; se il debito resta, il Comune procede al recupero delle somme. I dati sanitari per le diete speciali sono usati solo per preparare i pasti e sono visti solo dal personale che ne ha bisogno.",
        }),
        keywords: "mensa scolastica refezione pranzo scuola pasti iscrizione dieta speciale allergia intolleranza menù tariffa isee bambini primaria infanzia",
      },
      en: {
        title: "School meals enrolment",
        summary: "Enrol your child in the school canteen at nursery, primary or lower secondary school and ask, if needed, for a special diet or the reduced fee based on ISEE.",
        audience: "Parents or guardians of children attending Seregno's state schools that offer school meals.",
        audienceType: "Families",
        description: paras(
          "The Comune provides lunch in nursery schools, primary schools and lower secondary schools with afternoon lessons. The menus follow the guidance of the health authority (ATS) and change with the seasons.",
          "To use the canteen you must enrol your child. When enrolling you can also ask for:",
          list(
            "a special diet for allergies, intolerances or illnesses, with a doctor's certificate;",
            "a diet for religious or ethical reasons, for example without pork or vegetarian;",
            "the reduced fee based on ISEE (the indicator of the family's financial situation).",
          ),
          "You pay only for the meals eaten, at the rate that applies to your family.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"School meals enrolment\".",
            "Enter your child's details, the school and the class.",
            "If needed, ask for a special diet and attach the doctor's certificate.",
            "If you want the reduced fee, state that you have a valid ISEE: the Comune reads it from the INPS database.",
            "Send the application and keep the receipt.",
            "Pay for the meals with pagoPA, as explained in the enrolment confirmation.",
          ),
        ),
        needed: list(
          "Tax codes of the parent and the child",
          "School and class the child will attend",
          "For special diets: the doctor's certificate with the diagnosis and the foods to avoid",
          "For the reduced fee: a valid ISEE certificate for benefits to minors",
        ),
        outcome: "Your child is enrolled in the canteen, with the diet and fee requested. The confirmation and payment information arrive in your personal area.",
        deadlines: "Enrolment opens before the start of the school year, in the period announced in the News section of the website. You can also enrol during the year. A special diet is active within 10 working days of the complete application.",
        cost: "You pay a fee for each meal, according to the rates and ISEE bands approved each year by the Comune. Without an ISEE you pay the full rate. Enrolment is free.",
        access: paras(
          ONLINE_EN,
          "For help: Education Services, Piazza Martiri della Libertà 1, telephone 0362 263130, e-mail servizieducativi@comune.seregno.mb.it.",
        ),
        conditions: condEn("enrolment is confirmed within 15 days of the application; special diets are active within 10 working days", {
          intro:
            "Anyone who does not pay for the meals receives a reminder; if the debt remains, the Comune moves to recover the amounts. Health data for special diets are used only to prepare the meals and are seen only by the staff who need them.",
        }),
        keywords: "school meals school canteen lunch school dinners enrolment special diet allergy intolerance menu fee isee children primary nursery",
      },
    },
  },
  {
    slug: "trasporto-scolastico",
    category: "educazione-e-formazione",
    office: "servizi-educativi",
    topics: ["istruzione", "trasporto-pubblico"],
    onlineUrl: desk("trasporto-scolastico"),
    conditionsUrl: conditionsUrl("trasporto-scolastico"),
    text: {
      it: {
        title: "Iscrizione al trasporto scolastico",
        summary: "Chiedi che tuo figlio usi lo scuolabus del Comune per andare e tornare da scuola, se abita lontano dalla scuola e lungo i percorsi del servizio.",
        audience: "Genitori o tutori di alunni delle scuole dell'infanzia, primarie e secondarie di primo grado di Seregno che abitano lontano dalla scuola.",
        audienceType: "Famiglie",
        description: paras(
          "Il trasporto scolastico porta gli alunni da fermate vicine a casa fino a scuola e ritorno, sui percorsi e negli orari decisi ogni anno dal Comune.",
          "I posti sono limitati. Se le domande sono più dei posti, il Comune fa una graduatoria secondo i criteri pubblicati, per esempio la distanza da scuola e la presenza di bambini con disabilità.",
          "Sullo scuolabus c'è, quando previsto, un accompagnatore per i bambini più piccoli. Alla fermata il bambino deve essere preso da un genitore o da un adulto delegato, salvo i casi in cui la legge permette l'uscita autonoma dei ragazzi.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Iscrizione al trasporto scolastico».",
            "Scrivi i dati dell'alunno, la scuola e l'indirizzo di casa.",
            "Scegli la fermata e indica gli adulti delegati a prendere il bambino.",
            "Se vuoi la tariffa ridotta, indica di avere un ISEE valido.",
            "Invia la domanda. Quando la domanda è accolta, paghi la quota con pagoPA.",
          ),
        ),
        needed: list(
          "Codice fiscale del genitore e dell'alunno",
          "Scuola, classe e indirizzo di casa",
          "Nomi e documenti degli adulti delegati a prendere il bambino alla fermata",
          "Per la tariffa ridotta: un'attestazione ISEE valida",
        ),
        outcome: "Se la domanda è accolta, ricevi la conferma con la fermata, gli orari e la quota da pagare.",
        deadlines: "Le iscrizioni si fanno prima dell'inizio dell'anno scolastico, nel periodo indicato nelle Novità del sito. Le domande fuori termine sono accolte solo se ci sono posti liberi. Il Comune risponde entro 30 giorni dalla chiusura delle iscrizioni.",
        cost: "Si paga una quota annuale o a rate, secondo le tariffe approvate ogni anno dal Comune, con riduzioni per ISEE e per più figli se previste. L'importo è indicato nella conferma.",
        access: paras(
          ONLINE_IT,
          "Per aiuto: Servizi Educativi, Piazza Martiri della Libertà 1, telefono 0362 263130.",
        ),
        conditions: condIt("il Comune risponde entro 30 giorni dalla chiusura delle iscrizioni", {
          intro:
            "Il servizio può cambiare percorsi e orari per motivi di sicurezza o di organizzazione: le famiglie sono avvisate per tempo. Comportamenti pericolosi sullo scuolabus possono portare alla sospensione dal servizio.",
        }),
        keywords: "trasporto scolastico scuolabus pulmino scuola fermata iscrizione alunni bambini percorso tariffa",
      },
      en: {
        title: "School transport enrolment",
        summary: "Ask for your child to use the Comune's school bus to and from school, if you live far from the school and along the service's routes.",
        audience: "Parents or guardians of pupils at Seregno's nursery, primary and lower secondary schools who live far from the school.",
        audienceType: "Families",
        description: paras(
          "School transport takes pupils from stops near home to school and back, on the routes and at the times decided each year by the Comune.",
          "Places are limited. If there are more applications than places, the Comune draws up a ranking according to the published criteria, for example the distance from school and children with disabilities.",
          "Where provided, an escort travels on the school bus for the youngest children. At the stop the child must be collected by a parent or a delegated adult, except where the law allows older pupils to go home on their own.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"School transport enrolment\".",
            "Enter the pupil's details, the school and your home address.",
            "Choose the stop and name the adults allowed to collect the child.",
            "If you want the reduced fee, state that you have a valid ISEE.",
            "Send the application. When it is accepted, you pay the fee with pagoPA.",
          ),
        ),
        needed: list(
          "Tax codes of the parent and the pupil",
          "School, class and home address",
          "Names and documents of the adults allowed to collect the child at the stop",
          "For the reduced fee: a valid ISEE certificate",
        ),
        outcome: "If the application is accepted, you receive a confirmation with the stop, the times and the fee to pay.",
        deadlines: "Enrolment takes place before the start of the school year, in the period announced in the News section of the website. Late applications are accepted only if places are free. The Comune replies within 30 days of the close of enrolment.",
        cost: "You pay an annual fee or instalments, according to the rates approved each year by the Comune, with reductions for ISEE and for siblings where provided. The amount is stated in the confirmation.",
        access: paras(
          ONLINE_EN,
          "For help: Education Services, Piazza Martiri della Libertà 1, telephone 0362 263130.",
        ),
        conditions: condEn("the Comune replies within 30 days of the close of enrolment", {
          intro:
            "The service may change routes and times for safety or organisational reasons: families are told in good time. Dangerous behaviour on the school bus may lead to suspension from the service.",
        }),
        keywords: "school transport school bus minibus school stop enrolment pupils children route fee",
      },
    },
  },
  {
    slug: "asilo-nido-iscrizione",
    category: "educazione-e-formazione",
    office: "servizi-educativi",
    topics: ["istruzione", "nascita"],
    onlineUrl: desk("asilo-nido-iscrizione"),
    bookable: true,
    conditionsUrl: conditionsUrl("asilo-nido-iscrizione"),
    text: {
      it: {
        title: "Iscrizione all'asilo nido comunale",
        summary: "Chiedi un posto per tuo figlio da 3 mesi a 3 anni in un asilo nido comunale di Seregno. La retta dipende dall'ISEE della famiglia.",
        audience: "Genitori o tutori di bambini tra 3 e 36 mesi, residenti a Seregno.",
        audienceType: "Famiglie",
        description: paras(
          "Il nido accoglie bambini da 3 mesi a 3 anni. Educatrici ed educatori seguono i bambini nel gioco, nel pranzo e nel riposo, e lavorano insieme alle famiglie. L'inserimento è graduale, nelle prime settimane con la presenza di un genitore.",
          "Le domande sono messe in una graduatoria secondo i criteri approvati dal Comune (per esempio genitori che lavorano, fratelli, situazioni di fragilità). I posti si assegnano seguendo la graduatoria.",
          "Per la retta del nido puoi chiedere anche il Bonus asilo nido all'INPS, e le altre agevolazioni nazionali e regionali quando ci sono i requisiti.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Iscrizione all'asilo nido comunale».",
            "Scrivi i dati del bambino e della famiglia e scegli il nido e l'orario (tempo pieno o part-time).",
            "Indica le situazioni che danno punteggio e allega i documenti.",
            "Indica di avere un ISEE valido, per calcolare la retta.",
            "Invia la domanda. Controlla poi la graduatoria pubblicata e rispondi entro i termini se ti viene offerto un posto.",
          ),
          "Puoi visitare i nidi durante le giornate di «nido aperto» indicate nelle Novità del sito.",
        ),
        needed: list(
          "Codice fiscale del genitore e del bambino",
          "Informazioni sul lavoro dei genitori e sulla famiglia, per il punteggio",
          "Un'attestazione ISEE per prestazioni rivolte ai minorenni, valida",
          "Certificazioni di disabilità o di situazioni di fragilità, se ci sono",
        ),
        outcome: "Ricevi l'esito e la posizione in graduatoria. Se ti viene assegnato un posto, ricevi la data di inizio dell'inserimento e la retta mensile.",
        deadlines: "Le iscrizioni principali si fanno in primavera per l'anno educativo che inizia a settembre, nel periodo indicato nelle Novità del sito. Durante l'anno si può fare domanda per i posti che si liberano. La graduatoria è pubblicata entro 30 giorni dalla chiusura delle iscrizioni.",
        cost: "La retta mensile dipende dall'ISEE e dall'orario scelto, secondo le tariffe approvate dal Comune. Senza ISEE si paga la retta massima. La domanda è gratuita.",
        access: paras(
          ONLINE_IT,
          "Per aiuto o per un colloquio: Servizi Educativi, Piazza Martiri della Libertà 1, su appuntamento.",
        ),
        conditions: condIt("la graduatoria è pubblicata entro 30 giorni dalla chiusura delle iscrizioni", {
          intro:
            "Per frequentare il nido il bambino deve essere in regola con le vaccinazioni obbligatorie previste dalla legge 119/2017. Se la retta non è pagata, dopo i solleciti il posto può essere revocato.",
        }),
        keywords: "asilo nido nido comunale iscrizione bambini 0-3 anni neonati graduatoria retta isee bonus nido inserimento educatrici",
      },
      en: {
        title: "Municipal nursery enrolment",
        summary: "Apply for a place for your child aged 3 months to 3 years in a municipal nursery in Seregno. The fee depends on the family's ISEE.",
        audience: "Parents or guardians of children aged 3 to 36 months, resident in Seregno.",
        audienceType: "Families",
        description: paras(
          "The nursery welcomes children from 3 months to 3 years. Educators look after the children while they play, eat and rest, and work together with the families. Settling in is gradual, with a parent present during the first weeks.",
          "Applications are placed in a ranking according to the criteria approved by the Comune (for example working parents, siblings, situations of vulnerability). Places are assigned following the ranking.",
          "For the nursery fee you can also apply to INPS for the nursery bonus (Bonus asilo nido), and for the other national and regional relief when you meet the requirements.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Municipal nursery enrolment\".",
            "Enter the details of the child and the family and choose the nursery and the hours (full time or part time).",
            "State the situations that give points and attach the documents.",
            "State that you have a valid ISEE, so the fee can be calculated.",
            "Send the application. Then check the published ranking and reply in time if you are offered a place.",
          ),
          "You can visit the nurseries on the open days announced in the News section of the website.",
        ),
        needed: list(
          "Tax codes of the parent and the child",
          "Information on the parents' work and on the family, for the points",
          "A valid ISEE certificate for benefits to minors",
          "Certificates of disability or of situations of vulnerability, if any",
        ),
        outcome: "You receive the result and your position in the ranking. If you are given a place, you receive the settling-in start date and the monthly fee.",
        deadlines: "The main enrolment takes place in spring for the year starting in September, in the period announced in the News section of the website. During the year you can apply for places that become free. The ranking is published within 30 days of the close of enrolment.",
        cost: "The monthly fee depends on the ISEE and on the hours chosen, according to the rates approved by the Comune. Without an ISEE you pay the maximum fee. Applying is free.",
        access: paras(
          ONLINE_EN,
          "For help or a meeting: Education Services, Piazza Martiri della Libertà 1, by appointment.",
        ),
        conditions: condEn("the ranking is published within 30 days of the close of enrolment", {
          intro:
            "To attend the nursery the child must be up to date with the compulsory vaccinations required by Law 119/2017. If the fee is not paid, after reminders the place may be withdrawn.",
        }),
        keywords: "nursery crèche daycare municipal nursery enrolment children 0-3 years babies ranking fee isee nursery bonus settling in educators",
      },
    },
  },
  // ───────────────────────────── Servizi sociali ─────────────────────────────
  {
    slug: "contributi-economici",
    category: "salute-benessere-e-assistenza",
    office: "servizi-sociali",
    topics: ["assistenza-sociale", "integrazione-sociale"],
    onlineUrl: desk("contributi-economici"),
    bookable: true,
    conditionsUrl: conditionsUrl("contributi-economici"),
    text: {
      it: {
        title: "Contributi economici per persone e famiglie in difficoltà",
        summary: "Se tu o la tua famiglia siete in difficoltà economica, puoi chiedere ai Servizi Sociali un aiuto economico per le spese essenziali, come affitto e bollette.",
        audience: "Persone e famiglie residenti a Seregno che non riescono a pagare le spese essenziali.",
        audienceType: "Cittadini e famiglie",
        description: paras(
          "Il contributo economico è un aiuto in denaro, una tantum o per un periodo, per superare un momento difficile: per esempio per pagare l'affitto, le bollette, le spese per la salute o per i figli.",
          "Il contributo fa parte di un progetto concordato con l'assistente sociale, che può comprendere anche altri aiuti: orientamento al lavoro, sostegno alla famiglia, contatto con associazioni e servizi del territorio. Il progetto tiene conto anche delle misure nazionali, come l'Assegno di inclusione dell'INPS, e dei bandi regionali.",
          "L'importo e i criteri sono stabiliti dal Regolamento comunale per gli interventi sociali e dipendono dall'ISEE e dalla situazione della famiglia.",
        ),
        howTo: paras(
          steps(
            "Prenota un colloquio con il Segretariato sociale con il pulsante «Prenota appuntamento», oppure chiama lo 0362 263140.",
            "Al colloquio racconti la tua situazione all'assistente sociale, che valuta con te gli aiuti possibili.",
            "Se il contributo è adatto, presenti la domanda dall'area personale o allo sportello, con i documenti richiesti.",
            "L'assistente sociale prepara il progetto e il Comune decide sulla domanda.",
          ),
        ),
        needed: list(
          "Documento d'identità e codice fiscale",
          "Un'attestazione ISEE valida",
          "Documenti sulle spese per cui chiedi aiuto (contratto di affitto, bollette, spese mediche)",
          "Documenti su lavoro e redditi attuali, se sono cambiati dopo l'ISEE",
          "IBAN di un conto intestato a te, per ricevere il contributo",
        ),
        outcome: "Ricevi una risposta scritta. Se la domanda è accolta, il contributo è pagato con bonifico o, in alcuni casi, direttamente a chi deve riceverlo (per esempio il proprietario di casa o il fornitore della luce).",
        deadlines: "Il colloquio si fissa di norma entro 15 giorni dalla richiesta. Il Comune decide sulla domanda entro 30 giorni dalla presentazione completa. Nelle situazioni urgenti l'assistente sociale può attivare aiuti immediati.",
        cost: "Gratuito.",
        access: paras(
          "Su appuntamento ai Servizi Sociali, Piazza Martiri della Libertà 1. La domanda, dopo il colloquio, si può inviare anche dall'area personale di questo sportello con SPID, CIE o CNS.",
          "Se non puoi uscire di casa, l'assistente sociale può fare una visita a domicilio.",
        ),
        conditions: condIt("il Comune decide entro 30 giorni dalla domanda completa", {
          intro:
            "Chi riceve il contributo si impegna a rispettare il progetto concordato e a comunicare ogni cambiamento della propria situazione. I dati sulla salute e sulla situazione familiare sono trattati con la massima riservatezza e visti solo dagli operatori che seguono il caso.",
        }),
        keywords: "contributo economico aiuto economico sostegno soldi affitto bollette povertà difficoltà assistente sociale servizi sociali isee emergenza famiglia assegno di inclusione",
      },
      en: {
        title: "Financial support for people and families in difficulty",
        summary: "If you or your family are in financial difficulty, you can ask the Social Services for financial help with essential costs, such as rent and bills.",
        audience: "People and families resident in Seregno who cannot pay for essential costs.",
        audienceType: "Citizens and families",
        description: paras(
          "Financial support is a sum of money, one-off or for a period, to get through a hard time: for example to pay rent, bills, health costs or costs for the children.",
          "The support is part of a plan agreed with the social worker, which may also include other help: job guidance, family support, contact with local associations and services. The plan also takes into account national measures, such as the INPS inclusion allowance (Assegno di inclusione), and regional schemes.",
          "The amount and the criteria are set by the Comune's Regulation on social services and depend on the ISEE and on the family's situation.",
        ),
        howTo: paras(
          steps(
            "Book a meeting with the social information desk with the \"Book an appointment\" button, or call 0362 263140.",
            "At the meeting you explain your situation to the social worker, who looks at the possible kinds of help with you.",
            "If financial support is suitable, you submit the application from your personal area or at the counter, with the documents requested.",
            "The social worker prepares the plan and the Comune decides on the application.",
          ),
        ),
        needed: list(
          "Identity document and tax code",
          "A valid ISEE certificate",
          "Documents on the costs you need help with (lease, bills, medical costs)",
          "Documents on your current work and income, if they changed after the ISEE",
          "IBAN of an account in your name, to receive the support",
        ),
        outcome: "You receive a written reply. If the application is accepted, the support is paid by bank transfer or, in some cases, directly to whoever is owed the money (for example the landlord or the electricity supplier).",
        deadlines: "The meeting is normally set within 15 days of the request. The Comune decides on the application within 30 days of the complete submission. In urgent situations the social worker can arrange immediate help.",
        cost: "Free.",
        access: paras(
          "By appointment at the Social Services, Piazza Martiri della Libertà 1. After the meeting, the application can also be sent from the personal area of this desk with SPID, CIE or CNS.",
          "If you cannot leave home, the social worker can visit you.",
        ),
        conditions: condEn("the Comune decides within 30 days of the complete application", {
          intro:
            "Whoever receives the support undertakes to follow the agreed plan and to report any change in their situation. Data on health and family circumstances are handled in the strictest confidence and seen only by the staff following the case.",
        }),
        keywords: "financial support financial help benefit money rent bills poverty hardship social worker social services isee emergency family inclusion allowance",
      },
    },
  },
  {
    slug: "assistenza-domiciliare-anziani",
    category: "salute-benessere-e-assistenza",
    office: "servizi-sociali",
    topics: ["assistenza-sociale", "assistenza-agli-invalidi"],
    onlineUrl: desk("assistenza-domiciliare-anziani"),
    bookable: true,
    conditionsUrl: conditionsUrl("assistenza-domiciliare-anziani"),
    text: {
      it: {
        title: "Assistenza domiciliare per anziani e persone fragili",
        summary: "Chiedi l'aiuto di un operatore a casa per la cura della persona e le attività di tutti i giorni, per restare a vivere a casa tua il più a lungo possibile.",
        audience: "Persone anziane o con disabilità residenti a Seregno che hanno bisogno di aiuto nella vita quotidiana, e i loro familiari.",
        audienceType: "Anziani e persone con disabilità",
        description: paras(
          "Il servizio di assistenza domiciliare (SAD) manda a casa un operatore qualificato che aiuta la persona, per esempio:",
          list(
            "nell'igiene personale, nel vestirsi e nel muoversi in casa;",
            "nel preparare i pasti e nel mangiare;",
            "nel tenere in ordine gli ambienti di vita;",
            "nelle piccole commissioni, come la spesa o il ritiro delle ricette;",
            "nel mantenere i contatti con i familiari, il medico e i servizi.",
          ),
          "L'assistente sociale incontra la persona e la famiglia e prepara un piano di assistenza: quali aiuti, quante volte alla settimana e per quanto tempo. Il servizio non sostituisce le cure sanitarie (infermiere, fisioterapista), che si chiedono al medico di famiglia.",
          "Per le persone non autosufficienti ci sono anche buoni e voucher della Regione Lombardia, gestiti dall'Ambito territoriale di Seregno: l'assistente sociale ti aiuta a chiederli.",
        ),
        howTo: paras(
          steps(
            "Prenota un colloquio con i Servizi Sociali con il pulsante «Prenota appuntamento», oppure chiama lo 0362 263140. Può farlo anche un familiare.",
            "L'assistente sociale fa un colloquio e, se serve, una visita a casa.",
            "Presenta la domanda dall'area personale o allo sportello, con l'ISEE.",
            "Ricevi il piano di assistenza, con l'inizio del servizio e la quota da pagare.",
          ),
        ),
        needed: list(
          "Documento d'identità e codice fiscale della persona da assistere",
          "Un'attestazione ISEE valida (per le prestazioni socio-sanitarie, se la persona è non autosufficiente)",
          "Eventuali certificati medici o il verbale di invalidità",
          "Se chiede un familiare: la delega, o l'atto di nomina del tutore o amministratore di sostegno",
        ),
        outcome: "Un operatore viene a casa nei giorni e negli orari previsti dal piano di assistenza. Il piano è controllato periodicamente e cambia se cambiano i bisogni.",
        deadlines: "Il colloquio si fissa di norma entro 15 giorni dalla richiesta. Il servizio inizia entro 30 giorni dalla domanda completa, se ci sono posti disponibili; altrimenti la domanda entra in una lista d'attesa secondo i criteri del regolamento.",
        cost: "La persona assistita paga una quota oraria in base al proprio ISEE, secondo le tariffe approvate dal Comune. Chi ha un ISEE sotto la soglia stabilita dal regolamento non paga.",
        access: "Su appuntamento ai Servizi Sociali, Piazza Martiri della Libertà 1; la domanda si può inviare anche dall'area personale di questo sportello. Se la persona non può uscire, l'assistente sociale va a casa.",
        conditions: condIt("il servizio inizia entro 30 giorni dalla domanda completa, se ci sono posti disponibili", {
          intro:
            "Il servizio è svolto da operatori qualificati, anche di cooperative incaricate dal Comune, che sono tenuti al segreto professionale. Se la persona non può esserci a un appuntamento, la famiglia deve avvisare almeno il giorno prima.",
        }),
        keywords: "assistenza domiciliare sad anziani badante aiuto a casa operatore asa oss igiene personale non autosufficiente disabili voucher servizi sociali",
      },
      en: {
        title: "Home care for older and frail people",
        summary: "Ask for a care worker to help at home with personal care and everyday tasks, so you can go on living in your own home as long as possible.",
        audience: "Older people or people with disabilities resident in Seregno who need help in daily life, and their relatives.",
        audienceType: "Older people and people with disabilities",
        description: paras(
          "The home care service (SAD) sends a qualified care worker to the person's home to help, for example:",
          list(
            "with personal hygiene, dressing and moving around the house;",
            "with preparing meals and eating;",
            "with keeping the living space tidy;",
            "with small errands, such as shopping or collecting prescriptions;",
            "with keeping in touch with relatives, the doctor and services.",
          ),
          "The social worker meets the person and the family and prepares a care plan: what help, how many times a week and for how long. The service does not replace health care (nurse, physiotherapist), which is requested through the family doctor.",
          "For people who are not self-sufficient there are also vouchers from the Lombardy Region, managed by the Seregno local social services district (Ambito territoriale): the social worker helps you apply for them.",
        ),
        howTo: paras(
          steps(
            "Book a meeting with the Social Services with the \"Book an appointment\" button, or call 0362 263140. A relative can do it too.",
            "The social worker holds a meeting and, if needed, a home visit.",
            "Submit the application from your personal area or at the counter, with the ISEE.",
            "You receive the care plan, with the start of the service and the contribution to pay.",
          ),
        ),
        needed: list(
          "Identity document and tax code of the person to be cared for",
          "A valid ISEE certificate (for social and health benefits, if the person is not self-sufficient)",
          "Any medical certificates or the invalidity report",
          "If a relative applies: the delegation, or the appointment of the guardian or support administrator",
        ),
        outcome: "A care worker comes to the home on the days and at the times set in the care plan. The plan is reviewed regularly and changes if needs change.",
        deadlines: "The meeting is normally set within 15 days of the request. The service starts within 30 days of the complete application, if places are available; otherwise the application joins a waiting list according to the criteria of the regulation.",
        cost: "The person cared for pays an hourly contribution based on their ISEE, according to the rates approved by the Comune. People with an ISEE below the threshold set by the regulation pay nothing.",
        access: "By appointment at the Social Services, Piazza Martiri della Libertà 1; the application can also be sent from the personal area of this desk. If the person cannot go out, the social worker visits them at home.",
        conditions: condEn("the service starts within 30 days of the complete application, if places are available", {
          intro:
            "The service is provided by qualified workers, including from cooperatives appointed by the Comune, who are bound by professional secrecy. If the person cannot be at home for a visit, the family must give notice at least the day before.",
        }),
        keywords: "home care sad older people elderly carer help at home care worker personal hygiene not self-sufficient disabled voucher social services",
      },
    },
  },
  // ───────────────────────────── URP, ambiente ─────────────────────────────
  {
    slug: "segnalazione-disservizio",
    category: "ambiente",
    office: "urp",
    topics: ["comunicazione-istituzionale", "gestione-rifiuti", "spazio-verde"],
    onlineUrl: desk("segnalazione-disservizio"),
    featuredRank: 8,
    conditionsUrl: conditionsUrl("segnalazione-disservizio"),
    text: {
      it: {
        title: "Segnalare un disservizio",
        summary: "Segnala al Comune un problema in città, come una buca, un lampione spento o rifiuti abbandonati, oppure un servizio comunale che non ha funzionato.",
        audience: "Chiunque viva, lavori o passi per Seregno e voglia segnalare un problema o fare un reclamo.",
        audienceType: "Cittadini",
        description: paras(
          "Con questo servizio puoi segnalare:",
          list(
            "problemi in strade, marciapiedi e piste ciclabili: buche, cartelli rovinati, ostacoli;",
            "illuminazione pubblica guasta;",
            "rifiuti abbandonati, cestini pieni, raccolta non fatta;",
            "problemi nei parchi, nei giardini e negli alberi pubblici;",
            "edifici comunali, scuole e cimiteri che hanno bisogno di manutenzione;",
            "un servizio del Comune che non ha funzionato come promesso, anche questo sportello online: è un reclamo.",
          ),
          "La segnalazione arriva all'Ufficio Relazioni con il Pubblico (URP), che la passa all'ufficio o all'azienda che deve intervenire e ti tiene informato.",
          "Per i pericoli immediati, come un albero caduto sulla strada o un incidente, non usare questo servizio: chiama la Polizia Locale o il 112.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Segnalare un disservizio».",
            "Scegli il tipo di problema.",
            "Indica il luogo: l'indirizzo o il punto sulla mappa.",
            "Descrivi il problema con parole semplici e, se puoi, aggiungi una foto.",
            "Invia: ricevi una ricevuta con il numero della segnalazione e puoi seguirne lo stato nell'area personale.",
          ),
          "Se non hai SPID o CIE puoi scrivere a urp@comune.seregno.mb.it, chiamare lo 0362 263101 o venire all'URP.",
        ),
        needed: list(
          "Il luogo esatto del problema",
          "Una descrizione chiara",
          "Una o più foto, se puoi",
          "Per un reclamo su un servizio: il nome del servizio, la data e, se c'è, il numero della pratica",
        ),
        outcome: "Ricevi una risposta che dice cosa farà il Comune e quando, oppure perché non è possibile intervenire. Quando il problema è risolto, la segnalazione è chiusa.",
        deadlines: "Il Comune prende in carico la segnalazione entro 3 giorni lavorativi e risponde entro 30 giorni. I tempi dei lavori dipendono dal tipo di intervento.",
        cost: "Gratuito.",
        access: paras(
          ONLINE_IT,
          "Per e-mail a urp@comune.seregno.mb.it, per telefono allo 0362 263101 o all'URP in Piazza Martiri della Libertà 1, negli orari di apertura.",
        ),
        conditions: condIt("la segnalazione è presa in carico entro 3 giorni lavorativi e riceve una risposta entro 30 giorni", {
          declarations: false,
          intro:
            "Le segnalazioni anonime non ricevono risposta, ma possono essere usate per programmare gli interventi. Le foto non devono mostrare il volto di persone riconoscibili né targhe di veicoli, se non servono alla segnalazione. Il Comune usa le segnalazioni anche, in forma anonima, per misurare e migliorare la qualità dei servizi.",
        }),
        keywords: "segnalazione disservizio reclamo problema guasto buca lampione spento rifiuti abbandonati verde alberi marciapiede strada manutenzione lamentela suggerimento urp",
      },
      en: {
        title: "Report a problem",
        summary: "Report a problem in town to the Comune, such as a pothole, a street light that is out or dumped rubbish, or a municipal service that did not work.",
        audience: "Anyone who lives in, works in or passes through Seregno and wants to report a problem or make a complaint.",
        audienceType: "Citizens",
        description: paras(
          "With this service you can report:",
          list(
            "problems in streets, pavements and cycle paths: potholes, damaged signs, obstacles;",
            "broken street lighting;",
            "dumped rubbish, full litter bins, missed collections;",
            "problems in parks, gardens and public trees;",
            "municipal buildings, schools and cemeteries that need maintenance;",
            "a municipal service that did not work as promised, including this online desk: that is a complaint.",
          ),
          "The report goes to the Public Relations Office (URP), which passes it to the office or company that must act and keeps you informed.",
          "For immediate dangers, such as a tree fallen across the road or an accident, do not use this service: call the Local Police or 112.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Report a problem\".",
            "Choose the type of problem.",
            "Give the place: the address or the point on the map.",
            "Describe the problem in simple words and, if you can, add a photo.",
            "Send it: you get a receipt with the report number and can follow its status in your personal area.",
          ),
          "If you do not have SPID or CIE you can write to urp@comune.seregno.mb.it, call 0362 263101 or come to the URP.",
        ),
        needed: list(
          "The exact place of the problem",
          "A clear description",
          "One or more photos, if you can",
          "For a complaint about a service: the name of the service, the date and, if there is one, the application number",
        ),
        outcome: "You receive a reply saying what the Comune will do and when, or why it cannot act. When the problem is solved, the report is closed.",
        deadlines: "The Comune takes charge of the report within 3 working days and replies within 30 days. The time needed for the works depends on the kind of job.",
        cost: "Free.",
        access: paras(
          ONLINE_EN,
          "By e-mail to urp@comune.seregno.mb.it, by phone on 0362 263101 or at the URP in Piazza Martiri della Libertà 1, during opening hours.",
        ),
        conditions: condEn("the report is taken in charge within 3 working days and receives a reply within 30 days", {
          declarations: false,
          intro:
            "Anonymous reports receive no reply, but they may be used to plan works. Photos should not show the faces of recognisable people or vehicle number plates, unless they are needed for the report. The Comune also uses reports, anonymously, to measure and improve the quality of its services.",
        }),
        keywords: "report problem fault complaint pothole street light out dumped rubbish fly-tipping green trees pavement road maintenance grievance suggestion urp",
      },
    },
  },
  {
    slug: "ritiro-ingombranti",
    category: "ambiente",
    office: "ambiente",
    topics: ["gestione-rifiuti"],
    onlineUrl: desk("ritiro-ingombranti"),
    conditionsUrl: conditionsUrl("ritiro-ingombranti"),
    text: {
      it: {
        title: "Ritiro dei rifiuti ingombranti",
        summary: "Prenota il ritiro a casa dei rifiuti ingombranti, come mobili, materassi ed elettrodomestici, oppure scopri come portarli al centro di raccolta.",
        audience: "Famiglie iscritte alla TARI a Seregno.",
        audienceType: "Famiglie",
        description: paras(
          "Gli ingombranti sono i rifiuti di casa troppo grandi per i normali contenitori: mobili, divani, materassi, reti, biciclette, grandi elettrodomestici come frigoriferi e lavatrici.",
          "Non si possono lasciare vicino ai cassonetti o per strada: abbandonare rifiuti è vietato e punito con una multa. Hai due possibilità:",
          list(
            "portarli tu al centro di raccolta comunale (piattaforma ecologica), negli orari di apertura;",
            "prenotare il ritiro a domicilio, fatto dal gestore della raccolta rifiuti (Gelsia Ambiente).",
          ),
          "Quando compri un elettrodomestico nuovo, il negozio deve ritirare gratis quello vecchio dello stesso tipo (ritiro «uno contro uno»).",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Ritiro dei rifiuti ingombranti».",
            "Elenca gli oggetti da ritirare e il loro numero.",
            "Indica l'indirizzo e un numero di telefono.",
            "Ricevi la data del ritiro.",
            "La sera prima o la mattina del ritiro, come indicato, metti gli oggetti fuori dalla tua proprietà, sul marciapiede davanti a casa, senza intralciare il passaggio.",
          ),
        ),
        needed: list(
          "Indirizzo dell'utenza TARI",
          "L'elenco degli oggetti da ritirare",
          "Un numero di telefono per essere avvisato",
        ),
        outcome: "Il gestore ritira gli ingombranti nel giorno concordato e li avvia al recupero o allo smaltimento corretto.",
        deadlines: "Il ritiro a domicilio avviene di norma entro 15 giorni lavorativi dalla prenotazione.",
        cost: "Il costo del ritiro a domicilio dipende dalle regole del servizio e dal numero di pezzi: prima di confermare la prenotazione vedi se è gratuito o quanto costa. Portare gli ingombranti al centro di raccolta è di norma gratuito per le famiglie iscritte alla TARI.",
        access: paras(
          ONLINE_IT,
          "Per informazioni: Ecologia e Ambiente, telefono 0362 263160, e-mail ambiente@comune.seregno.mb.it.",
        ),
        conditions: condIt("il ritiro avviene di norma entro 15 giorni lavorativi dalla prenotazione", {
          declarations: false,
          intro:
            "Il servizio è svolto dal gestore della raccolta rifiuti per conto del Comune, che riceve i dati necessari al ritiro. Non sono ritirati macerie, rifiuti pericolosi, pneumatici o rifiuti di attività economiche: chiedi all'ufficio come smaltirli.",
        }),
        keywords: "ingombranti ritiro ingombranti mobili materasso divano elettrodomestici frigorifero lavatrice rifiuti piattaforma ecologica centro di raccolta gelsia prenotazione",
      },
      en: {
        title: "Bulky waste collection",
        summary: "Book a home collection of bulky waste, such as furniture, mattresses and large appliances, or find out how to take it to the recycling centre.",
        audience: "Households registered for TARI in Seregno.",
        audienceType: "Families",
        description: paras(
          "Bulky waste is household waste too big for the normal bins: furniture, sofas, mattresses, bed bases, bicycles, large appliances such as fridges and washing machines.",
          "It must not be left next to the bins or in the street: dumping waste is forbidden and punished with a fine. You have two options:",
          list(
            "take it yourself to the municipal recycling centre (piattaforma ecologica), during opening hours;",
            "book a home collection, carried out by the waste collection operator (Gelsia Ambiente).",
          ),
          "When you buy a new appliance, the shop must take back the old one of the same type free of charge (\"one for one\" take-back).",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Bulky waste collection\".",
            "List the items to collect and how many there are.",
            "Give the address and a phone number.",
            "You receive the collection date.",
            "The evening before or the morning of the collection, as instructed, put the items outside your property, on the pavement in front of your home, without blocking the way.",
          ),
        ),
        needed: list(
          "Address of the TARI account",
          "The list of items to collect",
          "A phone number so you can be contacted",
        ),
        outcome: "The operator collects the bulky waste on the agreed day and sends it for proper recovery or disposal.",
        deadlines: "Home collection normally takes place within 15 working days of booking.",
        cost: "The cost of home collection depends on the service rules and on the number of items: before you confirm the booking you see whether it is free or how much it costs. Taking bulky waste to the recycling centre is normally free for households registered for TARI.",
        access: paras(
          ONLINE_EN,
          "For information: Ecology and Environment, telephone 0362 263160, e-mail ambiente@comune.seregno.mb.it.",
        ),
        conditions: condEn("collection normally takes place within 15 working days of booking", {
          declarations: false,
          intro:
            "The service is carried out by the waste collection operator on behalf of the Comune, which receives the data needed for the collection. Rubble, hazardous waste, tyres and business waste are not collected: ask the office how to dispose of them.",
        }),
        keywords: "bulky waste collection furniture mattress sofa appliances fridge washing machine rubbish recycling centre gelsia booking",
      },
    },
  },
  {
    slug: "anagrafe-canina",
    category: "ambiente",
    office: "ambiente",
    topics: ["animale-domestico", "igiene-pubblica"],
    onlineUrl: desk("anagrafe-canina"),
    conditionsUrl: conditionsUrl("anagrafe-canina"),
    text: {
      it: {
        title: "Anagrafe canina: iscrizione, variazioni e smarrimento",
        summary: "Scopri come iscrivere il tuo cane all'anagrafe degli animali d'affezione e comunica al Comune lo smarrimento o il ritrovamento di un cane.",
        audience: "Proprietari e detentori di cani che vivono a Seregno, e chi trova un cane vagante.",
        audienceType: "Cittadini",
        description: paras(
          "In Italia ogni cane deve avere il microchip ed essere iscritto all'anagrafe degli animali d'affezione. Il microchip permette di trovare subito il proprietario se il cane si perde.",
          "In Lombardia il microchip e l'iscrizione li fa un medico veterinario: quello del servizio veterinario dell'ATS o un veterinario libero professionista abilitato. Il veterinario registra il cane nell'anagrafe regionale.",
          "Devi comunicare anche i cambiamenti: passaggio di proprietà, cambio di indirizzo, morte del cane, smarrimento o furto. Lo fai tramite il veterinario o il servizio veterinario dell'ATS, nei tempi previsti dalla legge regionale.",
          "Con questo servizio puoi segnalare al Comune lo smarrimento o il ritrovamento di un cane, e chiedere informazioni sull'anagrafe canina. Il Comune collabora con l'ATS e con il canile convenzionato.",
        ),
        howTo: paras(
          "Per iscrivere il cane:",
          steps(
            "Prendi appuntamento con un veterinario abilitato o con il servizio veterinario dell'ATS.",
            "Porta il cane, un tuo documento e il codice fiscale.",
            "Il veterinario applica il microchip e registra il cane: ricevi il certificato di iscrizione.",
          ),
          "Se il tuo cane si è perso, o ne hai trovato uno:",
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Anagrafe canina».",
            "Descrivi il cane, il luogo e il giorno; aggiungi una foto e, se lo conosci, il numero di microchip.",
            "Invia la segnalazione. Per un cane vagante pericoloso o ferito chiama subito la Polizia Locale.",
          ),
        ),
        needed: list(
          "Documento d'identità e codice fiscale del proprietario",
          "Per le variazioni: il numero di microchip e i dati del nuovo proprietario o del nuovo indirizzo",
          "Per lo smarrimento: descrizione, foto del cane e numero di microchip",
        ),
        outcome: "Il cane è iscritto all'anagrafe e identificato con il microchip. In caso di smarrimento la segnalazione è passata subito alla Polizia Locale, all'ATS e al canile.",
        deadlines: "Iscrivi il cane nei tempi stabiliti dalla legge regionale: il veterinario te li indica. Segnala lo smarrimento subito, appena te ne accorgi. Il Comune inoltra le segnalazioni entro 1 giorno lavorativo.",
        cost: "La segnalazione al Comune è gratuita. Il microchip e l'iscrizione hanno il costo della prestazione del veterinario o della tariffa dell'ATS.",
        access: paras(
          ONLINE_IT,
          "Per informazioni: Ecologia e Ambiente, telefono 0362 263160, e-mail ambiente@comune.seregno.mb.it. Per i cani vaganti: Polizia Locale.",
        ),
        conditions: condIt("le segnalazioni di smarrimento o ritrovamento sono inoltrate entro 1 giorno lavorativo; alle richieste di informazioni l'ufficio risponde entro 30 giorni", {
          intro:
            "L'anagrafe degli animali d'affezione è gestita dalla Regione Lombardia e dalle ATS, che sono titolari dei dati per la loro parte. Chi non iscrive il cane o non lo identifica con il microchip è punito con una sanzione amministrativa.",
        }),
        keywords: "anagrafe canina cane microchip iscrizione cane smarrito perso ritrovato vagante veterinario ats animali d'affezione passaggio di proprietà",
      },
      en: {
        title: "Dog registry: registration, changes and lost dogs",
        summary: "Find out how to register your dog with the pet registry and tell the Comune when a dog has been lost or found.",
        audience: "Owners and keepers of dogs living in Seregno, and anyone who finds a stray dog.",
        audienceType: "Citizens",
        description: paras(
          "In Italy every dog must have a microchip and be registered with the pet registry. The microchip makes it possible to find the owner at once if the dog gets lost.",
          "In Lombardy the microchip and registration are done by a vet: one from the veterinary service of the ATS (health protection agency) or an authorised private vet. The vet registers the dog in the regional registry.",
          "You must also report changes: change of owner, change of address, death of the dog, loss or theft. You do this through the vet or the ATS veterinary service, within the time limits of the regional law.",
          "With this service you can tell the Comune that a dog has been lost or found, and ask for information on the dog registry. The Comune works with the ATS and with the contracted dog shelter.",
        ),
        howTo: paras(
          "To register your dog:",
          steps(
            "Make an appointment with an authorised vet or with the ATS veterinary service.",
            "Bring the dog, an identity document and your tax code.",
            "The vet implants the microchip and registers the dog: you receive the registration certificate.",
          ),
          "If your dog is lost, or you have found one:",
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Dog registry\".",
            "Describe the dog, the place and the day; add a photo and, if you know it, the microchip number.",
            "Send the report. For a dangerous or injured stray dog call the Local Police straight away.",
          ),
        ),
        needed: list(
          "Identity document and tax code of the owner",
          "For changes: the microchip number and the details of the new owner or new address",
          "For a lost dog: description, photo of the dog and microchip number",
        ),
        outcome: "The dog is registered and identified with the microchip. If a dog is lost, the report is passed at once to the Local Police, the ATS and the dog shelter.",
        deadlines: "Register the dog within the time limits set by the regional law: the vet tells you what they are. Report a lost dog immediately, as soon as you notice. The Comune forwards reports within 1 working day.",
        cost: "Reporting to the Comune is free. The microchip and registration cost the vet's fee or the ATS charge.",
        access: paras(
          ONLINE_EN,
          "For information: Ecology and Environment, telephone 0362 263160, e-mail ambiente@comune.seregno.mb.it. For stray dogs: Local Police.",
        ),
        conditions: condEn("reports of lost or found dogs are forwarded within 1 working day; the office replies to requests for information within 30 days", {
          intro:
            "The pet registry is run by the Lombardy Region and the ATS, which are the data controllers for their part. Failing to register a dog or to identify it with a microchip is punished with an administrative penalty.",
        }),
        keywords: "dog registry dog microchip registration lost dog missing found stray vet ats pets change of owner",
      },
    },
  },
  // ───────────────────────────── Cultura e tempo libero ─────────────────────────────
  {
    slug: "iscrizione-biblioteca",
    category: "cultura-e-tempo-libero",
    office: "biblioteca",
    topics: ["tempo-libero", "patrimonio-culturale"],
    onlineUrl: desk("iscrizione-biblioteca"),
    conditionsUrl: conditionsUrl("iscrizione-biblioteca"),
    text: {
      it: {
        title: "Iscrizione alla biblioteca civica",
        summary: "Iscriviti gratis alla Biblioteca civica Ettore Pozzoli per prendere in prestito libri, film e audiolibri in tutte le biblioteche di BrianzaBiblioteche e leggere e-book online.",
        audience: "Chiunque, di qualsiasi età, anche se non abita a Seregno. Per i minori l'iscrizione la firma un genitore.",
        audienceType: "Cittadini",
        description: paras(
          "La Biblioteca civica Ettore Pozzoli, in Piazza Monsignor Gandini, fa parte di BrianzaBiblioteche, la rete delle biblioteche pubbliche della Brianza. Con una sola tessera puoi:",
          list(
            "prendere in prestito libri, riviste, film, audiolibri, CD e giochi da tavolo;",
            "chiedere libri che sono in altre biblioteche della rete e ritirarli a Seregno;",
            "leggere e-book, quotidiani e riviste online con MediaLibraryOnLine (MLOL);",
            "usare i computer e internet della biblioteca.",
          ),
          "La biblioteca ha anche libri a grandi caratteri e audiolibri per chi legge con difficoltà.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Iscrizione alla biblioteca civica»: i tuoi dati sono già compilati.",
            "Conferma i dati e accetta il regolamento della biblioteca.",
            "Vieni in biblioteca per ritirare la tessera, o usa subito la tessera digitale se disponibile.",
          ),
          "Puoi anche iscriverti direttamente al banco della biblioteca con un documento d'identità.",
        ),
        needed: list(
          "Un documento d'identità e il codice fiscale",
          "Per i minori: la firma di un genitore o del tutore",
          "Un indirizzo e-mail o un numero di cellulare, per gli avvisi sui prestiti",
        ),
        outcome: "Ricevi la tessera della biblioteca, valida in tutte le biblioteche di BrianzaBiblioteche, e le credenziali per i servizi online.",
        deadlines: "L'iscrizione al banco è immediata. Dopo l'iscrizione online la tessera è pronta entro 2 giorni lavorativi. I prestiti durano il tempo stabilito dal regolamento della rete e si possono rinnovare se nessun altro ha prenotato il documento.",
        cost: "Gratuito. Il prestito è gratuito; in caso di perdita o danno di un documento ti può essere chiesto di sostituirlo o rimborsarlo.",
        access: paras(
          ONLINE_IT,
          "In biblioteca, Piazza Monsignor Gandini, negli orari di apertura. Telefono 0362 263190, e-mail biblioteca@comune.seregno.mb.it.",
        ),
        conditions: condIt("l'iscrizione al banco è immediata; quella online è completata entro 2 giorni lavorativi", {
          declarations: false,
          intro:
            "I dati dell'iscrizione sono condivisi con BrianzaBiblioteche per gestire i prestiti nella rete. La biblioteca non conserva lo storico dei libri che hai letto oltre il tempo necessario a gestire il prestito, se non lo chiedi tu.",
        }),
        keywords: "biblioteca iscrizione tessera prestito libri ebook mlol audiolibri film brianzabiblioteche pozzoli lettura sala studio",
      },
      en: {
        title: "Join the public library",
        summary: "Join the Ettore Pozzoli Public Library free of charge to borrow books, films and audiobooks in all the BrianzaBiblioteche libraries and read e-books online.",
        audience: "Anyone, of any age, even if they do not live in Seregno. For minors a parent signs the registration.",
        audienceType: "Citizens",
        description: paras(
          "The Ettore Pozzoli Public Library, in Piazza Monsignor Gandini, belongs to BrianzaBiblioteche, the network of public libraries in Brianza. With one card you can:",
          list(
            "borrow books, magazines, films, audiobooks, CDs and board games;",
            "request books held by other libraries in the network and collect them in Seregno;",
            "read e-books, newspapers and magazines online with MediaLibraryOnLine (MLOL);",
            "use the library's computers and internet.",
          ),
          "The library also has large-print books and audiobooks for people who find reading difficult.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Join the public library\": your details are already filled in.",
            "Confirm the details and accept the library rules.",
            "Come to the library to collect your card, or use the digital card straight away if available.",
          ),
          "You can also join directly at the library desk with an identity document.",
        ),
        needed: list(
          "An identity document and your tax code",
          "For minors: the signature of a parent or guardian",
          "An e-mail address or mobile number, for loan reminders",
        ),
        outcome: "You receive the library card, valid in all BrianzaBiblioteche libraries, and the login details for the online services.",
        deadlines: "Joining at the desk is immediate. After joining online the card is ready within 2 working days. Loans last for the period set by the network rules and can be renewed if no one else has reserved the item.",
        cost: "Free. Borrowing is free; if an item is lost or damaged you may be asked to replace it or pay for it.",
        access: paras(
          ONLINE_EN,
          "At the library, Piazza Monsignor Gandini, during opening hours. Telephone 0362 263190, e-mail biblioteca@comune.seregno.mb.it.",
        ),
        conditions: condEn("joining at the desk is immediate; joining online is completed within 2 working days", {
          declarations: false,
          intro:
            "Your registration data are shared with BrianzaBiblioteche to manage loans across the network. The library does not keep a history of the books you have read beyond the time needed to manage the loan, unless you ask it to.",
        }),
        keywords: "library join library card borrow books ebook mlol audiobooks films brianzabiblioteche pozzoli reading study room",
      },
    },
  },
  {
    slug: "prenotazione-sale-comunali",
    category: "cultura-e-tempo-libero",
    office: "biblioteca",
    topics: ["associazioni", "tempo-libero"],
    onlineUrl: desk("prenotazione-sale-comunali"),
    bookable: true,
    conditionsUrl: conditionsUrl("prenotazione-sale-comunali"),
    text: {
      it: {
        title: "Prenotazione di sale e spazi comunali",
        summary: "Chiedi di usare una sala del Comune, come L'Auditorium di piazza Risorgimento, per un incontro, un concerto, una mostra o un'assemblea.",
        audience: "Associazioni, gruppi, scuole, imprese, partiti e cittadini che organizzano un'iniziativa aperta al pubblico o una riunione.",
        audienceType: "Associazioni e cittadini",
        description: paras(
          "Il Comune mette a disposizione alcune sale per iniziative culturali, sociali, sportive, formative e politiche. Tra queste c'è L'Auditorium di piazza Risorgimento, una sala di circa 390 posti adatta a concerti, spettacoli e convegni, e altre sale più piccole per riunioni e incontri.",
          "Ogni sala ha le sue regole: numero massimo di persone, attrezzature disponibili (microfoni, proiettore), orari. Le trovi nella scheda della sala quando fai la domanda.",
          "Le associazioni iscritte all'albo comunale e le iniziative che hanno il patrocinio del Comune possono avere tariffe ridotte o l'uso gratuito, secondo il regolamento.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Prenotazione di sale e spazi comunali».",
            "Scegli la sala e guarda le date libere.",
            "Descrivi l'iniziativa: titolo, programma, numero di persone previste, attrezzature che ti servono.",
            "Indica chi è il responsabile dell'iniziativa.",
            "Invia la domanda. Se è accolta, paga la tariffa con pagoPA e firma il modulo di consegna della sala.",
          ),
        ),
        needed: list(
          "Dati dell'organizzatore (persona o associazione) e del responsabile presente durante l'iniziativa",
          "Descrizione e programma dell'iniziativa",
          "Per le associazioni: lo statuto o il numero di iscrizione all'albo comunale",
          "Se ci sono spettacoli o musica: le autorizzazioni e i permessi richiesti (per esempio i diritti d'autore)",
        ),
        outcome: "Ricevi la conferma della prenotazione con la sala, la data, gli orari e l'importo da pagare, oppure una risposta motivata se la sala non è disponibile.",
        deadlines: "Presenta la domanda almeno 30 giorni prima dell'iniziativa. Il Comune risponde entro 15 giorni. Le iniziative del Comune e le scadenze elettorali hanno la precedenza.",
        cost: "Il costo dipende dalla sala, dalla durata e dal tipo di iniziativa, secondo le tariffe approvate dal Comune. È indicato nella domanda prima dell'invio. Alcune iniziative possono avere l'uso gratuito o ridotto.",
        access: paras(
          ONLINE_IT,
          "Per informazioni e per vedere le sale: Servizi culturali, telefono 0362 263190, e-mail biblioteca@comune.seregno.mb.it.",
        ),
        conditions: condIt("il Comune risponde entro 15 giorni dalla domanda completa", {
          intro:
            "Chi usa la sala ne è responsabile: deve rispettare il numero massimo di persone e le regole di sicurezza e riconsegnarla in ordine. I danni sono a carico dell'organizzatore. Il Comune può revocare la concessione per motivi di ordine pubblico o di interesse pubblico, restituendo quanto pagato.",
        }),
        keywords: "prenotazione sala sale comunali auditorium piazza risorgimento spazi affitto sala riunione convegno concerto mostra associazioni patrocinio",
      },
      en: {
        title: "Book municipal halls and spaces",
        summary: "Ask to use a municipal hall, such as L'Auditorium in Piazza Risorgimento, for a meeting, a concert, an exhibition or an assembly.",
        audience: "Associations, groups, schools, companies, political parties and citizens organising an event open to the public or a meeting.",
        audienceType: "Associations and citizens",
        description: paras(
          "The Comune makes some halls available for cultural, social, sports, training and political events. Among them is L'Auditorium in Piazza Risorgimento, a hall with about 390 seats suitable for concerts, shows and conferences, and other smaller rooms for meetings.",
          "Each hall has its own rules: maximum number of people, equipment available (microphones, projector), hours. You find them in the hall's description when you apply.",
          "Associations on the municipal register and events under the Comune's patronage may get reduced rates or free use, according to the regulation.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Book municipal halls and spaces\".",
            "Choose the hall and look at the free dates.",
            "Describe the event: title, programme, expected number of people, equipment you need.",
            "Name the person responsible for the event.",
            "Send the application. If it is accepted, pay the fee with pagoPA and sign the hall handover form.",
          ),
        ),
        needed: list(
          "Details of the organiser (person or association) and of the person in charge present during the event",
          "Description and programme of the event",
          "For associations: the statute or the number on the municipal register",
          "For shows or music: the authorisations and permits required (for example copyright fees)",
        ),
        outcome: "You receive confirmation of the booking with the hall, date, times and amount to pay, or a reasoned reply if the hall is not available.",
        deadlines: "Apply at least 30 days before the event. The Comune replies within 15 days. The Comune's own events and election deadlines take priority.",
        cost: "The cost depends on the hall, the duration and the type of event, according to the rates approved by the Comune. It is shown in the application before you send it. Some events may get free or reduced-rate use.",
        access: paras(
          ONLINE_EN,
          "For information and to see the halls: Cultural Services, telephone 0362 263190, e-mail biblioteca@comune.seregno.mb.it.",
        ),
        conditions: condEn("the Comune replies within 15 days of the complete application", {
          intro:
            "Whoever uses the hall is responsible for it: they must respect the maximum number of people and the safety rules and hand it back in good order. Any damage is charged to the organiser. The Comune may withdraw the booking for reasons of public order or public interest, refunding what was paid.",
        }),
        keywords: "booking hall municipal halls auditorium piazza risorgimento spaces hire room meeting conference concert exhibition associations patronage",
      },
    },
  },
  // ───────────────────────────── Imprese ─────────────────────────────
  {
    slug: "occupazione-suolo-pubblico",
    category: "imprese-e-commercio",
    office: "suap",
    topics: ["imprese", "commercio-al-minuto"],
    onlineUrl: desk("occupazione-suolo-pubblico"),
    bookable: true,
    conditionsUrl: conditionsUrl("occupazione-suolo-pubblico"),
    text: {
      it: {
        title: "Occupazione di suolo pubblico",
        summary: "Chiedi il permesso di occupare una parte di strada, marciapiede o piazza, per esempio per un dehors, un ponteggio, un trasloco o un gazebo.",
        audience: "Negozi, bar e ristoranti, imprese edili, associazioni e privati cittadini che devono usare per un certo tempo uno spazio pubblico.",
        audienceType: "Imprese e cittadini",
        description: paras(
          "Per mettere qualcosa su strade, marciapiedi, piazze o parcheggi pubblici serve una concessione del Comune. Può essere:",
          list(
            "temporanea, per meno di un anno: ponteggi e cantieri, traslochi con autoscala o furgone, gazebo e banchetti per eventi o raccolte firme;",
            "permanente, per un anno o più: dehors di bar e ristoranti, fioriere, espositori davanti ai negozi.",
          ),
          "Per l'occupazione si paga il canone unico patrimoniale (legge 160/2019), che ha sostituito la vecchia tassa di occupazione (TOSAP/COSAP). L'importo dipende dai metri quadrati, dalla durata e dalla zona della città.",
          "Se l'occupazione cambia la circolazione, per esempio chiude una corsia o dei parcheggi, la Polizia Locale emette anche un'ordinanza e fa mettere i cartelli di divieto.",
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Occupazione di suolo pubblico».",
            "Indica il luogo, i metri quadrati, le date e gli orari.",
            "Spiega cosa metterai sullo spazio e allega una planimetria o uno schizzo con le misure.",
            "Allega le marche da bollo digitali o indica il loro numero.",
            "Invia la domanda. Quando è accolta, paga il canone con pagoPA e ricevi la concessione.",
          ),
          "Per un dehors serve di solito anche un progetto che rispetti il regolamento comunale sui dehors: chiedi un appuntamento al SUAP prima di presentarlo.",
        ),
        needed: list(
          "Dati di chi chiede (persona o impresa) e del responsabile dell'occupazione",
          "Luogo, misure, date e orari dell'occupazione",
          "Planimetria o schizzo quotato dell'area",
          "Per i cantieri: il titolo edilizio e i dati dell'impresa",
          "Due marche da bollo da € 16,00 (domanda e concessione), salvo esenzioni",
        ),
        outcome: "Ricevi la concessione per l'occupazione, da tenere sul posto e mostrare in caso di controllo.",
        deadlines: "Presenta la domanda almeno 15 giorni prima per le occupazioni temporanee e almeno 30 giorni prima per quelle permanenti. Il SUAP risponde entro 30 giorni; per i traslochi e le urgenze i tempi sono più brevi.",
        cost: "Due marche da bollo da € 16,00, salvo esenzioni (per esempio per le ONLUS). Il canone unico dipende da superficie, durata e zona, secondo le tariffe approvate dal Comune: l'importo è indicato prima del rilascio.",
        access: paras(
          ONLINE_IT,
          "Allo Sportello Unico Attività Produttive, Piazza Martiri della Libertà 1, su appuntamento; per PEC a seregno.protocollo@actaliscertymail.it.",
        ),
        conditions: condIt("il SUAP risponde entro 30 giorni dalla domanda completa", {
          intro:
            "Occupare il suolo pubblico senza concessione, o più spazio o più tempo di quanto concesso, comporta una sanzione, l'indennità per l'occupazione abusiva e l'ordine di liberare l'area. Chi occupa deve garantire il passaggio dei pedoni, anche con disabilità, e la sicurezza.",
        }),
        keywords: "occupazione suolo pubblico osp dehors tavolini ponteggio cantiere trasloco gazebo banchetto canone unico cosap tosap concessione marciapiede",
      },
      en: {
        title: "Use of public land",
        summary: "Ask for permission to occupy part of a street, pavement or square, for example for outdoor seating, scaffolding, a house move or a gazebo.",
        audience: "Shops, bars and restaurants, building firms, associations and private citizens who need to use a public space for a certain time.",
        audienceType: "Businesses and citizens",
        description: paras(
          "To place something on public streets, pavements, squares or car parks you need a concession from the Comune. It can be:",
          list(
            "temporary, for less than a year: scaffolding and building sites, house moves with a ladder lift or van, gazebos and stalls for events or petitions;",
            "permanent, for a year or more: outdoor seating areas of bars and restaurants, planters, display stands in front of shops.",
          ),
          "For the occupation you pay the single property levy (canone unico patrimoniale, Law 160/2019), which replaced the old occupation tax (TOSAP/COSAP). The amount depends on the square metres, the duration and the area of the town.",
          "If the occupation affects traffic, for example it closes a lane or parking spaces, the Local Police also issues an order and has the no-parking signs put up.",
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Use of public land\".",
            "Give the place, the square metres, the dates and the times.",
            "Explain what you will place in the space and attach a plan or sketch with measurements.",
            "Attach the digital revenue stamps or give their numbers.",
            "Send the application. When it is accepted, pay the levy with pagoPA and receive the concession.",
          ),
          "Outdoor seating usually also needs a design that complies with the municipal regulation on outdoor seating: book an appointment with the SUAP before submitting it.",
        ),
        needed: list(
          "Details of the applicant (person or company) and of the person responsible for the occupation",
          "Place, size, dates and times of the occupation",
          "Plan or dimensioned sketch of the area",
          "For building sites: the building permit or notice and the company's details",
          "Two € 16.00 revenue stamps (application and concession), unless exempt",
        ),
        outcome: "You receive the concession for the occupation, to keep on site and show if checked.",
        deadlines: "Apply at least 15 days in advance for temporary occupations and at least 30 days in advance for permanent ones. The SUAP replies within 30 days; for house moves and emergencies the times are shorter.",
        cost: "Two € 16.00 revenue stamps, unless exempt (for example for non-profit organisations, ONLUS). The single levy depends on area, duration and zone, according to the rates approved by the Comune: the amount is shown before the concession is issued.",
        access: paras(
          ONLINE_EN,
          "At the One-Stop Shop for Businesses, Piazza Martiri della Libertà 1, by appointment; by PEC to seregno.protocollo@actaliscertymail.it.",
        ),
        conditions: condEn("the SUAP replies within 30 days of the complete application", {
          intro:
            "Occupying public land without a concession, or more space or for longer than granted, leads to a penalty, a charge for unlawful occupation and an order to clear the area. Whoever occupies the land must keep the way clear for pedestrians, including people with disabilities, and ensure safety.",
        }),
        keywords: "use of public land outdoor seating tables scaffolding building site house move gazebo stall levy cosap tosap concession pavement permit",
      },
    },
  },
  // ───────────────────────────── Elettorale ─────────────────────────────
  {
    slug: "tessera-elettorale",
    category: "anagrafe-e-stato-civile",
    office: "servizi-demografici",
    topics: ["elezioni"],
    onlineUrl: desk("tessera-elettorale"),
    bookable: true,
    conditionsUrl: conditionsUrl("tessera-elettorale"),
    text: {
      it: {
        title: "Tessera elettorale: rilascio e duplicato",
        summary: "Chiedi una nuova tessera elettorale se l'hai persa, se è rovinata o se hai finito gli spazi per i timbri dei seggi.",
        audience: "Elettori e elettrici iscritti nelle liste elettorali del Comune di Seregno.",
        audienceType: "Cittadini",
        description: paras(
          "La tessera elettorale è il documento che, insieme a un documento d'identità, ti permette di votare. Indica il numero e l'indirizzo della tua sezione (il seggio). Ha 18 spazi: ogni volta che voti, il seggio mette un timbro.",
          "Il Comune consegna la tessera a casa quando diventi maggiorenne o quando vieni ad abitare a Seregno. Se cambi indirizzo in città, ti manda un tagliando adesivo con la nuova sezione da attaccare sulla tessera.",
          "Devi chiedere una nuova tessera se:",
          list(
            "l'hai persa o ti è stata rubata;",
            "è rovinata;",
            "hai finito gli spazi per i timbri.",
          ),
        ),
        howTo: paras(
          steps(
            "Entra nell'area personale con SPID, CIE o CNS e scegli «Tessera elettorale: rilascio e duplicato».",
            "Indica il motivo: smarrimento, furto, deterioramento o spazi esauriti.",
            "Invia la domanda: quando la tessera è pronta ricevi un messaggio.",
            "Ritira la tessera all'Ufficio elettorale con un documento d'identità, riconsegnando quella vecchia se ce l'hai.",
          ),
          "Nei giorni delle elezioni l'Ufficio elettorale resta aperto anche durante le votazioni, per rilasciare subito le tessere a chi ne ha bisogno.",
        ),
        needed: list(
          "Un documento d'identità",
          "La vecchia tessera, se è rovinata o piena",
          "Per smarrimento o furto: una dichiarazione firmata (puoi farla nel modulo online) o la copia della denuncia",
          "Se la ritira un'altra persona: la delega firmata e la copia del tuo documento",
        ),
        outcome: "Ricevi una nuova tessera elettorale, valida per tutte le elezioni finché ha spazi liberi.",
        deadlines: "Allo sportello la tessera è rilasciata subito. Dopo la domanda online è pronta entro 2 giorni lavorativi; nei giorni delle elezioni, subito.",
        cost: "Gratuito.",
        access: paras(
          ONLINE_IT,
          "All'Ufficio elettorale dei Servizi Demografici, Piazza Martiri della Libertà 1, negli orari di apertura; nei giorni delle elezioni con l'orario straordinario pubblicato nelle Novità.",
        ),
        conditions: condIt("allo sportello la tessera è rilasciata subito; dopo la domanda online è pronta entro 2 giorni lavorativi", {
          intro:
            "La tessera è personale e non si può cedere. Chi vota più volte o usa la tessera di un'altra persona commette un reato.",
        }),
        keywords: "tessera elettorale duplicato smarrita rubata rovinata piena spazi esauriti timbri seggio sezione votare elezioni ufficio elettorale",
      },
      en: {
        title: "Voter card: issue and replacement",
        summary: "Ask for a new voter card if you have lost it, if it is damaged or if you have used up the spaces for the polling-station stamps.",
        audience: "Voters registered on the electoral rolls of the Comune di Seregno.",
        audienceType: "Citizens",
        description: paras(
          "The voter card (tessera elettorale) is the document that, together with an identity document, allows you to vote. It shows the number and address of your polling station. It has 18 spaces: every time you vote, the polling station stamps one.",
          "The Comune delivers the card to your home when you turn 18 or when you come to live in Seregno. If you change address within the town, it sends you a sticker with your new polling station to attach to the card.",
          "You must ask for a new card if:",
          list(
            "you have lost it or it has been stolen;",
            "it is damaged;",
            "you have used up the spaces for the stamps.",
          ),
        ),
        howTo: paras(
          steps(
            "Log in to your personal area with SPID, CIE or CNS and choose \"Voter card: issue and replacement\".",
            "Give the reason: loss, theft, damage or spaces used up.",
            "Send the application: you get a message when the card is ready.",
            "Collect the card at the Electoral Office with an identity document, handing back the old one if you have it.",
          ),
          "On election days the Electoral Office stays open during voting too, to issue cards at once to anyone who needs one.",
        ),
        needed: list(
          "An identity document",
          "The old card, if it is damaged or full",
          "For loss or theft: a signed statement (you can make it in the online form) or a copy of the police report",
          "If someone else collects it: the signed delegation and a copy of your identity document",
        ),
        outcome: "You receive a new voter card, valid for all elections as long as it has free spaces.",
        deadlines: "At the counter the card is issued at once. After an online application it is ready within 2 working days; on election days, at once.",
        cost: "Free.",
        access: paras(
          ONLINE_EN,
          "At the Electoral Office of the Civil Registry Services, Piazza Martiri della Libertà 1, during opening hours; on election days with the special hours published in the News section.",
        ),
        conditions: condEn("at the counter the card is issued at once; after an online application it is ready within 2 working days", {
          intro:
            "The card is personal and cannot be given to anyone else. Voting more than once or using another person's card is a crime.",
        }),
        keywords: "voter card polling card replacement lost stolen damaged full spaces used up stamps polling station vote elections electoral office",
      },
    },
  },
];
