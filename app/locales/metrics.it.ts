/** Counter submissions recorded by staff and the desk's own plan indicators (issue 6 §4). */
const metrics = {
  counter: {
    title: "Istanze presentate allo sportello",
    lead: "Registra le istanze ricevute fuori dallo sportello telematico (di persona, per telefono, per e-mail o PEC). Servono a calcolare la quota di istanze presentate online, uno degli indicatori del Piano integrato; non si registrano dati personali.",
    formTitle: "Registra un'istanza ricevuta",
    service: "Servizio",
    serviceHint: "Solo i servizi del tuo ufficio.",
    chooseService: "Scegli un servizio",
    receivedOn: "Data di ricezione",
    receivedOnHint: "Per esempio 27/11/2026.",
    channel: "Canale",
    channels: { counter: "Sportello fisico", phone: "Telefono", email: "E-mail", pec: "PEC" },
    protocol: "Numero di protocollo (facoltativo)",
    protocolHint: "Come riportato dal protocollo, per esempio 2026/12345.",
    submit: "Registra",
    recorded: "Istanza registrata: {{service}}, ricevuta il {{day}}.",
    errorsTitle: "Correggi questi dati",
    errors: {
      service_missing: "Scegli il servizio.",
      service_unknown: "Scegli uno dei servizi del tuo ufficio.",
      date_missing: "Scrivi la data di ricezione.",
      date_invalid: "Scrivi una data valida, per esempio 27/11/2026.",
      date_future: "La data di ricezione non può essere nel futuro.",
      channel_missing: "Scegli il canale.",
      protocol_invalid: "Scrivi il numero di protocollo con cifre, lettere, «/», «-» o «.», al massimo 40 caratteri.",
    },
    listTitle: "Istanze registrate",
    caption: "Ultime istanze ricevute fuori dallo sportello telematico, dalla più recente",
    empty: "Non è ancora stata registrata nessuna istanza.",
    columns: { receivedOn: "Ricevuta il", service: "Servizio", channel: "Canale", protocol: "Protocollo", recordedBy: "Registrata da" },
    noProtocol: "—",
    homeText: "Registra le istanze ricevute allo sportello, per telefono, e-mail o PEC.",
    noOffices: "Non appartieni a nessun ufficio con servizi: non puoi registrare istanze.",
  },
};

export default metrics;
