import { Chargement } from "@sigma/ui-kit/components/status";
import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from "react";
import { ErrorBoundary } from "../../../components/error-boundary";
import { isRemoteDeclared, loadRemoteComponent } from "../lib/remotes";

/**
 * One lazy component per exposed module, kept while it works (navigating back costs nothing).
 * A failed load is kept as long as its section stays on screen, so that React's immediate
 * re-renders meet the same error and show the message instead of loading again and again;
 * leaving the section (or « Réessayer ») forgets it, and the next visit tries again.
 */
const cache = new Map<string, { component: LazyExoticComponent<ComponentType>; failed?: boolean }>();

function lazyRemote(name: string, module: string): LazyExoticComponent<ComponentType> {
  const key = `${name}/${module}`;
  const cached = cache.get(key);
  if (cached) return cached.component;
  const entry: { component: LazyExoticComponent<ComponentType>; failed?: boolean } = {
    component: lazy(() =>
      loadRemoteComponent(name, module).then(
        (loaded) => ({ default: loaded }),
        (error: unknown) => {
          entry.failed = true;
          throw error;
        },
      ),
    ),
  };
  cache.set(key, entry);
  return entry.component;
}

/** Forgets a failed load of `key` (the next render loads again). */
function forgetFailure(key: string): void {
  if (cache.get(key)?.failed) cache.delete(key);
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
  const key = `${name}/${module}`;
  // Leaving the section forgets a failed load: effects run only once the page is on screen,
  // never during React's retries of a failed render.
  useEffect(() => () => forgetFailure(key), [key]);
  if (!isRemoteDeclared(name)) return <Indisponible label={label} />;
  const Remote = lazyRemote(name, module);
  return (
    <ErrorBoundary
      key={`${name}/${module}#${attempt}`}
      fallback={() => (
        <Indisponible
          label={label}
          onRetry={() => {
            forgetFailure(key);
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
