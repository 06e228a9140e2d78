import { formatDate, formatHeures } from "@sigma/ui-kit/lib/format";
import { centiemes as centi, depuisCentiemes as versHeures } from "@sigma/ui-kit/lib/saisie";
import { Link } from "react-router";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";

export const recapFragment = graphql(/* GraphQL */ `
  fragment RecapDeclaration on DeclarationMensuelle {
    __typename
    mois
    libelle
    etat
    saisieOuverte
    heuresCentre
    heuresEntreprise
    totalHeures
    lignes {
      stagiaire {
        id
        nom
        prenom
        dateNaissance
        codeInsee
        dateEntree
        dateSortie
        finFormation
        libelleMotifSortie
      }
      heuresCentre
      heuresEntreprise
      cumulHeuresCentre
      cumulHeuresEntreprise
      cumulTotalHeures
    }
  }
`);

/** Seed 001 § 3.5 « Tableau récapitulatif du réalisé horaire de l'action », the server's figures, hours as « 43,00 hc ». */
export function TableauRealise({ declaration, actionId, numero, fse }: { declaration: FragmentType<typeof recapFragment>; actionId: string; numero: string; fse: boolean }) {
  const d = getFragmentData(recapFragment, declaration);
  const titre = `Tableau récapitulatif du réalisé horaire de l'action ${numero} — ${d.libelle}`;
  const cumulCentre = d.lignes.reduce((s, l) => s + centi(l.cumulHeuresCentre), 0);
  const cumulEntreprise = d.lignes.reduce((s, l) => s + centi(l.cumulHeuresEntreprise), 0);
  return (
    // Focusable so that the keyboard scrolls it once the month is confirmed (no link left inside).
    <div className="sigma-table-defilement" role="region" aria-label={titre} tabIndex={0}>
      <table className="sigma-table">
        <caption className="sigma-invisible">{titre}</caption>
        <thead>
          <tr>
            <th scope="colgroup" colSpan={6}>
              Stagiaire
            </th>
            <th scope="colgroup" colSpan={4}>
              Formation
            </th>
            <th scope="colgroup" colSpan={2}>
              {d.libelle}
            </th>
            <th scope="colgroup" colSpan={3}>
              Total
            </th>
          </tr>
          <tr>
            {["Saisie horaire", "Nom", "Prénom", "Date de naissance", "Code Insee", "FSE", "Date d'entrée", "Date de sortie", "Validation", "Sortie anticipée", "Heures centres", "Heures entreprises", "Heures centre", "Heures entreprise", "Total heures"].map(
              (t) => (
                <th key={t} scope="col">
                  {t}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {d.lignes.length === 0 ? (
            <tr>
              <td colSpan={15}>Aucun stagiaire présent ce mois-ci.</td>
            </tr>
          ) : null}
          {d.lignes.map((l) => {
            const s = l.stagiaire;
            return (
              <tr key={s.id}>
                <td>
                  {d.saisieOuverte ? (
                    <Link to={`${actionId}/${d.mois}/${s.id}`} aria-label={`Saisie horaire de ${s.nom.toUpperCase()} ${s.prenom} (${d.libelle})`}>
                      Saisie horaire
                    </Link>
                  ) : (
                    <span className="sigma-discret">—</span>
                  )}
                </td>
                <th scope="row">{s.nom.toUpperCase()}</th>
                <td>{s.prenom}</td>
                <td>{formatDate(s.dateNaissance)}</td>
                <td>{s.codeInsee ?? ""}</td>
                <td>{fse ? "Oui" : ""}</td>
                <td>{formatDate(s.dateEntree)}</td>
                <td>{formatDate(s.dateSortie)}</td>
                <td>{d.etat === "CONFIRMEE" ? "Confirmée" : ""}</td>
                <td>{s.finFormation === false ? (s.libelleMotifSortie ?? "") : ""}</td>
                <td className="sigma-nowrap">{formatHeures(l.heuresCentre, "hc")}</td>
                <td className="sigma-nowrap">{formatHeures(l.heuresEntreprise, "he")}</td>
                <td className="sigma-nowrap">{formatHeures(l.cumulHeuresCentre, "hc")}</td>
                <td className="sigma-nowrap">{formatHeures(l.cumulHeuresEntreprise, "he")}</td>
                <td className="sigma-nowrap">{formatHeures(l.cumulTotalHeures, "h")}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={10}>
              Total détaillé :
            </th>
            <td className="sigma-nowrap">{formatHeures(d.heuresCentre, "hc")}</td>
            <td className="sigma-nowrap">{formatHeures(d.heuresEntreprise, "he")}</td>
            <td className="sigma-nowrap">{formatHeures(versHeures(cumulCentre), "hc")}</td>
            <td className="sigma-nowrap">{formatHeures(versHeures(cumulEntreprise), "he")}</td>
            <td className="sigma-nowrap">{formatHeures(versHeures(cumulCentre + cumulEntreprise), "h")}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={10}>
              Total :
            </th>
            <td colSpan={2} className="sigma-nowrap">
              {formatHeures(d.totalHeures, "h")}
            </td>
            <td colSpan={3} className="sigma-nowrap">
              {formatHeures(versHeures(cumulCentre + cumulEntreprise), "h")}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
