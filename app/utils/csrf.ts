/** The form field that carries the session's CSRF token (read by `requireCsrf`, written by `<CsrfField />`). */
export const CSRF_FIELD = "_csrf";
