/**
 * The Identity Providers shown in the SPID button. Which IdPs are trusted comes from configuration
 * (AgID's metadata file, plus the test IdP when it is on); this file only knows how to show the
 * accredited ones — their names and the logo AgID publishes — and shuffles them, as AgID's button
 * rules ask, so that no provider is favoured by its position.
 */
export interface IdpChoice {
  entityId: string;
  name: string;
  /** File name under /img/spid/, or null to show the name as text. */
  logo: string | null;
}

/**
 * Entity IDs of the accredited SPID IdPs as in AgID's registry (registry.spid.gov.it) at the time of
 * writing; check them when the metadata file is refreshed. Logos exist for the first nine only.
 */
export const KNOWN_SPID_IDPS: Readonly<Record<string, { name: string; logo: string | null }>> = {
  "https://loginspid.aruba.it": { name: "Aruba ID", logo: "spid-idp-arubaid.svg" },
  "https://identity.infocert.it": { name: "InfoCert ID", logo: "spid-idp-infocertid.svg" },
  "https://spid.intesa.it": { name: "Intesa ID", logo: "spid-idp-intesaid.svg" },
  "https://id.lepida.it/idp/shibboleth": { name: "Lepida ID", logo: "spid-idp-lepidaid.svg" },
  "https://idp.namirialtsp.com/idp": { name: "Namirial ID", logo: "spid-idp-namirialid.svg" },
  "https://posteid.poste.it": { name: "Poste ID", logo: "spid-idp-posteid.svg" },
  "https://identity.sieltecloud.it": { name: "Sielte ID", logo: "spid-idp-sielteid.svg" },
  "https://spid.register.it": { name: "SPIDItalia Register.it", logo: "spid-idp-spiditalia.svg" },
  "https://login.id.tim.it/affwebservices/public/saml2sso": { name: "TIM ID", logo: "spid-idp-timid.svg" },
  "https://spid.teamsystem.com/idp": { name: "TeamSystem ID", logo: null },
  "https://id.eht.eu": { name: "EtnaID", logo: null },
  "https://idp.intesigroup.com": { name: "Intesi Group SPID", logo: null },
};

/** How an IdP from the metadata file is shown: the known name and logo, else the metadata's own name. */
export function idpChoice(entityId: string, displayName: string | null | undefined): IdpChoice {
  const known = KNOWN_SPID_IDPS[entityId];
  return { entityId, name: known?.name ?? displayName?.trim() ?? entityId, logo: known?.logo ?? null };
}

/** Fisher–Yates; `random` is injectable so tests can check the order really varies. */
export function shuffle<T>(list: readonly T[], random: () => number = Math.random): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
