/** One mounted Jitsi meeting (react-sdk under preact/compat). Re-keyed per room; its unmount disposes the API. */
import { JaaSMeeting, JitsiMeeting } from '@jitsi/react-sdk'
import type { Language } from '@mediation/core/domain'
import type { JitsiRoomResponse } from '@mediation/protocol'
import { useEffect, useMemo, useRef } from 'preact/hooks'
import type { JitsiHost } from './host'
import { TEXT } from './i18n'
import type { JitsiApi } from './jitsi-api'
import { hardenedConfig } from './meeting-config'

export interface MeetingProps {
  room: JitsiRoomResponse
  host: JitsiHost
  lang: Language
}

/** The meeting iframe for `room`; mount it with `key={room.room}` so a new room is a new API. */
export function Meeting({ room, host, lang }: MeetingProps) {
  const api = useRef<JitsiApi | null>(null)
  // react-sdk never disposes the API it creates; without this, every room switch would leak a transport.
  useEffect(
    () => () => {
      if (api.current) host.detach(api.current)
      api.current = null
    },
    [host],
  )
  const props = useMemo(
    () => ({
      roomName: room.room,
      ...(room.jwt ? { jwt: room.jwt } : {}),
      configOverwrite: hardenedConfig(),
      userInfo: { displayName: room.displayName, email: '' },
      lang,
      // react-sdk types the API with its own incomplete interface; ours (jitsi-api.ts) is typed from the source.
      onApiReady: (created: unknown) => {
        api.current = created as JitsiApi
        host.attach(api.current, room.where)
      },
      // The sdk's wrapper div has no height; the iframe inside is 100% of it.
      getIFrameRef: (div: HTMLDivElement) => {
        div.style.height = '100%'
      },
      spinner: () => <div class="jm-loading">{TEXT[lang].loading}</div>,
    }),
    [room, host, lang],
  )
  return room.jaasAppId ? (
    <JaaSMeeting appId={room.jaasAppId} {...props} />
  ) : (
    <JitsiMeeting domain={room.domain} {...props} />
  )
}
