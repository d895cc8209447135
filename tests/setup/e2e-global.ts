import type { TestProject } from "vitest/node";
import { startServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

/** One built server for every end-to-end test file. */
export default async function setup(project: TestProject) {
  // Demo mode: the bundled test IdP answers, so the login journeys run the real SAML round trip.
  const server = await startServer({ PAGE_CACHE_TTL_MS: "0", DEMO_MODE: "true" });
  project.provide("baseUrl", server.url);
  project.provide("databaseUrl", server.databaseUrl);
  return () => server.stop();
}
