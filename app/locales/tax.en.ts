/** Taxes (IMU, TARI, pagoPA): server and API texts. Server only. */
const tax = {
  api: {
    errors: {
      title: "The request has errors",
      not_json: "The request body is not valid JSON",
      too_large: "The request is too large (at most {{max}} kB)",
      method: "Use the POST method with a JSON body",
      not_an_object: "A JSON object is needed here",
      required: "Required field",
      year_out_of_range: "Choose a year from {{from}} to {{to}}",
      empty_list: "Give at least one property",
      too_many: "At most {{max}} properties per request",
      bad_kind: "Invalid type: use one of {{allowed}}",
      bad_category: "Cadastral category “{{value}}” is not valid: write it as A/2, C/6, D/1",
      not_a_number: "Write a number (with a dot for decimals)",
      negative: "The value cannot be negative",
      too_many_decimals: "At most {{max}} decimal digits",
      share_out_of_range: "The ownership share goes from above 0 to 100 (percent)",
      bad_date: "Invalid date: write it as YYYY-MM-DD",
      date_not_in_year: "The date must be in {{year}}",
      end_before_start: "The end date comes before the start date",
      not_a_boolean: "Write true or false",
      bad_reduction: "Invalid reduction: use one of {{allowed}} or null",
      not_a_dwelling: "Main residence only applies to a dwelling (category A, except A/10) or its appurtenances C/2, C/6, C/7, not to {{category}}",
      comodato_luxury: "The free-loan reduction does not apply to categories A/1, A/8, A/9",
      comodato_own_home: "A property lent for free cannot be your own main residence",
      only_buildings: "Reductions, agreed rent and social housing only apply to buildings",
      no_rates: "The comune has not published its IMU rates for {{year}} yet",
    },
  },
} as const;

export default tax;
