import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { ErrorCode } from '@palier/shared';
import type { Response } from 'express';
import { AppError } from './app-error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  QUERY_TOO_COMPLEX: 400,
  INTERNAL: 500,
};

/**
 * An AppError is an expected outcome (not found, forbidden, bad input), not a failure of the
 * server: it goes to the client as it is — to GraphQL's error formatter, or as JSON over HTTP —
 * without being logged as an error.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    if (host.getType() === 'http') {
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(HTTP_STATUS[error.code])
        .json({ error: { code: error.code, message: error.message } });
    }
    return undefined;
  }
}
