import type { PageState } from "./pages";

/** The appointment pages and their states (issue 4). */
export const appointmentStates: PageState[] = [];
