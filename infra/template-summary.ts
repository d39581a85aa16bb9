/**
 * A short summary of a synthesized template: resource counts by type, most numerous first.
 * Printed by `npm run synth` so a change in the stack's shape is visible at a glance.
 */
export function summarizeTemplate(stackName: string, template: { Resources?: Record<string, { Type: string }> }): string {
  const counts = new Map<string, number>();
  for (const r of Object.values(template.Resources ?? {})) counts.set(r.Type, (counts.get(r.Type) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = rows.reduce((sum, [, c]) => sum + c, 0);
  const width = Math.max(...rows.map(([t]) => t.length), 10);
  return [
    `${stackName}: ${total} resources`,
    ...rows.map(([type, c]) => `  ${type.padEnd(width)}  ${c}`),
  ].join('\n');
}
