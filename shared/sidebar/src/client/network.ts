/** Whether the device believes it is online, and when that changes. */
export interface NetworkMonitor {
  isOnline(): boolean
  subscribe(listener: (online: boolean) => void): () => void
}

/** A monitor that never reports offline (Node, tests without a browser). */
export const alwaysOnline: NetworkMonitor = {
  isOnline: () => true,
  subscribe: () => () => {},
}

/** The browser's navigator.onLine and online/offline events. */
export function browserNetwork(win: Window = window): NetworkMonitor {
  return {
    isOnline: () => win.navigator.onLine !== false,
    subscribe(listener) {
      const on = () => listener(true)
      const off = () => listener(false)
      win.addEventListener('online', on)
      win.addEventListener('offline', off)
      return () => {
        win.removeEventListener('online', on)
        win.removeEventListener('offline', off)
      }
    },
  }
}
