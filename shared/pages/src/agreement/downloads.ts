/**
 * Downloads of the record. The credential travels only in the Authorization header (never in a URL, where it
 * would end up in history and logs), so files are fetched and handed to the browser as a blob.
 */
export type RecordFile = 'agreement.pdf' | 'agreement.json' | 'agreement.txt'

/** Fetches a record file of the session and saves it under the server's file name. */
export async function downloadRecord(
  serverUrl: string,
  credential: string,
  sessionId: string,
  file: RecordFile,
): Promise<void> {
  const res = await fetch(`${serverUrl}/api/sessions/${encodeURIComponent(sessionId)}/record/${file}`, {
    headers: { authorization: `Bearer ${credential}` },
  })
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null
    throw new Error(body?.error ?? `${res.status} ${res.statusText}`)
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? file
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  // Give the browser a moment to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
