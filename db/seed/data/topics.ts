import type { NamedSeed } from "../types";

/**
 * The 64 topics ("argomenti") of the Modello Comuni, in the official order.
 * The Italian names are exactly the official list (shared/design/modello-comuni-topics.txt).
 */
export const topics: NamedSeed[] = [
  { slug: "accesso-all-informazione", text: {
    it: { name: "Accesso all'informazione", description: "Come chiedere e ottenere documenti e informazioni che il Comune possiede." },
    en: { name: "Access to information", description: "How to ask for and obtain documents and information held by the Comune." } } },
  { slug: "acqua", text: {
    it: { name: "Acqua", description: "Acqua potabile, fontanelle pubbliche, fognature e tutela delle acque." },
    en: { name: "Water", description: "Drinking water, public fountains, sewers and the protection of water." } } },
  { slug: "agricoltura", text: {
    it: { name: "Agricoltura", description: "Servizi e regole per chi coltiva la terra o alleva animali." },
    en: { name: "Agriculture", description: "Services and rules for people who farm land or raise animals." } } },
  { slug: "anagrafe", text: {
    it: { name: "Anagrafe", description: "Registro delle persone che vivono in città: residenza, famiglia, certificati." },
    en: { name: "Population register", description: "The register of the people who live in town: residence, family, certificates." } } },
  { slug: "animale-domestico", text: {
    it: { name: "Animale domestico", description: "Cani, gatti e altri animali di casa: registrazione, regole e cura." },
    en: { name: "Pets", description: "Dogs, cats and other pets: registration, rules and care." } } },
  { slug: "aria", text: {
    it: { name: "Aria", description: "Qualità dell'aria, limiti al traffico e al riscaldamento nei giorni di smog." },
    en: { name: "Air", description: "Air quality, limits on traffic and heating on smog days." } } },
  { slug: "assistenza-agli-invalidi", text: {
    it: { name: "Assistenza agli invalidi", description: "Aiuti, permessi e servizi per le persone con disabilità e le loro famiglie." },
    en: { name: "Support for people with disabilities", description: "Help, permits and services for people with disabilities and their families." } } },
  { slug: "assistenza-sociale", text: {
    it: { name: "Assistenza sociale", description: "Sostegno a persone e famiglie in difficoltà da parte dei servizi sociali." },
    en: { name: "Social assistance", description: "Support from the social services for people and families in difficulty." } } },
  { slug: "associazioni", text: {
    it: { name: "Associazioni", description: "Albo delle associazioni, contributi e spazi per il volontariato." },
    en: { name: "Associations", description: "Register of associations, grants and spaces for voluntary work." } } },
  { slug: "bilancio", text: {
    it: { name: "Bilancio", description: "Come il Comune raccoglie e spende il denaro pubblico." },
    en: { name: "Budget", description: "How the Comune raises and spends public money." } } },
  { slug: "commercio-al-minuto", text: {
    it: { name: "Commercio al minuto", description: "Negozi e vendita al dettaglio: aperture, orari e regole." },
    en: { name: "Retail trade", description: "Shops and retail sales: opening a shop, opening hours and rules." } } },
  { slug: "commercio-all-ingrosso", text: {
    it: { name: "Commercio all'ingrosso", description: "Vendita all'ingrosso ad altre imprese: avvio e regole." },
    en: { name: "Wholesale trade", description: "Wholesale to other businesses: starting up and rules." } } },
  { slug: "commercio-ambulante", text: {
    it: { name: "Commercio ambulante", description: "Vendita su aree pubbliche: mercati, posteggi e licenze itineranti." },
    en: { name: "Street trading", description: "Selling on public land: markets, pitches and travelling licences." } } },
  { slug: "comunicazione-istituzionale", text: {
    it: { name: "Comunicazione istituzionale", description: "Notizie, avvisi e informazioni ufficiali del Comune." },
    en: { name: "Institutional communication", description: "News, notices and official information from the Comune." } } },
  { slug: "comunicazione-politica", text: {
    it: { name: "Comunicazione politica", description: "Regole per manifesti, propaganda e spazi elettorali." },
    en: { name: "Political communication", description: "Rules for posters, campaigning and election spaces." } } },
  { slug: "concorsi", text: {
    it: { name: "Concorsi", description: "Bandi per lavorare al Comune e selezioni pubbliche." },
    en: { name: "Public competitions", description: "Calls to work for the Comune and public selections." } } },
  { slug: "covid-19", text: {
    it: { name: "Covid-19", description: "Informazioni e misure legate all'emergenza Covid-19." },
    en: { name: "Covid-19", description: "Information and measures related to the Covid-19 emergency." } } },
  { slug: "elezioni", text: {
    it: { name: "Elezioni", description: "Votare, tessera elettorale, liste elettorali, scrutatori e presidenti di seggio." },
    en: { name: "Elections", description: "Voting, voter card, electoral rolls, polling staff." } } },
  { slug: "energie-rinnovabili", text: {
    it: { name: "Energie rinnovabili", description: "Pannelli solari, comunità energetiche e risparmio di energia." },
    en: { name: "Renewable energy", description: "Solar panels, energy communities and saving energy." } } },
  { slug: "estero", text: {
    it: { name: "Estero", description: "Servizi per chi vive all'estero o si trasferisce fuori dall'Italia." },
    en: { name: "Abroad", description: "Services for people who live abroad or move out of Italy." } } },
  { slug: "foreste", text: {
    it: { name: "Foreste", description: "Boschi, alberi e parchi naturali del territorio." },
    en: { name: "Forests", description: "Woods, trees and nature parks in the area." } } },
  { slug: "formazione-professionale", text: {
    it: { name: "Formazione professionale", description: "Corsi per imparare un mestiere o aggiornarsi nel lavoro." },
    en: { name: "Vocational training", description: "Courses to learn a trade or update your work skills." } } },
  { slug: "gemellaggi", text: {
    it: { name: "Gemellaggi", description: "Rapporti di amicizia e scambio con città di altri Paesi." },
    en: { name: "Town twinning", description: "Friendship and exchanges with towns in other countries." } } },
  { slug: "gestione-rifiuti", text: {
    it: { name: "Gestione rifiuti", description: "Raccolta differenziata, ingombranti, centro di raccolta e igiene urbana." },
    en: { name: "Waste management", description: "Separate collection, bulky waste, recycling centre and street cleaning." } } },
  { slug: "giustizia", text: {
    it: { name: "Giustizia", description: "Ricorsi, giudice di pace e rapporti con gli uffici giudiziari." },
    en: { name: "Justice", description: "Appeals, justice of the peace and dealings with the courts." } } },
  { slug: "igiene-pubblica", text: {
    it: { name: "Igiene pubblica", description: "Salute pubblica, disinfestazioni e pulizia della città." },
    en: { name: "Public hygiene", description: "Public health, pest control and keeping the town clean." } } },
  { slug: "immigrazione", text: {
    it: { name: "Immigrazione", description: "Servizi per cittadini stranieri: residenza, documenti e cittadinanza." },
    en: { name: "Immigration", description: "Services for foreign citizens: residence, documents and citizenship." } } },
  { slug: "imposte", text: {
    it: { name: "Imposte", description: "Tributi locali come l'IMU: calcolo, pagamento, dichiarazioni e rimborsi." },
    en: { name: "Taxes", description: "Local taxes such as IMU: calculation, payment, returns and refunds." } } },
  { slug: "imprese", text: {
    it: { name: "Imprese", description: "Aprire, cambiare o chiudere un'attività economica." },
    en: { name: "Businesses", description: "Starting, changing or closing a business." } } },
  { slug: "inquinamento", text: {
    it: { name: "Inquinamento", description: "Rumore, smog, scarichi e altre forme di inquinamento." },
    en: { name: "Pollution", description: "Noise, smog, discharges and other kinds of pollution." } } },
  { slug: "integrazione-sociale", text: {
    it: { name: "Integrazione sociale", description: "Progetti per includere tutte le persone nella vita della città." },
    en: { name: "Social inclusion", description: "Projects that include everyone in the life of the town." } } },
  { slug: "isolamento-termico", text: {
    it: { name: "Isolamento termico", description: "Cappotti, serramenti e lavori per consumare meno energia in casa." },
    en: { name: "Thermal insulation", description: "Insulation, windows and works to use less energy at home." } } },
  { slug: "istruzione", text: {
    it: { name: "Istruzione", description: "Scuole, nidi, mensa, trasporto scolastico e diritto allo studio." },
    en: { name: "Education", description: "Schools, nurseries, school meals, school transport and the right to study." } } },
  { slug: "lavoro", text: {
    it: { name: "Lavoro", description: "Cercare lavoro, orientamento e sostegno all'occupazione." },
    en: { name: "Work", description: "Looking for a job, guidance and support for employment." } } },
  { slug: "matrimonio", text: {
    it: { name: "Matrimonio", description: "Matrimonio civile, unione civile e relativi documenti." },
    en: { name: "Marriage", description: "Civil marriage, civil union and the related documents." } } },
  { slug: "mercato", text: {
    it: { name: "Mercato", description: "Mercati settimanali e fiere in città." },
    en: { name: "Market", description: "Weekly markets and fairs in town." } } },
  { slug: "mobilita-sostenibile", text: {
    it: { name: "Mobilità sostenibile", description: "Muoversi a piedi, in bici o con mezzi meno inquinanti." },
    en: { name: "Sustainable mobility", description: "Getting around on foot, by bike or with cleaner vehicles." } } },
  { slug: "morte", text: {
    it: { name: "Morte", description: "Cosa fare quando muore una persona: denuncia, sepoltura, cimitero." },
    en: { name: "Death", description: "What to do when someone dies: registration, burial, cemetery." } } },
  { slug: "nascita", text: {
    it: { name: "Nascita", description: "Dichiarazione di nascita, riconoscimento e primi documenti del bambino." },
    en: { name: "Birth", description: "Registering a birth, recognition and the baby's first documents." } } },
  { slug: "parcheggi", text: {
    it: { name: "Parcheggi", description: "Sosta, parcheggi pubblici, permessi e contrassegni." },
    en: { name: "Parking", description: "Parking, public car parks, permits and badges." } } },
  { slug: "patrimonio-culturale", text: {
    it: { name: "Patrimonio culturale", description: "Biblioteca, archivio storico, monumenti e collezioni d'arte della città." },
    en: { name: "Cultural heritage", description: "Library, historical archive, monuments and art collections of the town." } } },
  { slug: "pesca", text: {
    it: { name: "Pesca", description: "Regole e licenze per la pesca." },
    en: { name: "Fishing", description: "Rules and licences for fishing." } } },
  { slug: "piano-di-sviluppo", text: {
    it: { name: "Piano di sviluppo", description: "Piani e obiettivi del Comune per i prossimi anni." },
    en: { name: "Development plan", description: "The Comune's plans and goals for the coming years." } } },
  { slug: "pista-ciclabile", text: {
    it: { name: "Pista ciclabile", description: "Percorsi ciclabili e servizi per chi va in bicicletta." },
    en: { name: "Cycle path", description: "Cycle routes and services for people who ride a bike." } } },
  { slug: "pnrr", text: {
    it: { name: "PNRR", description: "Progetti del Comune finanziati dal Piano Nazionale di Ripresa e Resilienza." },
    en: { name: "PNRR", description: "Projects of the Comune funded by the National Recovery and Resilience Plan (PNRR)." } } },
  { slug: "politica-commerciale", text: {
    it: { name: "Politica commerciale", description: "Scelte del Comune per sostenere il commercio e i negozi." },
    en: { name: "Trade policy", description: "The Comune's choices to support trade and local shops." } } },
  { slug: "polizia", text: {
    it: { name: "Polizia", description: "Polizia Locale: controlli, multe, incidenti e sicurezza stradale." },
    en: { name: "Police", description: "Local police: checks, fines, road accidents and road safety." } } },
  { slug: "prodotti-alimentari", text: {
    it: { name: "Prodotti alimentari", description: "Vendita e somministrazione di cibi e bevande." },
    en: { name: "Food products", description: "Selling and serving food and drinks." } } },
  { slug: "protezione-civile", text: {
    it: { name: "Protezione civile", description: "Piano di emergenza, allerte meteo e volontari di protezione civile." },
    en: { name: "Civil protection", description: "Emergency plan, weather alerts and civil protection volunteers." } } },
  { slug: "residenza", text: {
    it: { name: "Residenza", description: "Trasferire la residenza, cambiare indirizzo, iscriversi all'anagrafe." },
    en: { name: "Residence", description: "Moving your residence, changing address, registering with the registry office." } } },
  { slug: "risposta-alle-emergenze", text: {
    it: { name: "Risposta alle emergenze", description: "Cosa fa il Comune e cosa fare tu quando c'è un'emergenza." },
    en: { name: "Emergency response", description: "What the Comune does and what you should do in an emergency." } } },
  { slug: "sistema-giuridico", text: {
    it: { name: "Sistema giuridico", description: "Statuto, regolamenti e atti che regolano la vita del Comune." },
    en: { name: "Legal system", description: "Statute, regulations and acts that govern the Comune." } } },
  { slug: "spazio-verde", text: {
    it: { name: "Spazio Verde", description: "Parchi, giardini, alberi e aree gioco della città." },
    en: { name: "Green space", description: "Parks, gardens, trees and playgrounds in town." } } },
  { slug: "sport", text: {
    it: { name: "Sport", description: "Impianti sportivi, palestre, società sportive e manifestazioni." },
    en: { name: "Sport", description: "Sports facilities, gyms, sports clubs and events." } } },
  { slug: "sviluppo-sostenibile", text: {
    it: { name: "Sviluppo sostenibile", description: "Azioni per una città che rispetta l'ambiente e le persone." },
    en: { name: "Sustainable development", description: "Actions for a town that respects the environment and people." } } },
  { slug: "tassa-sui-servizi", text: {
    it: { name: "Tassa sui servizi", description: "Tasse legate ai servizi comunali, come la tassa sui rifiuti (TARI)." },
    en: { name: "Service charges", description: "Charges linked to municipal services, such as the waste tax (TARI)." } } },
  { slug: "tempo-libero", text: {
    it: { name: "Tempo libero", description: "Cultura, eventi, biblioteca e attività per il tempo libero." },
    en: { name: "Leisure", description: "Culture, events, library and leisure activities." } } },
  { slug: "trasparenza-amministrativa", text: {
    it: { name: "Trasparenza amministrativa", description: "Atti, dati e informazioni che il Comune pubblica per legge." },
    en: { name: "Administrative transparency", description: "Acts, data and information the Comune publishes by law." } } },
  { slug: "trasporto-pubblico", text: {
    it: { name: "Trasporto pubblico", description: "Autobus, treni, trasporto scolastico e servizi di trasporto." },
    en: { name: "Public transport", description: "Buses, trains, school transport and transport services." } } },
  { slug: "turismo", text: {
    it: { name: "Turismo", description: "Cosa vedere e cosa fare in città, informazioni per chi visita." },
    en: { name: "Tourism", description: "What to see and do in town, information for visitors." } } },
  { slug: "urbanizzazione", text: {
    it: { name: "Urbanizzazione", description: "Piano di governo del territorio, edilizia e opere pubbliche." },
    en: { name: "Urban development", description: "Town plan, building and public works." } } },
  { slug: "viaggi", text: {
    it: { name: "Viaggi", description: "Documenti per viaggiare, come la carta d'identità valida per l'espatrio." },
    en: { name: "Travel", description: "Documents for travelling, such as an identity card valid for travel abroad." } } },
  { slug: "zone-pedonali", text: {
    it: { name: "Zone pedonali", description: "Aree della città riservate ai pedoni e regole di accesso." },
    en: { name: "Pedestrian areas", description: "Areas of the town reserved for pedestrians and access rules." } } },
  { slug: "ztl", text: {
    it: { name: "ZTL", description: "Zone a traffico limitato: dove sono, orari e permessi per entrare." },
    en: { name: "Limited traffic zones (ZTL)", description: "Limited traffic zones: where they are, hours and access permits." } } },
];
