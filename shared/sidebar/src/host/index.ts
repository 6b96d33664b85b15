export { createFakeHost, type FakeHost, type FakeHostCall, type FakeHostOptions } from './fake-host'
export { createListeners } from './listeners'
export * from './meeting-host'
export { createStandaloneHost, type StandaloneHostOptions } from './standalone-host'
