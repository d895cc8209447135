import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import type { ServerBuild } from "@remix-run/node";
import { env } from "./app/utils/env.server";
import { closeDb, db } from "./app/utils/db.server";
import { housekeeping } from "./app/services/housekeeping.server";
import { refreshDeskMetrics } from "./app/services/desk-metrics.server";
import { deliverDue, smtpSender } from "./app/services/notifications.server";
import { sessionPolicy } from "./app/utils/session.server";
import { dialectOf } from "./db/connection";
import { createApp, jsonLogger } from "./server/app";

const config = env();
const log = jsonLogger(config.LOG_LEVEL);
const workers = config.WEB_CONCURRENCY ?? (config.NODE_ENV === "production" ? availableParallelism() : 1);

if (workers > 1 && cluster.isPrimary) {
  // Every core serves requests; the workers share nothing but the database.
  log("info", { msg: "starting workers", workers, port: config.PORT });
  for (let i = 0; i < workers; i++) cluster.fork();
  let stopping = false;
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    log("warn", { msg: "worker exited, starting another", pid: worker.process.pid, code, signal });
    cluster.fork();
  });
  const stop = (signal: string) => {
    stopping = true;
    log("info", { msg: "shutting down", signal });
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal as NodeJS.Signals);
    setTimeout(() => process.exit(0), config.SHUTDOWN_TIMEOUT_MS + 1000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} else {
  // @ts-expect-error the build exists only after `npm run build`
  const build = (await import("./build/server/index.js")) as ServerBuild;
  const app = createApp(build, config, log);
  const server = app.listen(config.PORT, config.HOST, () => {
    log("info", { msg: "listening", url: `http://localhost:${config.PORT}`, database: dialectOf(config.DATABASE_URL) });
  });

  // Now and then (with jitter, so workers and instances spread out) drop what can no longer be used.
  const tidy = setInterval(
    () => {
      housekeeping(db(), sessionPolicy(), config.SAML_CLOCK_SKEW_MS).then(
        (removed) => log("info", { msg: "housekeeping", ...removed }),
        (error: Error) => log("error", { msg: "housekeeping failed", error: error.message }),
      );
    },
    10 * 60_000 + Math.floor(Math.random() * 60_000),
  );
  tidy.unref();

  // With an SMTP server configured, every worker sends what is due in the outbox (each message is
  // claimed by exactly one of them); without one, the e-mails stay in the outbox page.
  const mailer = config.SMTP_URL ? smtpSender(config.SMTP_URL, config.MAIL_FROM) : null;
  const mailDomain = config.PUBLIC_BASE_URL ? new URL(config.PUBLIC_BASE_URL).hostname : "sportello.local";
  let sending = false;
  const mail = mailer
    ? setInterval(
        () => {
          if (sending) return;
          sending = true;
          deliverDue(db(), mailer, () => new Date(), { domain: mailDomain })
            .then(
              (report) => {
                if (report.sent || report.failed) log(report.failed ? "warn" : "info", { msg: "outbox", ...report });
              },
              (error: Error) => log("error", { msg: "outbox delivery failed", error: error.message }),
            )
            .finally(() => {
              sending = false;
            });
        },
        20_000 + Math.floor(Math.random() * 10_000),
      )
    : undefined;
  mail?.unref();

  // Every few minutes (DESK_METRICS_REFRESH_MS; 0 = off), the plan's indicators the desk measures by
  // itself (issue 6 §4). Safe with several workers and instances: a value is recorded only when it
  // changed, under the indicator's row lock, so concurrent refreshes record it once.
  const every = config.DESK_METRICS_REFRESH_MS;
  let measuring = false;
  const metrics =
    every > 0
      ? setInterval(
          () => {
            if (measuring) return;
            measuring = true;
            refreshDeskMetrics(db())
              .then(
                (report) => {
                  if (Object.keys(report.recorded).length) log("info", { msg: "desk metrics", recorded: report.recorded });
                },
                (error: Error) => log("error", { msg: "desk metrics refresh failed", error: error.message }),
              )
              .finally(() => {
                measuring = false;
              });
          },
          every + Math.floor(Math.random() * Math.min(60_000, every)),
        )
      : undefined;
  metrics?.unref();

  // Graceful shutdown: stop accepting, let requests in flight finish, close the database.
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    clearInterval(tidy);
    if (mail) clearInterval(mail);
    if (metrics) clearInterval(metrics);
    log("info", { msg: "closing", signal });
    server.close(async () => {
      await closeDb();
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      log("warn", { msg: "forced exit after timeout" });
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}
