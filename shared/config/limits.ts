/**
 * Size limits shared by the pipeline and the local commands, so that `npm run extract`, `article`
 * and `feed` refuse what the pipeline would never fetch, and accept all it would.
 */

/** The largest page or feed fetched (the HTTP client's cap on the decompressed body). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
