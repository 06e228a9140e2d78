import { formatDate, formatHeures } from "@sigma/ui-kit/lib/format";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { TypePrestation } from "../../../gql/graphql";

export const infosPedagogiquesFragment = graphql(/* GraphQL */ `
  fragment InfosPedagogiquesAction on Action {
    __typename
    composantes {
      id
      numero
      intitule
      dateDebut
      dateFin
      ville
      codePostal
      prestations {
        id
        type
        libelle
        effectif
        volumeMoyen
        volumeMinimal
        volumeMaximal
        volumeTotal
      }
      sessions {
        id
        numero
        nbPlaces
        codeOffreInfo
        dateDebut
        dateFin
        annulee
        informationsCollectives {
          id
          date
          heureDebut
          heureFin
          nbPlaces
          annulee
        }
      }
    }
  }
`);

const UNITE: Record<TypePrestation, string> = { FP: "fp", HC: "hc", HE: "he" };

/** Seed 004's « Infos pédagogiques »: « Liste des composantes » with their prestations, then « Liste des sessions ». */
export function InfosPedagogiques({ action: fragment }: { action: FragmentType<typeof infosPedagogiquesFragment> }) {
  const { composantes } = getFragmentData(infosPedagogiquesFragment, fragment);
  const h = (valeur: string | null | undefined, type: TypePrestation) => (valeur ? formatHeures(valeur, UNITE[type]) : "-");
  return (
    <>
      <section aria-labelledby="composantes-titre">
        <h3 id="composantes-titre">Liste des composantes</h3>
        <div className="sigma-table-defilement">
          <table className="sigma-table">
            <thead>
              <tr>
                {["N°", "Composante", "Date début", "Date fin", "Ville (CP)", "Effectif", "Volume moyen", "Volume minimal", "Volume maximal", "Volume total"].map((t) => (
                  <th key={t} scope="col">
                    {t}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {composantes.flatMap((c) => [
                <tr key={c.id}>
                  <th scope="row">{c.numero}</th>
                  <td>{c.intitule}</td>
                  <td>{formatDate(c.dateDebut)}</td>
                  <td>{formatDate(c.dateFin)}</td>
                  <td>{[c.ville, c.codePostal].filter(Boolean).join(" ")}</td>
                  <td colSpan={5} />
                </tr>,
                ...c.prestations.map((p) => (
                  <tr key={`${c.id}-${p.id}`}>
                    <td />
                    <td>-{p.libelle}</td>
                    <td colSpan={3} />
                    <td>{p.effectif ?? "-"}</td>
                    <td className="sigma-nowrap">{h(p.volumeMoyen, p.type)}</td>
                    <td className="sigma-nowrap">{h(p.volumeMinimal, p.type)}</td>
                    <td className="sigma-nowrap">{h(p.volumeMaximal, p.type)}</td>
                    <td className="sigma-nowrap">{h(p.volumeTotal, p.type)}</td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="sessions-titre">
        <h3 id="sessions-titre">Liste des sessions</h3>
        <div className="sigma-table-defilement">
          <table className="sigma-table">
            <thead>
              <tr>
                {["Composante", "Session", "Nb places", "Code Offre Info", "Date début", "Date fin"].map((t) => (
                  <th key={t} scope="col">
                    {t}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {composantes.every((c) => c.sessions.length === 0) ? (
                <tr>
                  <td colSpan={6}>Aucune session n'a été saisie.</td>
                </tr>
              ) : null}
              {composantes.flatMap((c) =>
                c.sessions.flatMap((s) => [
                  <tr key={s.id}>
                    <td>{`N°${c.numero} - ${c.intitule}`}</td>
                    <th scope="row">{`Session n° ${s.numero}`}{s.annulee ? " (annulée)" : ""}</th>
                    <td>{s.nbPlaces}</td>
                    <td>{s.codeOffreInfo ?? ""}</td>
                    <td>{formatDate(s.dateDebut)}</td>
                    <td>{formatDate(s.dateFin)}</td>
                  </tr>,
                  ...s.informationsCollectives.map((ic) => (
                    <tr key={`${s.id}-ic-${ic.id}`}>
                      <td />
                      <td colSpan={5}>
                        {`-Information collective : ${formatDate(ic.date)} de ${ic.heureDebut} à ${ic.heureFin}`}
                        {ic.annulee ? " (annulée)" : ` — ${ic.nbPlaces} places`}
                      </td>
                    </tr>
                  )),
                ]),
              )}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
