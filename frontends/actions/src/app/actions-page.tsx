import { PageSection } from "@sigma/ui-kit/components/page-section";
import { ActionsListe } from "../features/actions-liste/components/actions-liste";

/**
 * « Actions de formation », exposed to the shell as `actions/ActionsPage`. It renders inside the
 * shell's React tree and finds the shell's ApolloProvider (react and @apollo/client are shared
 * singletons), so it never creates a client of its own.
 */
export default function ActionsPage() {
  return (
    <PageSection titre="Actions de formation">
      <ActionsListe />
    </PageSection>
  );
}
