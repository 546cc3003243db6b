// The errors of the API, one class for both sides: services throw them, the server's error
// middleware answers {error: {code, message, details}} with their status, and the client rebuilds
// the same class from the body it receives. Dependency-free so the client bundle can import it.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** 404 for an id that names nothing: `notFound('node', 'bac-nin')`. */
export const notFound = (what: string, id: string): ApiError =>
  new ApiError(404, 'not_found', `${what} "${id}" does not exist`);
