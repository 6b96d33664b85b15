/** SIGN-16 and PREP-2: a typed name counts when it is the invitation's name, case and spacing aside. */

/** Case-, accent-composition- and whitespace-insensitive form of a name. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')
}

/** True when the typed name is the invite's name, ignoring case and spacing. */
export function namesMatch(typed: string, inviteName: string): boolean {
  const t = normalizeName(typed)
  return t.length > 0 && t === normalizeName(inviteName)
}
