import type { Localized } from "../types";

/**
 * "In parole semplici" for every service of the demo catalogue (issue 7 §2), by service slug: a few
 * short sentences, second person, everyday words, no abbreviation left unexplained. Kept apart from
 * the long texts of services.ts so that a plain-language review reads them all in one place;
 * db/seed/index.ts refuses to seed a service without one, and tests/unit/service-plain-summaries.test.ts
 * checks both languages.
 */
export const plainSummaries: Record<string, Localized<string>> = {
  "tari-pagamento": {
    it: "La TARI è la tassa che paghi al Comune per la raccolta dei rifiuti. Qui vedi quanto devi e fino a quando puoi pagare. Puoi pagare online o stampare il modulo per pagare in banca, alla posta o in tabaccheria.",
    en: "TARI is the tax you pay the Comune for rubbish collection. Here you see how much you owe and by when you can pay. You can pay online or print the form to pay at a bank, post office or tobacconist's.",
  },
  "tari-iscrizione": {
    it: "Se vai ad abitare in una casa di Seregno, o apri un negozio o un ufficio, devi dirlo al Comune entro 90 giorni. Così il Comune calcola quanto paghi per la raccolta dei rifiuti. Puoi farlo da casa, con questo modulo online.",
    en: "If you move into a home in Seregno, or open a shop or an office, you must tell the Comune within 90 days. The Comune then works out how much you pay for rubbish collection. You can do it from home with this online form.",
  },
  "tari-variazione": {
    it: "Se nella tua casa o nel tuo locale cambia qualcosa, dillo al Comune. Per esempio: sono cambiati i metri quadrati, le persone che ci abitano o chi paga. Così paghi il giusto per la raccolta dei rifiuti.",
    en: "If something changes in your home or premises, tell the Comune. For example: the square metres, the people living there or who pays have changed. That way you pay the right amount for rubbish collection.",
  },
  "tari-cessazione": {
    it: "Se lasci una casa o chiudi un locale a Seregno, dillo al Comune. Così smetti di pagare la tassa sui rifiuti per quei locali. Ti servono la data in cui li hai lasciati e, se ce l'hai, il verbale di riconsegna delle chiavi.",
    en: "If you leave a home or close premises in Seregno, tell the Comune. That way you stop paying the rubbish tax for them. You need the date you left and, if you have it, the record of the keys being handed back.",
  },
  "tari-riduzioni": {
    it: "In alcuni casi puoi pagare meno per la raccolta dei rifiuti. Per esempio se fai il compost in giardino o se la casa è usata solo pochi mesi all'anno. Chiedi la riduzione con questo modulo: l'ufficio controlla e ti risponde.",
    en: "In some cases you can pay less for rubbish collection. For example if you compost in your garden or the home is used only a few months a year. Ask for the reduction with this form: the office checks and replies.",
  },
  "tari-rimborso": {
    it: "Se hai pagato la tassa sui rifiuti due volte, o più del dovuto, puoi riavere i soldi. Scrivi quanto hai pagato in più e perché. Il Comune controlla e ti restituisce la somma sul tuo conto in banca.",
    en: "If you paid the rubbish tax twice, or more than you owed, you can get the money back. Write how much extra you paid and why. The Comune checks and pays the money back into your bank account.",
  },
  "imu-pagamento": {
    it: "L'IMU è la tassa sulle case e sui terreni che possiedi. Di solito non la paghi sulla casa dove abiti. Qui puoi calcolare quanto devi e stampare il modulo già compilato per pagare in banca, alla posta o online.",
    en: "IMU is the tax on the homes and land you own. You usually do not pay it on the home you live in. Here you can work out how much you owe and print the ready-made form to pay at a bank, post office or online.",
  },
  "imu-dichiarazione": {
    it: "A volte il Comune non può sapere da solo che qualcosa è cambiato nei tuoi immobili. Per esempio se presti gratis una casa a tuo figlio o se una casa non si può abitare. In questi casi devi dirlo tu, con la dichiarazione IMU, entro il 30 giugno dell'anno dopo.",
    en: "Sometimes the Comune cannot know by itself that something changed in your properties. For example if you lend a home free of charge to your child, or a home cannot be lived in. In these cases you must tell it, with the IMU return, by 30 June of the following year.",
  },
  "imu-rimborso": {
    it: "Se hai pagato l'IMU, la tassa sulle case, più del dovuto, puoi chiedere indietro la differenza. Hai tempo 5 anni dal giorno in cui hai pagato. Scrivi quanto hai pagato in più e per quale immobile: il Comune controlla e ti restituisce i soldi.",
    en: "If you paid more IMU, the property tax, than you owed, you can ask for the difference back. You have 5 years from the day you paid. Write how much extra you paid and for which property: the Comune checks and pays you back.",
  },
  "tributi-rettifica": {
    it: "Nella tua pagina delle tasse comunali vedi le case e i pagamenti che il Comune conosce. Se qualcosa è sbagliato, per esempio una casa che non è tua o un pagamento che manca, dillo all'Ufficio Tributi. L'ufficio controlla e corregge.",
    en: "Your municipal tax page shows the homes and payments the Comune knows about. If something is wrong, for example a home that is not yours or a missing payment, tell the Tax Office. The office checks and corrects it.",
  },
  "multe-pagamento": {
    it: "Se hai preso una multa a Seregno, puoi pagarla online. Ti serve il numero scritto sulla multa e la targa. Se paghi entro 5 giorni da quando l'hai ricevuta, paghi il 30% in meno.",
    en: "If you got a fine in Seregno, you can pay it online. You need the number written on the fine and the number plate. If you pay within 5 days of receiving it, you pay 30% less.",
  },
  "multe-ricorso": {
    it: "Se pensi che una multa sia sbagliata, puoi chiedere di annullarla. Puoi rivolgerti al Prefetto entro 60 giorni, gratis, anche con questo modulo online. Oppure al Giudice di pace entro 30 giorni, pagando una tassa.",
    en: "If you think a fine is wrong, you can ask for it to be cancelled. You can go to the Prefect within 60 days, free of charge, also with this online form. Or to the Justice of the Peace within 30 days, paying a fee.",
  },
  "multe-dati-conducente": {
    it: "Alcune multe tolgono punti dalla patente di chi guidava. Se l'auto è tua, devi dire chi era alla guida entro 60 giorni. Puoi farlo online. Se non lo fai, paghi un'altra multa.",
    en: "Some fines take points off the licence of the person who was driving. If the car is yours, you must say who was driving within 60 days. You can do it online. If you do not, you pay another fine.",
  },
  "contrassegno-disabili": {
    it: "Se hai una disabilità che ti rende difficile camminare, puoi avere un contrassegno per l'auto. Con il contrassegno parcheggi nei posti riservati e entri nelle zone dove le auto non possono passare. Ti serve un certificato dell'ufficio medico dell'ASST, cioè dell'azienda sanitaria pubblica, e una fototessera.",
    en: "If you have a disability that makes walking difficult, you can get a badge for the car. With the badge you park in reserved spaces and enter areas closed to cars. You need a certificate from the medical office of the ASST, the public health service, and a passport photo.",
  },
  "permesso-ztl": {
    it: "Nel centro di Seregno ci sono strade dove le auto possono entrare solo con un permesso. Se abiti, lavori o devi fare consegne lì, chiedi il permesso. Ti servono la targa e il motivo per cui devi entrare.",
    en: "In the centre of Seregno some streets can be entered by car only with a permit. If you live, work or deliver goods there, apply for the permit. You need the number plate and the reason you have to enter.",
  },
  "certificati-anagrafici": {
    it: "Un certificato è un foglio ufficiale che dice dove abiti, chi è nella tua famiglia o dove sei nato. Puoi scaricarlo da solo dal sito nazionale, gratis, entrando con la tua identità digitale SPID o con la carta d'identità elettronica. Se preferisci, chiedilo allo sportello del Comune.",
    en: "A certificate is an official paper that says where you live, who is in your family or where you were born. You can download it yourself from the national website, free of charge, logging in with your SPID digital identity or your electronic identity card. If you prefer, ask for it at the Comune's counter.",
  },
  "cambio-residenza": {
    it: "Se vieni ad abitare a Seregno, o cambi casa in città, devi dirlo al Comune entro 20 giorni. Puoi farlo online. Dopo, la Polizia Locale passa a controllare che abiti davvero lì.",
    en: "If you come to live in Seregno, or move to another home in town, you must tell the Comune within 20 days. You can do it online. Afterwards, the Local Police come by to check that you really live there.",
  },
  "carta-identita-elettronica": {
    it: "La carta d'identità elettronica è il documento che dice chi sei. Serve anche per viaggiare e per entrare nei siti della pubblica amministrazione. Prenota un appuntamento e porta una fototessera e la tessera sanitaria. La nuova carta arriva entro 6 giorni lavorativi.",
    en: "The electronic identity card is the document that says who you are. It is also used to travel and to log in to public administration websites. Book an appointment and bring a passport photo and your health card. The new card arrives within 6 working days.",
  },
  "matrimonio-unione-civile": {
    it: "Se vuoi sposarti in Comune o fare un'unione civile, prima devi presentare una richiesta. L'ufficio controlla i documenti e pubblica l'annuncio. Poi scegliete insieme il giorno e la sala per la cerimonia.",
    en: "If you want to marry at the town hall or enter a civil union, you first have to apply. The office checks the documents and publishes the notice. Then you choose the day and the hall for the ceremony together.",
  },
  "pratiche-edilizie": {
    it: "Se vuoi fare lavori in casa o costruire, a volte devi avvisare il Comune o chiedere un permesso. Dipende da quanto sono grandi i lavori. Di solito se ne occupa un tecnico, come un geometra o un architetto, che presenta i documenti online per te.",
    en: "If you want to do works at home or build, sometimes you must tell the Comune or ask for a permit. It depends on how big the works are. Usually a technician, such as a surveyor or an architect, sends the documents online for you.",
  },
  "accesso-atti": {
    it: "Puoi chiedere di vedere un documento del Comune o di averne una copia. Per esempio il progetto di una casa o una decisione che ti riguarda. Scrivi quale documento vuoi e perché: l'ufficio ti risponde entro 30 giorni.",
    en: "You can ask to see a document held by the Comune or to get a copy. For example the plans of a building or a decision that concerns you. Write which document you want and why: the office replies within 30 days.",
  },
  "lampade-votive": {
    it: "Puoi far accendere una piccola luce sulla tomba di una persona cara nei cimiteri del Comune. La luce resta accesa tutto l'anno e paghi una quota ogni anno. Con questo modulo puoi anche passarla a un altro familiare o disdirla.",
    en: "You can have a small light lit on the grave of a loved one in the municipal cemeteries. The light stays on all year and you pay a yearly charge. With this form you can also pass it to another relative or cancel it.",
  },
  "concessioni-cimiteriali": {
    it: "Nei cimiteri del Comune puoi avere un posto per la sepoltura di una persona cara, per un certo numero di anni. Il posto può essere per la bara, per le ossa o per le ceneri. Quando gli anni finiscono, puoi chiedere di rinnovarlo.",
    en: "In the municipal cemeteries you can have a place to bury a loved one, for a set number of years. The place can be for the coffin, the bones or the ashes. When the years are over, you can ask to renew it.",
  },
  "mensa-scolastica": {
    it: "Iscrivi tuo figlio alla mensa della scuola, così può pranzare a scuola. Se ha bisogno di un menù diverso per salute o religione, puoi chiederlo. Se la tua famiglia ha un reddito basso, puoi pagare meno.",
    en: "Enrol your child in the school canteen so they can have lunch at school. If they need a different menu for health or religious reasons, you can ask for it. If your family has a low income, you can pay less.",
  },
  "trasporto-scolastico": {
    it: "Se tuo figlio abita lontano dalla scuola, può andare e tornare con lo scuolabus del Comune. Iscrivilo prima dell'inizio della scuola. L'ufficio ti dice la fermata e gli orari.",
    en: "If your child lives far from school, they can go and come back on the Comune's school bus. Enrol them before the school year starts. The office tells you the stop and the times.",
  },
  "asilo-nido-iscrizione": {
    it: "Se tuo figlio ha tra 3 mesi e 3 anni, puoi chiedere un posto in un asilo nido del Comune. Quanto paghi dipende da quanto guadagna la tua famiglia. I posti sono pochi: c'è una graduatoria, cioè una lista in ordine di punteggio.",
    en: "If your child is between 3 months and 3 years old, you can ask for a place in a municipal nursery. How much you pay depends on your family's income. Places are few: there is a ranking list, in order of points.",
  },
  "contributi-economici": {
    it: "Se tu o la tua famiglia non riuscite a pagare le spese di tutti i giorni, come l'affitto o le bollette, puoi chiedere un aiuto al Comune. Prima parli con un'assistente sociale. Insieme decidete di cosa hai bisogno.",
    en: "If you or your family cannot pay everyday costs, such as rent or bills, you can ask the Comune for help. First you talk to a social worker. Together you decide what you need.",
  },
  "assistenza-domiciliare-anziani": {
    it: "Se tu o un tuo familiare avete bisogno di aiuto in casa, per lavarvi, vestirvi o fare la spesa, il Comune può mandare un operatore. Così puoi restare a vivere a casa tua. Chiama i Servizi Sociali per un primo colloquio.",
    en: "If you or a relative need help at home, to wash, get dressed or do the shopping, the Comune can send a care worker. That way you can go on living in your own home. Call the Social Services for a first talk.",
  },
  "segnalazione-disservizio": {
    it: "Se vedi un problema in città, come una buca o un lampione spento, dillo al Comune. Puoi anche segnalare un servizio del Comune che non ha funzionato. Puoi aggiungere una foto. Ti rispondiamo entro 30 giorni.",
    en: "If you see a problem in town, such as a pothole or a street light that is out, tell the Comune. You can also report a municipal service that did not work. You can add a photo. We reply within 30 days.",
  },
  "ritiro-ingombranti": {
    it: "I rifiuti grandi, come mobili, materassi o frigoriferi, non vanno nei cassonetti. Puoi prenotare il ritiro sotto casa tua. Oppure puoi portarli tu al centro di raccolta del Comune: per le famiglie di solito è gratis.",
    en: "Large rubbish, such as furniture, mattresses or fridges, does not go in the bins. You can book a collection outside your home. Or you can take it yourself to the municipal recycling centre: for households it is usually free.",
  },
  "anagrafe-canina": {
    it: "Se hai un cane, devi farlo registrare con un microchip, un piccolo segno di riconoscimento messo sotto la pelle dal veterinario. Così, se si perde, lo ritrovi più facilmente. Se il tuo cane si perde o ne trovi uno, avvisa subito il Comune.",
    en: "If you have a dog, you must have it registered with a microchip, a small tag put under its skin by the vet. That way, if it gets lost, it is easier to find. If your dog gets lost or you find one, tell the Comune straight away.",
  },
  "iscrizione-biblioteca": {
    it: "Iscriverti alla biblioteca è gratis. Con la tessera prendi in prestito libri, film e audiolibri, anche nelle biblioteche dei paesi vicini. Puoi anche leggere libri sul telefono o sul computer.",
    en: "Joining the library is free. With the card you borrow books, films and audiobooks, also in the libraries of nearby towns. You can also read books on your phone or computer.",
  },
  "prenotazione-sale-comunali": {
    it: "Se vuoi organizzare un incontro, un concerto o una mostra, puoi chiedere di usare una sala del Comune. Scrivi il giorno, l'orario e cosa vuoi fare. L'ufficio ti dice se la sala è libera e quanto costa.",
    en: "If you want to organise a meeting, a concert or an exhibition, you can ask to use a municipal hall. Write the day, the time and what you want to do. The office tells you if the hall is free and how much it costs.",
  },
  "occupazione-suolo-pubblico": {
    it: "Se vuoi usare una parte di strada, marciapiede o piazza, ti serve un permesso del Comune. Per esempio per i tavolini di un bar, un ponteggio o un trasloco. Chiedilo almeno 15 giorni prima, o 30 giorni prima se l'uso è per sempre.",
    en: "If you want to use part of a street, pavement or square, you need a permit from the Comune. For example for a café's tables, scaffolding or a house move. Ask for it at least 15 days before, or 30 days before if the use is permanent.",
  },
  "tessera-elettorale": {
    it: "La tessera elettorale è il cartoncino che porti al seggio quando voti. Se l'hai persa, se è rovinata o se non ha più spazi per i timbri, chiedine una nuova all'Ufficio Elettorale. Puoi chiederla online o allo sportello.",
    en: "The voter card is the small card you take to the polling station when you vote. If you lost it, it is damaged or it has no more spaces for stamps, ask the Electoral Office for a new one. You can ask for it online or at the counter.",
  },
};
