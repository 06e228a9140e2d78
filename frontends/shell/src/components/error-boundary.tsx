import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** What to show instead of the failed subtree; `reset` tries again. */
  fallback: (reset: () => void) => ReactNode;
  children: ReactNode;
}

/** Keeps a failure inside one part of the page (a micro-frontend) from taking the shell down. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Partie de page en échec :", error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
