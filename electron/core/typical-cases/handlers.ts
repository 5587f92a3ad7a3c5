import { collectionHandlers } from './collection-handlers'
import { entryHandlers } from './entry-handlers'
import { reviewHandlers } from './review-handlers'

// 典型案例's operations, gathered from the files that keep them.
export const typicalCaseHandlers = { ...collectionHandlers, ...entryHandlers, ...reviewHandlers }
