import type { FormsStrings } from "./forms.it";
import type { Strings } from "./strings";

/** The "forms" namespace, in English: key for key with forms.it.ts. */
const forms: Strings<FormsStrings> = {
  common: {
    applicant: {
      fullName: "Name and surname",
      fiscalCode: "Tax code (codice fiscale)",
    },
    contacts: {
      title: "How we can contact you",
      intro: "We write to you when the application changes state. You always find everything in your personal area too.",
    },
    email: {
      label: "E-mail address",
      hint: "It is the one we know from your digital identity. You can change it, for example to a relative's e-mail.",
    },
    phone: {
      label: "Phone number",
      hint: "We call only if something needs explaining.",
    },
    company: {
      name: { label: "Name of the business, company or organisation" },
      vat: {
        label: "VAT number (partita IVA)",
        hint: "It is 11 digits. Write them without spaces and without the letters IT.",
      },
      vatError: "Write the VAT number with 11 digits, with no letters and no spaces.",
      pec: {
        label: "Certified e-mail (PEC) of the business",
        hint: "The business's certified e-mail address (PEC): you find it in the Chamber of Commerce extract.",
      },
    },
    declaration: {
      label: "Declaration",
      option:
        "I declare that what I have written is true. I know that making false statements is a crime and loses any benefit obtained (articles 75 and 76 of Presidential Decree 445/2000).",
    },
    deadline: {
      tqrifInformation:
        "The Tax Office replies within 30 working days, as the Regulatory Authority for Energy, Networks and Environment (ARERA) requires for written requests about TARI (waste service quality rules, TQRIF, resolution 15/2022).",
    },
    units: {
      squareMetres: "m²",
      euro: "euros",
      people: "people",
      metres: "metres",
      months: "months",
      kilograms: "kg",
    },
  },

  "tari-iscrizione": {
    privacy:
      "We use your data to register you for TARI, calculate the waste tax and send you the payment notices. The Comune does this as a task in the public interest given to it by law (article 6(1)(e) of EU Regulation 2016/679, and Law 147/2013).",
    steps: {
      "chi-paga": {
        title: "Who pays TARI",
        intro: "We already know your name and tax code from your digital identity: you do not need to write them.",
      },
      locali: {
        title: "The premises",
        intro: "Enter the details of the home or premises. You find them in the deed of purchase, the rental contract or the cadastral extract.",
      },
      uso: { title: "How you use the premises" },
      occupanti: {
        title: "Who lives in the home",
        intro: "We count the people who are resident in Seregno ourselves, from the Comune's population register. Here, only list people who live with you without being resident in Seregno.",
      },
      titolo: { title: "Why you occupy the premises and since when" },
      subentro: { title: "Who was there before you" },
    },
    payer: {
      label: "Who pays TARI for these premises?",
      options: {
        self: "I do, in my own name",
        company: "My business, company or organisation",
        companyHint: "For a shop, office, workshop or warehouse.",
      },
    },
    address: {
      label: "Address of the premises in Seregno",
      hint: "Street and house number.",
    },
    cadastral: {
      label: "Cadastral data of the home or main premises",
      hint: "Sheet (foglio), parcel (particella or mappale), sub-unit (subalterno) and category, for example A/2. If you do not have them, ask the owner.",
    },
    surface: {
      label: "Walkable floor area",
      hint: "The square metres of the floors, without the walls. Do not count open balconies and terraces. You enter garage and cellar later.",
    },
    hasAppurtenances: {
      label: "Do you also have a garage, a cellar or an attic?",
      hint: "Only if they are separate from the home and have their own cadastral data.",
    },
    appurtenances: {
      label: "Garages, cellars and attics",
      item: "Extra unit {{n}}",
      kind: {
        label: "What is it?",
        options: {
          garage: "Garage",
          cellar: "Cellar",
          attic: "Attic or loft",
          other: "Other room or unit",
        },
      },
      cadastral: { label: "Cadastral data of this unit" },
      surface: { label: "Walkable floor area of this unit" },
    },
    use: {
      label: "How do you use the premises?",
      options: {
        domestic_resident: "It is the home where I am resident",
        domestic_residentHint: "You live here and are in Seregno's population register at this address, or soon will be.",
        domestic_non_resident: "It is a home where I am not resident",
        domestic_non_residentHint: "For example a second home, or the home where you live for study or work.",
        non_domestic: "For a business",
        non_domesticHint: "Shop, office, practice, workshop, storeroom, warehouse.",
      },
    },
    activity: {
      label: "What business do you run on the premises?",
      hint: "For example: bar, hairdresser, doctor's practice, garage. The tax depends on the type of business.",
    },
    occupantsCount: {
      label: "How many people live in this home, including you?",
      hint: "Count whoever lives there for more than six months a year.",
    },
    hasNonResidentOccupants: {
      label: "Does anyone live with you who is not resident in Seregno?",
      hint: "For example a live-in carer, or a relative who lives with you but is resident in another town.",
    },
    occupants: {
      label: "People who live with you without being resident in Seregno",
      item: "Person {{n}}",
      fullName: { label: "Name and surname" },
      fiscalCode: { label: "Tax code (codice fiscale)" },
      relationship: {
        label: "Who are they to you?",
        options: {
          spouse: "Husband, wife or partner",
          child: "Son or daughter",
          parent: "Father or mother",
          sibling: "Brother or sister",
          other_relative: "Other relative",
          carer: "Carer or home help",
          other: "Someone else",
        },
      },
    },
    occupationTitle: {
      label: "Why may you use the premises?",
      options: {
        ownership: "They are mine (ownership)",
        lease: "I rent them (lease)",
        loan: "They have been lent to me (comodato)",
        loanHint: "For example a parent's home, given without rent.",
        usufruct: "I have the usufruct",
        other: "For another reason",
      },
    },
    occupationTitleOther: { label: "Explain why you may use the premises" },
    ownerName: {
      label: "Name and surname of the owner",
      hint: "It helps us find the premises faster.",
    },
    startDate: {
      label: "From what day do you occupy the premises?",
      hint: "The day you got the keys or moved in. For example 15/03/2025.",
    },
    takesOver: {
      label: "Did someone occupy these premises before you?",
      hint: "For example the previous tenant or the owner who lived there.",
    },
    previousHolderName: { label: "Name and surname of whoever was there before you" },
    previousHolderFiscalCode: {
      label: "Tax code of whoever was there before you",
      hint: "Only if you know it.",
    },
    attachments: {
      titleDocument: {
        label: "Rental contract, loan agreement or deed of purchase",
        hint: "If you attach it, the office replies sooner.",
      },
      floorPlan: {
        label: "Floor plan or cadastral extract",
        hint: "Useful if you do not know the cadastral data.",
      },
    },
  },

  "tari-variazione": {
    privacy:
      "We use your data to update your TARI account and recalculate the waste tax. The Comune does this as a task in the public interest given to it by law (article 6(1)(e) of EU Regulation 2016/679, and Law 147/2013).",
    steps: {
      locali: {
        title: "The premises",
        intro: "Enter the details of the premises already registered for TARI. You find them on the TARI payment notice.",
      },
      "cosa-cambia": { title: "What has changed" },
      "nuovi-dati": {
        title: "The new details",
        intro: "Write how things are now, after the change.",
      },
    },
    address: { label: "Address of the premises in Seregno" },
    cadastral: {
      label: "Cadastral data of the premises",
      hint: "Sheet (foglio), parcel (particella or mappale), sub-unit (subalterno) and category, for example A/2.",
    },
    accountCode: {
      label: "TARI account code",
      hint: "It is at the top of the TARI payment notice.",
    },
    changes: {
      label: "What has changed?",
      hint: "You can choose more than one answer.",
      options: {
        surface: "The square metres",
        surfaceHint: "For example you extended the home or added a garage or cellar.",
        occupants: "The number of people living in the home",
        occupantsHint: "Only if the people living in the home are not resident in Seregno. For residents we already know it from the population register.",
        use: "How the premises are used",
        useHint: "For example from home to office.",
        holder: "Who pays TARI (account holder)",
        holderHint: "For example after a separation or the death of the person who paid.",
        mailing_address: "The address where payment notices are sent",
      },
    },
    changeDate: {
      label: "From what day did it change?",
      hint: "For example 15/03/2025. If you report it within 90 days, the change counts from that day.",
    },
    newSurface: {
      label: "New walkable floor area of all the premises",
      hint: "The square metres of the floors, without the walls, including garage and cellar.",
    },
    newOccupantsCount: {
      label: "How many people live in the home now, including you?",
      hint: "Count whoever lives there for more than six months a year.",
    },
    newUse: {
      label: "How are the premises used now?",
      options: {
        domestic_resident: "Home where I am resident",
        domestic_non_resident: "Home where I am not resident",
        non_domestic: "For a business",
      },
    },
    newActivity: {
      label: "What business is run on the premises now?",
      hint: "For example: bar, hairdresser, doctor's practice, garage.",
    },
    newHolderName: { label: "Name and surname of the new account holder" },
    newHolderFiscalCode: { label: "Tax code of the new account holder" },
    holderChangeReason: {
      label: "Why is the account holder changing?",
      options: {
        death: "The person who paid has died",
        separation: "Separation or divorce",
        agreement: "Agreement between the people living in the home",
        other: "For another reason",
      },
    },
    newMailingAddress: { label: "New address for the payment notices" },
    notes: {
      label: "Do you want to add anything?",
      hint: "Write here anything that may help the office.",
    },
    attachments: {
      floorPlan: {
        label: "Floor plan or another document with the new square metres",
        hint: "For example the updated cadastral floor plan or the building permit file.",
      },
      otherDocuments: {
        label: "Other documents",
        hint: "For example the new rental contract.",
      },
    },
  },

  "tari-cessazione": {
    privacy:
      "We use your data to close the TARI account of the premises you have left and to send you the last notices or any refund. The Comune does this as a task in the public interest given to it by law (article 6(1)(e) of EU Regulation 2016/679, and Law 147/2013).",
    steps: {
      motivo: { title: "Why you stop paying TARI" },
      defunto: {
        title: "The person who paid TARI",
        intro: "We are sorry for your loss. Enter the details of the person who died and paid TARI.",
      },
      locali: { title: "The premises you left" },
      "dopo-di-te": { title: "After you" },
    },
    reason: {
      label: "Why are you leaving the premises?",
      options: {
        moved: "I moved house",
        movedHint: "If you move to another home in Seregno, also register the new home for TARI.",
        sold: "I sold the home or premises",
        lease_ended: "The rental contract ended",
        business_closed: "I closed the business",
        holder_died: "The person who paid has died",
        holder_diedHint: "Choose this answer if you are an heir or a relative.",
        other: "For another reason",
      },
    },
    reasonOther: { label: "Explain the reason" },
    deceasedName: { label: "Name and surname of the person who died" },
    deceasedFiscalCode: { label: "Tax code of the person who died" },
    deathDate: { label: "Date of death" },
    heirRelationship: {
      label: "Who are you to this person?",
      options: {
        spouse: "Husband, wife or civil partner",
        child: "Son or daughter",
        other_heir: "Another heir or relative",
      },
    },
    address: { label: "Address of the premises in Seregno" },
    cadastral: {
      label: "Cadastral data of the premises",
      hint: "Sheet (foglio), parcel (particella or mappale) and sub-unit (subalterno).",
    },
    endDate: {
      label: "From what day do you no longer occupy the premises?",
      hint: "For example 31/03/2025. If you report it within 90 days, the tax ends on that day.",
    },
    handoverDate: {
      label: "Day you gave back the keys or closed electricity, water and gas",
      hint: "It helps to prove that you left the premises.",
    },
    nextOccupantKnown: {
      label: "Do you know who occupies the premises after you?",
      hint: "For example the new tenant or whoever bought the home.",
    },
    nextOccupantName: { label: "Name and surname of whoever occupies the premises after you" },
    nextOccupantFiscalCode: {
      label: "Tax code of whoever occupies the premises after you",
      hint: "Only if you know it.",
    },
    mailingAddress: {
      label: "Address where we should send you letters",
      hint: "We send the last notice or the information about a refund here.",
    },
    attachments: {
      proofOfLeaving: {
        label: "A document that proves you left the premises",
        hint: "For example the key handover report, the deed of sale or the closure of electricity, water or gas.",
      },
      heirDocument: {
        label: "Document that proves you are an heir",
        hint: "For example the declaration of succession.",
      },
    },
  },

  "tari-riduzioni": {
    privacy:
      "We use your data to check whether you are entitled to a TARI reduction and to apply it to the payment notices. The Comune does this as a task in the public interest given to it by law (article 6(1)(e) of EU Regulation 2016/679, Law 147/2013 and the Comune's TARI Regulation).",
    steps: {
      riduzione: {
        title: "Which reduction you are asking for",
        intro: "You can ask for one reduction per application. To ask for another one, make a new application.",
      },
      locali: { title: "The premises" },
      "unico-occupante": {
        title: "You live alone",
        intro: "If you are resident in Seregno, we check the population register ourselves.",
      },
      compostaggio: { title: "Composting" },
      "uso-stagionale": { title: "A home used only for part of the year" },
      estero: {
        title: "You live abroad",
        intro: "The reduction applies to one home only in Italy, if you receive a pension from the country you live in.",
      },
      "zona-non-servita": { title: "The waste collection point is far away" },
      "avvio-al-riciclo": { title: "The waste you send to recycling" },
      isee: {
        title: "Your ISEE",
        intro: "The ISEE is the indicator of the household's financial situation. The Comune can check it in the INPS database.",
      },
      dichiarazione: {
        title: "Declaration",
        intro: "The Comune can check at any time that you are still entitled to the reduction, including with an inspection.",
      },
    },
    reduction: {
      label: "Which reduction are you asking for?",
      options: {
        sole_occupant: "I live alone",
        sole_occupantHint: "Only you live in the home.",
        composting: "I compost at home",
        compostingHint: "You turn kitchen and garden scraps into compost in your own garden or vegetable plot.",
        seasonal_use: "I use the home only for part of the year",
        seasonal_useHint: "For example a home kept available or used only in summer.",
        abroad: "I live abroad and receive a foreign pension",
        abroadHint: "You are registered with AIRE (the register of Italians living abroad).",
        not_served: "Waste collection does not come near my home",
        not_servedHint: "The bins or the collection point are very far away.",
        recycling: "My business sends its waste to recycling at its own expense",
        recyclingHint: "Businesses only.",
        low_income: "My household has a low income (ISEE)",
        low_incomeHint: "Some relief is granted automatically with the ISEE: the office tells you whether you need to apply.",
      },
    },
    address: { label: "Address of the premises in Seregno" },
    accountCode: {
      label: "TARI account code",
      hint: "It is at the top of the TARI payment notice.",
    },
    since: {
      label: "From what day are you entitled to the reduction?",
      hint: "For example 01/01/2025. The reduction starts from the date set by the TARI Regulation: it pays to apply early.",
    },
    residentHere: {
      label: "Are you resident in this home?",
      hint: "That is, you are in Seregno's population register at this address.",
    },
    soleOccupantDeclaration: {
      label: "You live alone",
      option: "I declare that I am the only person living in this home.",
    },
    compostMethod: {
      label: "How do you compost?",
      options: {
        bin: "With a compost bin",
        pit: "In a pit in the ground",
        heap: "In an open heap",
      },
    },
    compostPlace: {
      label: "Where is it?",
      options: {
        own_garden: "In my garden",
        shared_garden: "In the garden of the block of flats",
        vegetable_plot: "In my vegetable plot",
      },
    },
    gardenArea: {
      label: "How big is the garden or vegetable plot?",
      hint: "In square metres, a rough figure is fine.",
    },
    inspectionConsent: {
      label: "Checks",
      option: "I agree that the Comune may come and check the compost bin, after letting me know.",
    },
    monthsOfUse: {
      label: "For how many months a year do you use the home?",
      hint: "A number from 1 to 11.",
    },
    mainHomeAddress: {
      label: "Address of the home where you live for the rest of the year",
      hint: "Where you are resident.",
    },
    notLetDeclaration: {
      label: "The home is not given to others",
      option: "I declare that the home is neither rented nor lent to other people.",
    },
    countryOfResidence: { label: "Which country do you live in?" },
    aireComune: {
      label: "In which Italian Comune are you registered with AIRE?",
      hint: "It is the Comune that keeps your registration in the register of Italians abroad.",
    },
    abroadDeclaration: {
      label: "The requirements",
      option:
        "I declare that I receive a pension paid by the country I live in and that this home, the only one I have in Italy, is neither rented nor lent to other people.",
    },
    distanceToCollection: {
      label: "How far away is the nearest bin or collection point?",
      hint: "In metres, on foot from your front door, a rough figure is fine.",
    },
    serviceDescription: {
      label: "Describe the situation",
      hint: "For example: the collection lorry does not come down my street.",
    },
    recycledKg: {
      label: "How many kilos of waste did you send to recycling in the last year?",
      hint: "The total of the year's waste identification forms (FIR).",
    },
    recyclerName: {
      label: "Name of the company that collected the waste",
      hint: "If there was more than one, write the main one: the others appear on the forms.",
    },
    iseeValue: {
      label: "Value of your ISEE",
      hint: "In euros, as written on the ISEE certificate. For example 8.500,00.",
    },
    iseeProtocol: {
      label: "DSU reference number",
      hint: "It is on the ISEE certificate and starts with INPS-ISEE.",
    },
    attachments: {
      foreignPensionDocument: {
        label: "Document of the foreign pension",
        hint: "For example the letter from the body that pays the pension or a statement of the account it is paid into.",
      },
      wasteForms: {
        label: "Waste forms or statement of whoever collected the waste",
        hint: "The year's waste identification forms (FIR), or the statement of the company that received the waste.",
      },
      iseeCertificate: {
        label: "ISEE certificate",
        hint: "The Comune can also read it in the INPS database.",
      },
      seasonalProof: {
        label: "Documents showing use for part of the year",
        hint: "For example electricity bills with low consumption.",
      },
    },
  },

  "imu-rimborso": {
    privacy:
      "We use your data to check the IMU payments and pay back what you paid too much, by bank transfer to your account. The Comune does this as a task in the public interest given to it by law (article 6(1)(e) of EU Regulation 2016/679, and Law 296/2006, article 1, paragraph 164).",
    deadlineSource:
      "The Comune decides and pays the refund within 180 days of the application, as Law 296/2006 requires (article 1, paragraph 164).",
    steps: {
      "chi-chiede": { title: "Who is asking for the refund" },
      versamento: {
        title: "The payment",
        intro: "You find these details on the receipt of the F24 form you paid.",
      },
      motivo: { title: "Why you are asking for a refund" },
      immobile: {
        title: "The property",
        intro: "The home, garage or land in Seregno you paid IMU for.",
      },
      conto: {
        title: "The account to receive the money",
        intro: "The account must be in your name, alone or jointly with another person.",
      },
    },
    applicantRole: {
      label: "Who are you asking for the refund for?",
      options: {
        taxpayer: "For myself: I paid",
        heir: "As the heir of a person who has died",
        heirHint: "A person who has died paid, and you are their heir.",
      },
    },
    deceasedName: { label: "Name and surname of the person who died" },
    deceasedFiscalCode: { label: "Tax code of the person who died" },
    deathDate: { label: "Date of death" },
    taxYear: {
      label: "Which year did you pay IMU for?",
      hint: "The year the payment refers to. For example 2023.",
    },
    paymentDate: {
      label: "Date of payment",
      hint: "For example 16/06/2024. If you paid several times, give the date of the wrong payment.",
    },
    amountPaid: {
      label: "How much you paid",
      hint: "In euros, for example 312,50.",
    },
    amountRequested: {
      label: "How much you are asking to be paid back",
      hint: "In euros. It is the difference between what you paid and what you had to pay.",
    },
    reason: {
      label: "Why did you pay more than due?",
      options: {
        overpaid: "I paid more than due",
        overpaidHint: "For example I used a higher rate than the correct one.",
        not_due: "I did not have to pay anything",
        not_dueHint: "For example it was my main home, which does not pay IMU.",
        paid_twice: "I paid the same instalment twice",
        wrong_comune_code: "I wrote the wrong Comune code on the F24 form",
        wrong_comune_codeHint: "For example I paid Seregno the IMU of a home that is in another Comune.",
        property_sold: "I paid for a property I had already sold",
        cadastral_income_lowered: "The Land Registry lowered the cadastral income",
        other: "For another reason",
      },
    },
    explanation: {
      label: "Explain further, if you wish",
      hint: "Write anything that may help the office, for example the dates and amounts of the instalments.",
    },
    explanationOther: { label: "Explain why you are asking for a refund" },
    propertyAddress: { label: "Address of the property in Seregno" },
    cadastral: {
      label: "Cadastral data of the property",
      hint: "Sheet (foglio), parcel (particella or mappale), sub-unit (subalterno) and category, for example A/2. You find them in the deed of purchase or the cadastral extract.",
    },
    iban: {
      label: "IBAN of the account",
      hint: "It is 27 characters long and starts with IT. You find it on the bank statement or in the bank's app.",
    },
    accountHolder: {
      label: "Whose name is the account in?",
      options: {
        self: "Mine only",
        joint: "Mine and another person's",
      },
    },
    holderName: { label: "Account holder" },
    coHolderName: { label: "Name and surname of the other account holder" },
    attachments: {
      f24Receipts: {
        label: "Receipts of the F24 forms paid",
        hint: "You can attach up to 5 files: the receipt from the bank, the post office or online banking.",
      },
      supportingDocuments: {
        label: "Other documents that explain the reason",
        hint: "For example the deed of sale or the new cadastral extract.",
      },
      heirDocument: {
        label: "Document that proves you are an heir",
        hint: "The declaration of succession, or a statement signed by you saying that you are an heir (self-declaration).",
      },
    },
  },

  "multe-dati-conducente": {
    privacy:
      "We use your data and the driver's data to record who was driving and to report the points deduction to the national register of driving licence holders. The Polizia Locale does this as a task in the public interest given to it by law (article 6(1)(e) of EU Regulation 2016/679, and article 126-bis of the Highway Code).",
    deadlineSource:
      "The Polizia Locale records the communication within 30 days (Law 241/1990, article 2). Remember: you must send it within 60 days of the notification of the fine.",
    steps: {
      verbale: {
        title: "The fine",
        intro: "You find these details on the fine (verbale) you received.",
      },
      dichiarante: {
        title: "Who is making the communication",
        intro: "You make this communication in your own name, as owner of the vehicle or for the business that owns it.",
      },
      conducente: {
        title: "Who was driving",
        intro: "Enter the details of the person who was driving the vehicle when the offence took place.",
      },
      patente: {
        title: "The driver's licence",
        intro: "You find these details on the front of the driving licence.",
      },
      dichiarazione: {
        title: "Declaration",
        intro: "Naming as driver a person who was not driving is a crime.",
      },
    },
    fineNumber: {
      label: "Number of the fine",
      hint: "It is at the top of the fine.",
    },
    notificationDate: {
      label: "Day you received the fine",
      hint: "It is the delivery date written on the envelope or on the receipt of the registered letter or PEC. For example 10/02/2025.",
    },
    plate: {
      label: "Number plate of the vehicle",
      hint: "For example AB123CD.",
      error: "Write the number plate in letters and numbers, 5 to 10 characters, for example AB123CD.",
    },
    ownerType: {
      label: "Whose name is the vehicle in?",
      options: {
        self: "Mine",
        company: "A business or organisation",
        companyHint: "Choose this answer if you are the legal representative of the business or organisation.",
      },
    },
    wasDriver: {
      label: "Were you driving?",
      hint: "You must make the communication even if you were driving.",
    },
    driverGivenName: { label: "Driver's first name" },
    driverFamilyName: { label: "Driver's surname" },
    driverFiscalCode: { label: "Driver's tax code" },
    driverBirthDate: { label: "Driver's date of birth" },
    driverAddress: { label: "Driver's home address" },
    licenceNumber: {
      label: "Driving licence number",
      hint: "It is at point 5 of the licence. Write only letters and numbers, without spaces.",
      error: "Write the licence number in letters and numbers, without spaces, as it is at point 5 of the licence.",
    },
    licenceCategory: {
      label: "Licence category",
      hint: "It is at point 9 of the licence. If there is more than one, choose the one for the vehicle in the fine.",
      options: {
        AM: "AM (mopeds)",
        A1: "A1 (light motorcycles)",
        A2: "A2 (medium-power motorcycles)",
        A: "A (motorcycles)",
        B1: "B1 (quadricycles)",
        B: "B (cars)",
        BE: "BE (cars with trailer)",
        C1: "C1 (light lorries)",
        C1E: "C1E (light lorries with trailer)",
        C: "C (lorries)",
        CE: "CE (lorries with trailer)",
        D1: "D1 (minibuses)",
        D1E: "D1E (minibuses with trailer)",
        D: "D (buses)",
        DE: "DE (buses with trailer)",
      },
    },
    licenceIssuedBy: {
      label: "Who issued the licence",
      hint: "It is at point 4c of the licence.",
      options: {
        MCTC: "Motorizzazione civile (MCTC)",
        UMC: "Motorizzazione civile office (UMC)",
        Prefettura: "Prefettura",
      },
    },
    licenceIssueDate: { label: "Date the licence was issued" },
    licenceExpiryDate: {
      label: "Expiry date of the licence",
      hint: "It is at point 4b of the licence.",
    },
    declaration: {
      option:
        "I declare that the details written are true and that the person named was driving. I know that making false statements is a crime (article 76 of Presidential Decree 445/2000).",
    },
    attachments: {
      licenceCopy: {
        label: "Copy of the driver's licence, front and back",
        hint: "You can attach 2 files, one for the front and one for the back, or a single file with both.",
      },
      driverStatement: {
        label: "Statement signed by the driver",
        hint: "The driver signs the form attached to the fine, or a sheet saying they were driving. Take a photo or a scan.",
      },
    },
  },

  "multe-ricorso": {
    privacy:
      "We use your data to examine the appeal and send it to the Prefetto with the Polizia Locale's observations, or to record that you appealed to the Giudice di pace. The Polizia Locale does so for a task in the public interest given to it by law (article 6(1)(e) of Regulation (EU) 2016/679, and articles 203 and 204-bis of the Highway Code).",
    deadlineSource:
      "The Polizia Locale sends the appeal to the Prefetto with its observations within 60 days (article 203 of the Highway Code). Remember: you must appeal within 60 days of the notification (to the Prefetto) or within 30 days (to the Giudice di pace).",
    steps: {
      verbale: {
        title: "The report",
        intro: "You find these details on the report of the fine you received.",
      },
      ricorrente: {
        title: "Who is appealing",
        intro: "You appeal in your own name, as the driver or as the vehicle's owner.",
      },
      autorita: {
        title: "Who you appeal to",
        intro: "You can choose only one road: the Prefetto or the Giudice di pace, not both. If you pay the fine, even the reduced amount, you can no longer appeal.",
      },
      motivi: {
        title: "The grounds of the appeal",
        intro: "Explain why you think the fine is wrong. You attach the evidence (photos, documents) later.",
      },
      dichiarazione: {
        title: "Declaration",
        intro: "Check you have written everything: after sending, the appeal cannot be changed.",
      },
    },
    fineNumber: {
      label: "Report number",
      hint: "It is written at the top of the report.",
    },
    notificationDate: {
      label: "Day you received the report",
      hint: "It is the delivery date on the envelope or on the receipt of the registered letter or PEC. For example 10/02/2026.",
    },
    plate: {
      label: "Vehicle plate",
      hint: "For example AB123CD.",
      error: "Write the plate with letters and digits, 5 to 10 characters, for example AB123CD.",
    },
    role: {
      label: "Who are you in relation to the fine?",
      options: {
        driver: "I was driving the vehicle",
        owner: "I own the vehicle",
      },
    },
    authority: {
      label: "Who are you appealing to?",
      options: {
        prefetto: "The Prefetto of Monza e della Brianza",
        prefettoHint: "Within 60 days of the notification. It is free and needs no lawyer. We send it to the Prefetto with our observations (article 203 of the Highway Code).",
        giudice: "The Giudice di pace (justice of the peace)",
        giudiceHint: "Within 30 days of the notification. The court fee (contributo unificato) is paid and the appeal is lodged at the court registry (article 204-bis of the Highway Code): here you tell us, so that we suspend collection.",
      },
    },
    hearing: {
      label: "Do you want to be heard in person by the Prefetto?",
      hint: "The Prefetto calls you before deciding.",
    },
    grounds: {
      label: "Why the fine is wrong",
      hint: "For example: the sign was missing or could not be seen, the plate is wrong, the vehicle had been stolen. At most 2000 characters.",
    },
    declaration: {
      option:
        "I declare that what I wrote is true and that I have neither paid the fine nor appealed against it to the other authority. I know that making a false statement is a crime (article 76 of Presidential Decree 445/2000).",
    },
    attachments: {
      reportCopy: {
        label: "Copy of the report",
        hint: "A photo or scan of every page of the report, in one file.",
      },
      evidence: {
        label: "Evidence (if you have any)",
        hint: "Photos, documents, statements of witnesses. You can attach up to 5 files.",
      },
      courtFee: {
        label: "Receipt of the filing with the Giudice di pace",
        hint: "The receipt of the court registry or of the registered letter with which you lodged the appeal, with the court fee paid.",
      },
    },
  },

  "lampade-votive": {
    privacy:
      "We use your data to light, transfer or switch off the votive lamp and to send you the notices for the yearly fee. The Comune does this as a task in the public interest given to it by law (article 6(1)(e) of EU Regulation 2016/679, and the Cemetery Regulations).",
    deadlineSource:
      "The lamp is lit within 30 days of the complete application and of the payment of the connection charge, as stated in the conditions of the service.",
    steps: {
      richiesta: { title: "What you want to do" },
      defunto: { title: "The deceased" },
      sepoltura: {
        title: "Where they are buried",
        intro: "If you do not remember the position, look at the gravestone or ask the Cemetery Services.",
      },
      allacciamento: {
        title: "Lighting the lamp",
        intro: "After the application you receive the pagoPA notice for the connection charge. The lamp is lit after payment.",
      },
      intestatario: { title: "Who paid before" },
      avvisi: {
        title: "Payment notices",
        intro: "The fee is paid every year with a pagoPA notice. From now on the notices are in your name.",
      },
      disdetta: {
        title: "Cancellation",
        intro: "The lamp is switched off. The fee is no longer due from next year.",
      },
    },
    requestType: {
      label: "What do you want to do?",
      options: {
        activation: "Light a new lamp",
        activationHint: "It is the first connection of a lamp on this resting place.",
        new_holder: "Become the holder of a lamp that is already lit",
        new_holderHint: "For example because the person who paid has died.",
        new_address: "Change the address where notices are sent",
        cancellation: "Cancel the lamp",
        cancellationHint: "The lamp is switched off.",
      },
    },
    deceasedGivenName: { label: "First name of the deceased" },
    deceasedFamilyName: { label: "Surname of the deceased" },
    deathDate: {
      label: "Date of death",
      hint: "For example 03/11/2019. It is also written on the gravestone.",
    },
    relationship: {
      label: "Who were they to you?",
      options: {
        spouse: "Husband, wife or civil partner",
        child: "Son or daughter",
        parent: "Father or mother",
        sibling: "Brother or sister",
        grandchild: "Grandchild, nephew or niece",
        other_relative: "Other relative",
        other: "Someone else",
      },
    },
    cemetery: {
      label: "Which cemetery?",
      options: {
        urbano: "Seregno town cemetery (Cimitero urbano)",
        san_carlo: "San Carlo cemetery",
      },
    },
    burialType: {
      label: "What kind of resting place is it?",
      options: {
        grave: "Grave",
        graveHint: "Burial in the ground.",
        niche: "Burial niche (loculo)",
        nicheHint: "A place in the wall for a coffin.",
        ossuary: "Ossuary",
        ossuaryHint: "A small place for the remains of the bones.",
        urn_niche: "Niche for ashes",
        chapel: "Chapel or family tomb",
        chapelHint: "Give the position of the chapel and, in the number, also the number of the place inside it.",
      },
    },
    section: {
      label: "Field or section",
      hint: "For example \"Campo 4\" or \"Settore B\". It is written on the signs along the cemetery paths.",
    },
    position: {
      label: "Number of the grave, niche or ossuary",
      hint: "For example 125, or \"row 3, number 12\".",
    },
    startDate: {
      label: "From what day do you want the lamp lit?",
      hint: "For example an anniversary. If you have no preference, write today's date: we light it as soon as possible.",
    },
    previousHolderName: {
      label: "Name and surname of whoever paid before",
      hint: "It is written on the last payment notices for the lamp.",
    },
    holderChangeReason: {
      label: "Why is the holder changing?",
      options: {
        holder_died: "The person who paid has died",
        agreement: "We agreed within the family",
        other: "For another reason",
      },
    },
    billing: {
      label: "How do you want to receive the payment notices?",
      options: {
        email: "By e-mail and in the personal area",
        emailHint: "At the e-mail address you give us at the end of the application.",
        post: "By post, on paper",
      },
    },
    billingAddress: {
      label: "Address where we should send the notices",
      hint: "Street, house number, postcode and town.",
    },
    cancellationReason: { label: "Do you want to tell us why you are cancelling?" },
  },

  "mensa-scolastica": {
    privacy:
      "We use your data and the child's data to enrol the child in the canteen, prepare the right meals and calculate the fee. The Comune does this as a task in the public interest given to it by law (article 6(1)(e) of EU Regulation 2016/679). Health data for a special diet are processed for reasons of substantial public interest set by law (article 9(2)(g) of the Regulation) and are seen only by the people who prepare and serve the meals.",
    deadlineSource:
      "The Comune confirms the enrolment within 15 days, as stated in the conditions of the service. A special diet starts within 10 working days of the complete application.",
    steps: {
      bambino: { title: "The child" },
      scuola: { title: "The school" },
      dieta: { title: "The diet" },
      tariffa: {
        title: "The fee",
        intro: "Without an ISEE you pay the full fee. With the ISEE you may get a reduced fee, according to the bands the Comune sets every year.",
      },
      "altro-genitore": {
        title: "The other parent",
        intro: "If you give us their details, they can also receive the canteen's messages.",
      },
    },
    applicantRole: {
      label: "Who are you to the child?",
      options: {
        parent: "Parent",
        guardian: "Guardian or foster carer",
      },
    },
    childGivenName: { label: "Child's first name" },
    childFamilyName: { label: "Child's surname" },
    childFiscalCode: {
      label: "Child's tax code",
      hint: "It is on the child's health card.",
    },
    childBirthDate: { label: "Child's date of birth" },
    schoolYear: {
      label: "School year",
      hint: "Write both years, for example 2025/2026.",
      error: "Write the school year with both years, for example 2025/2026.",
    },
    school: {
      label: "School",
      options: {
        infanzia_ceredo: "Nursery school – Ceredo",
        infanzia_lazzaretto: "Nursery school – Lazzaretto",
        primaria_centro: "Primary school – Centro",
        primaria_san_carlo: "Primary school – San Carlo",
        primaria_santambrogio: "Primary school – Sant'Ambrogio",
        secondaria_centro: "Middle school – Centro",
        secondaria_san_salvatore: "Middle school – San Salvatore",
      },
    },
    schoolClass: {
      label: "Class and section",
      hint: "For example 3ª B. For nursery school, write the section.",
    },
    diet: {
      label: "Does the child need a special diet?",
      options: {
        none: "No, the child eats the same menu as everyone",
        health: "Yes, for health reasons",
        healthHint: "Allergies, intolerances or illnesses. A doctor's certificate is needed.",
        ethical_religious: "Yes, for religious or ethical reasons",
        ethical_religiousHint: "For example without pork, or vegetarian.",
      },
    },
    foodsToAvoid: {
      label: "Which foods must the child avoid?",
      hint: "Write what the doctor says, for example: milk and dairy, gluten, nuts.",
    },
    ethicalDiet: {
      label: "Which diet?",
      options: {
        no_pork: "Without pork",
        no_beef: "Without beef",
        no_meat: "Without meat (vegetarian with fish)",
        no_meat_no_fish: "Without meat and fish (vegetarian)",
        other: "Another diet",
      },
    },
    ethicalDietOther: { label: "Describe the diet" },
    reducedFee: {
      label: "Do you want to ask for the reduced fee with the ISEE?",
      hint: "You need a valid ISEE certificate for benefits to minors.",
    },
    iseeValue: {
      label: "ISEE value",
      hint: "In euros, as written on the ISEE certificate. For example 12.500,00.",
    },
    iseeProtocol: {
      label: "DSU reference number",
      hint: "It is on the ISEE certificate and starts with INPS-ISEE.",
    },
    addSecondParent: { label: "Do you want to give us the other parent's details?" },
    secondParentGivenName: { label: "Other parent's first name" },
    secondParentFamilyName: { label: "Other parent's surname" },
    secondParentFiscalCode: { label: "Other parent's tax code" },
    secondParentEmail: { label: "Other parent's e-mail" },
    secondParentPhone: { label: "Other parent's phone" },
    attachments: {
      medicalCertificate: {
        label: "Doctor's certificate",
        hint: "The certificate from the paediatrician or doctor with the diagnosis and the foods to avoid.",
      },
    },
  },

  "accesso-atti": {
    privacy:
      "We use your data to answer your request to see or get copies of documents and, if needed, to inform the other people concerned. The Comune does this as a task in the public interest given to it by law (article 6(1)(e) of EU Regulation 2016/679, Law 241/1990, Presidential Decree 184/2006 and Legislative Decree 33/2013).",
    deadlineSource:
      "The Comune replies within 30 days (Law 241/1990, article 25, and Legislative Decree 33/2013, article 5). The clock stops for the 10 days given to the other people concerned to object.",
    steps: {
      tipo: { title: "What kind of access you are asking for" },
      "per-conto-di": { title: "Who you are asking for" },
      documenti: {
        title: "The documents you are asking for",
        intro: "Describe the documents as precisely as you can: the office then finds them sooner.",
      },
      interesse: {
        title: "Why you need them",
        intro: "To see documents that concern other people, the law asks you to explain which interest of yours you want to protect.",
      },
      modalita: { title: "How you want the documents" },
    },
    accessType: {
      label: "What are you asking for?",
      options: {
        documentale: "Documents I need to protect an interest of mine",
        documentaleHint: "Access to documents. For example the plans of the neighbour's house that takes away your light. You must explain the reason.",
        civico_semplice: "Documents the Comune had to publish and has not published",
        civico_sempliceHint: "Simple civic access: it concerns the Transparent Administration section of the website.",
        civico_generalizzato: "Other data or documents of the Comune, without giving a reason",
        civico_generalizzatoHint: "Generalised civic access. The Comune may refuse to protect, for example, other people's privacy.",
      },
    },
    actingAs: {
      label: "Who are you asking for the documents for?",
      options: {
        self: "For myself",
        other_person: "For another person who has authorised me",
        other_personHint: "For example a relative, or the owner who appointed you as their technician.",
        legal_representative: "For a business, association or organisation I legally represent",
      },
    },
    representedPersonName: { label: "Name and surname of the person you are asking for" },
    representedPersonFiscalCode: { label: "Tax code of the person you are asking for" },
    representedEntityName: { label: "Name of the business, association or organisation" },
    representedEntityFiscalCode: {
      label: "Tax code of the business, association or organisation",
      hint: "It is 11 digits. It is often the same as the VAT number.",
      error: "Write the tax code of the business or organisation: 11 digits, with no letters and no spaces.",
    },
    documentsDescription: {
      label: "Which documents are you asking for?",
      hint: "Write what they are about, the address, the year and the names of the people concerned, if you know them.",
    },
    office: {
      label: "Office that holds the documents",
      hint: "For example: Private building (Edilizia privata).",
    },
    reference: {
      label: "File or reference number",
      hint: "Write it if you know it.",
    },
    referenceDate: {
      label: "Date of the file or document",
      hint: "For example 21/09/2018.",
    },
    interest: {
      label: "Why do you need these documents?",
      hint: "Explain which interest of yours you want to protect and how the documents relate to it. The interest must be direct (it concerns you), concrete (it is a real fact) and current (it exists now).",
    },
    mode: {
      label: "What do you want to do with the documents?",
      options: {
        view: "Only see them",
        viewHint: "You look at them in the office, by appointment. It is free.",
        simple_copy: "Get a plain copy",
        simple_copyHint: "Paper copies cost the price of photocopying.",
        certified_copy: "Get a certified copy of the original",
        certified_copyHint:
          "It is an authenticated copy with legal value. It needs a 16-euro revenue stamp (marca da bollo): the office tells you how many are needed and how to pay them.",
      },
    },
    delivery: {
      label: "How do you want to receive the copies?",
      options: {
        counter: "I collect them at the counter",
        counterHint: "At the Public Relations Office (URP), Piazza Martiri della Libertà 1.",
        pec: "By certified e-mail (PEC)",
        email: "By e-mail",
        emailHint: "At the e-mail address you give us at the end of the request.",
      },
    },
    pecAddress: { label: "Your certified e-mail (PEC) address" },
    attachments: {
      proxyDocument: {
        label: "Authorisation or document that gives you the power to represent",
        hint: "The signed authorisation with a copy of the identity document of whoever gave it to you, or the document appointing you legal representative.",
      },
    },
  },

  "segnalazione-disservizio": {
    privacy:
      "We use your data to handle the report, pass it on to the office or company that must act, and reply to you. The Comune does this as a task in the public interest given to it by law (article 6(1)(e) of EU Regulation 2016/679). In anonymous form, reports also help to improve the services.",
    deadlineSource:
      "The Comune takes charge of the report within 3 working days and replies within 30 days, as stated in the conditions of the service (Law 241/1990, article 2).",
    steps: {
      tipo: {
        title: "What you want to report",
        intro: "For immediate danger, such as a tree fallen on the road or an accident, do not use this service: call the Polizia Locale or 112.",
      },
      luogo: { title: "Where" },
      servizio: { title: "The service that did not work" },
      descrizione: { title: "The problem" },
      risposta: {
        title: "The reply",
        intro: "You always find the reply in your personal area.",
      },
    },
    kind: {
      label: "What kind of problem is it?",
      options: {
        roads: "Roads, pavements and cycle paths",
        roadsHint: "Potholes, obstacles, broken paving.",
        lighting: "Street lighting",
        waste: "Waste",
        wasteHint: "Dumped rubbish, full bins, collection not done.",
        green: "Parks, gardens and public trees",
        signs: "Road signs and markings",
        buildings: "Municipal buildings, schools and cemeteries",
        municipal_service: "A service of the Comune that did not work",
        municipal_serviceHint: "This is a complaint. For example a counter that did not answer.",
        online_services: "The Comune's online services or this website",
        other: "Another problem",
      },
    },
    placeBy: {
      label: "How will you tell us where the problem is?",
      options: {
        address: "With the address",
        description: "With a description of the place",
        descriptionHint: "For example in a park or where there is no house number.",
      },
    },
    address: {
      label: "Address in Seregno",
      hint: "Street and nearest house number.",
    },
    placeDescription: {
      label: "Describe the place",
      hint: "For example: in the playground behind the church, near the broken bench.",
    },
    serviceName: {
      label: "Which service did not work?",
      hint: "For example: registry office counter, canteen enrolment, paying TARI online.",
    },
    serviceDate: {
      label: "When did it happen?",
      hint: "For example 04/02/2025.",
    },
    caseNumber: {
      label: "File or application number",
      hint: "Write it if there is one.",
    },
    description: {
      label: "Describe the problem",
      hint: "In simple words: what you saw and since when.",
    },
    contactBack: {
      label: "Do you want us to contact you by e-mail or phone as well?",
      hint: "For example if the office needs more information.",
    },
    contactBy: {
      label: "How do you prefer to be contacted?",
      options: {
        email: "By e-mail",
        phone: "By phone",
      },
    },
    attachments: {
      photos: {
        label: "Photos of the problem",
        hint: "Up to 3 photos. Do not photograph people's faces or number plates unless they are needed.",
      },
    },
  },
  "tributi-rettifica": {
    privacy:
      "We use your data to check your IMU or TARI position and correct the mistakes you report. The Comune does this as a task in the public interest given to it by law (article 6(1)(e) of Regulation (EU) 2016/679, and Law 212/2000, article 10-quater).",
    deadlineSource:
      "The Tax Office replies within 30 days, the general time limit of Law 241/1990 (article 2): no special rule sets a different one.",
    steps: {
      tributo: {
        title: "Which tax",
        intro: "Choose the tax and the year where you found the mistake. If it is more than one year, give the first one and list the others in the explanation.",
      },
      errore: { title: "The mistake" },
    },
    tax: {
      label: "Which tax do you want corrected?",
      options: { IMU: "IMU, the property tax", TARI: "TARI, the waste tax" },
    },
    taxYear: { label: "Year", hint: "For example 2025." },
    error: {
      label: "What is not right?",
      options: {
        not_mine: "A property or waste account is not mine",
        dates: "The start or end dates are wrong",
        share: "The ownership share is wrong",
        cadastral: "The cadastral data are wrong",
        cadastralHint: "The cadastral income (rendita, the value the Land Registry gives the property) or the category, for example A/2.",
        exemption: "An exemption is missing",
        exemptionHint: "For example the home is my main home, or the garage belongs to it.",
        reduction: "A reduction is missing",
        tari_data: "The TARI data are wrong",
        tari_dataHint: "The square metres or the number of people living in the home.",
        payment_missing: "A payment I made is missing",
        other: "Another mistake",
      },
    },
    what: {
      label: "Which property or waste account",
      hint: "Write the address as it appears in your position, for example Via Giuseppe Verdi 5.",
    },
    explanation: {
      label: "Explain the mistake",
      hint: "What it says now and why it is not right. If you paid and the payment is missing, give the date and the amount.",
    },
    rightData: {
      label: "The right data, if you know them",
      hint: "For example: \"owner of 50% since 16/03/2024\". You can leave this empty.",
    },
    attachments: {
      supportingDocuments: {
        label: "Documents that show the mistake",
        hint: "For example the deed of purchase or sale, the cadastral record, the receipt of the F24 or pagoPA payment. Optional.",
      },
    },
  },
};

export default forms;
