/** The device and network check: camera preview, live microphone meter, test tone, network and checklist. */
import type { Language } from '@mediation/core/domain'
import { CHECKLIST_ITEMS, mediaAdvice, overallStatus, type PracticeRecord } from '@mediation/core/prep'
import { Button } from '@mediation/sidebar/ui/kit/button'
import { Select } from '@mediation/sidebar/ui/kit/fields'
import type { PracticeModel } from './practice-model'
import { StatusLine } from './status-line'
import { type PageText, when } from './strings'

export interface PracticeViewProps {
  model: PracticeModel
  t: PageText
  lang: Language
  history: PracticeRecord[]
  savedAt: string | null
  saving: boolean
  onSave: () => void
  meetingHref: string
}

export function PracticeView({
  model: m,
  t,
  lang,
  history,
  savedAt,
  saving,
  onSave,
  meetingHref,
}: PracticeViewProps) {
  const cam = m.camera.value
  const mic = m.mic.value
  const net = m.network.value
  const overall = m.ran.value ? overallStatus(m.summary()) : null
  return (
    <div class="prep-practice">
      <p class="hint hint-muted">{t('privacy')}</p>
      <div class="row">
        <Button
          kind="primary"
          onClick={() => void m.run()}
          disabled={m.running.value}
          testId="practice-start"
        >
          {m.running.value ? t('running') : m.ran.value ? t('again') : t('start')}
        </Button>
        {m.ran.value ? (
          <Button kind="quiet" onClick={m.stop}>
            {t('stop')}
          </Button>
        ) : null}
      </div>
      {overall ? (
        <p
          class={`banner banner-${overall}`}
          role="status"
          data-testid="practice-overall"
          data-status={overall}
        >
          {overall === 'pass' ? t('overallPass') : overall === 'warn' ? t('overallWarn') : t('overallFail')}
        </p>
      ) : null}
      <div class="prep-grid">
        <div class="prep-media">
          <video class="prep-video" ref={m.attachVideo} muted playsInline autoPlay aria-label={t('camera')} />
          <label class="meter-label">
            {t('level')}
            <meter
              class="meter"
              min={0}
              max={100}
              low={4}
              value={Math.round(Math.min(1, m.level.value * 4) * 100)}
              data-testid="mic-level"
              data-level={m.level.value.toFixed(4)}
              data-peak={m.peak.value.toFixed(4)}
            />
          </label>
          <DevicePickers m={m} t={t} />
        </div>
        <div class="prep-checks">
          <StatusLine
            label={t('browser')}
            status={m.support.value ? (browserOk(m) ? 'pass' : 'fail') : 'pending'}
            t={t}
            testId="check-browser"
          >
            {m.support.value ? (browserOk(m) ? t('browserOk') : t('browserBad', { what: missing(m) })) : null}
          </StatusLine>
          <StatusLine label={t('camera')} status={cam.status} t={t} testId="check-camera">
            {cam.problem ? (
              <span data-testid="camera-advice">{mediaAdvice(cam.problem, 'camera', lang)}</span>
            ) : cam.status === 'pass' && cam.size ? (
              t('cameraOk', { w: cam.size.width, h: cam.size.height })
            ) : cam.status === 'fail' ? (
              t('cameraNoFrames')
            ) : null}
          </StatusLine>
          <StatusLine label={t('microphone')} status={mic.status} t={t} testId="check-mic">
            {mic.problem ? (
              <span data-testid="mic-advice">{mediaAdvice(mic.problem, 'microphone', lang)}</span>
            ) : mic.status === 'pass' ? (
              t('micOk')
            ) : mic.status === 'warn' ? (
              t('micQuiet')
            ) : null}
          </StatusLine>
          <SpeakerCheck m={m} t={t} />
          <StatusLine
            label={t('network')}
            status={net ? m.summary().network.status : 'pending'}
            t={t}
            testId="check-network"
          >
            {net ? <NetworkText m={m} t={t} /> : null}
          </StatusLine>
          <StatusLine
            label={t('ice')}
            status={
              m.ice.value ? (m.ice.value.reachable ? 'pass' : 'fail') : m.ran.value ? 'skipped' : 'pending'
            }
            t={t}
            testId="check-ice"
          >
            {m.ice.value
              ? m.ice.value.reachable
                ? t('iceOk', { types: m.ice.value.candidateTypes.join(', ') })
                : t('iceFail')
              : m.ran.value
                ? t('iceSkipped')
                : null}
          </StatusLine>
        </div>
      </div>
      <fieldset class="prep-checklist">
        <legend>{t('checklist')}</legend>
        {CHECKLIST_ITEMS.map((item) => (
          <label key={item} class="check-item">
            <input
              type="checkbox"
              checked={m.checklist.value[item]}
              data-testid={`checklist-${item}`}
              onChange={(e) => {
                m.checklist.value = {
                  ...m.checklist.value,
                  [item]: (e.currentTarget as HTMLInputElement).checked,
                }
              }}
            />
            <span>{t(item)}</span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <Button
          kind="primary"
          onClick={onSave}
          disabled={!m.ran.value || saving || m.running.value}
          testId="practice-save"
        >
          {t('save')}
        </Button>
        <a class="btn" href={meetingHref} data-testid="practice-meeting">
          {t('practiceMeeting')}
        </a>
      </div>
      <p class="hint hint-muted">{t('practiceMeetingHint')}</p>
      {savedAt ? (
        <p class="hint hint-ok" role="status" data-testid="practice-saved">
          {t('saved', { when: when(savedAt, lang) })}
        </p>
      ) : null}
      {history.length > 0 ? (
        <details class="prep-history">
          <summary>
            {t('history')} ({history.length})
          </summary>
          <ul class="list">
            {history
              .slice()
              .reverse()
              .map((r) => (
                <li key={r.at}>
                  {when(r.at, lang)} — {t(overallStatus(r.summary))}
                </li>
              ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}

const browserOk = (m: PracticeModel) => {
  const s = m.support.value
  return Boolean(s?.webrtc && s.getUserMedia && s.websocket)
}
const missing = (m: PracticeModel) => {
  const s = m.support.value
  return [!s?.webrtc && 'WebRTC', !s?.getUserMedia && 'getUserMedia', !s?.websocket && 'WebSocket']
    .filter(Boolean)
    .join(', ')
}

function NetworkText({ m, t }: { m: PracticeModel; t: PageText }) {
  const net = m.network.value!
  if (net.rttMs === null) return <span>{t('networkNone')}</span>
  const verdict = m.summary().network.verdict
  return (
    <span>
      {t('networkResult', { rtt: net.rttMs, jitter: net.jitterMs ?? 0, loss: net.lossPct })}{' '}
      {verdict === 'good' ? t('networkGood') : verdict === 'fair' ? t('networkFair') : t('networkPoor')}
    </span>
  )
}

function SpeakerCheck({ m, t }: { m: PracticeModel; t: PageText }) {
  const sp = m.speaker.value
  const status = sp.heard === null ? 'pending' : sp.heard ? 'pass' : 'fail'
  return (
    <StatusLine label={t('speaker')} status={status} t={t} testId="check-speaker">
      <div class="row">
        <Button onClick={() => void m.playSound()} testId="speaker-play">
          {t('speakerPlay')}
        </Button>
      </div>
      {sp.played ? (
        <fieldset class="row plain">
          <legend>{t('speakerQuestion')}</legend>
          <Button onClick={() => m.answerHeard(true)} pressed={sp.heard === true} testId="speaker-yes">
            {t('yes')}
          </Button>
          <Button onClick={() => m.answerHeard(false)} pressed={sp.heard === false} testId="speaker-no">
            {t('no')}
          </Button>
        </fieldset>
      ) : null}
      {sp.heard === true ? (
        <span>{t('speakerHeard')}</span>
      ) : sp.heard === false ? (
        <span>{t('speakerNotHeard')}</span>
      ) : null}
      {sp.sinkFailed ? <span class="hint hint-warn">{t('speakerSinkFailed')}</span> : null}
      {m.support.value && !m.support.value.setSinkId ? (
        <span class="hint hint-muted">{t('speakerNoChoice')}</span>
      ) : null}
    </StatusLine>
  )
}

function DevicePickers({ m, t }: { m: PracticeModel; t: PageText }) {
  const d = m.devices.value
  const opts = (list: { deviceId: string; label: string }[]) => [
    { value: '', label: t('defaultDevice') },
    ...list.map((x) => ({ value: x.deviceId, label: x.label })),
  ]
  const c = m.chosen.value
  return (
    <div class="prep-devices">
      <Select
        label={t('cameraChoice')}
        value={c.camera ?? ''}
        options={opts(d.cameras)}
        testId="pick-camera"
        onChange={(v) => {
          m.chosen.value = { ...c, camera: v || null }
          void m.rerunCamera()
        }}
      />
      <Select
        label={t('micChoice')}
        value={c.mic ?? ''}
        options={opts(d.microphones)}
        testId="pick-mic"
        onChange={(v) => {
          m.chosen.value = { ...c, mic: v || null }
          void m.rerunMic()
        }}
      />
      <Select
        label={t('speakerChoice')}
        value={c.speaker ?? ''}
        options={opts(d.speakers)}
        testId="pick-speaker"
        disabled={!m.support.value?.setSinkId}
        onChange={(v) => {
          m.chosen.value = { ...c, speaker: v || null }
        }}
      />
    </div>
  )
}
