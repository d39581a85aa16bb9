/** The page's whole stylesheet: inlined, so the file needs nothing else to be read. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --band: #f6f8fa; --link: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1.5rem; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
.coverage { font-size: 1.05rem; margin: .25rem 0; }
.generated, figcaption, .empty, .stated, .status, .date, .count, .none { color: var(--muted); }
figure { margin: 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: .85rem; margin-top: .25rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin-top: .75rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--rule); }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
tbody tr:nth-child(even) { background: var(--band); }
td.num, th.num { text-align: right; white-space: nowrap; }
td.day, .date { white-space: nowrap; }
td.evidence { max-width: 34rem; }
td.evidence q { font-style: italic; }
td.sources { min-width: 11rem; }
.orgs { color: var(--muted); }
a { color: var(--link); }
abbr { text-decoration: none; }
@media print { body { max-width: none; } a { color: inherit; } }
`;
