/**
 * A zod schema built the first time it is used instead of when its module
 * loads. Every module's top level runs in the content script's first task on
 * every page load, and building the protocol's schemas was about half of that
 * task's run (sampled): most pages never need most of them, and the rest are
 * needed in later tasks (the first message answered, the settings read).
 *
 * The schema is reached through a Proxy that builds it on the first property
 * read and then forwards everything, so it composes and parses like the schema
 * itself (zod reads `_zod`, `shape` and the parse functions off it).
 */
export function lazySchema<S extends object>(build: () => S): S {
  let schema: S | undefined;
  const real = (): S => (schema ??= build());
  return new Proxy(Object.create(null) as S, {
    get: (_t, key) => Reflect.get(real(), key),
    has: (_t, key) => Reflect.has(real(), key),
    set: (_t, key, value) => Reflect.set(real(), key, value),
    ownKeys: () => Reflect.ownKeys(real()),
    // Reported as configurable: the proxy's own (empty) target does not hold them.
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
