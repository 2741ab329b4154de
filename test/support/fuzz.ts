/**
 * Runs per property test: 1,000 by default so that `npm test` stays quick; FUZZ_RUNS=10000 for the
 * thorough run the README describes.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
