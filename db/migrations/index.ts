import type { Migration } from "kysely";
import * as createCatalogue from "./2026-11-27T03-00-00_create_catalogue";
import * as createSession from "./2026-11-27T04-20-00_create_session";
import * as createIdentity from "./2026-11-27T06-00-00_create_identity";
import * as createStaff from "./2026-11-27T06-01-00_create_staff";
import * as createDelegation from "./2026-11-27T06-02-00_create_delegation";
import * as createProtocolCounter from "./2026-11-27T07-00-00_create_protocol_counter";
import * as createApplication from "./2026-11-27T08-00-00_create_application";
import * as createAppointment from "./2026-11-27T08-10-00_create_appointment";
import * as createImuRate from "./2026-11-27T10-00-00_create_imu_rate";
import * as createTariTariff from "./2026-11-27T10-10-00_create_tari_tariff";
import * as createTaxPosition from "./2026-11-27T10-20-00_create_tax_position";
import * as createTaxNotice from "./2026-11-27T10-30-00_create_tax_notice";
import * as addNoticeSubject from "./2026-11-27T12-00-00_add_notice_subject";
import * as createTrafficFine from "./2026-11-27T13-00-00_create_traffic_fine";
import * as addImuRateIncrease from "./2026-11-27T13-20-00_add_imu_rate_increase";
import * as addLatePaymentParts from "./2026-11-27T13-30-00_add_late_payment_parts";
import * as addPaymentSourceKey from "./2026-11-27T13-35-00_add_payment_source_key";
import * as createCounterSubmission from "./2026-11-27T14-20-00_create_counter_submission";
import * as addAssistedApplications from "./2026-11-27T15-40-00_add_assisted_applications";
import * as createPlan from "./2026-11-27T14-00-00_create_plan";
import * as createPlanOwner from "./2026-11-27T15-00-00_create_plan_owner";
import * as addServicePlainSummary from "./2026-11-27T15-30-00_add_service_plain_summary";
import * as addReadingPreferences from "./2026-11-27T15-10-00_add_reading_preferences";
import * as createAccessibilityFeedback from "./2026-11-27T15-20-00_create_accessibility_feedback";

/**
 * Every migration, by name, in order. Listed statically (not read from the folder at run time) so the
 * same code runs under tsx, vitest and a bundle; tests/unit/migrations.test.ts checks nothing is missing.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-27T03-00-00_create_catalogue": createCatalogue,
  "2026-11-27T04-20-00_create_session": createSession,
  "2026-11-27T06-00-00_create_identity": createIdentity,
  "2026-11-27T06-01-00_create_staff": createStaff,
  "2026-11-27T06-02-00_create_delegation": createDelegation,
  "2026-11-27T07-00-00_create_protocol_counter": createProtocolCounter,
  "2026-11-27T08-00-00_create_application": createApplication,
  "2026-11-27T08-10-00_create_appointment": createAppointment,
  "2026-11-27T10-00-00_create_imu_rate": createImuRate,
  "2026-11-27T10-10-00_create_tari_tariff": createTariTariff,
  "2026-11-27T10-20-00_create_tax_position": createTaxPosition,
  "2026-11-27T10-30-00_create_tax_notice": createTaxNotice,
  "2026-11-27T12-00-00_add_notice_subject": addNoticeSubject,
  "2026-11-27T13-00-00_create_traffic_fine": createTrafficFine,
  "2026-11-27T13-20-00_add_imu_rate_increase": addImuRateIncrease,
  "2026-11-27T13-30-00_add_late_payment_parts": addLatePaymentParts,
  "2026-11-27T13-35-00_add_payment_source_key": addPaymentSourceKey,
  "2026-11-27T14-00-00_create_plan": createPlan,
  "2026-11-27T14-20-00_create_counter_submission": createCounterSubmission,
  "2026-11-27T15-00-00_create_plan_owner": createPlanOwner,
  "2026-11-27T15-10-00_add_reading_preferences": addReadingPreferences,
  "2026-11-27T15-20-00_create_accessibility_feedback": createAccessibilityFeedback,
  "2026-11-27T15-30-00_add_service_plain_summary": addServicePlainSummary,
  "2026-11-27T15-40-00_add_assisted_applications": addAssistedApplications,
};
