import { Chargement } from "@sigma/ui-kit/components/status";
import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from "react";
import { ErrorBoundary } from "../../../components/error-boundary";
import { isRemoteDeclared, loadRemoteComponent } from "../lib/remotes";

/**
 * One lazy component per exposed module, kept while it works (navigating back costs nothing).
 * A failed load is kept too for a moment, so that React's immediate re-renders meet the same
 * error and show the message instead of loading again and again; a visit after that, or
 * « Réessayer », tries again.
 */
const cache = new Map<string, { component: LazyExoticComponent<ComponentType>; failedAt?: number }>();
const RETRY_AFTER_MS = 3_000;

function lazyRemote(name: string, module: string): LazyExoticComponent<ComponentType> {
  const key = `${name}/${module}`;
  const cached = cache.get(key);
  if (cached && (cached.failedAt === undefined || Date.now() - cached.failedAt < RETRY_AFTER_MS)) return cached.component;
  const entry: { component: LazyExoticComponent<ComponentType>; failedAt?: number } = {
    component: lazy(() =>
      loadRemoteComponent(name, module).then(
        (loaded) => ({ default: loaded }),
        (error: unknown) => {
          entry.failedAt = Date.now();
          throw error;
        },
      ),
    ),
  };
  cache.set(key, entry);
  return entry.component;
}

interface Props {
  /** The manifest's name of the micro-frontend, e.g. "actions". */
  name: string;
  /** The module it exposes, e.g. "ActionsPage". */
  module: string;
  /** The section's label, used in the messages. */
  label: string;
}

/** A menu section rendered by a micro-frontend; if that one is missing or broken, a message and the rest of the app still works. */
export function RemoteSection({ name, module, label }: Props) {
  const [attempt, setAttempt] = useState(0);
  if (!isRemoteDeclared(name)) return <Indisponible label={label} />;
  const Remote = lazyRemote(name, module);
  return (
    <ErrorBoundary
      key={attempt}
      fallback={() => (
        <Indisponible
          label={label}
          onRetry={() => {
            cache.delete(`${name}/${module}`);
            setAttempt((n) => n + 1);
          }}
        />
      )}
    >
      <Suspense fallback={<Chargement>Chargement du module « {label} »…</Chargement>}>
        <Remote />
      </Suspense>
    </ErrorBoundary>
  );
}

function Indisponible({ label, onRetry }: { label: string; onRetry?: () => void }) {
  return (
    <div className="sigma-page">
      <h1>{label}</h1>
      <div className="sigma-alerte" role="alert">
        <p>Le module « {label} » est indisponible pour le moment.</p>
        <p className="sigma-discret">Les autres rubriques restent accessibles. Réessayez dans quelques instants.</p>
        {onRetry ? (
          <button type="button" onClick={onRetry}>
            Réessayer
          </button>
        ) : null}
      </div>
    </div>
  );
}
