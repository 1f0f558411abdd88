/**
 * Today's date, `YYYY-MM-DD`: in the contributor's own time zone (the form, `npm run new`), or in
 * UTC, as GitHub dates issues (the issue converter).
 */
export function today(zone: 'local' | 'utc' = 'local', now: Date = new Date()): string {
  if (zone === 'utc') return now.toISOString().slice(0, 10);
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
