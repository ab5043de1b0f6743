/**
 * Hands each request its own set of DataLoaders, keyed by the request's GraphQL context object.
 *
 * Why not a request-scoped provider: in NestJS a REQUEST-scoped provider makes every provider
 * and resolver that depends on it request-scoped too, so Nest would build the whole resolver
 * graph anew for each request. Why not the app's context factory: then apps/api would have to
 * know every feature's loaders. Apollo creates one context object per request and drops it after
 * the response, so a WeakMap keyed by it gives exactly the request's lifetime with singletons.
 */
export abstract class RequestLoaders<L extends object> {
  private readonly perRequest = new WeakMap<object, L>();

  for(context: object): L {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      loaders = this.create();
      this.perRequest.set(context, loaders);
    }
    return loaders;
  }

  /** A fresh set of loaders for one request. */
  protected abstract create(): L;
}
