export { buildApp, WEB_ROOT } from './app.ts';
export type { AppOptions } from './app.ts';
export { API_ERRORS, ApiError } from './errors.ts';
export type { ApiErrorCode } from './errors.ts';
