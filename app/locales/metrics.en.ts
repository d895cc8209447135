import type metricsIt from "./metrics.it";

/** Counter submissions recorded by staff and the desk's own plan indicators (issue 6 §4). */
const metrics: typeof metricsIt = {
  counter: {
    title: "Applications submitted at the counter",
    lead: "Record the applications received outside the online desk (in person, by phone, e-mail or PEC). They are used to compute the share of applications submitted online, one of the indicators of the Integrated plan; no personal data is recorded.",
    formTitle: "Record an application received",
    service: "Service",
    serviceHint: "Only your office's services.",
    chooseService: "Choose a service",
    receivedOn: "Date received",
    receivedOnHint: "For example 27/11/2026.",
    channel: "Channel",
    channels: { counter: "Counter in person", phone: "Phone", email: "E-mail", pec: "PEC (certified e-mail)" },
    protocol: "Protocol number (optional)",
    protocolHint: "As the protocol register gives it, for example 2026/12345.",
    submit: "Record",
    recorded: "Application recorded: {{service}}, received on {{day}}.",
    errorsTitle: "Correct these details",
    errors: {
      service_missing: "Choose the service.",
      service_unknown: "Choose one of your office's services.",
      date_missing: "Enter the date received.",
      date_invalid: "Enter a valid date, for example 27/11/2026.",
      date_future: "The date received cannot be in the future.",
      channel_missing: "Choose the channel.",
      protocol_invalid: "Enter the protocol number with digits, letters, “/”, “-” or “.”, at most 40 characters.",
    },
    listTitle: "Recorded applications",
    caption: "Latest applications received outside the online desk, newest first",
    empty: "No application has been recorded yet.",
    columns: { receivedOn: "Received on", service: "Service", channel: "Channel", protocol: "Protocol", recordedBy: "Recorded by" },
    noProtocol: "—",
    homeText: "Record the applications received at the counter, by phone, e-mail or PEC.",
    noOffices: "You belong to no office with services: you cannot record applications.",
  },
};

export default metrics;
