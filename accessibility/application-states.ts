import type { PageState } from "./pages";

/** The application pages and their states (issue 4). */
export const applicationStates: PageState[] = [];
