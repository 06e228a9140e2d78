import type { ContainerType } from "type-graphql";

type Constructor<T = unknown> = new (...args: never[]) => T;

/**
 * The smallest dependency container that type-graphql needs: singletons registered at
 * bootstrap (services holding the DataSource), and resolvers built from their
 * constructor parameter types (emitted by tsc's decorator metadata).
 */
export class Container implements ContainerType {
  private readonly instances = new Map<Constructor, unknown>();

  register<T>(type: Constructor<T>, instance: T): this {
    this.instances.set(type, instance);
    return this;
  }

  get<T>(type: Constructor<T>): T {
    const existing = this.instances.get(type);
    if (existing) return existing as T;
    const params = (Reflect.getMetadata("design:paramtypes", type) ?? []) as Constructor[];
    const instance = new type(...(params.map((param) => this.get(param)) as never[]));
    this.instances.set(type, instance);
    return instance;
  }
}
