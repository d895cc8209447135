/**
 * The test IdP's fictional citizens (docs/identity-plan.md §8.3). The codici fiscali follow
 * D.M. 23/12/1976 and are checked against app/domain/codice-fiscale.ts by a unit test; being
 * synthetic, they could coincide with a real person's, so they never leave the test IdP (off in
 * production).
 */
export interface TestCitizen {
  /** Stable key for forms and tests. */
  key: string;
  givenName: string;
  familyName: string;
  sex: "M" | "F";
  /** YYYY-MM-DD (SPID sends dateOfBirth as xs:date). */
  dateOfBirth: string;
  placeOfBirth: { name: string; code: string };
  fiscalCode: string;
  /** CIE never sends one, and some citizens have none. */
  email: string | null;
  /** SPID's own identifier of the identity ("spidCode"); fictional. */
  spidCode: string;
  note: string;
}

export const TEST_CITIZENS: readonly TestCitizen[] = [
  {
    key: "mario-rossi",
    givenName: "Mario",
    familyName: "Rossi",
    sex: "M",
    dateOfBirth: "1985-12-10",
    placeOfBirth: { name: "Roma", code: "H501" },
    fiscalCode: "RSSMRA85T10H501O",
    email: "mario.rossi@example.org",
    spidCode: "TESTIDP0000001",
    note: "adult, has email",
  },
  {
    key: "anna-bianchi",
    givenName: "Anna",
    familyName: "Bianchi",
    sex: "F",
    dateOfBirth: "1941-02-03",
    placeOfBirth: { name: "Seregno", code: "I625" },
    fiscalCode: "BNCNNA41B43I625G",
    // Every SPID identity has an email (it is required to obtain one); the "no email" case is CIE's.
    email: "anna.bianchi@example.org",
    spidCode: "TESTIDP0000002",
    note: "over 80",
  },
  {
    key: "giuseppe-verdi",
    givenName: "Giuseppe",
    familyName: "Verdi",
    sex: "M",
    dateOfBirth: "1944-02-29",
    placeOfBirth: { name: "Monza", code: "F704" },
    fiscalCode: "VRDGPP44B29F704V",
    email: "giuseppe.verdi@example.org",
    spidCode: "TESTIDP0000003",
    note: "born on 29 February",
  },
  {
    key: "giulia-bianchi",
    givenName: "Giulia",
    familyName: "Bianchi",
    sex: "F",
    dateOfBirth: "1992-03-04",
    placeOfBirth: { name: "Milano", code: "F205" },
    fiscalCode: "BNCGLI92C44F205W",
    email: "giulia.bianchi@example.org",
    spidCode: "TESTIDP0000004",
    note: "delegate of Anna Bianchi in the demo",
  },
  {
    key: "luca-ferrari",
    givenName: "Luca",
    familyName: "Ferrari",
    sex: "M",
    dateOfBirth: "2001-07-15",
    placeOfBirth: { name: "Monza", code: "F704" },
    fiscalCode: "FRRLCU01L15F704V",
    email: "luca.ferrari@example.org",
    spidCode: "TESTIDP0000005",
    note: "young adult",
  },
  {
    key: "francesca-esposito",
    givenName: "Francesca",
    familyName: "Esposito",
    sex: "F",
    dateOfBirth: "1978-11-30",
    placeOfBirth: { name: "Napoli", code: "F839" },
    fiscalCode: "SPSFNC78S70F839D",
    email: "francesca.esposito@example.org",
    spidCode: "TESTIDP0000006",
    note: "",
  },
  {
    key: "giovanni-brambilla",
    givenName: "Giovanni",
    familyName: "Brambilla",
    sex: "M",
    dateOfBirth: "1970-01-01",
    placeOfBirth: { name: "Desio", code: "D286" },
    // Omocodia: the base code BRMGNN70A01D286T with the place digits replaced by letters.
    fiscalCode: "BRMGNN70A01DNUSR",
    email: "giovanni.brambilla@example.org",
    spidCode: "TESTIDP0000007",
    note: "omocodia",
  },
];

export function findTestCitizen(key: string): TestCitizen | undefined {
  return TEST_CITIZENS.find((c) => c.key === key);
}
