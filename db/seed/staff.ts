import { Secret } from "otpauth";
import type { Kysely } from "kysely";
import { listRolesOf, replaceRoles } from "../../app/models/staff-role.server";
import { findStaffUserByUsername, insertStaffUser, updateStaffUser } from "../../app/models/staff-user.server";
import { openSecret } from "../../app/services/secret-box.server";
import { hashPassword, sealTotpSecret, totpAad, verifyPassword } from "../../app/services/staff-auth.server";
import type { Database } from "../schema";

/*
 * DEMO ONLY. These accounts, their shared password and their shared TOTP secret exist only in the
 * demo seed data, so that the demo and the end-to-end tests can log in (compute the current code with
 * `totpCodeFor(DEMO_TOTP_SECRET)` from app/services/staff-auth.server.ts, or add the secret to any
 * authenticator app). A real installation never runs this seed: its first administrator is created
 * with a temporary password, and every account enrols its own second factor.
 */

/** Demo password of every demo staff account. */
export const DEMO_STAFF_PASSWORD = "Sportello-demo-2026";

/** Demo TOTP secret (base32, 20 bytes) of every demo staff account: SHA-1, 6 digits, 30 s. */
export const DEMO_TOTP_SECRET = "2NIPAY4LLJZC6WLOZ76BOMTAZWSIICHV";

export interface DemoStaffAccount {
  username: string;
  displayName: string;
  email: string;
  roles: { role: "operator" | "tax_office" | "plan_owner" | "plan_approver" | "administrator"; office?: string }[];
}

export const demoStaff: DemoStaffAccount[] = [
  { username: "admin", displayName: "Amministratore demo", email: "admin@demo.invalid", roles: [{ role: "administrator" }] },
  {
    username: "anagrafe",
    displayName: "Operatore Anagrafe demo",
    email: "anagrafe@demo.invalid",
    roles: [{ role: "operator", office: "servizi-demografici" }],
  },
  { username: "tributi", displayName: "Ufficio Tributi demo", email: "tributi@demo.invalid", roles: [{ role: "tax_office", office: "tributi" }] },
  { username: "piano", displayName: "Responsabile del piano demo", email: "piano@demo.invalid", roles: [{ role: "plan_owner" }] },
  { username: "dirigente", displayName: "Dirigente approvatore del piano demo", email: "dirigente@demo.invalid", roles: [{ role: "plan_approver" }] },
];

function sealedSecretStillValid(staffId: number, sealed: string | null, expected: Uint8Array): boolean {
  if (!sealed) return false;
  try {
    return Buffer.from(openSecret(sealed, { aad: totpAad(staffId) })).equals(Buffer.from(expected));
  } catch {
    return false;
  }
}

/**
 * Creates the demo staff accounts, or puts them back in their demo state (password, second factor,
 * roles, unlocked, active) when they exist: matched by username, so ids stay stable. Needs the
 * offices to be seeded first. The password is re-hashed only when it no longer matches, so a re-run
 * changes nothing that was already right.
 */
export async function seedStaff(db: Kysely<Database>, now = new Date("2026-11-01T08:00:00Z")): Promise<void> {
  const stamp = now.toISOString();
  const secret = Secret.fromBase32(DEMO_TOTP_SECRET).bytes;
  const offices = await db.selectFrom("office").select(["id", "slug"]).execute();
  const officeId = (slug: string): number => {
    const found = offices.find((o) => o.slug === slug);
    if (!found) throw new Error(`seedStaff: unknown office ${slug} (seed the catalogue first)`);
    return found.id;
  };
  let demoHash: string | null = null;
  const freshHash = async () => (demoHash ??= await hashPassword(DEMO_STAFF_PASSWORD));

  for (const account of demoStaff) {
    const roles = account.roles.map((r) => ({ role: r.role, office_id: r.office ? officeId(r.office) : null }));
    const existing = await findStaffUserByUsername(db, account.username);
    await db.transaction().execute(async (trx) => {
      let id: number;
      if (!existing) {
        id = await insertStaffUser(trx, {
          username: account.username,
          display_name: account.displayName,
          email: account.email,
          password_hash: await freshHash(),
          must_change_password: 0,
          password_changed_at: stamp,
          totp_secret_enc: null,
          totp_enrolled_at: stamp,
          totp_last_step: null,
          locked_until: null,
          active: 1,
          created_at: stamp,
          updated_at: stamp,
        });
        await updateStaffUser(trx, id, { totp_secret_enc: sealTotpSecret(id, secret) });
      } else {
        id = existing.id;
        const passwordOk = await verifyPassword(existing.password_hash, DEMO_STAFF_PASSWORD);
        await updateStaffUser(trx, id, {
          display_name: account.displayName,
          email: account.email,
          ...(passwordOk ? {} : { password_hash: await freshHash(), password_changed_at: stamp }),
          must_change_password: 0,
          ...(sealedSecretStillValid(id, existing.totp_secret_enc, secret) ? {} : { totp_secret_enc: sealTotpSecret(id, secret) }),
          totp_enrolled_at: existing.totp_enrolled_at ?? stamp,
          failed_attempts: 0,
          lockouts: 0,
          locked_until: null,
          active: 1,
        });
      }
      // Rewritten only when different, so that re-running the seed keeps the role rows as they are.
      const key = (rs: { role: string; office_id: number | null }[]) => rs.map((r) => `${r.role}:${r.office_id ?? ""}`).sort().join(",");
      if (key(await listRolesOf(trx, [id])) !== key(roles)) await replaceRoles(trx, id, roles);
    });
  }
}
