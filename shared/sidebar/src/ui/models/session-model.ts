import { type Actor, docAccess } from '@mediation/core/domain'
import type { DocName, Language, MeResponse, SessionKind } from '@mediation/protocol'
import { computed, effect, type ReadonlySignal, signal } from '@preact/signals'
import * as Y from 'yjs'
import type { Api } from '../../client/api'
import { backoffDelay } from '../../client/backoff'
import type { DocStatus } from '../../client/doc-status'
import type { NetworkMonitor } from '../../client/network'
import type { PendingStore } from '../../client/pending-store'
import { createSessionClient, type SessionClient } from '../../client/session-client'
import type { MeetingHost } from '../../host/meeting-host'
import { loadTranslator, type Translate } from '../i18n/i18n'
import { loadNotes, loadOutbox } from '../lazy-views'
import { createActions } from './actions'
import { createAgreementModel, localSeenStore } from './agreement-model'
import { createBoardModel } from './board-model'
import { type CaucusNotesModel, createCaucusNotesModel } from './caucus-notes-model'
import { webAudioChime } from './chime'
import { createClock } from './clock'
import { createControlModel } from './control-model'
import { createEndNow } from './end-now-model'
import { createErrorsModel } from './errors-model'
import { measureTalkFromFloor } from './floor-talk'
import { createHandsModel, documentTitle, localFlag } from './hands-model'
import { bridgeHost } from './host-bridge'
import { newId } from './ids'
import type { NotesModel } from './notes-model'
import type { OutboxModel } from './outbox-model'
import { followPlatform } from './platform-follow'
import { createRecordsModel } from './records-model'
import { createStatusModel, type StatusModel } from './status-model'
import { createUndoModel } from './undo-model'

export interface SessionModelOptions {
  api: Api
  me: MeResponse
  sessionId: string
  serverUrl: string
  host: MeetingHost
  /** This instance's platform id, as host.start() resolved it. */
  selfHostId: string
  /** Whether host.start() said this instance is a platform moderator. */
  selfModerator?: boolean
  lang: Language
  /** The translate function for `lang`, already loaded. */
  t: Translate
  /** Tickets already asked for (beside `me`), used by the first sockets. */
  tickets?: Promise<string[]>
  network?: NetworkMonitor
  WebSocketPolyfill?: typeof WebSocket
  pending?: PendingStore | null
}

/** Whom this sidebar acts as: a participant from the invite, or the mediator resolved in the control doc. */
function actorSignal(
  me: MeResponse,
  participants: ReadonlySignal<{ id: string; role: string }[]>,
): ReadonlySignal<Actor> {
  return computed(() => {
    if (me.participant) {
      const p = me.participant
      return { participantId: p.id, role: p.role, sideId: p.sideId }
    }
    const id = me.mediator?.id ?? ''
    const inDoc =
      participants.value.find((p) => p.id === id) ?? participants.value.find((p) => p.role === 'mediator')
    return { participantId: inDoc?.id ?? id, role: 'mediator', sideId: null }
  })
}

/** Builds the whole sidebar state for one session: client, per-doc models, actions, host bridge. */
export function createSessionModel(o: SessionModelOptions) {
  const client: SessionClient = createSessionClient({
    api: o.api,
    serverUrl: o.serverUrl,
    sessionId: o.sessionId,
    ...(o.tickets ? { tickets: o.tickets } : {}),
    ...(o.network ? { network: o.network } : {}),
    ...(o.WebSocketPolyfill ? { WebSocketPolyfill: o.WebSocketPolyfill } : {}),
    pending: o.pending ?? null,
  })
  const lang = signal<Language>(o.lang)
  const t = signal<Translate>(o.t)
  // The words the translator speaks: a coaching session's own (coach, client) once its kind is known.
  let wordsOf: SessionKind = 'mediation'
  // Switching language loads that dictionary first, so the view never shows keys.
  const setLang = async (next: Language) => {
    try {
      const k = kind.peek()
      t.value = await loadTranslator(next, { kind: k })
      wordsOf = k
      lang.value = next
    } catch (err) {
      errors.report(err)
    }
  }
  const clock = createClock()
  const errors = createErrorsModel(() => t.value)
  const status = signal<DocStatus>(client.status())
  const isMediator = o.me.kind === 'mediator'
  const sideMember = o.me.participant?.role === 'party' || o.me.participant?.role === 'adviser'

  // Documents this role may not open at all (the secretariat's control, board and agreement) stay local and
  // empty, so the combined status never shows a 4403 for something the sidebar does not offer.
  const role = o.me.participant?.role ?? 'mediator'
  const mayOpen = (name: DocName) => docAccess(name, { participantId: '', role, sideId: null }) !== 'none'
  const controlConn = mayOpen('control') ? client.open('control') : null
  const control = createControlModel(controlConn?.doc ?? new Y.Doc(), clock.now)
  // Without `control` (the secretariat) the phase comes over REST, and so does the connection line.
  const phaseOnly: StatusModel | null = controlConn ? null : createStatusModel(o.api, o.sessionId)
  const actor = actorSignal(o.me, control.participants)
  // A participant knows the kind from the invite; the mediator once the control document has it.
  const kind = computed<SessionKind>(() => control.session.value?.kind ?? o.me.session?.kind ?? 'mediation')
  const agreementConn = mayOpen('agreement') ? client.open('agreement') : null
  const seenKey = `mediation.seen.${o.sessionId}.${o.me.participant?.id ?? o.me.mediator?.id ?? ''}`
  const agreement = createAgreementModel(
    agreementConn?.doc ?? new Y.Doc(),
    localSeenStore(seenKey),
    () => control.participants.value,
    () => control.session.value?.kind ?? 'mediation',
  )
  const privateDoc = sideMember && o.me.participant ? client.open(`private/${o.me.participant.id}`).doc : null
  // Caucus notes: a party's own side; the mediator opens every side's as sides appear.
  const caucusNotes = new Map<string, CaucusNotesModel>()
  const openCaucus = (sideId: string) => {
    if (caucusNotes.has(sideId)) return
    const conn = client.open(`caucus/${sideId}`)
    caucusNotes.set(
      sideId,
      createCaucusNotesModel(conn.doc, () => actor.value.participantId),
    )
  }
  const caucusSide = sideMember ? o.me.participant?.sideId : null
  if (caucusSide) openCaucus(caucusSide)
  // A party's own side's caucus document names the board items its side wrote (BOARD-14).
  // Only the mediator reads the ledger (ACCESS-1): its board names who proposed each party's item (BOARD-UI-1).
  const board = createBoardModel(
    mayOpen('board') ? client.open('board').doc : new Y.Doc(),
    caucusSide ? client.open(`caucus/${caucusSide}`).doc : null,
    isMediator && mayOpen('ledger') ? client.open('ledger').doc : null,
  )
  if (privateDoc && o.me.participant) board.addPrivate(o.me.participant.id, privateDoc)
  /** The Notes tab's model, from the lazy chunk (null until it is there; the secretariat reads no notes). */
  const notes = signal<NotesModel | null>(null)

  const stops: (() => void)[] = phaseOnly
    ? [
        effect(() => {
          status.value = phaseOnly.conn.value
        }),
        phaseOnly.dispose,
      ]
    : [client.subscribe((s) => (status.value = s))]
  stops.push(
    effect(() => {
      if (kind.value !== wordsOf) void setLang(lang.peek())
    }),
  )
  if (agreementConn) {
    stops.push(
      agreementConn.subscribe((s) => {
        if (s.state === 'synced') agreement.initSeen()
      }),
    )
  }
  if (isMediator) {
    // The mediator reads every party's private ratings (for the overlap) as parties join.
    stops.push(
      effect(() => {
        for (const p of control.participants.value) {
          if (p.role === 'party' || p.role === 'adviser')
            board.addPrivate(p.id, client.open(`private/${p.id}`).doc)
        }
      }),
      effect(() => {
        for (const s of control.sides.value) openCaucus(s.id)
      }),
    )
  }
  // BOARD-UI-2: a party's board commands wait in an outbox while the connection is down (it comes with the lazy
  // chunk; until then they go straight out).
  const outboxModel = signal<OutboxModel | null>(null)
  const participant = sideMember ? o.me.participant : undefined
  const outbox = participant
    ? loadOutbox().then(
        (start) => {
          const box = start({
            api: o.api,
            sessionId: o.sessionId,
            participantId: participant.id,
            client,
            newKey: newId,
            retryDelay: (n) => backoffDelay(n, 1000, 30_000),
          })
          stops.push(box.dispose)
          outboxModel.value = box
          return box.box
        },
        () => null,
      )
    : Promise.resolve(null)
  const bridge = bridgeHost({
    host: o.host,
    actor,
    control,
    client,
    isMediator,
    selfHostId: o.selfHostId,
    selfModerator: o.selfModerator ?? false,
  })
  stops.push(bridge.stop)
  // The secretariat reads no control document: it follows nothing.
  if (controlConn) stops.push(followPlatform({ host: o.host, control, actor, isMediator, errors }))
  // The mediator may mute everyone but the floor holder on each grant: offered only where the platform can
  // and this instance moderates there; off until the mediator turns it on.
  const canMuteOthers = computed(
    () => isMediator && bridge.moderator.value && o.host.capabilities().muteOthers,
  )
  /** PRESENCE-1: who is connected now (the control document's server-stamped awareness), this reader included. */
  const present = signal<ReadonlySet<string>>(new Set())
  if (controlConn) {
    const update = (ids: string[]) => (present.value = new Set([...ids, actor.value.participantId]))
    update(controlConn.presence())
    stops.push(controlConn.onPresence(update))
  }
  // TALK-7: no speaker detection on this platform (one screen): the mediator's sidebar measures from the floor.
  if (isMediator && controlConn)
    stops.push(measureTalkFromFloor({ host: o.host, control, mediatorId: actor.value.participantId }))
  // UNDO-1: the mediator's own edits on the board and the agreement can be taken back (nobody else's).
  const undo = isMediator
    ? {
        board: createUndoModel(board.doc, actor.value.participantId),
        agreement: createUndoModel(agreement.doc, actor.value.participantId),
      }
    : null
  if (undo) stops.push(undo.board.dispose, undo.agreement.dispose)
  const muteOnGrant = signal(false)
  /** The time limit the mediator gives a turn, in minutes (0: none): the Turns tab sets it, the strip uses it. */
  const turnLimitMin = signal(3)
  // Hands already up when the control document first syncs are not announced: only new ones are.
  const controlSynced = signal(controlConn?.status().state === 'synced')
  if (controlConn)
    stops.push(
      controlConn.subscribe((s) => {
        if (s.state === 'synced') controlSynced.value = true
      }),
    )
  const hands = createHandsModel({
    queue: control.queue,
    nameOf: control.nameOf,
    t,
    lang,
    synced: controlSynced,
    alert: isMediator,
    title: documentTitle(),
    chime: webAudioChime(),
    // Per device, not per session: whether this computer may make a sound.
    chimeFlag: localFlag('mediation.handChime'),
  })
  stops.push(hands.dispose)
  const actions = createActions({
    actor,
    control: control.doc,
    board: board.doc,
    agreement: agreement.doc,
    privateDoc,
    client,
    host: o.host,
    hostIdsOf: bridge.hostIdsOf,
    muteOnGrant: () => canMuteOthers.value && muteOnGrant.value,
    nameOf: (id) => control.nameOf.value(id),
    errors,
    outbox: () => outbox,
  })
  let disposed = false
  if (controlConn) {
    void loadNotes().then(
      (create) => {
        if (disposed) return
        const model = create({ api: o.api, sessionId: o.sessionId })
        stops.push(model.dispose)
        // NOTES-2: the documents this reader syncs say when a note it may read changed.
        model.watch(controlConn.doc)
        if (caucusSide) model.watch(client.open(`caucus/${caucusSide}`).doc)
        if (isMediator) {
          if (mayOpen('ledger')) model.watch(client.open('ledger').doc)
          const watched = new Set<string>()
          stops.push(
            effect(() => {
              for (const s of control.sides.value) {
                if (watched.has(s.id)) continue
                watched.add(s.id)
                model.watch(client.open(`caucus/${s.id}`).doc)
              }
            }),
          )
        }
        notes.value = model
        void model.load().catch(() => {})
      },
      () => {},
    )
  }
  const safety = createEndNow({
    api: o.api,
    sessionId: o.sessionId,
    host: o.host,
    closeAll: () => client.destroy(),
  })

  return {
    me: o.me,
    sessionId: o.sessionId,
    /** The mediator's downloads of the record (the server refuses the time log to everyone else). */
    records: createRecordsModel(o.api, o.sessionId),
    host: o.host,
    lang,
    setLang,
    t,
    /** The session's kind: a coaching session shows no caucus, board or settlement (COACH-1). */
    kind,
    now: clock.now,
    status,
    errors,
    actor,
    isMediator,
    canMuteOthers,
    muteOnGrant,
    turnLimitMin,
    undo,
    present,
    roster: bridge.roster,
    hands,
    control,
    /** Set when the sidebar may not read `control` (the secretariat): phase and title from the server. */
    phaseOnly,
    board,
    /** BOARD-UI-2: this party's board outbox, once loaded. */
    outbox: outboxModel,
    agreement,
    notes,
    caucusNotes,
    /** SAFETY-6: a party's "end now" (the mediator's overview loads with its panel). */
    safety,
    api: o.api,
    actions,
    client,
    /** The platform joined after the sidebar opened (MountOptions.hostInBackground). */
    hostStarted: bridge.setSelf,
    dispose() {
      for (const stop of stops) stop()
      clock.dispose()
      control.dispose()
      board.dispose()
      agreement.dispose()
      disposed = true
      for (const c of caucusNotes.values()) c.dispose()
      client.destroy()
    },
  }
}
export type SessionModel = ReturnType<typeof createSessionModel>
