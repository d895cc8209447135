import type { NamedSeed } from "../types";

/** The service categories of the Modello Comuni: the Italian names are the ones the conformity checker reads. */
export const categories: NamedSeed[] = [
  { slug: "anagrafe-e-stato-civile", text: {
    it: { name: "Anagrafe e stato civile", description: "Certificati, residenza, carta d'identità, nascite, matrimoni e decessi." },
    en: { name: "Registry office and civil status", description: "Certificates, residence, identity card, births, marriages and deaths." } } },
  { slug: "tributi-finanze-e-contravvenzioni", text: {
    it: { name: "Tributi, finanze e contravvenzioni", description: "TARI, IMU, pagamenti e multe: vedere cosa devi, pagare, chiedere rimborsi." },
    en: { name: "Taxes, finance and fines", description: "Waste tax, property tax, payments and traffic fines: see what you owe, pay, ask for refunds." } } },
  { slug: "educazione-e-formazione", text: {
    it: { name: "Educazione e formazione", description: "Iscrizioni a nidi e scuole, mensa, trasporto scolastico, corsi." },
    en: { name: "Education and training", description: "Enrolment in nurseries and schools, canteen, school transport, courses." } } },
  { slug: "salute-benessere-e-assistenza", text: {
    it: { name: "Salute, benessere e assistenza", description: "Aiuti economici, servizi per anziani e persone con disabilità, famiglie." },
    en: { name: "Health, wellbeing and assistance", description: "Financial support, services for older people and people with disabilities, families." } } },
  { slug: "mobilita-e-trasporti", text: {
    it: { name: "Mobilità e trasporti", description: "Permessi di sosta e di transito, contrassegni, trasporto pubblico." },
    en: { name: "Mobility and transport", description: "Parking and access permits, disabled badges, public transport." } } },
  { slug: "catasto-e-urbanistica", text: {
    it: { name: "Catasto e urbanistica", description: "Pratiche edilizie, certificati urbanistici, accesso agli atti edilizi." },
    en: { name: "Land registry and town planning", description: "Building permits, planning certificates, access to building records." } } },
  { slug: "cultura-e-tempo-libero", text: {
    it: { name: "Cultura e tempo libero", description: "Biblioteca, sale e spazi comunali, eventi, associazioni." },
    en: { name: "Culture and leisure", description: "Library, municipal halls and spaces, events, associations." } } },
  { slug: "ambiente", text: {
    it: { name: "Ambiente", description: "Rifiuti, verde pubblico, animali, segnalazioni sul territorio." },
    en: { name: "Environment", description: "Waste, public green areas, animals, reports about the town." } } },
  { slug: "imprese-e-commercio", text: {
    it: { name: "Imprese e commercio", description: "Avvio e modifica di attività, mercati, occupazione di suolo pubblico." },
    en: { name: "Business and trade", description: "Starting and changing a business, markets, use of public land." } } },
  { slug: "autorizzazioni", text: {
    it: { name: "Autorizzazioni", description: "Permessi e concessioni del Comune, compresi quelli cimiteriali." },
    en: { name: "Permits", description: "Permits and concessions from the Comune, including cemetery ones." } } },
  { slug: "giustizia-e-sicurezza-pubblica", text: {
    it: { name: "Giustizia e sicurezza pubblica", description: "Polizia locale, esposti, oggetti smarriti, protezione civile." },
    en: { name: "Justice and public safety", description: "Local police, complaints, lost property, civil protection." } } },
  { slug: "vita-lavorativa", text: {
    it: { name: "Vita lavorativa", description: "Concorsi, lavoro, orientamento." },
    en: { name: "Working life", description: "Public competitions, jobs, career guidance." } } },
  { slug: "turismo", text: {
    it: { name: "Turismo", description: "Informazioni e servizi per chi visita la città." },
    en: { name: "Tourism", description: "Information and services for visitors." } } },
  { slug: "appalti-pubblici", text: {
    it: { name: "Appalti pubblici", description: "Gare, albo fornitori e contratti del Comune." },
    en: { name: "Public procurement", description: "Tenders, supplier register and contracts of the Comune." } } },
  { slug: "agricoltura-e-pesca", text: {
    it: { name: "Agricoltura e pesca", description: "Servizi per agricoltori e attività agricole." },
    en: { name: "Agriculture and fishing", description: "Services for farmers and farming activities." } } },
];
