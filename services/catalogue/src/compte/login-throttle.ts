/**
 * Failed logins of identifiants that have no account, kept in memory so that an unknown
 * identifiant is locked exactly like a known one (no way to tell which exist).
 */
export class UnknownLoginThrottle {
  private readonly failures = new Map<string, { count: number; until: number | null }>();

  constructor(private readonly maxEntries = 10_000) {}

  get(identifiant: string) {
    return this.failures.get(identifiant) ?? { count: 0, until: null };
  }

  set(identifiant: string, state: { count: number; until: number | null }): void {
    if (this.failures.size >= this.maxEntries) this.failures.delete(this.failures.keys().next().value!);
    this.failures.set(identifiant, state);
  }
}
