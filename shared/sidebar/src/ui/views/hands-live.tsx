import type { Announcement } from '../models/hands-model'

/**
 * The polite live region for raised hands. It is always in the page (a region added with its text is often
 * not read); each announcement is a new element, so the same words said twice are read twice.
 */
export function HandsLive({ said }: { said: Announcement }) {
  return (
    <div class="sr-only" role="status" aria-live="polite" data-testid="hands-live">
      {said.text ? <p key={said.seq}>{said.text}</p> : null}
    </div>
  )
}
