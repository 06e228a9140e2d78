import type { FluxSession } from "./lheo.query.js";
import { compactDay, el, text, xml } from "./xml.js";

/**
 * LHEO 2.3 (http://lheo.gouv.fr/2.3), written piece by piece so that the export streams: one
 * `formation` / `action` / `session` per published session, its informations collectives as
 * `recrutement` with `modalite-recrutement` 9 (and the first three as `date-information` for
 * older readers), the organisme as `organisme-formation-responsable`, the Région as
 * `organisme-financeur` (code 2). What the catalogue does not hold (contents, rhythm…) is
 * written « Non communiqué. »; an unknown numéro d'activité is written as 11 zeros.
 */
export const LHEO_NS = "http://lheo.gouv.fr/2.3";
const NON_COMMUNIQUE = "Non communiqué.";

export interface LheoOptions {
  /** FORMACODE code of the public visé (required by LHEO): the Région's configuration. */
  codePublicVise: string;
  exportedAt: Date;
}

export function lheoStart(options: LheoOptions): string {
  const at = options.exportedAt.toISOString();
  return `<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="${LHEO_NS}" horodatage-export="${at}">\n<offres>\n`;
}

export const LHEO_END = "</offres>\n</lheo>\n";

/**
 * LHEO has no empty offer (`offres` needs a `formation`): an export with nothing to say is the
 * LHEO+ envelope whose `lheo` is optional.
 */
export function lheoEmpty(options: LheoOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<lheo-plus xmlns="${LHEO_NS}" horodatage-export="${options.exportedAt.toISOString()}"/>\n`;
}

export function formation(s: FluxSession, options: LheoOptions): string {
  const o = s.action.organisme;
  const numero = `${s.action.numero}-${s.composante.numero}`;
  return el(
    "formation",
    { numero, datemaj: compactDay(s.modifieLe.slice(0, 10)), "horodatage-modification": s.modifieLe },
    [
      "<domaine-formation/>",
      text("intitule-formation", s.composante.intitule, 255),
      text("objectif-formation", s.action.intitule, 3000),
      text("resultats-attendus", NON_COMMUNIQUE),
      text("contenu-formation", NON_COMMUNIQUE),
      "<certifiante>0</certifiante>",
      el("contact-formation", {}, [coordonnees(organismeAdresse(o))]),
      `<parcours-de-formation>${s.action.type === "INDIVIDUALISEE" ? 2 : 1}</parcours-de-formation>`,
      "<code-niveau-entree>0</code-niveau-entree>",
      action(s, `${numero}-${s.numero}`, options),
      el("organisme-formation-responsable", {}, [
        text("numero-activite", o.numeroActivite && o.numeroActivite.length === 11 ? o.numeroActivite : "00000000000"),
        el("SIRET-organisme-formation", {}, [text("SIRET", o.siret)]),
        text("nom-organisme", o.raisonSociale, 250),
        text("raison-sociale", o.raisonSociale, 250),
        el("coordonnees-organisme", {}, [coordonnees(organismeAdresse(o))]),
        el("contact-organisme", {}, [coordonnees(organismeAdresse(o))]),
      ]),
    ],
  );
}

function action(s: FluxSession, numero: string, options: LheoOptions): string {
  const ics = s.informationsCollectives;
  const vivantes = ics.filter((ic) => ic.nbPlaces > 0);
  const site = adresse([s.site.adresse ?? s.site.libelle], s.site.codePostal, s.site.ville, s.site.libelle);
  const centre = wholeHours(s.action.dureeCentre);
  const entreprise = wholeHours(s.action.dureeEntreprise);
  return el("action", { numero }, [
    text("rythme-formation", NON_COMMUNIQUE),
    el("code-public-vise", { ref: "V12" }, [xml(options.codePublicVise)]),
    "<niveau-entree-obligatoire>0</niveau-entree-obligatoire>",
    text("modalites-alternance", `${s.action.dureeCentre} h en centre, ${s.action.dureeEntreprise} h en entreprise.`),
    "<modalites-enseignement>0</modalites-enseignement>",
    text("conditions-specifiques", NON_COMMUNIQUE),
    "<prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>",
    el("lieu-de-formation", {}, [el("coordonnees", {}, [site])]),
    "<modalites-entrees-sorties>0</modalites-entrees-sorties>",
    session(s, site),
    vivantes.length ? el("adresse-information", {}, [icAdresse(vivantes[0]!)]) : "",
    ...vivantes.slice(0, 3).map((ic) => el("date-information", {}, [text("date", compactDay(ic.date))])),
    centre === null ? "" : text("nombre-heures-centre", String(centre)),
    entreprise === null ? "" : text("nombre-heures-entreprise", String(entreprise)),
    el("organisme-financeur", {}, ["<code-financeur>2</code-financeur>", text("nb-places-financees", String(s.nbPlaces))]),
  ]);
}

function session(s: FluxSession, site: string): string {
  return el("session", { numero: s.id }, [
    el("periode", {}, [text("debut", compactDay(s.dateDebut)), text("fin", compactDay(s.dateFin))]),
    el("adresse-inscription", {}, [site]),
    // 1 ouvert, 2 fermé: a cancelled session (0 places) closes its recruitment.
    `<etat-recrutement>${s.annulee ? 2 : 1}</etat-recrutement>`,
    ...s.informationsCollectives.map((ic) =>
      el("recrutement", {}, [
        "<modalite-recrutement>9</modalite-recrutement>",
        icAdresse(ic),
        text("nb-places", String(ic.nbPlaces)),
        el("periode", {}, [text("debut", compactDay(ic.date)), text("fin", compactDay(ic.date))]),
        text("heure-debut", ic.heureDebut.replace(":", "h")),
        text("heure-fin", ic.heureFin.replace(":", "h")),
        ic.commentaire === null ? "" : text("commentaire", ic.commentaire, 500),
      ]),
    ),
    el("extras", { info: "sigma-graph" }, [
      el("extra", { info: "nb-places" }, [String(s.nbPlaces)]),
      el("extra", { info: "annulee" }, [s.annulee ? "1" : "0"]),
    ]),
  ]);
}

const icAdresse = (ic: FluxSession["informationsCollectives"][number]) =>
  adresse([ic.adresse.ligne, ic.adresse.complement, ic.adresse.mentionSpeciale], ic.adresse.codePostal, [ic.adresse.ville, ic.adresse.cedex].filter(Boolean).join(" "));

function organismeAdresse(o: FluxSession["action"]["organisme"]): string {
  return o.adresse && o.codePostal && o.ville ? adresse([o.adresse, o.complementAdresse], o.codePostal, o.ville) : "";
}

function coordonnees(adresseXml: string): string {
  return adresseXml ? el("coordonnees", {}, [adresseXml]) : "<coordonnees/>";
}

/** `adresse`: a `denomination`, 1 to 4 `ligne` (50 characters each), `codepostal`, `ville` (50). */
function adresse(lignes: (string | null | undefined)[], codePostal: string, ville: string, denomination?: string): string {
  const kept = [...new Set(lignes.filter((l): l is string => !!l && !!l.trim()))].slice(0, 4);
  return el("adresse", {}, [
    denomination ? text("denomination", denomination, 255) : "",
    ...(kept.length ? kept : ["-"]).map((l) => text("ligne", l, 50)),
    text("codepostal", codePostal),
    text("ville", ville, 50),
  ]);
}

/** "310.00" → 310; null when the hours are not whole (xs:long). */
function wholeHours(heures: string): number | null {
  return /^\d+\.00$/.test(heures) ? Number(heures.slice(0, -3)) : null;
}
