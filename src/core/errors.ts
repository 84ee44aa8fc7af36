// One error hierarchy; api/errors.ts maps it to Mastodon's { error, error_description } shape.
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly description?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class BadRequestError extends AppError {
  constructor(message = "Bad request", description?: string) {
    super(400, message, description);
  }
}
export class UnauthorizedError extends AppError {
  constructor(message = "The access token is invalid") {
    super(401, message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = "This action is not allowed") {
    super(403, message);
  }
}
export class NotFoundError extends AppError {
  constructor(message = "Record not found") {
    super(404, message);
  }
}
export class GoneError extends AppError {
  constructor(message = "Gone") {
    super(410, message);
  }
}
export class PayloadTooLargeError extends AppError {
  constructor(message = "Payload too large") {
    super(413, message);
  }
}
export class ValidationError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(422, `Validation failed: ${message}`, undefined, details);
  }
}
export class UnprocessableError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(422, message, undefined, details);
  }
}
export class RateLimitError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, "Too many requests");
  }
}
export class ServiceUnavailableError extends AppError {
  constructor(message = "Service unavailable") {
    super(503, message);
  }
}
