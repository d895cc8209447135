import type { PageState } from "./pages";

/** The catalogue pages and their states (issue 4). */
export const catalogueStates: PageState[] = [];
