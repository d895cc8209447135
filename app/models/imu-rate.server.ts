import type { Selectable } from "kysely";
import type { ImuRateTable } from "#db/schema-tax";
import type { ImuRates } from "~/domain/imu";
import type { DbOrTrx } from "~/utils/db.server";

export type ImuRateRow = Selectable<ImuRateTable>;

export function toImuRates(row: ImuRateRow): ImuRates {
  return {
    year: row.year,
    mainResidence: row.main_residence,
    deduction: row.deduction,
    socialHousing: row.social_housing,
    agreedRent: row.agreed_rent,
    ruralInstrumental: row.rural_instrumental,
    land: row.land,
    buildingLand: row.building_land,
    groupD: row.group_d,
    other: row.other,
    minimumPayment: row.minimum_payment,
  };
}

export async function findImuRate(db: DbOrTrx, year: number): Promise<ImuRateRow | undefined> {
  return db.selectFrom("imu_rate").selectAll().where("year", "=", year).executeTakeFirst();
}

export async function listImuRates(db: DbOrTrx): Promise<ImuRateRow[]> {
  return db.selectFrom("imu_rate").selectAll().orderBy("year", "desc").execute();
}

export async function upsertImuRate(db: DbOrTrx, row: ImuRateRow): Promise<void> {
  const { year, ...rest } = row;
  await db
    .insertInto("imu_rate")
    .values(row)
    .onConflict((oc) => oc.column("year").doUpdateSet(rest))
    .execute();
}

/** The rates the tax office saved for a year (the row must exist: the service checks first). */
export async function updateImuRate(db: DbOrTrx, year: number, values: Omit<ImuRateRow, "year" | "updated_at" | "updated_by">, by: number | null, at: string): Promise<void> {
  await db
    .updateTable("imu_rate")
    .set({ ...values, updated_by: by, updated_at: at })
    .where("year", "=", year)
    .execute();
}

export async function insertImuRate(db: DbOrTrx, row: ImuRateRow): Promise<void> {
  await db.insertInto("imu_rate").values(row).execute();
}
