/** A Zoom action that failed or was never confirmed; `action` names the MeetingHost step, `code` Zoom's code. */
export class ZoomHostError extends Error {
  constructor(
    readonly action: string,
    message: string,
    readonly code: string | null = null,
  ) {
    super(message)
    this.name = 'ZoomHostError'
  }
}
