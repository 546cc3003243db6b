// An error with an HTTP status and the API's error code. Dependency-free, so the client reuses it
// for the errors it receives: one class for {error: {code, message, details}} on both sides.
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
