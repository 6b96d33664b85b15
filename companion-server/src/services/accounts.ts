import { randomId } from '../auth/crypto'
import { hashPassword, PASSWORD_COST, type ScryptCost } from '../auth/passwords'
import { HttpError } from '../errors'
import type { Directory } from '../store/directory'
import type { MediatorRecord } from '../store/meta-types'

/** Creates a mediator account (scrypt PHC string, per-user salt); 409 when the email is taken. */
export async function createMediator(
  directory: Directory,
  input: { email: string; name: string; password: string },
  now: number,
  cost: ScryptCost = PASSWORD_COST,
): Promise<MediatorRecord> {
  if (directory.mediatorByEmail(input.email))
    throw new HttpError(409, 'an account with this email exists', { code: 'ACCOUNT-EXISTS' })
  const password = await hashPassword(input.password, cost)
  if (directory.mediatorByEmail(input.email))
    throw new HttpError(409, 'an account with this email exists', { code: 'ACCOUNT-EXISTS' })
  const mediator: MediatorRecord = {
    id: randomId(),
    email: input.email.trim(),
    name: input.name.trim(),
    password,
    createdAt: new Date(now).toISOString(),
  }
  await directory.addMediator(mediator)
  return mediator
}
