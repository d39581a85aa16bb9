// dynalite ships no types and @types/dynalite does not exist.
declare module 'dynalite' {
  import type { Server } from 'node:http';
  interface DynaliteOptions { path?: string; createTableMs?: number; deleteTableMs?: number; updateTableMs?: number; ssl?: boolean }
  function dynalite(options?: DynaliteOptions): Server;
  export default dynalite;
}
