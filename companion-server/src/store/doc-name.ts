/** Splits a store name `<sessionId>/<docName>` (docName may itself contain one `/`). */
export function splitDocName(name: string): { sessionId: string; docName: string } {
  const i = name.indexOf('/')
  if (i <= 0 || i === name.length - 1) throw new Error(`invalid document name ${JSON.stringify(name)}`)
  return { sessionId: name.slice(0, i), docName: name.slice(i + 1) }
}
