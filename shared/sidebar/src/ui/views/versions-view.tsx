/**
 * The saved versions of the agreement and where each stands per side. A sign button appears only where signing
 * can succeed: the current text (SIGN-2), not locked (SIGN-5), not signed by me yet, and for the mediator only
 * once every side's party signed (SIGN-4). Signing is the one ceremony (SIGN-16): typed name, consent, confirm.
 */
import type { AgreementVersion, Participant, Side, VersionSignoffs } from '@mediation/core/domain'
import { formatList, type Translate } from '../i18n/i18n'
import { Hint } from '../kit/section'
import { SignCeremony, signRefusal } from '../kit/sign-ceremony'

export interface VersionsProps {
  versions: AgreementVersion[]
  signoffs: VersionSignoffs[]
  draftHash: string
  locked: boolean
  myId: string
  isMediator: boolean
  sides: Side[]
  participants: Participant[]
  lang: 'nl' | 'en'
  t: Translate
  /** SIGN-16: signs with the typed name; resolves null when recorded, else the refusal's code and sentence. */
  onSign?:
    | ((
        versionId: string,
        hash: string,
        typedName: string,
      ) => Promise<{ code?: string; text: string } | null>)
    | undefined
}

export function VersionList(p: VersionsProps) {
  return (
    <ul class="list">
      {p.versions.map((v) => (
        <VersionCard key={v.id} v={v} s={p.signoffs.find((x) => x.versionId === v.id)} {...p} />
      ))}
    </ul>
  )
}

function VersionCard(p: VersionsProps & { v: AgreementVersion; s: VersionSignoffs | undefined }) {
  const { v, s, t } = p
  const current = v.hash === p.draftHash
  const mine = s?.valid.some((x) => x.participantId === p.myId) ?? false
  const missing = p.sides.filter((side) => !s?.sidesSigned.includes(side.id))
  const signers = (sideId: string) =>
    (s?.valid ?? []).filter((x) => x.sideId === sideId).map((x) => nameOf(p.participants, x.participantId))
  const mayTry = current && !p.locked && !mine && p.onSign !== undefined
  return (
    <li class="card" data-testid="version" data-current={String(current)}>
      <span class="card-title">{v.name}</span>
      {!current ? <Hint>{t('agreement.outdated')}</Hint> : null}
      {/* An outdated version can no longer be signed: its per-side status would only be noise. */}
      {current ? (
        <ul class="list sign-sides" data-testid="sign-sides">
          {p.sides.map((side) => {
            const names = signers(side.id)
            const done = s?.sidesSigned.includes(side.id) ?? false
            return (
              <li key={side.id} class={done ? 'hint hint-ok' : 'hint hint-muted'} data-side={side.id}>
                {names.length > 0
                  ? t(done ? 'agreement.sideSigned' : 'agreement.sidePartly', {
                      side: side.name,
                      names: formatList(names, p.lang),
                    })
                  : t('agreement.sideMissing', { side: side.name })}
              </li>
            )
          })}
        </ul>
      ) : null}
      {s?.voided.length ? (
        <span class="card-meta">{t('agreement.voided', { n: s.voided.length })}</span>
      ) : null}
      {s?.allSidesSigned && !s.countersigned ? <Hint tone="ok">{t('agreement.allSigned')}</Hint> : null}
      {s?.countersigned ? <Hint tone="ok">{t('agreement.countersigned')}</Hint> : null}
      {mine && !s?.countersigned ? <Hint tone="ok">{t('agreement.youSigned')}</Hint> : null}
      {mayTry && p.isMediator && missing.length > 0 ? (
        <Hint>
          {t('agreement.countersignWait', {
            sides: formatList(
              missing.map((x) => x.name),
              p.lang,
            ),
          })}
        </Hint>
      ) : null}
      {mayTry && (!p.isMediator || missing.length === 0) ? (
        <SignCeremony
          lang={p.lang}
          label={t(p.isMediator ? 'agreement.countersign' : 'agreement.sign', { name: v.name })}
          what={v.name}
          inviteName={nameOf(p.participants, p.myId)}
          consent={t('agreement.consent')}
          onSign={async (typed) => {
            const refused = (await p.onSign?.(v.id, v.hash, typed)) ?? null
            return refused === null ? null : signRefusal(refused.code, refused.text, p.lang)
          }}
          testId="sign"
        />
      ) : null}
    </li>
  )
}

function nameOf(participants: readonly Participant[], id: string): string {
  return participants.find((x) => x.id === id)?.name ?? id
}
