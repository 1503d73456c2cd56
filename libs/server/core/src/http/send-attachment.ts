import type { Response } from 'express';

/** Sends a file to download (a data export, a calendar file): never cached, saved under its name. */
export function sendAttachment(
  res: Response,
  file: { fileName: string; type: string; body: Buffer | string },
): void {
  res
    .status(200)
    .setHeader('Cache-Control', 'no-store')
    .type(file.type)
    .setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
    .send(file.body);
}
