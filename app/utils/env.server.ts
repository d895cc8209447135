import { z } from "zod";

export const DEMO_SESSION_SECRET = "demo-only-session-secret-change-me-in-production";

const boolish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** One schema validates the whole environment at start: a wrong value stops the process with a clear message. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .default("file:./data/sportello.sqlite")
    .refine((v) => v.startsWith("file:") || v.startsWith("postgres://") || v.startsWith("postgresql://"), {
      message: "DATABASE_URL must be file:<path> (SQLite) or postgres://… (PostgreSQL)",
    }),
  PUBLIC_BASE_URL: z.string().url().optional(),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  PAGE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).default(500),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** How often each worker refreshes the plan's indicators the desk measures (docs/desk-metrics.md); 0 = never. */
  DESK_METRICS_REFRESH_MS: z.coerce.number().int().min(0).default(300_000),
  /** Signs the session cookie. The default is for the demo only: set your own in production (32+ characters). */
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").default(DEMO_SESSION_SECRET),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
  /** SPID and CIE logins can be switched off one by one (for example while a certificate is renewed). */
  SPID_ENABLED: boolish.default("true"),
  CIE_ENABLED: boolish.default("true"),
  /** The comune's SP key and certificate (PEM, from `npm run spid:keygen`). Required in production; the demo makes its own. */
  SPID_SP_KEY_FILE: z.string().optional(),
  SPID_SP_CERT_FILE: z.string().optional(),
  /** CIE may use its own pair; SPID's is used otherwise. */
  CIE_SP_KEY_FILE: z.string().optional(),
  CIE_SP_CERT_FILE: z.string().optional(),
  /** Local copy of AgID's IdP metadata (spid-entities-idps.xml) and of CieID's: the only IdPs trusted besides the test IdP. */
  SPID_IDP_METADATA_FILE: z.string().optional(),
  CIE_IDP_METADATA_FILE: z.string().optional(),
  SPID_DEFAULT_LEVEL: z.coerce.number().int().min(1).max(3).default(2),
  SAML_CLOCK_SKEW_MS: z.coerce.number().int().min(0).max(300_000).default(30_000),
  SAML_REQUEST_TTL_MS: z.coerce.number().int().min(60_000).max(3_600_000).default(900_000),
  /** Demo mode (`npm start`): demo keys are generated, the test IdP is on, the UI says it is a demo. */
  DEMO_MODE: boolish.default("false"),
  /** The bundled test IdP: on in development and demo mode; in production it also needs TEST_IDP_ALLOW_IN_PRODUCTION=yes. */
  TEST_IDP_ENABLED: boolish.optional(),
  TEST_IDP_ALLOW_IN_PRODUCTION: z.string().optional(),
  /** 32 bytes, base64: encrypts the staff's TOTP secrets at rest. Derived from SESSION_SECRET when absent (demo). */
  TOTP_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, { message: "TOTP_ENCRYPTION_KEY must be 32 bytes in base64" })
    .optional(),
  /** Only behind a trusted proxy is X-Forwarded-For used for the client address in the audit log. */
  TRUST_PROXY: boolish.default("false"),
  /** A clamd daemon that scans every attachment (INSTREAM over TCP). Without it attachments are kept as not scanned, and the pages say so. */
  CLAMD_HOST: z.string().min(1).optional(),
  CLAMD_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
  /**
   * The SMTP server that sends the outbox's e-mails, as a URL: smtp://user:password@host:587 (STARTTLS
   * when the server offers it) or smtps://user:password@host:465. Without it the e-mails stay in the
   * outbox, shown in the back office, and nothing is sent.
   */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional(),
  /** The sender of the desk's e-mails (a no-reply address of the comune). */
  MAIL_FROM: z.string().min(3).default("Sportello telematico <noreply@localhost>"),
  /**
   * The comune's pagoPA segregation code (two digits assigned by PagoPA S.p.A., tax-rules.md §4.1): the
   * second and third digits of every notice number it issues. Seregno's is not known: 01 in the demo.
   */
  PAGOPA_SEGREGATION_CODE: z.string().regex(/^\d{2}$/, "PAGOPA_SEGREGATION_CODE must be two digits").default("01"),
  /** The comune's CBILL (SIA) code, printed on every pagoPA notice when set (uppercase letters and digits). */
  PAGOPA_CBILL: z.string().regex(/^[A-Z0-9]{5}$/, "PAGOPA_CBILL must be 5 uppercase letters or digits").optional(),
});

/**
 * A live deployment (production, not demo mode) must name its public URL (entityIDs and the Origin
 * check derive from it, never from a Host header) and have its own secrets.
 */
const LiveEnvSchema = EnvSchema.superRefine((e, ctx) => {
  if (e.NODE_ENV !== "production" || e.DEMO_MODE) return;
  if (!e.PUBLIC_BASE_URL) ctx.addIssue({ code: "custom", path: ["PUBLIC_BASE_URL"], message: "required in production (the desk's https address)" });
  if (e.SESSION_SECRET === DEMO_SESSION_SECRET) ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "set your own secret in production" });
  if (!e.TOTP_ENCRYPTION_KEY) ctx.addIssue({ code: "custom", path: ["TOTP_ENCRYPTION_KEY"], message: "required in production (openssl rand -base64 32)" });
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = LiveEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
  }
  return result.data;
}

/** Whether the bundled test IdP answers and is trusted. */
export function testIdpEnabled(e: Env = env()): boolean {
  if (e.NODE_ENV !== "production" || e.DEMO_MODE) return e.TEST_IDP_ENABLED ?? true;
  return (e.TEST_IDP_ENABLED ?? false) && e.TEST_IDP_ALLOW_IN_PRODUCTION === "yes";
}

/** Keys and secrets may be generated and kept in the database (never for a live deployment). */
export function demoKeysAllowed(e: Env = env()): boolean {
  return e.NODE_ENV !== "production" || e.DEMO_MODE;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
