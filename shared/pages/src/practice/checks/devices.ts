/** The cameras, microphones and speakers the browser reports (labels appear only after permission). */
export interface DeviceChoice {
  deviceId: string
  label: string
}

export interface DeviceLists {
  cameras: DeviceChoice[]
  microphones: DeviceChoice[]
  speakers: DeviceChoice[]
}

/** Lists devices by kind; an unlabelled device gets a numbered name from `fallback`. */
export async function listDevices(
  fallback: (kind: keyof DeviceLists, n: number) => string,
): Promise<DeviceLists> {
  const out: DeviceLists = { cameras: [], microphones: [], speakers: [] }
  if (!navigator.mediaDevices?.enumerateDevices) return out
  const all = await navigator.mediaDevices.enumerateDevices()
  const kinds: Record<MediaDeviceKind, keyof DeviceLists> = {
    videoinput: 'cameras',
    audioinput: 'microphones',
    audiooutput: 'speakers',
  }
  for (const d of all) {
    const list = kinds[d.kind]
    // Before permission, ids are empty strings: such entries cannot be chosen, only counted.
    if (!d.deviceId) continue
    out[list].push({ deviceId: d.deviceId, label: d.label || fallback(list, out[list].length + 1) })
  }
  return out
}
