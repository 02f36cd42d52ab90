/**
 * The version of Viva's stored records. It rises whenever a stored shape changes; each rise
 * comes with a pure migration in this folder and a stored database fixture in test/fixtures.
 */
export const SCHEMA_VERSION = 4;
