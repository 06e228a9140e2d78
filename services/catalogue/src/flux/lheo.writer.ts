import { formatHundredths } from "@sigma/kit/money/decimal";
import type { Adresse } from "../session/adresse.type.js";
import { compactDay, el, text, xml } from "./xml.js";

/**
 * LHEO 2.3 (http://lheo.gouv.fr/2.3) `formation` elements, one per published session: its
 * action and session, its informations collectives as `recrutement` with `modalite-recrutement`
 * 9 (and the first three live ones as `date-information` for older readers), the organisme as
 * `organisme-formation-responsable`, the Région as `organisme-financeur` (code 2). What the
 * catalogue does not hold (contents, rhythm…) is written « Non communiqué. »; an unknown numéro
 * d'activité is written as 11 zeros. The gateway's `/feeds/lheo.xml` puts them in the envelope.
 */
const NON_COMMUNIQUE = "Non communiqué.";

/** What one `formation` is written from (lheo.service.ts reads it in one statement per page). */
export interface LheoSession {
  id: number;
  numero: string;
  dateDebut: string;
  dateFin: string;
  nbPlaces: number;
  /** Epoch ms. */
  modifieLe: number;
  site: { libelle: string; adresse: string | null; codePostal: string; ville: string };
  composante: { numero: string; intitule: string };
  action: {
    numero: string;
    intitule: string;
    type: string;
    /** Hundredths of an hour. */
    dureeCentre: number;
    dureeEntreprise: number;
  };
  organisme: {
    siret: string;
    numeroActivite: string | null;
    raisonSociale: string;
    adresse: string | null;
    complementAdresse: string | null;
    codePostal: string | null;
    ville: string | null;
  };
  informationsCollectives: LheoInformationCollective[];
}

export interface LheoInformationCollective {
  date: string;
  heureDebut: string;
  heureFin: string;
  nbPlaces: number;
  commentaire: string | null;
  adresse: Adresse;
}

export interface LheoOptions {
  /** FORMACODE code of the public visé (required by LHEO): the Région's configuration. */
  codePublicVise: string;
}

export function formation(s: LheoSession, options: LheoOptions): string {
  const o = s.organisme;
  const numero = `${s.action.numero}-${s.composante.numero}`;
  const modifieLe = new Date(s.modifieLe).toISOString();
  const contact = coordonnees(organismeAdresse(o));
  return el("formation", { numero, datemaj: compactDay(modifieLe.slice(0, 10)), "horodatage-modification": modifieLe }, [
    "<domaine-formation/>",
    text("intitule-formation", s.composante.intitule, 255),
    text("objectif-formation", s.action.intitule, 3000),
    text("resultats-attendus", NON_COMMUNIQUE),
    text("contenu-formation", NON_COMMUNIQUE),
    "<certifiante>0</certifiante>",
    `<contact-formation>${contact}</contact-formation>`,
    `<parcours-de-formation>${s.action.type === "INDIVIDUALISEE" ? 2 : 1}</parcours-de-formation>`,
    "<code-niveau-entree>0</code-niveau-entree>",
    action(s, `${numero}-${s.numero}`, options),
    el("organisme-formation-responsable", null, [
      text("numero-activite", o.numeroActivite && o.numeroActivite.length === 11 ? o.numeroActivite : "00000000000"),
      `<SIRET-organisme-formation>${text("SIRET", o.siret)}</SIRET-organisme-formation>`,
      text("nom-organisme", o.raisonSociale, 250),
      text("raison-sociale", o.raisonSociale, 250),
      `<coordonnees-organisme>${contact}</coordonnees-organisme>`,
      `<contact-organisme>${contact}</contact-organisme>`,
    ]),
  ]);
}

function action(s: LheoSession, numero: string, options: LheoOptions): string {
  const vivantes = s.informationsCollectives.filter((ic) => ic.nbPlaces > 0);
  const site = adresse([s.site.adresse ?? s.site.libelle], s.site.codePostal, s.site.ville, s.site.libelle);
  const centre = wholeHours(s.action.dureeCentre);
  const entreprise = wholeHours(s.action.dureeEntreprise);
  return el("action", { numero }, [
    text("rythme-formation", NON_COMMUNIQUE),
    `<code-public-vise ref="V12">${xml(options.codePublicVise)}</code-public-vise>`,
    "<niveau-entree-obligatoire>0</niveau-entree-obligatoire>",
    text("modalites-alternance", `${formatHundredths(s.action.dureeCentre)} h en centre, ${formatHundredths(s.action.dureeEntreprise)} h en entreprise.`),
    "<modalites-enseignement>0</modalites-enseignement>",
    text("conditions-specifiques", NON_COMMUNIQUE),
    "<prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>",
    `<lieu-de-formation><coordonnees>${site}</coordonnees></lieu-de-formation>`,
    "<modalites-entrees-sorties>0</modalites-entrees-sorties>",
    session(s, site),
    vivantes.length ? `<adresse-information>${icAdresse(vivantes[0]!)}</adresse-information>` : "",
    ...vivantes.slice(0, 3).map((ic) => `<date-information>${text("date", compactDay(ic.date))}</date-information>`),
    centre === null ? "" : text("nombre-heures-centre", String(centre)),
    entreprise === null ? "" : text("nombre-heures-entreprise", String(entreprise)),
    `<organisme-financeur><code-financeur>2</code-financeur>${text("nb-places-financees", String(s.nbPlaces))}</organisme-financeur>`,
  ]);
}

function session(s: LheoSession, site: string): string {
  const annulee = s.nbPlaces === 0;
  return el("session", { numero: String(s.id) }, [
    `<periode>${text("debut", compactDay(s.dateDebut))}${text("fin", compactDay(s.dateFin))}</periode>`,
    `<adresse-inscription>${site}</adresse-inscription>`,
    // 1 ouvert, 2 fermé: a cancelled session (0 places) closes its recruitment.
    `<etat-recrutement>${annulee ? 2 : 1}</etat-recrutement>`,
    ...s.informationsCollectives.map((ic) =>
      el("recrutement", null, [
        "<modalite-recrutement>9</modalite-recrutement>",
        icAdresse(ic),
        text("nb-places", String(ic.nbPlaces)),
        `<periode>${text("debut", compactDay(ic.date))}${text("fin", compactDay(ic.date))}</periode>`,
        text("heure-debut", ic.heureDebut.replace(":", "h")),
        text("heure-fin", ic.heureFin.replace(":", "h")),
        ic.commentaire === null ? "" : text("commentaire", ic.commentaire, 500),
      ]),
    ),
    `<extras info="sigma-graph"><extra info="nb-places">${s.nbPlaces}</extra><extra info="annulee">${annulee ? "1" : "0"}</extra></extras>`,
  ]);
}

const icAdresse = (ic: LheoInformationCollective) =>
  adresse([ic.adresse.ligne, ic.adresse.complement, ic.adresse.mentionSpeciale], ic.adresse.codePostal, [ic.adresse.ville, ic.adresse.cedex].filter(Boolean).join(" "));

function organismeAdresse(o: LheoSession["organisme"]): string {
  return o.adresse && o.codePostal && o.ville ? adresse([o.adresse, o.complementAdresse], o.codePostal, o.ville) : "";
}

function coordonnees(adresseXml: string): string {
  return adresseXml ? `<coordonnees>${adresseXml}</coordonnees>` : "<coordonnees/>";
}

/** `adresse`: a `denomination`, 1 to 4 `ligne` (50 characters each), `codepostal`, `ville` (50). */
function adresse(lignes: (string | null | undefined)[], codePostal: string, ville: string, denomination?: string): string {
  const kept = [...new Set(lignes.filter((l): l is string => !!l && !!l.trim()))].slice(0, 4);
  return el("adresse", null, [
    denomination ? text("denomination", denomination, 255) : "",
    ...(kept.length ? kept : ["-"]).map((l) => text("ligne", l, 50)),
    text("codepostal", codePostal),
    text("ville", ville, 50),
  ]);
}

/** 31000 hundredths → 310; null when the hours are not whole (xs:long). */
function wholeHours(hundredths: number): number | null {
  return hundredths >= 0 && hundredths % 100 === 0 ? hundredths / 100 : null;
}
