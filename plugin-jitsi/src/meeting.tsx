/**
 * One mounted Jitsi meeting (react-sdk under preact/compat). Re-keyed per room and per attempt; its unmount
 * disposes the API. It loads the deployment's script itself within a bound (external-api-loader.ts), waits for
 * the meeting to answer within the same bound, and reports what happened: loading, ready, failed, or left.
 */
import { JaaSMeeting, JitsiMeeting } from '@jitsi/react-sdk'
import type { JitsiRoomResponse, Language } from '@mediation/protocol'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { externalApiUrl, type LoadFailure, loadExternalApi, MeetingLoadError } from './external-api-loader'
import type { JitsiHost } from './host'
import { jitsiText } from './i18n'
import type { JitsiApi } from './jitsi-api'
import { hardenedConfig } from './meeting-config'

/** What an earlier mount of this page chose: the device labels (react-sdk's `devices` takes all three), if known. */
export interface ChosenDevices {
  labels: { audioInput: string; audioOutput: string; videoInput: string } | null
}

export type MeetingState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'joined'; devices: ChosenDevices }
  | { kind: 'failed'; reason: LoadFailure }
  | { kind: 'left'; reason: 'hangup' | 'kicked' }

export interface MeetingProps {
  room: JitsiRoomResponse
  host: JitsiHost
  lang: Language
  /** How long the script and then the meeting may take to answer. */
  loadMs: number
  /** Devices were chosen on this page before: no prejoin screen again, the same devices. */
  chosen: ChosenDevices | null
  onState: (state: MeetingState) => void
}

async function currentDevices(api: JitsiApi): Promise<ChosenDevices> {
  try {
    const d = await api.getCurrentDevices()
    const [audioInput, audioOutput, videoInput] = [
      d.audioInput?.label,
      d.audioOutput?.label,
      d.videoInput?.label,
    ]
    return {
      labels: audioInput && audioOutput && videoInput ? { audioInput, audioOutput, videoInput } : null,
    }
  } catch {
    // A deployment without the device API: the next mount still skips prejoin, with Jitsi's default devices.
    return { labels: null }
  }
}

/** The meeting iframe for `room`; mount it with a key per room and attempt so each is a new API. */
export function Meeting({ room, host, lang, loadMs, chosen, onState }: MeetingProps) {
  const api = useRef<JitsiApi | null>(null)
  const [scriptReady, setScriptReady] = useState(false)
  const report = useRef(onState)
  report.current = onState
  useEffect(() => {
    let live = true
    report.current({ kind: 'loading' })
    loadExternalApi(externalApiUrl(room.domain, room.jaasAppId), loadMs).then(
      () => live && setScriptReady(true),
      (err: unknown) =>
        live &&
        report.current({
          kind: 'failed',
          reason: err instanceof MeetingLoadError ? err.reason : 'unreachable',
        }),
    )
    return () => {
      live = false
      // react-sdk never disposes the API it creates; without this, every room switch would leak a transport.
      if (api.current) host.detach(api.current)
      api.current = null
    }
  }, [host, room, loadMs])
  const props = useMemo(
    () => ({
      roomName: room.room,
      ...(room.jwt ? { jwt: room.jwt } : {}),
      configOverwrite: hardenedConfig({ prejoin: chosen === null }),
      ...(chosen?.labels ? { devices: chosen.labels } : {}),
      userInfo: { displayName: room.displayName, email: '' },
      lang,
      // react-sdk types the API with its own incomplete interface; ours (jitsi-api.ts) is typed from the source.
      onApiReady: (created: unknown) => {
        const a = created as JitsiApi
        api.current = a
        host.attach(a, room.where)
        // Once this mount failed or was left, nothing later (a late device answer) may bring it back.
        let over = false
        const tell = (s: MeetingState) => {
          if (over || api.current !== a) return
          if (s.kind === 'failed' || s.kind === 'left') over = true
          report.current(s)
        }
        let answered = false
        // The iframe may load and never answer (a deployment half up): the same bound applies.
        const timer = setTimeout(() => answered || tell({ kind: 'failed', reason: 'timeout' }), loadMs)
        const answer = () => {
          answered = true
          clearTimeout(timer)
        }
        const readyNow = () => {
          answer()
          tell({ kind: 'ready' })
        }
        a.on('browserSupport', readyNow)
        a.on('prejoinScreenLoaded', readyNow)
        a.on('videoConferenceJoined', () => {
          answer()
          void currentDevices(a).then((devices) => tell({ kind: 'joined', devices }))
        })
        // While mounted, leaving is the person's hangup or a kick (a room move unmounts first).
        a.on('participantKickedOut', (p) => p.kicked.local && tell({ kind: 'left', reason: 'kicked' }))
        a.on('readyToClose', () => tell({ kind: 'left', reason: 'hangup' }))
      },
      // The sdk's wrapper div has no height; the iframe inside is 100% of it.
      getIFrameRef: (div: HTMLDivElement) => {
        div.style.height = '100%'
      },
      spinner: () => <div class="jm-loading">{jitsiText(lang)('loading')}</div>,
    }),
    [room, host, lang, chosen, loadMs],
  )
  if (!scriptReady) return <div class="jm-loading">{jitsiText(lang)('loading')}</div>
  return room.jaasAppId ? (
    <JaaSMeeting appId={room.jaasAppId} {...props} />
  ) : (
    <JitsiMeeting domain={room.domain} {...props} />
  )
}
