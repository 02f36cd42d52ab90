/**
 * Wrap an object of the stand-in Electron so that reading any member it does not implement
 * throws, naming the API: Viva calling an Electron API the stand-in lacks must fail the test
 * loudly, never run against `undefined`.
 */
export function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol' || key in object) return Reflect.get(object, key, receiver) as unknown;
      // Probes made by `await` and by JSON, not calls Viva makes.
      if (key === 'then' || key === 'toJSON') return undefined;
      throw new Error(
        `The stand-in Electron does not implement ${name}.${key}. Viva uses it, so add it to test/shell/standIn/ before trusting this test.`,
      );
    },
  });
}
