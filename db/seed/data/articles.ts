import type { ArticleSeed } from "../types";

/**
 * Demo news, places and events of the Comune di Seregno.
 * Places are real (addresses from public sources); notices and events are demo content written for
 * 2026-2027 and never state Seregno tariffs or amounts that were not verified.
 */
export const articles: ArticleSeed[] = [
  // ───────────────────────────── Novità › Avvisi ─────────────────────────────
  {
    slug: "imu-acconto-2026",
    kind: "notice",
    office: "tributi",
    publishedAt: "2026-05-20",
    startsAt: "2026-06-16",
    text: {
      it: {
        title: "IMU 2026: l'acconto scade martedì 16 giugno",
        summary: "Entro il 16 giugno 2026 si paga l'acconto dell'IMU sugli immobili di Seregno. Il calcolo e il modello F24 sono pronti nell'area personale.",
        body: "Martedì 16 giugno 2026 scade l'acconto dell'IMU, l'imposta sugli immobili. La pagano i proprietari di seconde case, case affittate, negozi, capannoni, terreni e aree edificabili, e di abitazioni principali di lusso (categorie A/1, A/8 e A/9). La casa dove abiti e hai la residenza, se non è di lusso, non paga.\n\nL'acconto è l'imposta dei primi sei mesi del 2026, calcolata con le aliquote del 2025. Puoi anche pagare tutto l'anno in una volta entro il 16 giugno.\n\nNell'area personale di questo sportello trovi i tuoi immobili, il calcolo e il modello F24 già compilato, con il codice del Comune di Seregno I625. Per dubbi scrivi a info.tributi@seregno.info o chiama lo 0362 263260.",
      },
      en: {
        title: "IMU 2026: the first instalment is due on Tuesday 16 June",
        summary: "By 16 June 2026 the first instalment of the property tax (IMU) on property in Seregno must be paid. The calculation and the F24 form are ready in your personal area.",
        body: "Tuesday 16 June 2026 is the due date for the first instalment of IMU, the property tax. It is paid by owners of second homes, let homes, shops, warehouses, land and building plots, and of luxury main homes (categories A/1, A/8 and A/9). The home where you live and are resident, if it is not a luxury home, does not pay.\n\nThe first instalment is the tax for the first six months of 2026, calculated with the 2025 rates. You can also pay the whole year at once by 16 June.\n\nIn the personal area of this desk you find your properties, the calculation and the completed F24 form, with the code of the Comune di Seregno, I625. If in doubt write to info.tributi@seregno.info or call 0362 263260.",
      },
    },
  },
  {
    slug: "imu-saldo-2026",
    kind: "notice",
    office: "tributi",
    publishedAt: "2026-10-30",
    startsAt: "2026-12-16",
    text: {
      it: {
        title: "IMU 2026: il saldo scade mercoledì 16 dicembre",
        summary: "Entro il 16 dicembre 2026 si paga il saldo dell'IMU, calcolato con le aliquote 2026 approvate dal Consiglio comunale, togliendo l'acconto di giugno.",
        body: "Mercoledì 16 dicembre 2026 scade il saldo dell'IMU. Il saldo è l'imposta di tutto il 2026, calcolata con le aliquote approvate dal Comune per il 2026, meno quanto hai già pagato con l'acconto di giugno.\n\nLe aliquote 2026 sono pubblicate sul sito del Dipartimento delle Finanze e nella sezione Tributi del sito del Comune. Il calcolo nell'area personale le usa già.\n\nSe hai venduto o comprato un immobile durante l'anno, controlla i mesi di possesso prima di pagare. Se hai dimenticato l'acconto, puoi pagarlo ora con il ravvedimento operoso: una sanzione ridotta più gli interessi.",
      },
      en: {
        title: "IMU 2026: the balance is due on Wednesday 16 December",
        summary: "By 16 December 2026 the IMU balance must be paid, calculated with the 2026 rates approved by the Town Council, minus the June instalment.",
        body: "Wednesday 16 December 2026 is the due date for the IMU balance. The balance is the tax for the whole of 2026, calculated with the rates the Comune approved for 2026, minus what you already paid with the June instalment.\n\nThe 2026 rates are published on the website of the Department of Finance and in the Taxes section of the Comune's website. The calculation in your personal area already uses them.\n\nIf you sold or bought a property during the year, check the months of ownership before paying. If you forgot the first instalment, you can pay it now with the ravvedimento operoso: a reduced penalty plus interest.",
      },
    },
  },
  {
    slug: "tari-2026-avvisi-di-pagamento",
    kind: "notice",
    office: "tributi",
    publishedAt: "2026-05-27",
    text: {
      it: {
        title: "TARI 2026: in arrivo gli avvisi di pagamento",
        summary: "Stanno arrivando gli avvisi della TARI 2026, la tassa sui rifiuti. Le rate e le scadenze sono scritte sull'avviso; puoi pagare con pagoPA o con il modello F24.",
        body: "In questi giorni il Comune invia gli avvisi di pagamento della TARI 2026. Come negli ultimi anni, il pagamento è diviso in un acconto, calcolato con le tariffe dell'anno precedente, e un saldo a fine anno con le tariffe 2026. Le rate e le date di scadenza sono scritte sull'avviso.\n\nPuoi pagare con pagoPA (online, con l'app IO, in banca, alla posta o in tabaccheria) o con il modello F24 allegato. Trovi gli avvisi anche nell'area personale di questo sportello.\n\nChi ha attivato l'addebito diretto sul conto (domiciliazione bancaria) paga in automatico: l'avviso indica se per il 2026 è previsto uno sconto per questa scelta, come negli anni scorsi.\n\nSe l'avviso non arriva entro fine giugno, o se i metri quadrati o le persone non sono giusti, scrivi all'Ufficio Tributi: info.tributi@seregno.info, telefono 0362 263260.",
      },
      en: {
        title: "TARI 2026: payment notices on their way",
        summary: "The 2026 waste tax (TARI) notices are arriving. The instalments and due dates are printed on the notice; you can pay with pagoPA or with the F24 form.",
        body: "These days the Comune is sending out the 2026 TARI payment notices. As in recent years, payment is split into a first instalment, calculated with the previous year's rates, and a balance at the end of the year with the 2026 rates. The instalments and due dates are printed on the notice.\n\nYou can pay with pagoPA (online, with the IO app, at a bank, post office or tobacconist) or with the enclosed F24 form. You also find the notices in the personal area of this desk.\n\nIf you have set up direct debit from your bank account, you pay automatically: the notice states whether a discount for this choice applies in 2026, as in past years.\n\nIf the notice has not arrived by the end of June, or the square metres or the number of people are wrong, write to the Tax Office: info.tributi@seregno.info, telephone 0362 263260.",
      },
    },
  },
  {
    slug: "carta-identita-cartacea-non-valida",
    kind: "notice",
    office: "servizi-demografici",
    publishedAt: "2026-06-10",
    startsAt: "2026-08-03",
    text: {
      it: {
        title: "Dal 3 agosto 2026 la carta d'identità di carta non vale più",
        summary: "Per una regola europea, dal 3 agosto 2026 la carta d'identità cartacea non è più valida, anche se non è scaduta. Prenota subito la carta d'identità elettronica.",
        body: "Il Regolamento dell'Unione Europea 2019/1157 stabilisce che dal 3 agosto 2026 le carte d'identità di carta non sono più valide, anche se la data di scadenza scritta è successiva.\n\nSe hai ancora la carta d'identità cartacea, prenota un appuntamento con i Servizi Demografici per la carta d'identità elettronica (CIE). Porta la vecchia carta, una fototessera recente e la tessera sanitaria. Il costo è di € 22,21.\n\nIn questi mesi le richieste sono molte: prenota per tempo, soprattutto se devi viaggiare. Chi non può uscire di casa per gravi motivi di salute può chiedere che l'operatore vada a domicilio.",
      },
      en: {
        title: "From 3 August 2026 the paper identity card is no longer valid",
        summary: "Under a European rule, from 3 August 2026 the paper identity card is no longer valid, even if it has not expired. Book your electronic identity card now.",
        body: "European Union Regulation 2019/1157 provides that from 3 August 2026 paper identity cards are no longer valid, even if their printed expiry date is later.\n\nIf you still have a paper identity card, book an appointment with the Civil Registry Services for the electronic identity card (CIE). Bring the old card, a recent passport photo and your health card. The cost is € 22.21.\n\nThere are many requests in these months: book in good time, especially if you need to travel. People who cannot leave home for serious health reasons can ask for the officer to visit them.",
      },
    },
  },
  {
    slug: "certificati-anagrafici-online-anpr",
    kind: "notice",
    office: "servizi-demografici",
    publishedAt: "2026-09-01",
    text: {
      it: {
        title: "Certificati anagrafici: scaricali online, senza fare la coda",
        summary: "Residenza, stato di famiglia, nascita e altri certificati si scaricano da soli dall'Anagrafe nazionale (ANPR) con SPID o CIE, a qualsiasi ora, senza diritti di segreteria.",
        body: "Non serve venire in Comune per un certificato anagrafico. Sul portale dell'Anagrafe nazionale della popolazione residente (ANPR) puoi scaricare, per te o per chi fa parte della tua famiglia, i certificati di residenza, stato di famiglia, nascita, matrimonio, cittadinanza, esistenza in vita, stato civile e altri.\n\nEntri con SPID, CIE o CNS, scegli il certificato e lo scarichi subito in PDF. Il certificato ha un sigillo elettronico e vale come quello dello sportello. Non si pagano diritti di segreteria; se il certificato non è esente, l'imposta di bollo si paga online con pagoPA.\n\nRicorda che a uffici pubblici, scuole e gestori di servizi pubblici non serve il certificato: basta un'autocertificazione. Allo sportello dei Servizi Demografici, su appuntamento, restano i certificati storici e l'aiuto per chi non riesce a usare il servizio online.",
      },
      en: {
        title: "Registry certificates: download them online, without queuing",
        summary: "Residence, family status, birth and other certificates can be downloaded yourself from the national population register (ANPR) with SPID or CIE, at any time, with no administrative fees.",
        body: "You do not need to come to the town hall for a registry certificate. On the portal of the national population register (ANPR) you can download, for yourself or for a member of your household, certificates of residence, family status, birth, marriage, citizenship, proof of life, marital status and more.\n\nYou log in with SPID, CIE or CNS, choose the certificate and download it at once as a PDF. The certificate carries an electronic seal and is as valid as the one from the counter. There are no administrative fees; if the certificate is not exempt, the stamp duty is paid online with pagoPA.\n\nRemember that public offices, schools and public service providers do not need a certificate: a self-declaration is enough. At the Civil Registry Services counter, by appointment, you can still get historical certificates and help if you cannot use the online service.",
      },
    },
  },
  {
    slug: "nuovo-sportello-telematico-polifunzionale",
    kind: "notice",
    office: "urp",
    publishedAt: "2026-10-05",
    startsAt: "2026-10-05",
    text: {
      it: {
        title: "È online il nuovo Sportello Telematico Polifunzionale",
        summary: "Da oggi molte domande al Comune si fanno online, a qualsiasi ora: entri con SPID o CIE, compili la domanda, segui la pratica e vedi e paghi TARI e IMU.",
        body: "Il Comune di Seregno apre il nuovo Sportello Telematico Polifunzionale. In un unico posto puoi:\n\n- presentare online le domande, per esempio l'iscrizione alla TARI, la mensa scolastica, il cambio di residenza o un permesso ZTL;\n- seguire ogni domanda e rispondere alle richieste dell'ufficio;\n- vedere la tua posizione TARI e IMU, scaricare gli avvisi pagoPA e il modello F24 e pagare;\n- segnalare un problema in città o un servizio che non funziona.\n\nEntri con SPID, CIE o CNS. Lo sportello è pensato anche per le persone anziane e con disabilità: puoi ingrandire il testo, usare la tastiera o un lettore di schermo, e un familiare può agire per te con una delega.\n\nSe hai bisogno di aiuto, l'Ufficio Relazioni con il Pubblico ti aspetta dal lunedì al venerdì dalle 8:30 alle 12:30, il giovedì anche dalle 14:30 alle 17:30 (telefono 0362 263101, urp@comune.seregno.mb.it). Dicci cosa ne pensi con la valutazione in fondo a ogni pagina.",
      },
      en: {
        title: "The new online service desk is live",
        summary: "From today many applications to the Comune can be made online, at any time: log in with SPID or CIE, fill in the application, follow your case and see and pay TARI and IMU.",
        body: "The Comune di Seregno opens its new online service desk (Sportello Telematico Polifunzionale). In one place you can:\n\n- submit applications online, for example TARI registration, school meals, change of residence or a ZTL permit;\n- follow every application and answer the office's requests;\n- see your TARI and IMU position, download pagoPA notices and the F24 form, and pay;\n- report a problem in town or a service that is not working.\n\nYou log in with SPID, CIE or CNS. The desk is also designed for older people and people with disabilities: you can enlarge the text, use the keyboard or a screen reader, and a relative can act for you with a delegation.\n\nIf you need help, the Public Relations Office is open Monday to Friday 8:30-12:30, Thursday also 14:30-17:30 (telephone 0362 263101, urp@comune.seregno.mb.it). Tell us what you think with the rating at the bottom of every page.",
      },
    },
  },
  {
    slug: "chiusura-uffici-7-dicembre-2026",
    kind: "notice",
    office: "urp",
    publishedAt: "2026-10-29",
    startsAt: "2026-12-07",
    endsAt: "2026-12-07",
    text: {
      it: {
        title: "Lunedì 7 dicembre 2026 uffici comunali chiusi",
        summary: "Lunedì 7 dicembre, tra la domenica e la festa dell'Immacolata, gli uffici comunali sono chiusi al pubblico. Lo sportello online resta sempre attivo.",
        body: "Lunedì 7 dicembre 2026 gli uffici comunali restano chiusi al pubblico. Riaprono con l'orario normale mercoledì 9 dicembre, dopo la festa dell'Immacolata di martedì 8 dicembre.\n\nResta garantito il servizio di Stato civile per le denunce di morte, con reperibilità: il numero è indicato all'ingresso del Municipio. La Polizia Locale è in servizio come sempre; per le emergenze chiama il 112.\n\nLo Sportello Telematico funziona anche nei giorni di chiusura: puoi inviare domande, scaricare certificati dal portale ANPR e pagare con pagoPA. Le domande inviate in questi giorni sono lavorate dal primo giorno di apertura.",
      },
      en: {
        title: "Municipal offices closed on Monday 7 December 2026",
        summary: "On Monday 7 December, between Sunday and the Immaculate Conception holiday, municipal offices are closed to the public. The online desk is always open.",
        body: "On Monday 7 December 2026 municipal offices are closed to the public. They reopen with normal hours on Wednesday 9 December, after the Immaculate Conception holiday on Tuesday 8 December.\n\nThe Civil Status service for registering deaths remains available on call: the number is shown at the entrance of the town hall. The Local Police is on duty as usual; in an emergency call 112.\n\nThe online desk works on closure days too: you can send applications, download certificates from the ANPR portal and pay with pagoPA. Applications sent on these days are handled from the first opening day.",
      },
    },
  },

  // ───────────────────────────── Vivere il Comune › Luoghi ─────────────────────────────
  {
    slug: "municipio-palazzo-landriani-caponaghi",
    kind: "place",
    office: "urp",
    publishedAt: "2026-01-15",
    streetAddress: "Piazza Martiri della Libertà 1, 20831 Seregno",
    text: {
      it: {
        title: "Municipio - Palazzo Landriani-Caponaghi",
        summary: "La sede storica del Comune di Seregno, in Piazza Martiri della Libertà: qui ci sono gli uffici del Sindaco e della Giunta e molti sportelli per i cittadini.",
        body: "Il Municipio di Seregno si trova in Piazza Martiri della Libertà, nel centro storico. Il palazzo, costruito a metà dell'Ottocento, è chiamato di solito Palazzo Landriani-Caponaghi.\n\nQui hanno sede il Sindaco, la Giunta e il Segretario generale, e molti uffici aperti al pubblico: l'Ufficio Relazioni con il Pubblico, i Servizi Demografici, l'Ufficio Tributi e altri. Il palazzo ospita anche una sala espositiva dedicata alle opere dell'artista seregnese Luca Crippa.\n\nAlle spalle del Municipio c'è piazza Risorgimento con L'Auditorium e un parcheggio pubblico.",
      },
      en: {
        title: "Town hall - Palazzo Landriani-Caponaghi",
        summary: "The historic seat of the Comune di Seregno, in Piazza Martiri della Libertà: it houses the offices of the Mayor and the executive and many counters for citizens.",
        body: "Seregno's town hall is in Piazza Martiri della Libertà, in the historic centre. The building, built in the mid-nineteenth century, is usually called Palazzo Landriani-Caponaghi.\n\nIt houses the Mayor, the executive (Giunta) and the Secretary General, and many offices open to the public: the Public Relations Office, the Civil Registry Services, the Tax Office and others. The building also has an exhibition room devoted to the works of the Seregno artist Luca Crippa.\n\nBehind the town hall is Piazza Risorgimento with L'Auditorium and a public car park.",
      },
    },
  },
  {
    slug: "biblioteca-civica-ettore-pozzoli",
    kind: "place",
    office: "biblioteca",
    publishedAt: "2026-01-15",
    streetAddress: "Piazza Monsignor Gandini, 20831 Seregno",
    text: {
      it: {
        title: "Biblioteca civica Ettore Pozzoli",
        summary: "La biblioteca della città, in Piazza Monsignor Gandini: libri, film, giornali, sala studio con aperture serali, spazi per bambini e ragazzi e un grande giardino.",
        body: "La Biblioteca civica Ettore Pozzoli è in Piazza Monsignor Gandini e fa parte di BrianzaBiblioteche, la rete delle biblioteche della Brianza. L'iscrizione è gratuita e la tessera vale in tutta la rete.\n\nIn biblioteca trovi libri, riviste e quotidiani, film, audiolibri e giochi da tavolo, postazioni internet, una sezione per bambini e ragazzi e libri a grandi caratteri. La sala studio è aperta anche in alcune sere della settimana. Con MediaLibraryOnLine puoi leggere e-book e giornali da casa.\n\nDietro la biblioteca c'è un giardino di circa 4.000 metri quadrati, intitolato a Giulio Regeni, aperto negli orari della sala studio. La biblioteca conserva anche l'archivio storico del Comune.",
      },
      en: {
        title: "Ettore Pozzoli Public Library",
        summary: "The town library, in Piazza Monsignor Gandini: books, films, newspapers, a study room open some evenings, spaces for children and teenagers and a large garden.",
        body: "The Ettore Pozzoli Public Library is in Piazza Monsignor Gandini and belongs to BrianzaBiblioteche, the network of libraries in Brianza. Membership is free and the card is valid across the network.\n\nIn the library you find books, magazines and newspapers, films, audiobooks and board games, internet workstations, a section for children and teenagers and large-print books. The study room is also open on some evenings of the week. With MediaLibraryOnLine you can read e-books and newspapers from home.\n\nBehind the library is a garden of about 4,000 square metres, named after Giulio Regeni, open during study-room hours. The library also keeps the Comune's historical archive.",
      },
    },
  },
  {
    slug: "l-auditorium-piazza-risorgimento",
    kind: "place",
    office: "biblioteca",
    publishedAt: "2026-01-15",
    streetAddress: "Piazza Risorgimento, 20831 Seregno",
    text: {
      it: {
        title: "L'Auditorium di piazza Risorgimento",
        summary: "La sala polifunzionale del Comune, alle spalle del Municipio: circa 390 posti per concerti, spettacoli, convegni e mostre.",
        body: "L'Auditorium è la sala polifunzionale del Comune, inaugurata nel 2017 sotto piazza Risorgimento, alle spalle del Municipio. L'ingresso, in legno e vetro, è a livello della piazza; la sala è al piano inferiore.\n\nLa sala ha circa 390 posti e un grande palco. Le pareti rivestite in legno le danno un'ottima acustica e i posti a sedere si possono spostare per adattare lo spazio a concerti, spettacoli teatrali, convegni e mostre. È la casa del Concorso pianistico internazionale Ettore Pozzoli.\n\nAssociazioni, scuole e cittadini possono chiedere di usarla con il servizio «Prenotazione di sale e spazi comunali». Sotto la piazza c'è un parcheggio pubblico.",
      },
      en: {
        title: "L'Auditorium in Piazza Risorgimento",
        summary: "The Comune's multi-purpose hall, behind the town hall: about 390 seats for concerts, shows, conferences and exhibitions.",
        body: "L'Auditorium is the Comune's multi-purpose hall, opened in 2017 beneath Piazza Risorgimento, behind the town hall. The wood and glass entrance is at street level; the hall is on the floor below.\n\nThe hall has about 390 seats and a large stage. Its wood-panelled walls give it excellent acoustics and the seating can be moved to adapt the space to concerts, plays, conferences and exhibitions. It is the home of the Ettore Pozzoli International Piano Competition.\n\nAssociations, schools and citizens can ask to use it with the service \"Book municipal halls and spaces\". There is a public car park under the square.",
      },
    },
  },
  {
    slug: "parco-2-giugno-porada",
    kind: "place",
    office: "ambiente",
    publishedAt: "2026-01-15",
    streetAddress: "Località Porada, 20831 Seregno",
    text: {
      it: {
        title: "Parco 2 Giugno alla Porada",
        summary: "Il parco più grande della città, con oltre 50 ettari di prati e boschi, piste ciclopedonali, attrezzi per fare ginnastica e gli impianti sportivi della Porada.",
        body: "Il Parco 2 Giugno, che tutti chiamano la Porada, è il più grande polmone verde di Seregno: più di 50 ettari di prati, alberi e sentieri.\n\nÈ il luogo dello sport all'aria aperta: ci sono percorsi ciclopedonali per correre e andare in bicicletta, attrezzi per l'allenamento, un campo da basket, aree gioco e orti. Vicino al parco ci sono il centro sportivo comunale Umberto Trabattoni con le piscine e i campi da tennis, il campo da rugby e il palazzetto PalaSomaschini.\n\nNel parco ci si comporta con rispetto: i cani vanno tenuti al guinzaglio dove indicato e i rifiuti vanno messi negli appositi cestini.",
      },
      en: {
        title: "Parco 2 Giugno at Porada",
        summary: "The town's largest park, with over 50 hectares of meadows and woods, cycle and footpaths, outdoor fitness equipment and the Porada sports facilities.",
        body: "Parco 2 Giugno, which everyone calls the Porada, is Seregno's largest green space: more than 50 hectares of meadows, trees and paths.\n\nIt is the place for outdoor sport: there are cycle and footpaths for running and cycling, fitness equipment, a basketball court, play areas and allotments. Near the park are the Umberto Trabattoni municipal sports centre with its swimming pools and tennis courts, the rugby pitch and the PalaSomaschini sports hall.\n\nPlease behave with respect in the park: dogs must be kept on a lead where indicated and litter goes in the bins provided.",
      },
    },
  },
  {
    slug: "parco-xxv-aprile",
    kind: "place",
    office: "ambiente",
    publishedAt: "2026-01-15",
    streetAddress: "Piazza Roma, 20831 Seregno",
    text: {
      it: {
        title: "Parco XXV Aprile",
        summary: "Il giardino pubblico in centro città, in piazza Roma: alberi, panchine e giochi per bambini a pochi passi dai negozi.",
        body: "Il Parco XXV Aprile è l'area verde di piazza Roma, nel centro di Seregno. È stato riaperto nel 2019, dopo lavori di cura degli alberi, e ha panchine e giochi per bambini.\n\nÈ un luogo tranquillo per una pausa all'ombra durante le commissioni in centro e per far giocare i bambini.",
      },
      en: {
        title: "Parco XXV Aprile",
        summary: "The public garden in the town centre, in Piazza Roma: trees, benches and a children's playground a short walk from the shops.",
        body: "Parco XXV Aprile is the green area of Piazza Roma, in the centre of Seregno. It reopened in 2019, after work on the trees, and has benches and children's play equipment.\n\nIt is a quiet place for a break in the shade while shopping in the centre and for children to play.",
      },
    },
  },

  // ───────────────────────────── Vivere il Comune › Eventi ─────────────────────────────
  {
    slug: "concerto-di-natale-2026",
    kind: "event",
    office: "biblioteca",
    publishedAt: "2026-10-26",
    startsAt: "2026-12-13T16:00:00",
    endsAt: "2026-12-13T18:00:00",
    streetAddress: "L'Auditorium, Piazza Risorgimento, 20831 Seregno",
    text: {
      it: {
        title: "Concerto di Natale all'Auditorium",
        summary: "Domenica 13 dicembre alle 16 le scuole di musica e i cori della città festeggiano il Natale all'Auditorium. Ingresso libero fino a esaurimento posti.",
        body: "Domenica 13 dicembre 2026, alle ore 16, L'Auditorium di piazza Risorgimento ospita il tradizionale concerto di Natale. Sul palco i giovani musicisti delle scuole a indirizzo musicale e i cori della città, con un programma di brani classici e canti natalizi.\n\nL'ingresso è libero fino a esaurimento dei posti. La sala è accessibile alle persone in sedia a rotelle: per un posto riservato scrivi a biblioteca@comune.seregno.mb.it.",
      },
      en: {
        title: "Christmas concert at L'Auditorium",
        summary: "On Sunday 13 December at 4 pm the town's music schools and choirs celebrate Christmas at L'Auditorium. Free entry while seats last.",
        body: "On Sunday 13 December 2026, at 4 pm, L'Auditorium in Piazza Risorgimento hosts the traditional Christmas concert. On stage are the young musicians of the schools with a music programme and the town's choirs, with classical pieces and Christmas songs.\n\nEntry is free while seats last. The hall is accessible to wheelchair users: for a reserved place write to biblioteca@comune.seregno.mb.it.",
      },
    },
  },
  {
    slug: "letture-sotto-l-albero-2026",
    kind: "event",
    office: "biblioteca",
    publishedAt: "2026-10-26",
    startsAt: "2026-12-19T10:30:00",
    endsAt: "2026-12-19T12:00:00",
    streetAddress: "Biblioteca civica Ettore Pozzoli, Piazza Monsignor Gandini, 20831 Seregno",
    text: {
      it: {
        title: "Letture sotto l'albero in biblioteca",
        summary: "Sabato 19 dicembre alle 10:30 storie di Natale lette ad alta voce per bambini dai 3 ai 7 anni, con un piccolo laboratorio. Gratis, con prenotazione.",
        body: "Sabato 19 dicembre 2026, dalle 10:30 alle 12, la sezione ragazzi della Biblioteca civica Ettore Pozzoli aspetta i bambini dai 3 ai 7 anni per un'ora di storie di Natale lette ad alta voce dai volontari, seguita da un piccolo laboratorio di decorazioni.\n\nLa partecipazione è gratuita, ma i posti sono limitati: prenota al banco della biblioteca, al telefono 0362 263190 o per e-mail a biblioteca@comune.seregno.mb.it. I bambini devono essere accompagnati da un adulto.",
      },
      en: {
        title: "Stories under the tree at the library",
        summary: "On Saturday 19 December at 10:30 Christmas stories read aloud for children aged 3 to 7, with a small craft workshop. Free, booking required.",
        body: "On Saturday 19 December 2026, from 10:30 to 12:00, the children's section of the Ettore Pozzoli Public Library welcomes children aged 3 to 7 for an hour of Christmas stories read aloud by volunteers, followed by a small workshop making decorations.\n\nTaking part is free, but places are limited: book at the library desk, by phone on 0362 263190 or by e-mail at biblioteca@comune.seregno.mb.it. Children must be accompanied by an adult.",
      },
    },
  },
  {
    slug: "giorno-della-memoria-2027",
    kind: "event",
    office: "biblioteca",
    publishedAt: "2026-10-26",
    startsAt: "2027-01-27T20:45:00",
    endsAt: "2027-01-27T22:30:00",
    streetAddress: "L'Auditorium, Piazza Risorgimento, 20831 Seregno",
    text: {
      it: {
        title: "Giorno della Memoria: serata all'Auditorium",
        summary: "Mercoledì 27 gennaio alle 20:45 letture, musica e testimonianze per ricordare le vittime della Shoah, con gli studenti delle scuole di Seregno.",
        body: "Il 27 gennaio è il Giorno della Memoria, in ricordo delle vittime della Shoah e delle persecuzioni nazifasciste. Mercoledì 27 gennaio 2027, alle 20:45, L'Auditorium di piazza Risorgimento ospita una serata di letture, musica e testimonianze preparata insieme agli studenti delle scuole della città.\n\nL'ingresso è libero fino a esaurimento dei posti. Nei giorni precedenti la biblioteca propone una bibliografia di libri e film sul tema, da prendere in prestito.",
      },
      en: {
        title: "Holocaust Remembrance Day: evening at L'Auditorium",
        summary: "On Wednesday 27 January at 8:45 pm readings, music and testimonies to remember the victims of the Shoah, with students from Seregno's schools.",
        body: "27 January is Holocaust Remembrance Day, in memory of the victims of the Shoah and of Nazi-Fascist persecution. On Wednesday 27 January 2027, at 8:45 pm, L'Auditorium in Piazza Risorgimento hosts an evening of readings, music and testimonies prepared together with students from the town's schools.\n\nEntry is free while seats last. In the days before, the library offers a list of books and films on the subject to borrow.",
      },
    },
  },
  {
    slug: "carnevale-2027",
    kind: "event",
    office: "urp",
    publishedAt: "2026-10-26",
    startsAt: "2027-02-13T14:30:00",
    endsAt: "2027-02-13T18:00:00",
    streetAddress: "Centro storico, 20831 Seregno",
    text: {
      it: {
        title: "Carnevale in centro",
        summary: "Sabato 13 febbraio, ultimo giorno del Carnevale ambrosiano, sfilata dei gruppi mascherati per le vie del centro e festa per i bambini in piazza.",
        body: "Sabato 13 febbraio 2027, ultimo giorno del Carnevale ambrosiano, il centro di Seregno si riempie di maschere. Dalle 14:30 i gruppi mascherati delle scuole, degli oratori e delle associazioni sfilano per le vie del centro, con musica e animazione per i bambini.\n\nDurante la sfilata alcune vie del centro sono chiuse al traffico e la sosta è vietata lungo il percorso: guarda i cartelli e l'ordinanza della Polizia Locale. Per rispetto di tutti, non si usano bombolette spray e si buttano i coriandoli e gli altri rifiuti negli appositi contenitori.",
      },
      en: {
        title: "Carnival in the town centre",
        summary: "On Saturday 13 February, the last day of the Ambrosian Carnival, a parade of masked groups through the centre and a children's party in the square.",
        body: "On Saturday 13 February 2027, the last day of the Ambrosian Carnival, the centre of Seregno fills with masks. From 2:30 pm masked groups from schools, parish youth clubs and associations parade through the streets of the centre, with music and entertainment for children.\n\nDuring the parade some streets in the centre are closed to traffic and parking is banned along the route: check the signs and the Local Police order. Out of respect for everyone, spray cans are not used and confetti and other litter go in the bins provided.",
      },
    },
  },
  {
    slug: "puliamo-la-porada-2027",
    kind: "event",
    office: "ambiente",
    publishedAt: "2026-10-26",
    startsAt: "2027-03-20T09:00:00",
    endsAt: "2027-03-20T12:30:00",
    streetAddress: "Parco 2 Giugno, Località Porada, 20831 Seregno",
    text: {
      it: {
        title: "Puliamo la Porada: mattinata di volontariato nel parco",
        summary: "Sabato 20 marzo dalle 9 alle 12:30 cittadini, famiglie e associazioni puliscono insieme il Parco 2 Giugno. Guanti e sacchi li fornisce il Comune.",
        body: "Sabato 20 marzo 2027, all'inizio della primavera, il Comune invita cittadini, famiglie, scuole e associazioni a una mattinata di pulizia del Parco 2 Giugno alla Porada, dalle 9 alle 12:30.\n\nIl ritrovo è all'ingresso principale del parco. Guanti, pinze e sacchi per la raccolta differenziata sono forniti dal Comune, e il gestore del servizio rifiuti porta via quanto raccolto. I bambini partecipano con un adulto.\n\nPer organizzare i gruppi è utile iscriversi: scrivi ad ambiente@comune.seregno.mb.it o chiama lo 0362 263160. In caso di pioggia forte la mattinata è rinviata al sabato dopo.",
      },
      en: {
        title: "Let's clean up the Porada: volunteer morning in the park",
        summary: "On Saturday 20 March from 9:00 to 12:30 citizens, families and associations clean up Parco 2 Giugno together. The Comune provides gloves and bags.",
        body: "On Saturday 20 March 2027, at the start of spring, the Comune invites citizens, families, schools and associations to a morning cleaning Parco 2 Giugno at the Porada, from 9:00 to 12:30.\n\nThe meeting point is the main entrance of the park. Gloves, litter pickers and bags for separate collection are provided by the Comune, and the waste service operator takes away what is collected. Children take part with an adult.\n\nSigning up helps organise the groups: write to ambiente@comune.seregno.mb.it or call 0362 263160. In heavy rain the morning is postponed to the following Saturday.",
      },
    },
  },
];
