/**
 * The HTML report's stylesheet, inside the page so that a saved copy stands alone. The site's CSP
 * allows this one inline stylesheet by its hash (http/security.ts) and nothing else inline.
 */
import { createHash } from 'node:crypto';

export const REPORT_CSS = `
@page { size: A4 landscape; margin: 14mm 12mm 16mm; }
:root { color: #111; background: #fff; font: 10.5pt/1.4 "Liberation Sans", Arial, Helvetica, sans-serif; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.2rem 0 0.4rem; }
h2 { font-size: 1.25rem; margin: 1.6rem 0 0.5rem; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1.1rem 0 0.3rem; break-after: avoid; }
p { margin: 0.3rem 0; }
.byline { color: #333; }
.notice { border: 2px solid #8a1c1c; padding: 0.4rem 0.6rem; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 0.6rem; }
table.summary { width: auto; min-width: 50%; }
caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
th, td { border: 1px solid #777; padding: 0.25rem 0.4rem; vertical-align: top; text-align: left; }
thead th { background: #dfe6f2; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.mark, th.mark { text-align: center; width: 3.2em; }
td.number { text-align: right; }
.untranslated { font-style: italic; }
ul { margin: 0.2rem 0 0.4rem 1.2rem; padding: 0; }
.label { font-weight: bold; margin-top: 0.5rem; }
footer { margin-top: 1.5rem; color: #333; }
@media print { body { max-width: none; padding: 0; } }
`;

/** The CSP source that allows exactly this stylesheet. */
export const REPORT_STYLE_SOURCE = `'sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}'`;
