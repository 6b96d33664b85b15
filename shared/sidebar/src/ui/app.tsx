import {
  AGREEMENT_KINDS,
  agreementKindsFor,
  allowedPhases,
  hasReflectionClause,
  type Participant,
  type Side,
  sessionPhases,
} from '@mediation/core/domain'
import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { Translate } from './i18n/i18n'
import { Button } from './kit/button'
import { Tabs } from './kit/tabs'
import {
  AgreementView,
  BoardPanel,
  CaucusView,
  CoachingPanel,
  EndingPanel,
  FloorStrip,
  MeetingBar,
  NotesPanel,
  PresenceView,
  preloadViews,
  RecordsView,
  SafetyPanel,
  TalkView,
} from './lazy-views'
import { describeError, errorCode } from './models/errors-model'
import type { SessionModel } from './models/session-model'
import type { UndoModel } from './models/undo-model'
import { sideColours } from './side-colours'
import { CaucusBanner } from './views/caucus-banner'
import { CaucusNotes } from './views/caucus-notes'
import { EndedView, EndNowButton, typedText } from './views/end-now'
import { ErrorsView } from './views/errors-view'
import { HandsLive } from './views/hands-live'
import { PhaseBar } from './views/phase-bar'
import { RulesView } from './views/rules-view'
import { TopBar } from './views/top-bar'
import { TurnsView } from './views/turns-view'

/** SIGN-10: the kinds that carry the statutory reflection clause, for the (domain-free) agreement view. */
const REFLECTION_KINDS = AGREEMENT_KINDS.filter(hasReflectionClause)

type TabId = 'rules' | 'turns' | 'caucus' | 'board' | 'agreement' | 'coaching' | 'notes'

/** The sidebar: reads the session model's signals and hands plain values and callbacks to pure views. */
export function App({ m }: { m: SessionModel }) {
  const t = m.t.value
  const lang = m.lang.value
  const c = m.control
  const actor = m.actor.value
  const sideMember = actor.role === 'party' || actor.role === 'adviser'
  const mustAccept = sideMember && c.rulesStatus.value.pending.includes(actor.participantId)
  const coaching = m.kind.value === 'coaching'
  // Parties start on the ground rules (they accept them first); the mediator on turns.
  const tab = useSignal<TabId>(sideMember ? 'rules' : 'turns')
  useEffect(preloadViews, [])
  const tabs: { id: TabId; label: string; badge?: string | undefined }[] = [
    { id: 'rules', label: t('tab.rules'), badge: mustAccept ? '!' : undefined },
    // Everyone sees how many hands wait, from any tab (HANDS-1).
    {
      id: 'turns',
      label: t('tab.turns'),
      badge: m.hands.count.value ? String(m.hands.count.value) : undefined,
    },
    // COACH-1: a coaching session has no caucus, option board or settlement draft.
    ...(coaching
      ? [{ id: 'coaching' as const, label: t('tab.coaching') }]
      : [
          ...(m.isMediator ? [{ id: 'caucus' as const, label: t('tab.caucus') }] : []),
          { id: 'board' as const, label: t('tab.board') },
          {
            id: 'agreement' as const,
            label: t('tab.agreement'),
            badge:
              !m.isMediator && m.agreement.changes.value.size
                ? String(m.agreement.changes.value.size)
                : undefined,
          },
        ]),
    { id: 'notes', label: t('tab.notes') },
  ]
  const myRoom = actor.sideId ? (c.caucus.value.rooms[actor.participantId] ?? 'main') : 'main'
  const name = m.me.participant?.name ?? m.me.mediator?.name ?? ''
  // The secretariat reads no document: its phase and title come from the status endpoint.
  const served = m.phaseOnly?.status.value
  const archived = c.session.value?.archived === true
  // SAFETY-6: after "end now" nothing of the session stays on a party's screen.
  if (m.safety.exited.value) return <EndedView t={t} lang={lang} hungUp={m.safety.hungUp.value} />
  const phase = served?.phase ?? c.phase.value
  const ended = phase === 'closed' || phase === 'aftercare'
  // SAFETY-8: a party's text, as committed in any field (Enter, or leaving it), is checked for its code word.
  const check = (target: EventTarget | null) => {
    const text = typedText(target)
    if (text !== null) m.safety.checkWord(text)
  }
  const wordWatch = sideMember
    ? {
        onKeyDownCapture: (e: KeyboardEvent) => {
          if (e.key === 'Enter') check(e.target)
        },
        onChangeCapture: (e: Event) => check(e.target),
      }
    : {}
  return (
    <div class="med-sidebar" lang={lang} data-testid="sidebar" {...wordWatch}>
      <TopBar
        title={served?.title ?? c.session.value?.title ?? m.me.session?.title ?? ''}
        name={name}
        role={actor.role}
        status={m.status.value}
        lang={lang}
        onLang={(l) => void m.setLang(l)}
        t={t}
      />
      <PhaseBar
        phase={phase}
        next={m.isMediator && !archived ? allowedPhases(c.phase.value, m.kind.value) : []}
        onMove={m.actions.setPhase}
        phases={sessionPhases(m.kind.value)}
        t={t}
      />
      {/* Parties only see a pause (the secretariat reads no document, so it never sees one). */}
      {m.isMediator || c.meeting.value.status === 'paused' ? (
        <MeetingBar
          meeting={c.meeting.value}
          mediator={m.isMediator && !archived}
          lang={lang}
          onStart={m.actions.startMeeting}
          onPause={m.actions.pauseMeeting}
          onResume={m.actions.resumeMeeting}
          onEnd={m.actions.endMeeting}
          t={t}
        />
      ) : null}
      {m.isMediator && !archived ? (
        <SafetyPanel
          api={m.api}
          sessionId={m.sessionId}
          errors={m.errors}
          shuttle={c.shuttle.value}
          people={c.participants.value}
          lang={lang}
          t={t}
          onShuttle={(on) => void m.actions.setShuttle(on)}
        />
      ) : null}
      {sideMember && c.shuttle.value ? (
        <div class="banner" role="status" data-testid="shuttle-notice">
          {t('safety.shuttleNotice')}
        </div>
      ) : null}
      {ended || (m.isMediator && !archived) ? <EndingPanel m={m} phase={phase} t={t} /> : null}
      {sideMember ? <CaucusBanner caucus={c.caucus.value} myRoom={myRoom} lang={lang} t={t} /> : null}
      {/* Caucus notes only for a side that is in this caucus (a side left out has none to keep). */}
      {sideMember &&
      actor.sideId &&
      c.caucus.value.status === 'active' &&
      c.caucus.value.plannedSides.includes(actor.sideId) ? (
        <SideCaucusNotes m={m} sideId={actor.sideId} />
      ) : null}
      {archived ? (
        <div class="banner banner-wait" role="status" data-testid="archived">
          {t('app.archived')}
        </div>
      ) : null}
      <ErrorsView errors={m.errors.list.value} onDismiss={m.errors.dismiss} t={t} />
      {m.isMediator ? <HandsLive said={m.hands.announcement.value} /> : null}
      {actor.role === 'secretariat' ? (
        <p class="hint hint-muted">{t('app.secretariat')}</p>
      ) : (
        <>
          {tab.value !== 'turns' && !archived ? <Strip m={m} /> : null}
          <Tabs items={tabs} active={tab.value} onSelect={(id) => (tab.value = id)} label={t('app.tabs')} />
          <div
            class="panel-host"
            id={`panel-${tab.value}`}
            role="tabpanel"
            aria-labelledby={`tab-${tab.value}`}
            tabIndex={-1}
          >
            {/* SESSION-6: archived, everything stays readable and nothing can be changed (the server refuses it too). */}
            <fieldset class="panel-fieldset" disabled={archived}>
              <Panel id={tab.value} m={m} onTab={(id) => (tab.value = id)} />
            </fieldset>
            {tab.value === 'notes' && m.isMediator ? (
              <RecordsView
                busy={m.records.busy.value}
                errors={m.records.errors.value}
                coaching={coaching}
                lang={lang}
                t={t}
                onDownload={(item) => void m.records.download(item)}
              />
            ) : null}
          </div>
          {sideMember ? <EndNowButton t={t} onEnd={m.safety.endNow} /> : null}
        </>
      )}
    </div>
  )
}

function Panel({ id, m, onTab }: { id: TabId; m: SessionModel; onTab: (id: TabId) => void }) {
  const t = m.t.value
  const c = m.control
  const a = m.actions
  const actor = m.actor.value
  const me = actor.role === 'party' || actor.role === 'adviser'
  switch (id) {
    case 'rules':
      return (
        <RulesView
          rules={c.rules.value}
          status={c.rulesStatus.value}
          lang={m.lang.value}
          t={t}
          nameOf={c.labelOf.value}
          onEdit={m.isMediator ? a.editRules : undefined}
          onAskAgain={m.isMediator ? a.askRulesAgain : undefined}
          me={
            me
              ? {
                  id: actor.participantId,
                  onAccept: () => void a.acceptRules(c.rules.value.version, c.rules.value.hash),
                }
              : undefined
          }
        />
      )
    case 'turns':
      return (
        <>
          <TurnsView
            queue={c.queue.value}
            colourOf={colourOfParticipant(c.participants.value, c.sides.value)}
            floor={c.floor.value}
            now={m.now.value}
            nameOf={c.labelOf.value}
            t={t}
            mediator={
              m.isMediator
                ? {
                    onGrant: (pid, limitMs) => void a.grantFloor(pid, limitMs),
                    onEnd: a.endFloor,
                    onLower: (pid) => void a.lowerHand(pid),
                    limitMin: m.turnLimitMin.value,
                    onLimit: (min) => (m.turnLimitMin.value = min),
                    muteOnGrant: m.canMuteOthers.value
                      ? { on: m.muteOnGrant.value, onToggle: (on) => (m.muteOnGrant.value = on) }
                      : undefined,
                    chime: { on: m.hands.chimeOn.value, onToggle: m.hands.setChime },
                    balance:
                      c.sides.value.length > 1
                        ? {
                            on: c.queueMode.value === 'sides',
                            onToggle: (on) => void a.setQueueMode(on ? 'sides' : 'arrival'),
                            turns: c.sides.value.map((s) => ({
                              name: s.name,
                              n: c.turnsPerSide.value[s.id] ?? 0,
                            })),
                          }
                        : undefined,
                  }
                : undefined
            }
            me={
              me
                ? {
                    id: actor.participantId,
                    closed: c.phase.value === 'closed',
                    onRaise: () => void a.raiseHand(),
                    onLower: () => void a.lowerHand(),
                  }
                : undefined
            }
          />
          <PresenceView
            participants={c.participants.value}
            sides={c.sides.value}
            present={m.present.value}
            roster={m.isMediator && m.roster.value.length > 0 ? m.roster.value : undefined}
            t={t}
          />
          {m.isMediator ? (
            <TalkView
              fromFloor={!m.host.capabilities().activeSpeaker}
              marking={
                m.host.capabilities().activeSpeaker
                  ? undefined
                  : { current: c.speakerMark.value, onMark: a.markSpeaker }
              }
              talk={c.talk.value}
              sides={c.sides.value}
              participants={c.participants.value}
              interruptions={c.interruptions.value}
              nameOf={c.labelOf.value}
              lang={m.lang.value}
              t={t}
              coaching={m.kind.value === 'coaching'}
            />
          ) : null}
        </>
      )
    case 'caucus':
      return (
        <>
          <CaucusView
            caucus={c.caucus.value}
            sides={c.sides.value}
            participants={c.participants.value}
            lang={m.lang.value}
            t={t}
            roomsSupported={m.host.capabilities().rooms}
            onPlan={a.planCaucus}
            onStart={() =>
              a.startCaucus(c.sides.value.filter((s) => c.caucus.value.plannedSides.includes(s.id)))
            }
            onMove={a.moveMediator}
            onEnd={a.endCaucus}
          />
          {c.caucus.value.mediatorRoom !== 'main' ? (
            <SideCaucusNotes m={m} sideId={c.caucus.value.mediatorRoom} />
          ) : null}
        </>
      )
    case 'board':
      return (
        <>
          {m.undo ? <UndoBar undo={m.undo.board} t={t} /> : null}
          <BoardPanel m={m} t={t} onShowAgreement={() => onTab('agreement')} />
        </>
      )
    case 'agreement':
      return (
        <>
          {m.undo ? <UndoBar undo={m.undo.agreement} t={t} /> : null}
          <AgreementView
            draft={m.agreement.draft.value}
            locked={m.agreement.locked.value}
            versions={m.agreement.versions.value}
            signoffs={m.agreement.signoffs.value}
            changes={m.agreement.changes.value}
            myId={actor.participantId}
            isMediator={m.isMediator}
            sides={c.sides.value}
            participants={c.participants.value}
            lang={m.lang.value}
            t={t}
            onMarkSeen={() => m.agreement.markSeen()}
            agreements={m.agreement.agreements.value}
            kinds={agreementKindsFor(c.session.value?.kind ?? 'mediation')}
            reflectionKinds={REFLECTION_KINDS}
            mediator={
              m.isMediator
                ? {
                    onKind: a.setAgreementKind,
                    onConsiderations: a.setConsiderations,
                    onPlaceAndDate: a.setPlaceAndDate,
                    onStart: a.startAgreement,
                  }
                : undefined
            }
            onParticulars={
              m.isMediator || actor.role === 'party' ? (id, v) => void a.setParticulars(id, v) : undefined
            }
            editor={
              m.isMediator
                ? {
                    onAdd: a.addClause,
                    onEdit: a.editClause,
                    onMove: a.moveClause,
                    onRemove: a.removeClause,
                    onSaveVersion: a.saveVersion,
                  }
                : undefined
            }
            onSign={
              actor.role !== 'secretariat'
                ? async (vid, hash, typed) => {
                    const err = await a.sign(vid, hash, typed)
                    if (err === null) return null
                    const code = errorCode(err)
                    return { ...(code ? { code } : {}), text: describeError(err, t) }
                  }
                : undefined
            }
          />
        </>
      )
    case 'coaching':
      return <CoachingPanel m={m} t={t} />
    case 'notes':
      return <NotesPanel m={m} t={t} />
  }
}

/** SIDES-UI-1: each participant's side colour (none without a side), built once per render. */
function colourOfParticipant(participants: Participant[], sides: Side[]) {
  const colours = sideColours(sides)
  const sideOf = new Map(participants.map((p) => [p.id, p.sideId]))
  return (id: string) => {
    const sideId = sideOf.get(id)
    return sideId ? colours.get(sideId) : undefined
  }
}

/** TURNS-UI-2: the floor, who is next and the one-click moves, above every tab but Turns. */
function Strip({ m }: { m: SessionModel }) {
  const c = m.control
  const a = m.actions
  const actor = m.actor.value
  const sideMember = actor.role === 'party' || actor.role === 'adviser'
  const queued = c.queue.value.some((q) => q.participantId === actor.participantId)
  const floor = c.floor.value
  return (
    <FloorStrip
      phase={c.phase.value}
      floor={floor}
      queue={c.queue.value}
      caucus={c.caucus.value}
      sides={c.sides.value}
      now={m.now.value}
      nameOf={c.labelOf.value}
      t={m.t.value}
      myId={sideMember ? actor.participantId : null}
      me={
        sideMember
          ? {
              queued,
              canRaise: floor?.holderId !== actor.participantId,
              onRaise: () => void a.raiseHand(),
              onLower: () => void a.lowerHand(),
            }
          : undefined
      }
      mediator={
        m.isMediator
          ? {
              onGrantNext: (pid) => void a.grantFloor(pid, m.turnLimitMin.value * 60_000 || null),
              onEnd: a.endFloor,
              onCaucusWith:
                m.kind.value === 'coaching'
                  ? undefined
                  : (sideId) => {
                      const side = c.sides.value.find((s) => s.id === sideId)
                      if (side && a.planCaucus([sideId])) a.startCaucus([side])
                    },
              onBackToJoint: a.endCaucus,
            }
          : undefined
      }
    />
  )
}

/** UNDO-1: the mediator takes back (or redoes) their own last edit in this tab's document. */
function UndoBar({ undo, t }: { undo: UndoModel; t: Translate }) {
  return (
    <div class="undo-bar">
      <Button kind="quiet" onClick={undo.undo} disabled={!undo.canUndo.value} testId="undo">
        {t('undo.undo')}
      </Button>
      <Button kind="quiet" onClick={undo.redo} disabled={!undo.canRedo.value} testId="redo">
        {t('undo.redo')}
      </Button>
    </div>
  )
}

function SideCaucusNotes({ m, sideId }: { m: SessionModel; sideId: string }) {
  const notes = m.caucusNotes.get(sideId)
  return notes ? <CaucusNotes text={notes.text.value} onEdit={notes.edit} t={m.t.value} /> : null
}
