import type { Insertable, Selectable } from "kysely";
import type { TariAccountTable, TaxPaymentTable } from "#db/schema-tax";
import type { DbOrTrx } from "~/utils/db.server";

export type TariAccountRow = Selectable<TariAccountTable>;
export type TaxPaymentRow = Selectable<TaxPaymentTable>;

/** A taxpayer's holdings with their property's cadastral data, oldest first. */
export async function listHoldings(db: DbOrTrx, fiscalCode: string) {
  return db
    .selectFrom("tax_possession as h")
    .innerJoin("tax_property as p", "p.id", "h.property_id")
    .select([
      "h.id",
      "h.property_id as propertyId",
      "h.share",
      "h.title",
      "h.from_day as fromDay",
      "h.to_day as toDay",
      "h.main_residence as mainResidence",
      "h.reduction",
      "h.agreed_rent as agreedRent",
      "h.social_housing as socialHousing",
      "p.kind",
      "p.foglio",
      "p.particella",
      "p.subalterno",
      "p.category",
      "p.rendita",
      "p.reddito_dominicale as redditoDominicale",
      "p.valore_venale as valoreVenale",
      "p.address",
    ])
    .where("h.fiscal_code", "=", fiscalCode)
    .orderBy("h.from_day")
    .orderBy("h.id")
    .execute();
}

export type Holding = Awaited<ReturnType<typeof listHoldings>>[number];

export async function listTariAccounts(db: DbOrTrx, fiscalCode: string): Promise<TariAccountRow[]> {
  return db.selectFrom("tari_account").selectAll().where("fiscal_code", "=", fiscalCode).orderBy("from_day").orderBy("id").execute();
}

export async function listPayments(db: DbOrTrx, fiscalCode: string): Promise<TaxPaymentRow[]> {
  return db.selectFrom("tax_payment").selectAll().where("fiscal_code", "=", fiscalCode).orderBy("paid_on").orderBy("id").execute();
}

export async function insertPayment(db: DbOrTrx, row: Insertable<TaxPaymentTable>): Promise<void> {
  await db.insertInto("tax_payment").values(row).execute();
}
