import type { FaqSeed } from "../types";

/** Frequently asked questions of the demo desk, in the order they are shown. */
export const faqs: FaqSeed[] = [
  {
    text: {
      it: {
        question: "Come entro nell'area personale dello sportello?",
        answer: "Premi «Accedi all'area personale» in alto a destra e scegli come entrare: con SPID (l'identità digitale), con la CIE (la carta d'identità elettronica) o con la CNS (la tessera sanitaria attivata). Con SPID inserisci nome utente e password del tuo gestore e confermi con l'app o con il codice che ricevi. Con la CIE usi l'app CieID sul telefono, oppure un lettore di carte sul computer, e il PIN della carta. Dopo l'accesso trovi le tue domande, i messaggi, i documenti e i pagamenti.",
      },
      en: {
        question: "How do I log in to the personal area of the desk?",
        answer: "Press \"Log in to the personal area\" at the top right and choose how to log in: with SPID (the digital identity), with CIE (the electronic identity card) or with CNS (an activated health card). With SPID you enter your provider's username and password and confirm with the app or with the code you receive. With CIE you use the CieID app on your phone, or a card reader on your computer, and the card's PIN. Once logged in you find your applications, messages, documents and payments.",
      },
    },
  },
  {
    text: {
      it: {
        question: "Non ho SPID: come posso fare?",
        answer: "Hai diverse possibilità.\n\n- Chiedi SPID a uno dei gestori riconosciuti: l'elenco è sul sito spid.gov.it. Per chi ha un documento valido e un telefono, di solito è gratuito.\n- Usa la carta d'identità elettronica (CIE) con l'app CieID: ti servono il PIN e il PUK che hai ricevuto con la carta.\n- Chiedi a un familiare di presentare la domanda per te con una delega.\n- Vieni all'Ufficio Relazioni con il Pubblico: ti aiutiamo a presentare la domanda.",
      },
      en: {
        question: "I do not have SPID: what can I do?",
        answer: "You have several options.\n\n- Get SPID from one of the recognised providers: the list is on spid.gov.it. For anyone with a valid ID document and a phone, it is usually free.\n- Use the electronic identity card (CIE) with the CieID app: you need the PIN and PUK you received with the card.\n- Ask a relative to submit the application for you with a delegation.\n- Come to the Public Relations Office: we help you submit the application.",
      },
    },
  },
  {
    text: {
      it: {
        question: "Un familiare o un CAF può fare la domanda al posto mio?",
        answer: "Sì. Nell'area personale puoi dare una delega a un'altra persona, per esempio un figlio, o a un CAF o patronato: la persona delegata entra con il proprio SPID o la propria CIE e può presentare domande e seguire le pratiche a tuo nome, per i servizi che scegli tu. Puoi togliere la delega quando vuoi. Se non puoi usare lo sportello, la delega si può fare anche allo sportello dell'URP, firmando un modulo e portando i documenti d'identità tuo e del delegato. Tutori e amministratori di sostegno agiscono con l'atto di nomina del giudice.",
      },
      en: {
        question: "Can a relative or a CAF apply on my behalf?",
        answer: "Yes. In your personal area you can give a delegation to another person, for example a son or daughter, or to a tax assistance centre (CAF) or patronato: the delegate logs in with their own SPID or CIE and can submit applications and follow cases in your name, for the services you choose. You can withdraw the delegation whenever you like. If you cannot use the desk, the delegation can also be made at the URP counter, by signing a form and bringing your identity document and the delegate's. Guardians and support administrators act with the judge's appointment order.",
      },
    },
  },
  {
    text: {
      it: {
        question: "Come so a che punto è la mia domanda?",
        answer: "Entra nell'area personale e apri «Le mie domande». Per ogni domanda vedi il numero di protocollo, la data di invio e lo stato: inviata, presa in carico, in attesa di integrazioni, accolta o respinta. Quando l'ufficio ti scrive o ti chiede un documento ricevi anche un'e-mail, e puoi rispondere dall'area personale. Nella pagina di ogni servizio, alla voce «Tempi e scadenze», trovi entro quando il Comune deve rispondere.",
      },
      en: {
        question: "How do I know where my application stands?",
        answer: "Log in to your personal area and open \"My applications\". For each application you see the registration number, the date it was sent and its status: sent, taken in charge, waiting for more documents, accepted or rejected. When the office writes to you or asks for a document you also get an e-mail, and you can reply from your personal area. On the page of each service, under \"Times and deadlines\", you find by when the Comune must reply.",
      },
    },
  },
  {
    category: "tributi-finanze-e-contravvenzioni",
    text: {
      it: {
        question: "Come pago la TARI e l'IMU?",
        answer: "Per la TARI ricevi un avviso di pagamento pagoPA. Puoi pagarlo online dall'area personale, con l'app IO, con l'home banking, oppure in banca, alla posta, in tabaccheria e negli altri punti pagoPA. Con l'avviso c'è anche il modello F24, se preferisci pagare così.\n\nL'IMU si paga con il modello F24 entro il 16 giugno (acconto) e il 16 dicembre (saldo). Nell'area personale trovi il calcolo e l'F24 già compilato: lo paghi con l'home banking, in banca o alla posta. Il codice del Comune di Seregno da scrivere nell'F24 è I625.",
      },
      en: {
        question: "How do I pay TARI and IMU?",
        answer: "For TARI you receive a pagoPA payment notice. You can pay it online from your personal area, with the IO app, through online banking, or at a bank, post office, tobacconist or other pagoPA outlets. The notice also comes with the F24 form, if you prefer to pay that way.\n\nIMU is paid with the F24 form by 16 June (first instalment) and 16 December (balance). In your personal area you find the calculation and the completed F24: you pay it through online banking, at a bank or at a post office. The code of the Comune di Seregno to write on the F24 is I625.",
      },
    },
  },
  {
    category: "tributi-finanze-e-contravvenzioni",
    text: {
      it: {
        question: "Cos'è il codice avviso che trovo sull'avviso di pagamento?",
        answer: "Il codice avviso è un numero di 18 cifre che identifica quel singolo pagamento. Insieme al codice fiscale del Comune (l'ente creditore), anch'esso stampato sull'avviso, permette a qualsiasi banca, ufficio postale, tabaccheria o app di trovare il pagamento e il suo importo giusto. Puoi anche inquadrare il codice QR dell'avviso con l'app della banca o con l'app IO. Ogni rata ha il suo codice avviso: controlla di pagare quella giusta.",
      },
      en: {
        question: "What is the notice code on the payment notice?",
        answer: "The notice code (codice avviso) is an 18-digit number that identifies that single payment. Together with the Comune's tax code (the creditor body), also printed on the notice, it lets any bank, post office, tobacconist or app find the payment and its correct amount. You can also scan the notice's QR code with your bank's app or the IO app. Each instalment has its own notice code: make sure you pay the right one.",
      },
    },
  },
  {
    category: "tributi-finanze-e-contravvenzioni",
    text: {
      it: {
        question: "Ho dimenticato di pagare una rata: cosa succede?",
        answer: "Puoi rimediare da solo con il ravvedimento operoso: paghi la rata con una piccola sanzione ridotta e gli interessi legali. Più presto paghi, più bassa è la sanzione. Puoi farlo finché il Comune non ti ha mandato un avviso di accertamento. Per l'IMU si usa l'F24 con la casella «Ravv.» barrata; per la TARI chiedi all'Ufficio Tributi l'importo aggiornato. Se non paghi, il Comune manda un avviso di accertamento con una sanzione più alta.",
      },
      en: {
        question: "I forgot to pay an instalment: what happens?",
        answer: "You can put it right yourself with the ravvedimento operoso: you pay the instalment with a small reduced penalty and the legal interest. The sooner you pay, the lower the penalty. You can do this until the Comune has sent you an assessment notice. For IMU you use the F24 with the \"Ravv.\" box ticked; for TARI ask the Tax Office for the updated amount. If you do not pay, the Comune sends an assessment notice with a higher penalty.",
      },
    },
  },
  {
    category: "giustizia-e-sicurezza-pubblica",
    text: {
      it: {
        question: "Ho ricevuto una multa: come la pago o come faccio ricorso?",
        answer: "Se la multa è giusta, pagala con pagoPA usando il codice avviso del verbale, anche dall'area personale. Se paghi entro 5 giorni dalla notifica, per la maggior parte delle violazioni la somma è ridotta del 30%; entro 60 giorni paghi la somma intera.\n\nSe pensi che sia sbagliata, non pagarla: pagando non puoi più fare ricorso. Puoi fare ricorso al Prefetto entro 60 giorni, gratis, o al Giudice di pace entro 30 giorni, pagando il contributo unificato. Se la multa prevede il taglio dei punti, ricorda anche di comunicare chi guidava entro 60 giorni.",
      },
      en: {
        question: "I got a traffic fine: how do I pay it or appeal?",
        answer: "If the fine is correct, pay it with pagoPA using the notice code on the fine, also from your personal area. If you pay within 5 days of notification, for most offences the amount is reduced by 30%; within 60 days you pay the full amount.\n\nIf you think it is wrong, do not pay it: once you pay you can no longer appeal. You can appeal to the Prefect within 60 days, free of charge, or to the Justice of the Peace within 30 days, paying the court fee. If the fine carries a loss of licence points, remember to say who was driving within 60 days.",
      },
    },
  },
  {
    category: "anagrafe-e-stato-civile",
    text: {
      it: {
        question: "Come ottengo un certificato anagrafico online?",
        answer: "Vai sul portale dell'Anagrafe nazionale (ANPR), entra con SPID, CIE o CNS, scegli il certificato (residenza, stato di famiglia, nascita e altri) e scaricalo subito in PDF, per te o per un componente della tua famiglia. Non paghi diritti di segreteria; se il certificato non è esente, il bollo si paga online. Ricorda che a uffici pubblici, scuole, ospedali e gestori di servizi pubblici non serve il certificato: basta l'autocertificazione.",
      },
      en: {
        question: "How do I get a registry certificate online?",
        answer: "Go to the national population register portal (ANPR), log in with SPID, CIE or CNS, choose the certificate (residence, family status, birth and others) and download it at once as a PDF, for yourself or a member of your household. You pay no administrative fees; if the certificate is not exempt, the stamp duty is paid online. Remember that public offices, schools, hospitals and public service providers do not need a certificate: a self-declaration is enough.",
      },
    },
  },
  {
    category: "anagrafe-e-stato-civile",
    text: {
      it: {
        question: "Mi sono trasferito: come cambio la residenza e cos'altro devo fare?",
        answer: "Dichiara la nuova residenza entro 20 giorni dal trasloco con il servizio «Cambio di residenza», online o allo sportello. Il Comune ti registra entro 2 giorni lavorativi e la Polizia Locale verifica entro 45 giorni che abiti davvero lì.\n\nRicorda anche di:\n\n- iscriverti alla TARI per la nuova casa, e fare la cessazione per la vecchia, entro 90 giorni;\n- indicare le targhe dei veicoli e la patente nella dichiarazione, per aggiornare i dati della Motorizzazione;\n- comunicare il nuovo indirizzo al medico di famiglia, alla banca e ai fornitori di luce, gas e telefono.",
      },
      en: {
        question: "I have moved: how do I change my residence and what else must I do?",
        answer: "Declare your new residence within 20 days of moving with the \"Change of residence\" service, online or at the counter. The Comune registers you within 2 working days and the Local Police checks within 45 days that you really live there.\n\nRemember also to:\n\n- register for TARI at the new home, and close the account for the old one, within 90 days;\n- give your vehicles' number plates and your driving licence in the declaration, so the Motor Vehicle Office data are updated;\n- give your new address to your family doctor, your bank and your electricity, gas and phone providers.",
      },
    },
  },
  {
    text: {
      it: {
        question: "Chi posso chiamare se ho bisogno di aiuto?",
        answer: "Chiama l'Ufficio Relazioni con il Pubblico (URP) allo 0362 263101 o scrivi a urp@comune.seregno.mb.it. L'URP è aperto dal lunedì al venerdì dalle 8:30 alle 12:30 e il giovedì anche dalle 14:30 alle 17:30, in Piazza Martiri della Libertà 1. Per le domande su un servizio preciso trovi i contatti dell'ufficio responsabile in fondo alla pagina del servizio. Per TARI e IMU: Ufficio Tributi, 0362 263260, info.tributi@seregno.info.",
      },
      en: {
        question: "Who can I call if I need help?",
        answer: "Call the Public Relations Office (URP) on 0362 263101 or write to urp@comune.seregno.mb.it. The URP is open Monday to Friday 8:30-12:30 and Thursday also 14:30-17:30, at Piazza Martiri della Libertà 1. For questions about a specific service you find the contact details of the office in charge at the bottom of the service page. For TARI and IMU: Tax Office, 0362 263260, info.tributi@seregno.info.",
      },
    },
  },
  {
    category: "ambiente",
    text: {
      it: {
        question: "Come segnalo un problema in città, come una buca o un lampione spento?",
        answer: "Usa il servizio «Segnalare un disservizio»: indica il luogo sulla mappa, descrivi il problema e, se puoi, aggiungi una foto. Ricevi un numero di segnalazione e puoi seguirla nell'area personale; il Comune risponde entro 30 giorni. Con lo stesso servizio puoi fare un reclamo su un servizio comunale che non ha funzionato. Per i pericoli immediati, come un albero caduto o un incidente, chiama la Polizia Locale o il 112.",
      },
      en: {
        question: "How do I report a problem in town, such as a pothole or a street light that is out?",
        answer: "Use the \"Report a problem\" service: mark the place on the map, describe the problem and, if you can, add a photo. You get a report number and can follow it in your personal area; the Comune replies within 30 days. With the same service you can complain about a municipal service that did not work. For immediate dangers, such as a fallen tree or an accident, call the Local Police or 112.",
      },
    },
  },
  {
    text: {
      it: {
        question: "Come sono protetti i miei dati personali?",
        answer: "Il Comune di Seregno è titolare del trattamento dei dati e li usa solo per i servizi che chiedi e per gli obblighi di legge, come prevedono il Regolamento europeo 2016/679 (GDPR) e il Codice privacy. I dati viaggiano su connessioni cifrate, li vedono solo le persone autorizzate e ogni accesso alle pratiche è registrato. Puoi chiedere di vedere i tuoi dati, correggerli o limitarne l'uso, e puoi rivolgerti al Responsabile della protezione dei dati del Comune o al Garante per la protezione dei dati personali. Trovi tutto nella pagina Privacy.",
      },
      en: {
        question: "How is my personal data protected?",
        answer: "The Comune di Seregno is the data controller and uses your data only for the services you request and for legal obligations, as required by the European Regulation 2016/679 (GDPR) and the Italian Privacy Code. Data travel over encrypted connections, only authorised people can see them and every access to a case is recorded. You can ask to see your data, correct it or limit its use, and you can contact the Comune's Data Protection Officer or the Italian Data Protection Authority (Garante). You find everything on the Privacy page.",
      },
    },
  },
  {
    text: {
      it: {
        question: "Vedo male o uso un lettore di schermo: posso usare lo sportello?",
        answer: "Sì. Lo sportello è costruito per essere usato da tutti: puoi ingrandire il testo e aumentare il contrasto, muoverti solo con la tastiera e usare un lettore di schermo. Le domande non hanno un tempo limite che scade senza avviso, e le bozze restano salvate se chiudi la pagina. Se qualcosa non funziona per te, scrivilo con il link «Dichiarazione di accessibilità» in fondo alla pagina: ci aiuti a migliorare.",
      },
      en: {
        question: "I have poor eyesight or use a screen reader: can I use the desk?",
        answer: "Yes. The desk is built to be used by everyone: you can enlarge the text and increase the contrast, move around with the keyboard only and use a screen reader. Applications have no time limit that runs out without warning, and drafts are kept if you close the page. If something does not work for you, tell us through the \"Accessibility statement\" link at the bottom of the page: you help us improve.",
      },
    },
  },
];
