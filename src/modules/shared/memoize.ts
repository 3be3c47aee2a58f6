/**
 * Memoises a filter-to-where translation per input object: a connection's page and its
 * totalCount receive the same args, so a text search behind the filter runs once per request.
 */
export function memoizeByInput<Input extends object, Output>(translate: (input: Input) => Promise<Output>) {
  const cache = new WeakMap<Input, Promise<Output>>();
  return (input: Input | null | undefined): Promise<Output | Record<string, never>> => {
    if (!input) return Promise.resolve({});
    let result = cache.get(input);
    if (!result) {
      result = translate(input);
      cache.set(input, result);
    }
    return result;
  };
}
