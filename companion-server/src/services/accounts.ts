import { hashPassword, randomId } from '../auth/crypto'
import { HttpError } from '../errors'
import type { Directory } from '../store/directory'
import type { MediatorRecord } from '../store/meta-types'

/** Creates a mediator account (scrypt hash with a per-user salt); 409 when the email is taken. */
export async function createMediator(
  directory: Directory,
  input: { email: string; name: string; password: string },
  now: number,
): Promise<MediatorRecord> {
  if (directory.mediatorByEmail(input.email)) throw new HttpError(409, 'an account with this email exists')
  const { salt, hash } = await hashPassword(input.password)
  if (directory.mediatorByEmail(input.email)) throw new HttpError(409, 'an account with this email exists')
  const mediator: MediatorRecord = {
    id: randomId(),
    email: input.email.trim(),
    name: input.name.trim(),
    salt,
    hash,
    createdAt: new Date(now).toISOString(),
  }
  await directory.addMediator(mediator)
  return mediator
}
