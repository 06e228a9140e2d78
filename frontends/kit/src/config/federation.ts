/**
 * What the shell and every micro-frontend share at run time, as singletons: one React (hooks and
 * context work across the boundary) and one @apollo/client (the shell's client, cache and
 * ApolloProvider serve the remotes). "react/" and "react-dom/" share those packages' subpath
 * entries (react/jsx-runtime, react-dom/client); @apollo/client's entry points are listed one by
 * one. Both sides' vite.config.ts pass this object to the federation plugin, so they cannot drift.
 */
const react = { singleton: true, requiredVersion: "^19.0.0" };
const apollo = { singleton: true, requiredVersion: "^4.0.0" };

export const sharedSingletons = {
  react,
  "react/": react,
  "react-dom": react,
  "react-dom/": react,
  "@apollo/client": apollo,
  "@apollo/client/react": apollo,
  "@apollo/client/errors": apollo,
  "@apollo/client/link/context": apollo,
  "@apollo/client/link/error": apollo,
  "@apollo/client/link/persisted-queries": apollo,
};
