const long = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

/** "November 21, 2026" for a YYYY-MM-DD date; UTC so the day never shifts with the server's zone. */
export function formatDate(iso: string): string {
  return long.format(new Date(`${iso}T00:00:00Z`))
}
