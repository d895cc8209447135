import { CSRF_FIELD } from "~/utils/csrf";
import { useRootData } from "~/utils/root-data";

/** The session's CSRF token as a hidden field: every form that changes something for a logged-in person carries it. */
export function CsrfField() {
  const root = useRootData();
  return root?.csrf ? <input type="hidden" name={CSRF_FIELD} value={root.csrf} /> : null;
}
