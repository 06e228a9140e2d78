import { ActionsListe } from "../features/actions-liste/components/actions-liste";

/**
 * « Actions de formation », exposed to the shell as `actions/ActionsPage`. It renders inside the
 * shell's React tree and finds the shell's ApolloProvider (react and @apollo/client are shared
 * singletons), so it never creates a client of its own.
 */
export default function ActionsPage() {
  return (
    <div className="sigma-page">
      <h1>Actions de formation</h1>
      <ActionsListe />
    </div>
  );
}
