/** "Last, First (Preferred)": how staff lists name a client, sortable and unambiguous. */
export function clientName(c: { firstName: string; lastName: string; preferredName: string | null }): string {
  const base = `${c.lastName}, ${c.firstName}`;
  return c.preferredName && c.preferredName !== c.firstName ? `${base} (${c.preferredName})` : base;
}
