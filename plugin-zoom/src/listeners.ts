/** A listener set where one throwing listener never silences the others. */
export function createEmitter<T>() {
  const set = new Set<(value: T) => void>()
  return {
    add(fn: (value: T) => void): () => void {
      set.add(fn)
      return () => {
        set.delete(fn)
      }
    },
    emit(value: T) {
      for (const fn of [...set]) {
        try {
          fn(value)
        } catch (err) {
          console.error('Zoom host listener failed', err)
        }
      }
    },
    clear() {
      set.clear()
    },
  }
}
