/** Tasse e tributi (IMU, TARI, pagoPA): testi del server e delle API. Solo lato server. */
const tax = {
  api: {
    errors: {
      title: "La richiesta contiene errori",
      not_json: "Il corpo della richiesta non è JSON valido",
      too_large: "La richiesta è troppo grande (al massimo {{max}} kB)",
      method: "Usa il metodo POST con un corpo JSON",
      not_an_object: "Qui serve un oggetto JSON",
      required: "Campo obbligatorio",
      year_out_of_range: "Scegli un anno dal {{from}} al {{to}}",
      empty_list: "Indica almeno un immobile",
      too_many: "Al massimo {{max}} immobili per richiesta",
      bad_kind: "Tipo non valido: usa uno tra {{allowed}}",
      bad_category: "Categoria catastale «{{value}}» non valida: scrivila come A/2, C/6, D/1",
      not_a_number: "Scrivi un numero (con il punto per i decimali)",
      negative: "Il valore non può essere negativo",
      too_many_decimals: "Al massimo {{max}} cifre decimali",
      share_out_of_range: "La quota di possesso va da più di 0 a 100 (per cento)",
      bad_date: "Data non valida: scrivila come AAAA-MM-GG",
      date_not_in_year: "La data deve essere nell'anno {{year}}",
      end_before_start: "La data di fine viene prima di quella di inizio",
      not_a_boolean: "Scrivi true oppure false",
      bad_reduction: "Riduzione non valida: usa una tra {{allowed}} oppure null",
      not_a_dwelling: "Abitazione principale vale solo per un'abitazione (categoria A, tranne A/10) o le sue pertinenze C/2, C/6, C/7, non per {{category}}",
      comodato_luxury: "La riduzione per comodato non vale per le categorie A/1, A/8, A/9",
      comodato_own_home: "Un immobile dato in comodato non può essere la tua abitazione principale",
      only_buildings: "Riduzioni, canone concordato e alloggio sociale valgono solo per i fabbricati",
      no_rates: "Il Comune non ha ancora pubblicato le aliquote IMU per il {{year}}",
    },
  },
} as const;

export default tax;
