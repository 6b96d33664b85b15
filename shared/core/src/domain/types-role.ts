/** The roles in a session (its own module so both type modules can use it without a cycle). */
export type Role = 'mediator' | 'party' | 'adviser' | 'secretariat'
