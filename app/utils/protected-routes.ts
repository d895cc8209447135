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
}

export const PROTECTED_ROUTES: readonly ProtectedRoute[] = [
  { file: "area-personale._index", path: "/area-personale", allow: { kind: "citizen" }, action: false },
  { file: "area-personale.deleghe", path: "/area-personale/deleghe", allow: { kind: "citizen" }, action: true },
  { file: "area-personale.$", path: "/area-personale/domande", allow: { kind: "citizen" }, action: false },
  { file: "gestione._index", path: "/gestione", allow: { kind: "staff", permission: null }, action: false },
  { file: "gestione.utenti._index", path: "/gestione/utenti", allow: { kind: "staff", permission: "staff.manage" }, action: true },
  { file: "gestione.utenti.$id", path: "/gestione/utenti/1", allow: { kind: "staff", permission: "staff.manage" }, action: true },
  { file: "gestione.registro", path: "/gestione/registro", allow: { kind: "staff", permission: "audit.view" }, action: false },
];

/** Pages of the staff login itself: reachable before the login is complete, so not in the list above. */
export const STAFF_LOGIN_ROUTES = ["gestione.accedi", "gestione.verifica", "gestione.attiva-otp", "gestione.cambia-password"] as const;
