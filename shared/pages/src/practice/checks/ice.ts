/**
 * WebRTC connectivity: gathers ICE candidates through the configured STUN/TURN servers. A server-reflexive
 * (`srflx`) or `relay` candidate proves a media route through this network's NAT/firewall exists.
 */
export interface IceResult {
  candidateTypes: string[]
  /** True when a srflx or relay candidate was gathered. */
  reachable: boolean
}

/** Gathers candidates until gathering completes or the deadline passes. */
export async function gatherIce(iceServers: RTCIceServer[], deadlineMs: number): Promise<IceResult> {
  const pc = new RTCPeerConnection({ iceServers })
  const types = new Set<string>()
  try {
    pc.createDataChannel('practice')
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, deadlineMs)
      pc.addEventListener('icecandidate', (e) => {
        if (e.candidate?.type) types.add(e.candidate.type)
        if (!e.candidate) {
          clearTimeout(timer)
          resolve()
        }
      })
    })
    await pc.setLocalDescription(await pc.createOffer())
    await done
  } finally {
    pc.close()
  }
  const candidateTypes = [...types].sort()
  return { candidateTypes, reachable: types.has('srflx') || types.has('relay') }
}
