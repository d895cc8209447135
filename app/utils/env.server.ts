import { z } from "zod";

export const DEMO_SESSION_SECRET = "demo-only-session-secret-change-me-in-production";

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
  /** Signs the session cookie. The default is for the demo only: set your own in production (32+ characters). */
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").default(DEMO_SESSION_SECRET),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
  }
  return result.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
