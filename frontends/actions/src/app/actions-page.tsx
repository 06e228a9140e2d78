import { PageSection } from "@sigma/ui-kit/components/page-section";
import { Route, Routes } from "react-router";
import { ActionsListe } from "../features/actions-liste/components/actions-liste";
import { DemandePage } from "../features/demandes/components/demande-page";
import { GestionAction } from "../features/gestion/components/gestion-action";

/**
 * « Actions de formation », exposed to the shell as `actions/ActionsPage`. It renders inside the
 * shell's React tree and finds the shell's ApolloProvider (react and @apollo/client are shared
 * singletons), so it never creates a client of its own. /actions/<numéro> is « Gestion de
 * l'action de formation », /actions/<numéro>/demandes/<id> one modification request.
 */
export default function ActionsPage() {
  return (
    <PageSection titre="Actions de formation">
      <Routes>
        <Route index element={<ActionsListe />} />
        <Route path=":numero" element={<GestionAction />} />
        <Route path=":numero/demandes/:demandeId" element={<DemandePage />} />
      </Routes>
    </PageSection>
  );
}
