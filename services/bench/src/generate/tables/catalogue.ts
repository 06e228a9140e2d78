import { ANNEES, day, ID_BASE, type ActionModel, type MarcheModel, type OrganismeModel } from "../dataset.js";
import type { TableSpec } from "../table.js";

export const organismeTable: TableSpec<OrganismeModel> = {
  table: "organisme",
  database: "catalogue",
  idColumn: "id",
  columns: ["id", "code", "raison_sociale", "siret", "adresse", "complement_adresse", "code_postal", "ville"],
  parent: null,
  total: (dataset) => dataset.scale.organismes,
  make: (dataset, _parent, index) => dataset.organisme(index),
  values: (o) => [o.id, o.code, o.raisonSociale, o.siret, `${(o.id % 90) + 1} AVENUE DE LA FORMATION`, null, o.codePostal, o.ville],
};

/** One marché per organisme and year of programmation, the organisme its titulaire (its dispositif drawn by weight). */
export const marcheTable: TableSpec<MarcheModel, OrganismeModel> = {
  table: "marche",
  database: "catalogue",
  idColumn: "id",
  columns: ["id", "numero", "dispositif", "programme", "consultation", "annee_programmation", "titulaire_id"],
  parent: organismeTable,
  count: () => ANNEES.length,
  make: (dataset, o, index) => dataset.marche(o!.id - ID_BASE - 1, ANNEES[index]!),
  values: (m) => [m.id, m.numero, m.dispositif, `${m.dispositif} ${m.annee}`, m.dispositif, m.annee, m.titulaireId],
};

export const actionTable: TableSpec<ActionModel> = {
  table: "action",
  database: "catalogue",
  idColumn: "id",
  columns: [
    "id", "numero", "intitule", "numero_contrat", "annee_programmation", "date_debut_prevue", "date_fin_prevue", "organisme_id",
    "marche_id", "departement", "lieu", "effectif_total",
  ],
  parent: null,
  total: (dataset) => dataset.scale.actions,
  make: (dataset, _parent, index) => dataset.action(index),
  values: (a) => [
    a.id, a.numero, a.intitule, a.numeroContrat, a.annee, day(a.debut), day(a.fin), a.organismeId,
    a.dimensions.marcheId, a.dimensions.departement, a.dimensions.lieu, a.dimensions.effectif,
  ],
};

/** The action's « heures stagiaire centre » prestation (id = the composante's = the action's): its contracted hours. */
export const prestationTable: TableSpec<{ id: number; action: ActionModel }, ActionModel> = {
  table: "prestation",
  database: "catalogue",
  idColumn: "id",
  columns: ["id", "composante_id", "organisme_id", "type", "libelle", "effectif", "volume_moyen", "volume_total", "prix_unitaire"],
  parent: actionTable,
  count: (_dataset, action) => (action.dimensions.marcheId === null ? 0 : 1),
  make: (_dataset, action) => ({ id: action!.id, action: action! }),
  values: ({ id, action: a }) => [
    id, id, a.organismeId, "HC", "Heure stagiaire centre", a.dimensions.effectif, a.dimensions.volumeMoyen, a.dimensions.heuresContractualisees, 800 + (id % 8) * 100,
  ],
};

interface SiteRow {
  id: number;
  organismeId: number;
  ville: string;
  codePostal: string;
}

/** One training site per organisme: its id is the organisme's (one row per parent, walk order). */
export const siteTable: TableSpec<SiteRow, OrganismeModel> = {
  table: "site_realisation",
  database: "catalogue",
  idColumn: "id",
  columns: ["id", "organisme_id", "libelle", "adresse", "code_postal", "ville"],
  parent: organismeTable,
  count: () => 1,
  make: (_dataset, o) => ({ id: o!.id, organismeId: o!.id, ville: o!.ville, codePostal: o!.codePostal }),
  values: (s) => [s.id, s.organismeId, `SITE DE ${s.ville}`, `${(s.id % 40) + 1} RUE DES ECOLES`, s.codePostal, s.ville],
};

interface ComposanteRow {
  id: number;
  action: ActionModel;
}

/** One composante per action (id = the action's): the sessions hang under it. */
export const composanteTable: TableSpec<ComposanteRow, ActionModel> = {
  table: "composante",
  database: "catalogue",
  idColumn: "id",
  columns: ["id", "action_id", "organisme_id", "numero", "intitule", "date_debut", "date_fin", "ville", "code_postal"],
  parent: actionTable,
  count: () => 1,
  make: (_dataset, action) => ({ id: action!.id, action: action! }),
  values: (c) => [c.id, c.action.id, c.action.organismeId, "01", c.action.intitule, day(c.action.debut), day(c.action.fin), null, null],
};

interface SessionRow {
  id: number;
  action: ActionModel;
  numero: string;
  debut: number;
  fin: number;
  places: number;
  modifieLe: number;
}

/**
 * Published sessions: 1 to 3 per action (2 on average: 100 000 for 50 000 actions), inside the
 * action's dates, at the organisme's site; a few cancelled (0 places). Their feed `sequence` is
 * their id (past the demo's).
 */
export const sessionTable: TableSpec<SessionRow, ActionModel> = {
  table: "session",
  database: "catalogue",
  idColumn: "id",
  columns: ["id", "action_id", "composante_id", "organisme_id", "numero", "date_debut", "date_fin", "site_id", "nb_places", "code_offre_info", "cree_le", "modifie_le", "sequence"],
  parent: actionTable,
  count: (dataset, action) => {
    const perAction = dataset.scale.sessions / dataset.scale.actions;
    return Math.max(1, Math.round(perAction * (0.5 + dataset.rng("sessions", action.id).next())));
  },
  make: (dataset, action, index, id) => {
    const a = action!;
    const rng = dataset.rng("session", id);
    const length = Math.max(1, a.fin - a.debut);
    const debut = a.debut + Math.min(length - 1, index * 30 + rng.int(0, 20));
    const fin = Math.min(a.fin, debut + rng.int(30, 300));
    const modifieLe = (a.debut - 60 + rng.int(0, 50)) * 86_400_000;
    return { id, action: a, numero: String(index + 1).padStart(2, "0"), debut, fin: Math.max(debut, fin), places: rng.chance(0.03) ? 0 : rng.int(8, 20), modifieLe };
  },
  values: (s) => [s.id, s.action.id, s.action.id, s.action.organismeId, s.numero, day(s.debut), day(s.fin), s.action.organismeId, s.places, null, s.modifieLe, s.modifieLe, s.id],
};
