export { DEMO_DOMAIN, type JitsiConfig, type JitsiTokens, jitsiConfigFromEnv, jitsiPlatform } from './config'
export { mintToken } from './jwt'
export { createJitsiRouter, jitsiMount, jitsiRoutes } from './router'
