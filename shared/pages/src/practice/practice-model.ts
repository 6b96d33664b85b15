/**
 * The practice run: runs the browser checks one after the other, keeps camera preview and microphone meter live
 * for the person to watch, and builds the summary that is saved. Only the summary leaves the browser.
 */

import {
  type ChecklistItem,
  type CheckStatus,
  type IceServerConfig,
  type MediaProblem,
  microphoneStatus,
  networkStatus,
  networkVerdict,
  type PingStats,
  PREP_PING_PATH,
  type PracticeSummary,
} from '@mediation/core/prep'
import { signal } from '@preact/signals'
import { openMedia, stopStream, waitForFrames } from './checks/camera'
import { type DeviceLists, listDevices } from './checks/devices'
import { gatherIce, type IceResult } from './checks/ice'
import { type MicMeter, startMicMeter } from './checks/mic-meter'
import { runPing } from './checks/ping'
import { type BrowserSupport, detectSupport } from './checks/support'
import { playTone } from './checks/tone'

export interface MediaState {
  status: CheckStatus | 'pending'
  problem: MediaProblem | null
  size: { width: number; height: number } | null
}

const PINGS = 10
const FRAME_DEADLINE_MS = 8000
const METER_WARMUP_MS = 2500
const ICE_DEADLINE_MS = 8000

export interface PracticeDeps {
  ticket: () => Promise<string>
  iceServers: IceServerConfig[]
  deviceName: (kind: keyof DeviceLists, n: number) => string
}

export function createPracticeModel(deps: PracticeDeps) {
  const running = signal(false)
  const ran = signal(false)
  const support = signal<BrowserSupport | null>(null)
  const camera = signal<MediaState>({ status: 'pending', problem: null, size: null })
  const mic = signal<MediaState>({ status: 'pending', problem: null, size: null })
  const level = signal(0)
  const peak = signal(0)
  const network = signal<PingStats | null>(null)
  const ice = signal<IceResult | null>(null)
  const speaker = signal<{ played: boolean; heard: boolean | null; sinkFailed: boolean }>({
    played: false,
    heard: null,
    sinkFailed: false,
  })
  const devices = signal<DeviceLists>({ cameras: [], microphones: [], speakers: [] })
  const chosen = signal<{ camera: string | null; mic: string | null; speaker: string | null }>({
    camera: null,
    mic: null,
    speaker: null,
  })
  const checklist = signal<Record<ChecklistItem, boolean>>({
    privateRoom: false,
    alone: false,
    headphones: false,
    light: false,
    charger: false,
  })

  let video: HTMLVideoElement | null = null
  let camStream: MediaStream | null = null
  let micStream: MediaStream | null = null
  let meter: MicMeter | null = null
  let audio: AudioContext | null = null
  const ctx = () => {
    audio ??= new AudioContext()
    return audio
  }

  function stopMedia(): void {
    meter?.stop()
    meter = null
    stopStream(camStream)
    stopStream(micStream)
    camStream = null
    micStream = null
    if (video) video.srcObject = null
  }

  async function checkCamera(): Promise<void> {
    stopStream(camStream)
    camStream = null
    const opened = await openMedia('video', chosen.value.camera)
    if (!opened.ok) {
      camera.value = { status: 'fail', problem: opened.problem, size: null }
      return
    }
    camStream = opened.stream
    const size = video ? await waitForFrames(video, opened.stream, FRAME_DEADLINE_MS) : null
    camera.value = size
      ? { status: 'pass', problem: null, size }
      : { status: 'fail', problem: null, size: null }
  }

  async function checkMic(): Promise<void> {
    meter?.stop()
    stopStream(micStream)
    micStream = null
    peak.value = 0
    const opened = await openMedia('audio', chosen.value.mic)
    if (!opened.ok) {
      mic.value = { status: 'fail', problem: opened.problem, size: null }
      return
    }
    micStream = opened.stream
    const audioCtx = ctx()
    await audioCtx.resume()
    meter = startMicMeter(audioCtx, opened.stream, (rms) => {
      level.value = rms
      if (rms > peak.value) peak.value = rms
      // The verdict follows the live level: speaking after the first seconds still turns it green.
      if (mic.value.status !== 'pending') mic.value = { ...mic.value, status: microphoneStatus(peak.value) }
    })
    await new Promise((r) => setTimeout(r, METER_WARMUP_MS))
    mic.value = { status: microphoneStatus(peak.value), problem: null, size: null }
  }

  async function checkNetwork(): Promise<void> {
    try {
      const ticket = await deps.ticket()
      const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
      const url = `${scheme}://${location.host}${PREP_PING_PATH}?ticket=${encodeURIComponent(ticket)}`
      network.value = await runPing(url, PINGS, 2000)
    } catch {
      network.value = { sent: PINGS, received: 0, rttMs: null, jitterMs: null, lossPct: 100 }
    }
  }

  async function checkIce(): Promise<void> {
    if (deps.iceServers.length === 0 || !support.value?.webrtc) return
    try {
      ice.value = await gatherIce(deps.iceServers as RTCIceServer[], ICE_DEADLINE_MS)
    } catch {
      ice.value = { candidateTypes: [], reachable: false }
    }
  }

  return {
    running,
    ran,
    support,
    camera,
    mic,
    level,
    peak,
    network,
    ice,
    speaker,
    devices,
    chosen,
    checklist,
    attachVideo(el: HTMLVideoElement | null) {
      video = el
      if (el && camStream && el.srcObject !== camStream) el.srcObject = camStream
    },
    /** The whole run; safe to call again (it restarts every check). */
    async run(): Promise<void> {
      if (running.value) return
      running.value = true
      try {
        support.value = detectSupport()
        camera.value = { status: 'pending', problem: null, size: null }
        mic.value = { status: 'pending', problem: null, size: null }
        await checkCamera()
        await checkMic()
        devices.value = await listDevices(deps.deviceName).catch(() => devices.value)
        await Promise.all([checkNetwork(), checkIce()])
        ran.value = true
      } finally {
        running.value = false
      }
    },
    async rerunCamera() {
      await checkCamera()
    },
    async rerunMic() {
      await checkMic()
    },
    async playSound() {
      const ok = await playTone(ctx(), chosen.value.speaker)
      speaker.value = { played: true, heard: speaker.value.heard, sinkFailed: !ok }
    },
    answerHeard(heard: boolean) {
      speaker.value = { ...speaker.value, heard }
    },
    stop: stopMedia,
    /** What is saved: statuses and figures only. */
    summary(): PracticeSummary {
      const s = support.value ?? detectSupport()
      const net = network.value
      const verdict = net && net.rttMs !== null ? networkVerdict(net) : null
      const media = (m: MediaState): CheckStatus => (m.status === 'pending' ? 'skipped' : m.status)
      return {
        browser: {
          status: s.webrtc && s.getUserMedia && s.websocket ? 'pass' : 'fail',
          webrtc: s.webrtc,
          getUserMedia: s.getUserMedia,
          websocket: s.websocket,
        },
        camera: {
          status: media(camera.value),
          problem: camera.value.problem,
          width: camera.value.size?.width ?? null,
          height: camera.value.size?.height ?? null,
        },
        microphone: {
          status: media(mic.value),
          problem: mic.value.problem,
          peakLevel: Math.min(1, peak.value),
        },
        speaker: {
          status: speaker.value.heard === null ? 'skipped' : speaker.value.heard ? 'pass' : 'fail',
          heard: speaker.value.heard,
          sinkSelectable: s.setSinkId,
        },
        network: {
          status: net ? networkStatus(verdict) : 'skipped',
          rttMs: net?.rttMs ?? null,
          jitterMs: net?.jitterMs ?? null,
          lossPct: net?.lossPct ?? 0,
          verdict,
        },
        ice: {
          status: ice.value ? (ice.value.reachable ? 'pass' : 'fail') : 'skipped',
          configured: deps.iceServers.length > 0,
          candidateTypes: (ice.value?.candidateTypes ?? []).filter((t) =>
            ['host', 'srflx', 'prflx', 'relay'].includes(t),
          ),
        },
        checklist: checklist.value,
      }
    },
  }
}

export type PracticeModel = ReturnType<typeof createPracticeModel>
