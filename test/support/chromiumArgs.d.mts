/** The switches every Chromium the tests and scripts start runs with (see chromiumArgs.mjs). */
export declare const CHROMIUM_ARGS: readonly string[];
