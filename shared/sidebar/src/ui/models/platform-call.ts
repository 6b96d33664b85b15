import type { MeetingHost } from '../../host/meeting-host'
import type { ErrorsModel } from './errors-model'

/**
 * Runs a platform call. An adapter that fails emits a `failure` HostEvent with its own plain sentence before
 * it rejects: that sentence is the notice; a bare rejection is reported as any other error (never both).
 */
export function runPlatform(
  host: MeetingHost,
  errors: ErrorsModel,
  action: string,
  call: () => Promise<void>,
): Promise<void> {
  let explained = false
  const off = host.on((e) => {
    if (e.type !== 'failure' || e.action !== action) return
    explained = true
    errors.show(e.message)
  })
  return call()
    .catch((err: unknown) => {
      if (!explained) errors.report(err)
    })
    .finally(off)
}
