import { type Kysely, sql } from "kysely";

// Frozen in time: this file never imports application code.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith("Postgres");
}

/**
 * The comune's plan (PIAO, issue 6): its structure (lines, actions, crocevia, PNRR missions, SDGs,
 * objectives and their sub-items, indicators with yearly targets, milestones), the owners' progress
 * updates and the objectives' status history.
 *
 * Texts live in `<table>_translation` tables keyed by (owner id, lang), as the catalogue's do, so a
 * comune can add a language without a migration. Numbers of the plan (baselines, targets, measured
 * values) are decimal text, never floats. `plan_update` and `plan_objective_status` are append-only:
 * a measured value is never overwritten (a correction is a new row pointing at the one it corrects);
 * only an update's decision (approved / rejected, by whom, when, why) is filled in, once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const id = () => ["id", pg ? "serial" : "integer", (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement())] as const;

  async function translations(owner: string, columns: [string, boolean][]) {
    let t = db.schema
      .createTable(`${owner}_translation`)
      .addColumn(`${owner}_id`, "integer", (c) => c.notNull().references(`${owner}.id`).onDelete("cascade"))
      .addColumn("lang", "text", (c) => c.notNull());
    for (const [name, required] of columns) t = t.addColumn(name, "text", (c) => (required ? c.notNull() : c));
    await t.addPrimaryKeyConstraint(`${owner}_translation_pk`, [`${owner}_id`, "lang"]).execute();
  }

  await db.schema
    .createTable("plan")
    .addColumn(...id())
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("first_year", "integer", (c) => c.notNull())
    .addColumn("last_year", "integer", (c) => c.notNull())
    .addColumn("source_file", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await translations("plan", [["title", true], ["section", true], ["legal_basis", true], ["agenda", true], ["coordinator", true]]);

  await db.schema
    .createTable("plan_line")
    .addColumn(...id())
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("source_lines", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_line_code_uq", ["plan_id", "code"])
    .execute();
  await translations("plan_line", [["title", true], ["description", false]]);

  await db.schema
    .createTable("plan_action")
    .addColumn(...id())
    .addColumn("plan_line_id", "integer", (c) => c.notNull().references("plan_line.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("source_lines", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_action_code_uq", ["plan_line_id", "code"])
    .execute();
  await translations("plan_action", [["title", true]]);

  await db.schema
    .createTable("plan_crocevia")
    .addColumn(...id())
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("matrix_column", "integer", (c) => c.notNull())
    .addColumn("matrix_header", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_crocevia_code_uq", ["plan_id", "code"])
    .execute();
  await translations("plan_crocevia", [["name", true], ["title", true], ["matrix_note", false]]);

  await db.schema
    .createTable("plan_action_crocevia")
    .addColumn("plan_action_id", "integer", (c) => c.notNull().references("plan_action.id").onDelete("cascade"))
    .addColumn("plan_crocevia_id", "integer", (c) => c.notNull().references("plan_crocevia.id").onDelete("cascade"))
    .addColumn("mark", "text", (c) => c.notNull())
    .addColumn("source_line", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("plan_action_crocevia_pk", ["plan_action_id", "plan_crocevia_id"])
    .execute();

  await db.schema
    .createTable("plan_pnrr_mission")
    .addColumn(...id())
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("source_lines", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_pnrr_mission_code_uq", ["plan_id", "code"])
    .execute();
  await translations("plan_pnrr_mission", [["name", true], ["description", true]]);

  await db.schema
    .createTable("plan_sdg")
    .addColumn(...id())
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull().check(sql`number between 1 and 17`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_sdg_number_uq", ["plan_id", "number"])
    .execute();
  await translations("plan_sdg", [["short_name", true]]);

  await db.schema
    .createTable("plan_objective")
    .addColumn(...id())
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plan.id").onDelete("cascade"))
    .addColumn("plan_action_id", "integer", (c) => c.notNull().references("plan_action.id"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("plan_number", "integer")
    .addColumn("digital", "integer", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("responsible_office_id", "integer", (c) => c.references("office.id").onDelete("set null"))
    .addColumn("responsible_staff_id", "integer", (c) => c.references("staff_user.id").onDelete("set null"))
    .addColumn("source_lines", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_objective_code_uq", ["plan_id", "code"])
    .addUniqueConstraint("plan_objective_slug_uq", ["plan_id", "slug"])
    .execute();
  await translations("plan_objective", [
    ["title", true],
    ["text", true],
    ["action_basis", true],
    ["period", true],
    ["contribution_note", true],
    // The expected results as the plan words them, one per line.
    ["expected_results", true],
  ]);

  await db.schema
    .createTable("plan_objective_item")
    .addColumn(...id())
    .addColumn("plan_objective_id", "integer", (c) => c.notNull().references("plan_objective.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("letter", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_objective_item_code_uq", ["plan_objective_id", "code"])
    .execute();
  await translations("plan_objective_item", [["text", true]]);

  for (const [table, target] of [["plan_objective_mission", "plan_pnrr_mission"], ["plan_objective_sdg", "plan_sdg"]] as const) {
    await db.schema
      .createTable(table)
      .addColumn("plan_objective_id", "integer", (c) => c.notNull().references("plan_objective.id").onDelete("cascade"))
      .addColumn(`${target}_id`, "integer", (c) => c.notNull().references(`${target}.id`).onDelete("cascade"))
      .addPrimaryKeyConstraint(`${table}_pk`, ["plan_objective_id", `${target}_id`])
      .execute();
  }

  await db.schema
    .createTable("plan_indicator")
    .addColumn(...id())
    .addColumn("plan_objective_id", "integer", (c) => c.notNull().references("plan_objective.id").onDelete("cascade"))
    .addColumn("plan_objective_item_id", "integer", (c) => c.references("plan_objective_item.id").onDelete("set null"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('milestone', 'quantity')`))
    .addColumn("direction", "text", (c) => c.notNull().check(sql`direction in ('increase', 'decrease', 'reach')`))
    .addColumn("baseline_value", "text")
    .addColumn("baseline_year", "integer")
    .addColumn("measured_by", "text")
    .addColumn("derived", "integer", (c) => c.notNull())
    .addColumn("plan_basis", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_indicator_code_uq", ["plan_objective_id", "code"])
    .execute();
  await translations("plan_indicator", [["name", true], ["unit", true], ["data_source", true], ["baseline_note", false], ["note", false]]);

  await db.schema
    .createTable("plan_indicator_target")
    .addColumn("plan_indicator_id", "integer", (c) => c.notNull().references("plan_indicator.id").onDelete("cascade"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull().check(sql`target_type in ('value', 'done', 'trend')`))
    .addColumn("value", "text")
    .addColumn("approximate", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("plan_indicator_target_pk", ["plan_indicator_id", "year"])
    .execute();

  await db.schema
    .createTable("plan_milestone")
    .addColumn(...id())
    .addColumn("plan_objective_id", "integer", (c) => c.notNull().references("plan_objective.id").onDelete("cascade"))
    .addColumn("plan_objective_item_id", "integer", (c) => c.references("plan_objective_item.id").onDelete("set null"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("done_on", "text")
    .addColumn("plan_basis", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("plan_milestone_code_uq", ["plan_objective_id", "code"])
    .execute();
  await translations("plan_milestone", [["title", true], ["date_basis", true]]);

  await db.schema
    .createTable("plan_indicator_milestone")
    .addColumn("plan_indicator_id", "integer", (c) => c.notNull().references("plan_indicator.id").onDelete("cascade"))
    .addColumn("plan_milestone_id", "integer", (c) => c.notNull().references("plan_milestone.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("plan_indicator_milestone_pk", ["plan_indicator_id", "plan_milestone_id"])
    .execute();

  await db.schema
    .createTable("plan_update")
    .addColumn(...id())
    .addColumn("plan_indicator_id", "integer", (c) => c.notNull().references("plan_indicator.id"))
    .addColumn("measured_value", "text", (c) => c.notNull())
    .addColumn("measured_on", "text", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull())
    .addColumn("evidence_url", "text")
    .addColumn("evidence_blob_id", "integer", (c) => c.references("file_blob.id"))
    .addColumn("evidence_file_name", "text")
    .addColumn("corrects_id", "integer", (c) => c.references("plan_update.id"))
    .addColumn("recorded_by", "integer", (c) => c.references("staff_user.id"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('draft', 'submitted', 'approved', 'rejected')`))
    .addColumn("decided_by", "integer", (c) => c.references("staff_user.id"))
    .addColumn("decided_at", "text")
    .addColumn("decision_note", "text")
    .execute();
  await db.schema.createIndex("plan_update_indicator_idx").on("plan_update").columns(["plan_indicator_id", "state"]).execute();

  await db.schema
    .createTable("plan_objective_status")
    .addColumn(...id())
    .addColumn("plan_objective_id", "integer", (c) => c.notNull().references("plan_objective.id").onDelete("cascade"))
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('not_started', 'on_track', 'at_risk', 'late', 'done')`),
    )
    .addColumn("changed_by", "integer", (c) => c.references("staff_user.id"))
    .addColumn("changed_at", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("plan_objective_status_objective_idx").on("plan_objective_status").column("plan_objective_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "plan_objective_status", "plan_update", "plan_indicator_milestone", "plan_milestone_translation", "plan_milestone",
    "plan_indicator_target", "plan_indicator_translation", "plan_indicator", "plan_objective_sdg", "plan_objective_mission",
    "plan_objective_item_translation", "plan_objective_item", "plan_objective_translation", "plan_objective",
    "plan_sdg_translation", "plan_sdg", "plan_pnrr_mission_translation", "plan_pnrr_mission", "plan_action_crocevia",
    "plan_crocevia_translation", "plan_crocevia", "plan_action_translation", "plan_action", "plan_line_translation",
    "plan_line", "plan_translation", "plan",
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
