/**
 * The online forms the desk runs, by the slug of their service in the catalogue. Every form here
 * belongs to a catalogue service whose online link opens it (tests/unit/forms-definitions.test.ts);
 * the catalogue links more services to the desk than have a form so far, so a slug may be missing.
 */
import { form as accessoAtti } from "./services/accesso-atti";
import { form as imuRimborso } from "./services/imu-rimborso";
import { form as lampadeVotive } from "./services/lampade-votive";
import { form as mensaScolastica } from "./services/mensa-scolastica";
import { form as multeDatiConducente } from "./services/multe-dati-conducente";
import { form as multeRicorso } from "./services/multe-ricorso";
import { form as segnalazioneDisservizio } from "./services/segnalazione-disservizio";
import { form as tariCessazione } from "./services/tari-cessazione";
import { form as tariIscrizione } from "./services/tari-iscrizione";
import { form as tariRiduzioni } from "./services/tari-riduzioni";
import { form as tariVariazione } from "./services/tari-variazione";
import { form as tributiRettifica } from "./services/tributi-rettifica";
import type { FormDefinition } from "./types";

const ALL: readonly FormDefinition[] = [
  tariIscrizione,
  tariVariazione,
  tariCessazione,
  tariRiduzioni,
  imuRimborso,
  multeDatiConducente,
  multeRicorso,
  lampadeVotive,
  mensaScolastica,
  accessoAtti,
  segnalazioneDisservizio,
  tributiRettifica,
];

export const FORMS: Readonly<Record<string, FormDefinition>> = Object.freeze(
  Object.fromEntries(ALL.map((form) => [form.slug, form])),
);

/** Own properties only: a slug from a URL must never reach "constructor" or "__proto__". */
export function findForm(slug: string): FormDefinition | undefined {
  return Object.hasOwn(FORMS, slug) ? FORMS[slug] : undefined;
}
