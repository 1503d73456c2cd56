import type { NextFunction, Request, Response } from 'express';

/**
 * CSRF defence for cookie-authenticated requests, on top of SameSite=Lax cookies and Apollo's
 * preflight rule: a state-changing request whose Origin is another site is refused.
 */
export function sameOriginOnly(publicUrl: string) {
  const allowed = new URL(publicUrl).origin;
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const origin = req.headers.origin;
    if (!origin) return next();
    const own = `${req.protocol}://${req.headers.host}`;
    if (origin === allowed || origin === own) return next();
    res.status(403).json({
      errors: [
        {
          message: 'Requête refusée : elle ne vient pas de Palier.',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  };
}
