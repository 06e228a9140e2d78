import type { DataSource } from "typeorm";

/**
 * `n` more actions for a new organisme (id 90), each with a composante, two prestations, a
 * published session and its information collective — straight into the catalogue's tables.
 */
export async function insertBulkOffer(db: DataSource, n: number): Promise<void> {
  const ids = Array.from({ length: n }, (_, i) => 1000 + i);
  await db.transaction(async (tx) => {
    await tx.query("INSERT INTO organisme (id, code, raison_sociale, siret, numero_activite, code_postal, ville, adresse, taux_tva_points_de_base) VALUES (90, 'OR9090', 'ORGANISME VOLUME', '99999999900011', '76349999999', '34000', 'MONTPELLIER', '1 RUE DU TEST', 0)");
    await tx.query("INSERT INTO site_realisation (id, organisme_id, libelle, adresse, code_postal, ville) VALUES (90, 90, 'SITE VOLUME', NULL, '34000', 'MONTPELLIER')");
    await tx.query("INSERT INTO marche (id, numero, dispositif, programme, consultation, annee_programmation, titulaire_id) VALUES (90, '24V0000090', 'VOLUME', 'VOLUME 2024', 'VOLUME', 2024, 90)");
    await tx.query("INSERT INTO marche_sous_traitant (marche_id, organisme_id) VALUES (90, 1)");
    const rows = (make: (id: number) => string) => ids.map(make).join(", ");
    await tx.query(
      `INSERT INTO action (id, numero, intitule, numero_contrat, annee_programmation, date_debut_prevue, date_fin_prevue, organisme_id, marche_id) VALUES ${rows(
        (id) => `(${id}, '24V0000090_${id}', 'ACTION ${id}', '24V0000090', 2024, '2024-01-01', '2024-12-31', 90, 90)`,
      )}`,
    );
    await tx.query(`INSERT INTO periode_prevue (action_id, lieu, date_debut, date_fin) VALUES ${rows((id) => `(${id}, 'CENTRE', '2024-01-01', '2024-12-31')`)}`);
    await tx.query(
      `INSERT INTO composante (id, action_id, organisme_id, numero, intitule, date_debut, date_fin) VALUES ${rows((id) => `(${id}, ${id}, 90, '01', 'COMPOSANTE ${id}', '2024-01-01', '2024-12-31')`)}`,
    );
    for (const type of ["HC", "HE"]) {
      await tx.query(
        `INSERT INTO prestation (composante_id, organisme_id, type, libelle, volume_total, prix_unitaire) VALUES ${rows((id) => `(${id}, 90, '${type}', '${type}', 10000, 700)`)}`,
      );
    }
    await tx.query(
      `INSERT INTO session (id, action_id, composante_id, organisme_id, numero, date_debut, date_fin, site_id, nb_places, cree_le, modifie_le, sequence) VALUES ${rows(
        (id) => `(${id}, ${id}, ${id}, 90, '01', '2024-02-01', '2024-06-30', 90, 8, 1, 1, ${id})`,
      )}`,
    );
    await tx.query(
      `INSERT INTO information_collective (session_id, date, heure_debut, heure_fin, nb_places, libelle_voie, code_postal, ville, modifie_le) VALUES ${rows(
        (id) => `(${id}, '2024-01-15', '09:00', '11:00', 10, 'rue du Test', '34000', 'MONTPELLIER', 1)`,
      )}`,
    );
    await tx.query(`UPDATE compteur SET valeur = ${1000 + n} WHERE nom = 'flux_sessions'`);
  });
}
