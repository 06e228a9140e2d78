import type { DimensionSync } from "@sigma/kit/indicateurs/dimension.sync";
import type { Perimetre as Scope } from "@sigma/kit/indicateurs/perimetre";
import { Conditions, conditionsDimensions, dialecteDe, entier, filtreDimensions, joursEntre, moisDe, ratio } from "@sigma/kit/indicateurs/sql";
import type { DataSource } from "typeorm";
import { StatutFacture } from "../facture/statut-facture.enum.js";
import { TypeFacture } from "../facture/type-facture.enum.js";
import type { FinanceDuMois, IndicateursFinance } from "./perimetre.type.js";

const EMISES = `f.statut NOT IN ('${StatutFacture.A_EMETTRE}', '${StatutFacture.REJETEE}')`;

/**
 * Finance's figures of a perimeter (issue 8): SUM/COUNT … GROUP BY in finance's database over
 * `facture` and `paiement` (each row carries its organisme_id; invoices their action_id), with
 * catalogue's dimensions from the local copy `indicateur_action` when the perimeter filters on
 * them. Amounts are integer cents summed by the database: exact.
 */
export class IndicateursFinanceService {
  constructor(
    private readonly db: DataSource,
    private readonly sync: DimensionSync,
  ) {}

  private async faits(p: Scope, organisme: string): Promise<{ join: string; c: Conditions }> {
    const c = new Conditions();
    let join = "";
    if (filtreDimensions(p)) {
      await this.sync.rattraper();
      join = "JOIN indicateur_action d ON d.action_id = f.action_id";
      conditionsDimensions(p, c);
    }
    if (p.organismeId !== null) c.add(`${organisme}.organisme_id = ?`, p.organismeId);
    return { join, c };
  }

  private periode(c: Conditions, p: Scope, colonne: string): Conditions {
    if (p.du !== null) c.add(`${colonne} >= ?`, p.du);
    if (p.au !== null) c.add(`${colonne} <= ?`, p.au);
    return c;
  }

  /** Three GROUP BY statements (emission, decision, payment months) merged by month. */
  async parMois(p: Scope): Promise<FinanceDuMois[]> {
    const emis = await this.faits(p, "f");
    this.periode(emis.c.add(`f.statut <> '${StatutFacture.A_EMETTRE}'`).add("f.date_emission IS NOT NULL"), p, "f.date_emission");
    const emissions: { mois: string; m: unknown }[] = await this.db.query(
      `SELECT ${moisDe("f.date_emission")} AS mois, SUM(f.montant_ttc_centimes) AS m FROM facture f ${emis.join} ${emis.c.where} GROUP BY ${moisDe("f.date_emission")}`,
      emis.c.params,
    );
    const dec = await this.faits(p, "f");
    this.periode(dec.c.add("f.date_decision IS NOT NULL"), p, "f.date_decision");
    const decisions: { mois: string; v: unknown; r: unknown }[] = await this.db.query(
      `SELECT ${moisDe("f.date_decision")} AS mois,
              SUM(CASE WHEN f.statut IN ('${StatutFacture.VALIDEE}', '${StatutFacture.PAYEE}') THEN f.montant_ttc_centimes ELSE 0 END) AS v,
              SUM(CASE WHEN f.statut = '${StatutFacture.REJETEE}' THEN f.montant_ttc_centimes ELSE 0 END) AS r
         FROM facture f ${dec.join} ${dec.c.where} GROUP BY ${moisDe("f.date_decision")}`,
      dec.c.params,
    );
    const pay = await this.faits(p, "p");
    this.periode(pay.c, p, "p.date_paiement");
    const paiements: { mois: string; m: unknown }[] = await this.db.query(
      `SELECT ${moisDe("p.date_paiement")} AS mois, SUM(p.montant_centimes) AS m
         FROM paiement p ${pay.join ? `JOIN facture f ON f.id = p.facture_id ${pay.join}` : ""} ${pay.c.where} GROUP BY ${moisDe("p.date_paiement")}`,
      pay.c.params,
    );
    const mois = new Map<string, FinanceDuMois>();
    const ligne = (m: string) => {
      if (!mois.has(m)) mois.set(m, { mois: m, facture: 0, valide: 0, rejete: 0, paye: 0 });
      return mois.get(m)!;
    };
    for (const r of emissions) ligne(r.mois).facture = entier(r.m);
    for (const r of decisions) Object.assign(ligne(r.mois), { valide: entier(r.v), rejete: entier(r.r) });
    for (const r of paiements) ligne(r.mois).paye = entier(r.m);
    return [...mois.values()].sort((a, b) => a.mois.localeCompare(b.mois));
  }

  async totaux(p: Scope, serieDuMois: Promise<FinanceDuMois[]> = this.parMois(p)): Promise<IndicateursFinance> {
    const serie = await serieDuMois;
    const somme = (k: "facture" | "valide" | "rejete" | "paye") => serie.reduce((s, m) => s + m[k], 0);
    const av = await this.faits(p, "f");
    this.periode(av.c.add(EMISES), p, "f.date_emission");
    const [avances] = await this.db.query(
      `SELECT COALESCE(SUM(CASE WHEN f.type = '${TypeFacture.AVANCE}' THEN f.montant_ttc_centimes ELSE 0 END), 0) AS emises,
              COALESCE(SUM(CASE WHEN f.type <> '${TypeFacture.AVANCE}' THEN f.avance_recuperee_centimes ELSE 0 END), 0) AS recuperees
         FROM facture f ${av.join} ${av.c.where}`,
      av.c.params,
    );
    const de = await this.faits(p, "f");
    de.c.add("f.date_emission IS NOT NULL");
    const having = new Conditions();
    this.periode(having, p, "MIN(p.date_paiement)");
    const [delai] = await this.db.query(
      `SELECT COUNT(*) AS n, COALESCE(SUM(t.jours), 0) AS jours
         FROM (SELECT ${joursEntre(dialecteDe(this.db), "f.date_emission", "MIN(p.date_paiement)")} AS jours
                 FROM facture f JOIN paiement p ON p.facture_id = f.id ${de.join} ${de.c.where}
                GROUP BY f.id, f.date_emission ${having.sql.length ? `HAVING ${having.sql.join(" AND ")}` : ""}) t`,
      [...de.c.params, ...having.params],
    );
    const at = await this.faits(p, "f");
    at.c.add(`f.statut = '${StatutFacture.SIGNEE_DEPOSEE}'`);
    const [attente] = await this.db.query(
      `SELECT COUNT(*) AS n, COALESCE(SUM(f.montant_ttc_centimes), 0) AS m FROM facture f ${at.join} ${at.c.where}`,
      at.c.params,
    );
    const emises = entier(avances?.emises);
    const recuperees = entier(avances?.recuperees);
    const payees = entier(delai?.n);
    return {
      facture: somme("facture"),
      valide: somme("valide"),
      rejete: somme("rejete"),
      paye: somme("paye"),
      avancesEmises: emises,
      avancesRecuperees: recuperees,
      avancesRestantes: emises - recuperees,
      facturesPayees: payees,
      delaiMoyenPaiementJours: ratio(entier(delai?.jours), payees),
      facturesEnAttenteRegion: entier(attente?.n),
      montantEnAttenteRegion: entier(attente?.m),
    };
  }
}
