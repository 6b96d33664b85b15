export { type Config, ConfigError, envSchema, loadConfig, type ValidEnv } from './load'
export { TOGETHER, VARIABLES, type Variable } from './variables'
