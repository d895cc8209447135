/** The bootstrap-italia icons the desk uses: scripts/build-sprite.mjs packs only these into /svg/sprites.svg. */
export const ICONS = [
  "it-search", "it-user", "it-arrow-right", "it-arrow-left", "it-arrow-up", "it-star-full", "it-star-outline",
  "it-chevron-right", "it-close", "it-pa", "it-mail", "it-telephone", "it-map-marker", "it-calendar",
  "it-clock", "it-external-link", "it-info-circle", "it-check-circle", "it-error", "it-list", "it-file",
  "it-help-circle", "it-warning-circle", "it-locked", "it-card", "it-horn", "it-pin", "it-settings",
] as const;

export type IconName = (typeof ICONS)[number];
