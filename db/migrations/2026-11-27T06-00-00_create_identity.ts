import { type Kysely, sql } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * Citizens known from SPID/CIE, pending SAML requests, used assertion ids (replay), signing keys for
 * the demo SP and the test IdP, the test IdP's pending requests, the session's subject columns and
 * the SPID level each service asks for.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = () => ["id", pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement())] as const;

  await db.schema
    .createTable("citizen")
    .addColumn(...id())
    .addColumn("fiscal_code", "text", (c) => c.notNull().unique())
    .addColumn("given_name", "text", (c) => c.notNull())
    .addColumn("family_name", "text", (c) => c.notNull())
    .addColumn("date_of_birth", "text")
    .addColumn("email", "text")
    .addColumn("first_login_at", "text", (c) => c.notNull())
    .addColumn("last_login_at", "text", (c) => c.notNull())
    .addColumn("last_auth_method", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("saml_request")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("profile", "text", (c) => c.notNull())
    .addColumn("idp_entity_id", "text", (c) => c.notNull())
    .addColumn("requested_level", "integer", (c) => c.notNull())
    .addColumn("acs_url", "text", (c) => c.notNull())
    .addColumn("issue_instant", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("relay_state", "text", (c) => c.notNull())
    .addColumn("return_to", "text", (c) => c.notNull())
    .addColumn("browser_binding_hash", "text", (c) => c.notNull())
    .addColumn("session_id", "text")
    .execute();
  await db.schema.createIndex("saml_request_expires_idx").on("saml_request").column("expires_at").execute();

  await db.schema
    .createTable("used_assertion")
    .addColumn("idp_entity_id", "text", (c) => c.notNull())
    .addColumn("assertion_id", "text", (c) => c.notNull())
    .addColumn("not_on_or_after", "text", (c) => c.notNull())
    .addColumn("used_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("used_assertion_pk", ["idp_entity_id", "assertion_id"])
    .execute();

  await db.schema
    .createTable("signing_key")
    .addColumn("purpose", "text", (c) => c.primaryKey())
    .addColumn("private_key_pem", "text", (c) => c.notNull())
    .addColumn("certificate_pem", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("test_idp_request")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("authn_request_id", "text", (c) => c.notNull())
    .addColumn("sp_entity_id", "text", (c) => c.notNull())
    .addColumn("acs_url", "text", (c) => c.notNull())
    .addColumn("profile", "text", (c) => c.notNull())
    .addColumn("requested_level", "integer", (c) => c.notNull())
    .addColumn("relay_state", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema.alterTable("session").addColumn("subject", "text").execute();
  await db.schema.alterTable("session").addColumn("saml_name_id", "text").execute();
  await db.schema.createIndex("session_subject_idx").on("session").column("subject").execute();
  await db.schema.createIndex("session_saml_name_id_idx").on("session").column("saml_name_id").execute();

  await db.schema
    .alterTable("service")
    .addColumn("spid_level", "integer", (c) => c.notNull().defaultTo(sql`2`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("service").dropColumn("spid_level").execute();
  await db.schema.dropIndex("session_saml_name_id_idx").ifExists().execute();
  await db.schema.dropIndex("session_subject_idx").ifExists().execute();
  await db.schema.alterTable("session").dropColumn("saml_name_id").execute();
  await db.schema.alterTable("session").dropColumn("subject").execute();
  for (const table of ["test_idp_request", "signing_key", "used_assertion", "saml_request", "citizen"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
