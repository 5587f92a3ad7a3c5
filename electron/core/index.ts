export { createCore, type Core, type CoreOptions } from './create-core'
export { newClient, type ClientContext } from './transport/client'
export { AppError } from './errors'
