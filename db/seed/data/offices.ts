import type { OfficeSeed } from "../types";

/**
 * Offices of the Comune di Seregno used by the demo catalogue.
 * The Ufficio Tributi contacts and the PEC come from the comune's own pages (shared/design/tax-rules.md §0).
 * The other e-mail addresses, phone numbers and opening hours are plausible demo values:
 * check them against the comune's website before going live.
 */

const TOWN_HALL = "Piazza Martiri della Libertà 1";
const PEC = "seregno.protocollo@actaliscertymail.it";

export const offices: OfficeSeed[] = [
  {
    slug: "urp",
    email: "urp@comune.seregno.mb.it",
    pec: PEC,
    phone: "0362 263101",
    streetAddress: TOWN_HALL,
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "Ufficio Relazioni con il Pubblico (URP)",
        description:
          "Il primo punto di contatto con il Comune. Dà informazioni su tutti i servizi, aiuta a usare lo sportello online, riceve segnalazioni, reclami e suggerimenti e le richieste di accesso agli atti.",
        openingHours: "Dal lunedì al venerdì 8:30-12:30; giovedì anche 14:30-17:30.",
      },
      en: {
        name: "Public Relations Office (URP)",
        description:
          "The first point of contact with the Comune. It gives information on every service, helps you use the online desk, and receives reports, complaints, suggestions and requests for access to documents.",
        openingHours: "Monday to Friday 8:30-12:30; Thursday also 14:30-17:30.",
      },
    },
  },
  {
    slug: "tributi",
    email: "info.tributi@seregno.info",
    pec: PEC,
    phone: "0362 263260",
    streetAddress: TOWN_HALL,
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "Ufficio Tributi",
        description:
          "Si occupa delle tasse del Comune: TARI (tassa sui rifiuti) e IMU (imposta sugli immobili). Risponde alle domande, corregge le posizioni, riceve dichiarazioni e richieste di rimborso.",
        openingHours: "Lunedì, mercoledì e venerdì 9:00-12:30; giovedì 14:30-17:30, su appuntamento.",
      },
      en: {
        name: "Tax Office",
        description:
          "It handles the Comune's taxes: TARI (waste tax) and IMU (property tax). It answers questions, corrects tax records, and receives returns and refund requests.",
        openingHours: "Monday, Wednesday and Friday 9:00-12:30; Thursday 14:30-17:30, by appointment.",
      },
    },
  },
  {
    slug: "servizi-demografici",
    email: "anagrafe@comune.seregno.mb.it",
    pec: PEC,
    phone: "0362 263111",
    streetAddress: TOWN_HALL,
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "Servizi Demografici - Anagrafe e Stato civile",
        description:
          "Anagrafe, stato civile ed elettorale: residenza e cambi di indirizzo, certificati, carta d'identità elettronica, nascite, matrimoni, unioni civili, decessi e tessera elettorale.",
        openingHours:
          "Lunedì, martedì, mercoledì e venerdì 8:30-12:30; giovedì 8:30-12:30 e 14:30-17:30. Carta d'identità solo su appuntamento.",
      },
      en: {
        name: "Civil Registry Services - Registry Office and Civil Status",
        description:
          "Registry office, civil status and electoral office: residence and change of address, certificates, electronic identity card, births, marriages, civil unions, deaths and voter card.",
        openingHours:
          "Monday, Tuesday, Wednesday and Friday 8:30-12:30; Thursday 8:30-12:30 and 14:30-17:30. Identity card by appointment only.",
      },
    },
  },
  {
    slug: "polizia-locale",
    email: "polizialocale@comune.seregno.mb.it",
    pec: PEC,
    phone: "0362 263150",
    streetAddress: "Via Umberto I 78",
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "Polizia Locale",
        description:
          "Controlla la circolazione e la sicurezza in città. Allo sportello si pagano le multe, si ricevono ricorsi e comunicazioni dei dati del conducente, si chiedono i permessi ZTL e i contrassegni per persone con disabilità.",
        openingHours:
          "Sportello: lunedì e giovedì 8:30-12:30 e 14:30-18:30; martedì, mercoledì e venerdì 8:30-10:30 e 17:00-18:30; sabato 8:30-12:30. Per le emergenze chiama il 112.",
      },
      en: {
        name: "Local Police",
        description:
          "It controls traffic and safety in town. At its counter you can pay fines, hand in appeals and driver details, and apply for ZTL permits and disabled parking badges.",
        openingHours:
          "Counter: Monday and Thursday 8:30-12:30 and 14:30-18:30; Tuesday, Wednesday and Friday 8:30-10:30 and 17:00-18:30; Saturday 8:30-12:30. In an emergency call 112.",
      },
    },
  },
  {
    slug: "edilizia",
    email: "edilizia@comune.seregno.mb.it",
    pec: PEC,
    phone: "0362 263170",
    streetAddress: TOWN_HALL,
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "Sportello Unico per l'Edilizia (SUE)",
        description:
          "Riceve le pratiche edilizie (CILA, SCIA, permesso di costruire, agibilità), rilascia certificati urbanistici e permette di vedere i progetti depositati in archivio.",
        openingHours: "Martedì 9:00-12:30 e giovedì 14:30-17:30, solo su appuntamento. Le pratiche si presentano online.",
      },
      en: {
        name: "One-Stop Shop for Building (SUE)",
        description:
          "It receives building applications (CILA, SCIA, building permit, certificate of fitness for use), issues planning certificates and lets you view the plans kept in the archive.",
        openingHours: "Tuesday 9:00-12:30 and Thursday 14:30-17:30, by appointment only. Applications are submitted online.",
      },
    },
  },
  {
    slug: "suap",
    email: "suap@comune.seregno.mb.it",
    pec: PEC,
    phone: "0362 263180",
    streetAddress: TOWN_HALL,
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "SUAP - Sportello Unico Attività Produttive",
        description:
          "Lo sportello per le imprese: apertura, modifica e chiusura di negozi, pubblici esercizi e attività artigianali, mercati e commercio ambulante, occupazione di suolo pubblico.",
        openingHours: "Lunedì e mercoledì 9:00-12:30; giovedì 14:30-17:30, su appuntamento.",
      },
      en: {
        name: "SUAP - One-Stop Shop for Businesses",
        description:
          "The desk for businesses: opening, changing and closing shops, bars and restaurants and craft businesses, markets and street trading, use of public land.",
        openingHours: "Monday and Wednesday 9:00-12:30; Thursday 14:30-17:30, by appointment.",
      },
    },
  },
  {
    slug: "servizi-cimiteriali",
    email: "cimiteri@comune.seregno.mb.it",
    pec: PEC,
    phone: "0362 263125",
    streetAddress: TOWN_HALL,
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "Servizi Cimiteriali",
        description:
          "Gestisce i cimiteri comunali: concessioni di loculi, tombe, ossari e nicchie per le ceneri, sepolture, esumazioni ed estumulazioni, lampade votive.",
        openingHours: "Lunedì, mercoledì e venerdì 9:00-12:30; giovedì 14:30-17:30.",
      },
      en: {
        name: "Cemetery Services",
        description:
          "It runs the municipal cemeteries: concessions of niches, graves, ossuaries and urn niches, burials, exhumations and votive lamps.",
        openingHours: "Monday, Wednesday and Friday 9:00-12:30; Thursday 14:30-17:30.",
      },
    },
  },
  {
    slug: "servizi-educativi",
    email: "servizieducativi@comune.seregno.mb.it",
    pec: PEC,
    phone: "0362 263130",
    streetAddress: TOWN_HALL,
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "Servizi Educativi",
        description:
          "Si occupa dei servizi per bambini e ragazzi: nidi comunali, mensa scolastica, trasporto scolastico, diete speciali, agevolazioni sulle rette e progetti con le scuole.",
        openingHours: "Lunedì, martedì e venerdì 9:00-12:30; giovedì 14:30-17:30.",
      },
      en: {
        name: "Education Services",
        description:
          "It looks after services for children and young people: municipal nurseries, school meals, school transport, special diets, reduced fees and projects with schools.",
        openingHours: "Monday, Tuesday and Friday 9:00-12:30; Thursday 14:30-17:30.",
      },
    },
  },
  {
    slug: "servizi-sociali",
    email: "servizisociali@comune.seregno.mb.it",
    pec: PEC,
    phone: "0362 263140",
    streetAddress: TOWN_HALL,
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "Servizi Sociali",
        description:
          "Aiuta persone e famiglie in difficoltà, anziani e persone con disabilità: ascolto, colloqui con l'assistente sociale, contributi economici, assistenza a domicilio e orientamento ai servizi del territorio.",
        openingHours: "Segretariato sociale: lunedì e mercoledì 9:00-12:00; giovedì 14:30-17:00. Colloqui con l'assistente sociale su appuntamento.",
      },
      en: {
        name: "Social Services",
        description:
          "It helps people and families in difficulty, older people and people with disabilities: listening, meetings with a social worker, financial support, home care and guidance to local services.",
        openingHours: "Social information desk: Monday and Wednesday 9:00-12:00; Thursday 14:30-17:00. Meetings with a social worker by appointment.",
      },
    },
  },
  {
    slug: "ambiente",
    email: "ambiente@comune.seregno.mb.it",
    pec: PEC,
    phone: "0362 263160",
    streetAddress: TOWN_HALL,
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "Ecologia e Ambiente",
        description:
          "Segue la raccolta dei rifiuti con il gestore del servizio, il verde pubblico, la tutela degli animali, la qualità dell'aria e i controlli ambientali.",
        openingHours: "Lunedì e mercoledì 9:00-12:30; giovedì 14:30-17:30.",
      },
      en: {
        name: "Ecology and Environment",
        description:
          "It oversees waste collection together with the service operator, public green areas, animal welfare, air quality and environmental checks.",
        openingHours: "Monday and Wednesday 9:00-12:30; Thursday 14:30-17:30.",
      },
    },
  },
  {
    slug: "biblioteca",
    email: "biblioteca@comune.seregno.mb.it",
    phone: "0362 263190",
    streetAddress: "Piazza Monsignor Gandini",
    postalCode: "20831",
    locality: "Seregno",
    text: {
      it: {
        name: "Biblioteca civica Ettore Pozzoli e Servizi culturali",
        description:
          "La biblioteca della città: prestito di libri, film e audiolibri, sala studio, internet, attività per bambini e ragazzi. I Servizi culturali gestiscono anche le sale comunali per incontri ed eventi.",
        openingHours: "Dal martedì al sabato 9:00-18:30, orario continuato. La sala studio ha aperture serali: vedi il calendario della biblioteca.",
      },
      en: {
        name: "Ettore Pozzoli Public Library and Cultural Services",
        description:
          "The town library: loans of books, films and audiobooks, study room, internet, activities for children and teenagers. The Cultural Services also manage the municipal halls for meetings and events.",
        openingHours: "Tuesday to Saturday 9:00-18:30, open through lunch. The study room also opens some evenings: see the library calendar.",
      },
    },
  },
];
