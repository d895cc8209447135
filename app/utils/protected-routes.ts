import type { Permission } from "~/domain/permissions";

/**
 * Every route that needs someone logged in, with who may use it. Not used to decide anything at run
 * time (each loader and action asks `requireCitizen`/`requireStaff` itself): it is the list the
 * authorisation test walks, and a test fails when a route under /area-personale or /gestione is
 * missing from it.
 */
export interface ProtectedRoute {
  /** The route module, as in app/routes (without extension). */
  file: string;
  /** A concrete path to request. */
  path: string;
  /** Who may: a citizen (personal area), any fully logged-in staff member, or staff holding a permission. */
  allow: { kind: "citizen" } | { kind: "staff"; permission: Permission | null };
  /** The route has an action (its POST is tested too). */
  action: boolean;
  /** The path names a record (an application): someone allowed who does not own it gets 404, not its data. */
  owned?: true;
}

export const PROTECTED_ROUTES: readonly ProtectedRoute[] = [
  { file: "area-personale._index", path: "/area-personale", allow: { kind: "citizen" }, action: false },
  { file: "area-personale.deleghe", path: "/area-personale/deleghe", allow: { kind: "citizen" }, action: true },
  { file: "area-personale.$", path: "/area-personale/documenti", allow: { kind: "citizen" }, action: false },
  { file: "area-personale.domande._index", path: "/area-personale/domande", allow: { kind: "citizen" }, action: true },
  { file: "area-personale.domande.nuova.$slug", path: "/area-personale/domande/nuova/tari-iscrizione", allow: { kind: "citizen" }, action: true },
  { file: "area-personale.domande.$id._index", path: "/area-personale/domande/1", allow: { kind: "citizen" }, action: true, owned: true },
  { file: "area-personale.domande.$id.privacy", path: "/area-personale/domande/1/privacy", allow: { kind: "citizen" }, action: true, owned: true },
  { file: "area-personale.domande.$id.passo.$step", path: "/area-personale/domande/1/passo/dati", allow: { kind: "citizen" }, action: true, owned: true },
  { file: "area-personale.domande.$id.allegati", path: "/area-personale/domande/1/allegati", allow: { kind: "citizen" }, action: true, owned: true },
  { file: "area-personale.domande.$id.riepilogo", path: "/area-personale/domande/1/riepilogo", allow: { kind: "citizen" }, action: true, owned: true },
  { file: "area-personale.domande.$id.conferma", path: "/area-personale/domande/1/conferma", allow: { kind: "citizen" }, action: false, owned: true },
  { file: "area-personale.domande.$id.ricevuta", path: "/area-personale/domande/1/ricevuta", allow: { kind: "citizen" }, action: false, owned: true },
  { file: "area-personale.domande.$id.file.$file", path: "/area-personale/domande/1/file/1", allow: { kind: "citizen" }, action: false, owned: true },
  { file: "area-personale.domande.$id.pagamento.$notice", path: "/area-personale/domande/1/pagamento/301000000000000144", allow: { kind: "citizen" }, action: true, owned: true },
  { file: "gestione.domande._index", path: "/gestione/domande", allow: { kind: "staff", permission: "application.view_office" }, action: false },
  { file: "gestione.domande.esporta", path: "/gestione/domande/esporta", allow: { kind: "staff", permission: "application.view_office" }, action: false },
  { file: "gestione.domande.$id._index", path: "/gestione/domande/1", allow: { kind: "staff", permission: "application.view_office" }, action: true, owned: true },
  { file: "gestione.domande.$id.ricevuta", path: "/gestione/domande/1/ricevuta", allow: { kind: "staff", permission: "application.view_office" }, action: false, owned: true },
  { file: "gestione.domande.$id.file.$file", path: "/gestione/domande/1/file/1", allow: { kind: "staff", permission: "application.view_office" }, action: false, owned: true },
  { file: "gestione.tributi.ruoli", path: "/gestione/tributi/ruoli", allow: { kind: "staff", permission: "tax.load_rolls" }, action: true },
  { file: "gestione.tributi.aliquote._index", path: "/gestione/tributi/aliquote", allow: { kind: "staff", permission: "tax.edit_rates" }, action: true },
  { file: "gestione.tributi.aliquote.$anno", path: "/gestione/tributi/aliquote/2026", allow: { kind: "staff", permission: "tax.edit_rates" }, action: true },
  { file: "gestione.assistenza._index", path: "/gestione/assistenza", allow: { kind: "staff", permission: "application.assist_citizen" }, action: true },
  { file: "gestione.assistenza.$id._index", path: "/gestione/assistenza/1", allow: { kind: "staff", permission: "application.assist_citizen" }, action: false, owned: true },
  { file: "gestione.assistenza.$id.passo.$step", path: "/gestione/assistenza/1/passo/dati", allow: { kind: "staff", permission: "application.assist_citizen" }, action: true, owned: true },
  { file: "gestione.assistenza.$id.allegati", path: "/gestione/assistenza/1/allegati", allow: { kind: "staff", permission: "application.assist_citizen" }, action: true, owned: true },
  { file: "gestione.assistenza.$id.riepilogo", path: "/gestione/assistenza/1/riepilogo", allow: { kind: "staff", permission: "application.assist_citizen" }, action: true, owned: true },
  { file: "gestione.sportello.presentazioni", path: "/gestione/sportello/presentazioni", allow: { kind: "staff", permission: "application.record_counter" }, action: true },
  { file: "gestione.accessibilita.segnalazioni._index", path: "/gestione/accessibilita/segnalazioni", allow: { kind: "staff", permission: "feedback.view" }, action: false },
  { file: "gestione.accessibilita.segnalazioni.$id", path: "/gestione/accessibilita/segnalazioni/1", allow: { kind: "staff", permission: "feedback.view" }, action: true, owned: true },
  { file: "gestione.accessibilita.obiettivi", path: "/gestione/accessibilita/obiettivi", allow: { kind: "staff", permission: "content.edit" }, action: true },
  { file: "gestione.posta", path: "/gestione/posta", allow: { kind: "staff", permission: "settings.edit" }, action: false },
  { file: "area-personale.appuntamenti", path: "/area-personale/appuntamenti", allow: { kind: "citizen" }, action: true },
  { file: "area-personale.tributi._index", path: "/area-personale/tributi", allow: { kind: "citizen" }, action: true },
  { file: "area-personale.tributi.avviso.$notice", path: "/area-personale/tributi/avviso/301000000000000144", allow: { kind: "citizen" }, action: false, owned: true },
  { file: "area-personale.tributi.avvisi.$tax.$year", path: "/area-personale/tributi/avvisi/TARI/2026", allow: { kind: "citizen" }, action: false, owned: true },
  { file: "area-personale.tributi.f24.$year", path: "/area-personale/tributi/f24/2025", allow: { kind: "citizen" }, action: false, owned: true },
  { file: "area-personale.tributi.pagamento-simulato.$notice", path: "/area-personale/tributi/pagamento-simulato/301000000000000144", allow: { kind: "citizen" }, action: true, owned: true },
  { file: "area-personale.multe", path: "/area-personale/multe", allow: { kind: "citizen" }, action: false },
  { file: "gestione.appuntamenti._index", path: "/gestione/appuntamenti", allow: { kind: "staff", permission: "application.view_office" }, action: false },
  { file: "gestione.appuntamenti.calendario", path: "/gestione/appuntamenti/calendario", allow: { kind: "staff", permission: "application.process" }, action: true },
  { file: "gestione.servizi._index", path: "/gestione/servizi", allow: { kind: "staff", permission: "catalogue.edit" }, action: false },
  { file: "gestione.servizi.$slug", path: "/gestione/servizi/carta-identita-elettronica", allow: { kind: "staff", permission: "catalogue.edit" }, action: true },
  { file: "gestione._index", path: "/gestione", allow: { kind: "staff", permission: null }, action: false },
  { file: "gestione.utenti._index", path: "/gestione/utenti", allow: { kind: "staff", permission: "staff.manage" }, action: true },
  { file: "gestione.utenti.$id", path: "/gestione/utenti/1", allow: { kind: "staff", permission: "staff.manage" }, action: true },
  { file: "gestione.registro", path: "/gestione/registro", allow: { kind: "staff", permission: "audit.view" }, action: false },
  { file: "gestione.piano._index", path: "/gestione/piano", allow: { kind: "staff", permission: "plan.record_progress" }, action: false },
  { file: "gestione.piano.indicatori.$codice", path: "/gestione/piano/indicatori/OB-01.I2", allow: { kind: "staff", permission: "plan.record_progress" }, action: true },
  { file: "gestione.piano.obiettivi.$codice", path: "/gestione/piano/obiettivi/OB-01", allow: { kind: "staff", permission: "plan.record_progress" }, action: true },
  { file: "gestione.piano.cruscotto._index", path: "/gestione/piano/cruscotto", allow: { kind: "staff", permission: "plan.record_progress" }, action: false },
  { file: "gestione.piano.cruscotto.$tipo.$codice", path: "/gestione/piano/cruscotto/linee/L1", allow: { kind: "staff", permission: "plan.record_progress" }, action: false },
  { file: "gestione.piano.obiettivi.$codice_.responsabili", path: "/gestione/piano/obiettivi/OB-01/responsabili", allow: { kind: "staff", permission: "plan.assign_owners" }, action: true },
  { file: "gestione.piano.relazione._index", path: "/gestione/piano/relazione", allow: { kind: "staff", permission: "plan.record_progress" }, action: false },
  { file: "gestione.piano.relazione.$anno._index", path: "/gestione/piano/relazione/2024", allow: { kind: "staff", permission: "plan.record_progress" }, action: false },
  { file: "gestione.piano.relazione.$anno.pdf", path: "/gestione/piano/relazione/2024/pdf", allow: { kind: "staff", permission: "plan.record_progress" }, action: false },
  { file: "gestione.piano.evidenze.$id", path: "/gestione/piano/evidenze/1", allow: { kind: "staff", permission: "plan.record_progress" }, action: false, owned: true },
];

/** Pages of the staff login itself: reachable before the login is complete, so not in the list above. */
export const STAFF_LOGIN_ROUTES = ["gestione.accedi", "gestione.verifica", "gestione.attiva-otp", "gestione.cambia-password"] as const;
