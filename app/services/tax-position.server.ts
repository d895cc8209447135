/**
 * The citizen's tax position (issue 5 §5): for every year the comune has rates for and the taxpayer
 * held something, the IMU and TARI due by instalment (the engines), what was paid, what is open or
 * late. Read-only; the payments come from the tax office's rolls (F24) and pagoPA receipts.
 */
import { Exact } from "~/domain/exact";
import { computeImu, type ImuRates, type ImuResult } from "~/domain/imu";
import { computeTari, type TariResult } from "~/domain/tari";
import { balanceOf, imuPropertiesOf, type Instalment, type LateCharge, lateChargesOf, tariAccountsOf, type TaxYearBalance } from "~/domain/tax-position";
import { findImuRate, toImuRates } from "~/models/imu-rate.server";
import { findTariYear } from "~/models/tari-tariff.server";
import { type Holding, listHoldings, listPayments, listTariAccounts, type TariAccountRow, type TaxPaymentRow } from "~/models/tax-position.server";
import type { DbOrTrx } from "~/utils/db.server";

export interface ImuYear {
  result: ImuResult;
  rates: ImuRates;
  /** Index into `holdings` of each of `result.properties`. */
  holdingIndexes: number[];
  instalments: Instalment[];
  balance: TaxYearBalance;
  /** The late instalments with their ravvedimento if paid today. */
  lateCharges: LateCharge[];
}

export interface TariYearPosition {
  result: TariResult;
  accountIndexes: number[];
  instalments: Instalment[];
  balance: TaxYearBalance;
  lateCharges: LateCharge[];
  illustrative: boolean;
}

export interface YearPosition {
  year: number;
  imu: ImuYear | null;
  tari: TariYearPosition | null;
  payments: TaxPaymentRow[];
}

export interface TaxPosition {
  holdings: Holding[];
  accounts: TariAccountRow[];
  years: YearPosition[];
  /** Cents still open (due and not paid) over every year, and the part of it that is late. */
  open: bigint;
  late: bigint;
}

/** What settles a year's instalments: the tax part of the payments (a ravvedimento's sanction and interest do not). */
const paidCents = (payments: readonly TaxPaymentRow[], tax: "IMU" | "TARI", year: number) =>
  payments.filter((p) => p.tax === tax && p.year === year && p.part === "tax").reduce((s, p) => s + Exact.decimal(p.amount).cents(), 0n);

export async function taxPosition(db: DbOrTrx, fiscalCode: string, today: string): Promise<TaxPosition> {
  const [holdings, accounts, payments] = await Promise.all([listHoldings(db, fiscalCode), listTariAccounts(db, fiscalCode), listPayments(db, fiscalCode)]);
  const first = [...holdings.map((h) => h.fromDay), ...accounts.map((a) => a.from_day)].sort()[0];
  const thisYear = Number(today.slice(0, 4));
  const years: YearPosition[] = [];
  if (first) {
    for (let year = thisYear; year >= Number(first.slice(0, 4)); year--) {
      const [rate, ratePrev, tariffs, tariffsPrev] = await Promise.all([findImuRate(db, year), findImuRate(db, year - 1), findTariYear(db, year), findTariYear(db, year - 1)]);
      if (!rate && !tariffs) continue;
      let imu: ImuYear | null = null;
      const props = imuPropertiesOf(year, holdings);
      if (rate && props.length) {
        const rates = toImuRates(rate);
        const result = computeImu(year, props.map((p) => p.property), rates, toImuRates(ratePrev ?? rate));
        const instalments: Instalment[] = [
          { key: "acconto", due: rate.acconto_due, amount: result.acconto * 100n },
          { key: "saldo", due: rate.saldo_due, amount: result.saldo * 100n },
        ].filter((i) => i.amount > 0n);
        const balance = balanceOf(instalments, paidCents(payments, "IMU", year), today);
        imu = { result, rates, holdingIndexes: props.map((p) => p.index), instalments, balance, lateCharges: lateChargesOf(balance, year, today) };
      }
      let tari: TariYearPosition | null = null;
      const accs = tariAccountsOf(year, accounts);
      if (tariffs && accs.length) {
        const result = computeTari(year, accs.map((a) => a.account), tariffs.tariffs, (tariffsPrev ?? tariffs).tariffs);
        const instalments: Instalment[] = result.instalments.filter((i) => i.tari + i.tefa > 0n).map((i) => ({ key: `rata${i.number}`, due: i.due, amount: i.tari + i.tefa }));
        const balance = balanceOf(instalments, paidCents(payments, "TARI", year), today);
        tari = { result, accountIndexes: accs.map((a) => a.index), instalments, balance, lateCharges: lateChargesOf(balance, year, today), illustrative: tariffs.row.illustrative === 1 };
      }
      if (!imu && !tari) continue;
      years.push({ year, imu, tari, payments: payments.filter((p) => p.year === year) });
    }
  }
  const open = years.reduce((s, y) => s + [y.imu?.balance, y.tari?.balance].reduce((t, b) => t + (b && b.balance > 0n ? b.balance : 0n), 0n), 0n);
  const late = years.reduce((s, y) => s + (y.imu?.balance.late ?? 0n) + (y.tari?.balance.late ?? 0n), 0n);
  return { holdings, accounts, years, open, late };
}

/** What paying the next open instalment of a tax year costs today: its open part, plus the ravvedimento when it is late. */
export interface NextPayment {
  instalment: Instalment;
  sanction: bigint;
  interest: bigint;
  /** Cents: the instalment's open part + sanction + interest. */
  total: bigint;
}

export function nextPaymentOf(tax: { balance: TaxYearBalance; lateCharges: LateCharge[] }): NextPayment | null {
  const next = tax.balance.next;
  if (!next || next.amount <= 0n) return null;
  const r = tax.lateCharges.find((c) => c.instalment.key === next.key)?.ravvedimento ?? null;
  const sanction = r?.sanction ?? 0n;
  const interest = r?.interest ?? 0n;
  return { instalment: next, sanction, interest, total: next.amount + sanction + interest };
}

/**
 * What a tax year's notice is for, beyond tax, year and instalment (issue 5 §6): the properties that pay
 * IMU that year (address, category, share) or the waste accounts of the TARI.
 */
export function noticeSubjects(position: TaxPosition, tax: "IMU" | "TARI", year: number): { address: string; category: string | null; share: string | null }[] {
  const y = position.years.find((p) => p.year === year);
  if (tax === "IMU") {
    const imu = y?.imu;
    if (!imu) return [];
    return imu.result.properties
      .map((r, k) => ({ r, h: position.holdings[imu.holdingIndexes[k]!]! }))
      .filter(({ r }) => r.annual.cents() > 0n)
      .map(({ h }) => ({ address: h.address, category: h.category, share: h.share }));
  }
  const tari = y?.tari;
  if (!tari) return [];
  return tari.accountIndexes.map((i) => ({ address: position.accounts[i]!.address, category: null, share: null }));
}
