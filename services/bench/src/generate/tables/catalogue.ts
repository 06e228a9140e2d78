import { day, type ActionModel, type OrganismeModel } from "../dataset.js";
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

export const actionTable: TableSpec<ActionModel> = {
  table: "action",
  database: "catalogue",
  idColumn: "id",
  columns: ["id", "numero", "intitule", "numero_contrat", "annee_programmation", "date_debut_prevue", "date_fin_prevue", "organisme_id"],
  parent: null,
  total: (dataset) => dataset.scale.actions,
  make: (dataset, _parent, index) => dataset.action(index),
  values: (a) => [a.id, a.numero, a.intitule, a.numeroContrat, a.annee, day(a.debut), day(a.fin), a.organismeId],
};
