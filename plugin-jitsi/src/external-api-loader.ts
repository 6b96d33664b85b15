/**
 * Loads the deployment's external_api.js ourselves, within a bound, before @jitsi/react-sdk mounts: the sdk caches
 * its one script promise for the page, so a failed load (a firewall, an outage) would stay failed until reload,
 * and it only logs the error. Once `window.JitsiMeetExternalAPI` exists, the sdk uses it without a fetch.
 */

/** Why the meeting could not be loaded. */
export type LoadFailure = 'unreachable' | 'timeout'

export class MeetingLoadError extends Error {
  constructor(readonly reason: LoadFailure) {
    super(`the Jitsi meeting could not be loaded (${reason})`)
    this.name = 'MeetingLoadError'
  }
}

/** The script URL react-sdk would use (`https://domain/[appId/]external_api.js`). */
export const externalApiUrl = (domain: string, appId: string | null) =>
  `https://${domain}/${appId ? `${appId}/` : ''}external_api.js`

const loaded = () => typeof (window as { JitsiMeetExternalAPI?: unknown }).JitsiMeetExternalAPI === 'function'

/** Resolves once the API class is there; rejects after `boundMs` or on a load error (a retry loads again). */
export function loadExternalApi(url: string, boundMs: number): Promise<void> {
  if (loaded()) return Promise.resolve()
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script')
    const fail = (reason: LoadFailure) => {
      clearTimeout(timer)
      script.remove()
      reject(new MeetingLoadError(reason))
    }
    const timer = setTimeout(() => fail('timeout'), boundMs)
    script.async = true
    script.src = url
    script.onload = () => {
      clearTimeout(timer)
      if (loaded()) resolve()
      else fail('unreachable')
    }
    script.onerror = () => fail('unreachable')
    document.head.append(script)
  })
}
