import type { PagesTranslation } from "./pages.it";
import type { Strings } from "./strings";

/** The long texts of the fixed pages, in English (see pages.it.ts). */
const pagesEn: Strings<PagesTranslation> = {
  privacy: {
    sections: [
      { heading: "Data controller", body: "The data controller is the {{name}}, {{address}}. Certified email (PEC): {{pec}}. Tax code {{fiscalCode}}." },
      { heading: "Data Protection Officer", body: "You can write to the Comune's Data Protection Officer (DPO) at the certified address {{pec}}, with «For the attention of the Data Protection Officer» in the subject." },
      { heading: "What data we process and why", body: "- Browsing data (IP address, page requested, date and time): needed to run the site and keep it secure; kept for at most 6 months.\n- Page ratings (stars, reason, comment): used to improve the content; they are not linked to your identity. Do not write personal data in the comment.\n- Data in applications and payments, when you log in with SPID or CIE: used to carry out the Comune's tasks in the public interest (art. 6(1)(c) and (e) GDPR) and kept for as long as the rules on public archives require." },
      { heading: "Cookies", body: "The site only uses technical cookies: the language and the reading preferences you chose and, when you log in, your session. We use no profiling or third-party cookies, so we do not ask for your consent." },
      { heading: "Who receives the data", body: "The data is processed by authorised staff of the Comune and by the suppliers who run the system on the Comune's behalf, appointed as data processors. We do not transfer data outside the European Union." },
      { heading: "Your rights", body: "You can ask to see your data, correct it, erase it where the law allows, restrict its processing or object to it (arts. 15-22 GDPR) by writing to {{pec}}. You can also lodge a complaint with the Italian Data Protection Authority (www.garanteprivacy.it)." },
    ],
  },
  legal: {
    license: [
      "Under the open by default principle of article 52 of Legislative Decree no. 82 of 7 March 2005 (CAD), and unless stated otherwise (including third-party content embedded in it), the data, documents and information published on the site are released under the CC-BY 4.0 licence.",
      "Users are therefore free to share (copy, distribute, communicate to the public, display in public), perform and recite this material in any medium and format, and to adapt it (transform it and use it for derivative works) for any purpose, including commercial ones, with the sole obligation of attribution and without adding further restrictions.",
    ],
    sections: [
      { heading: "Use of the site", body: "The {{name}} looks after the content of the site and updates it carefully, but cannot guarantee that it is always complete and free of errors. The official acts are those published on the Albo pretorio (official notice board) and in Amministrazione trasparente." },
      { heading: "Software", body: "The desk is free software: other public administrations may reuse its source code (art. 69 of the CAD)." },
    ],
  },
};

export default pagesEn;
