/**
 * Version of the fact extractor's rules and word lists. Stored on every fact so the store can tell which
 * facts a re-extraction would change. Bump it whenever the output for some input changes.
 */
export const EXTRACTOR_VERSION = 'facts-2.12.78';
