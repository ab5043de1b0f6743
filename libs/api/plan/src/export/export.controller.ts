import { type CanActivate, Controller, type ExecutionContext, Get, Injectable, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ActorService, ClientError, SignedIn } from '@pakt/api-access';
import type { Request, Response } from 'express';
import type { ExportFormat } from './export-paths';
import { PlanExportService } from './plan-export.service';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(pdf|docx)$/i;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 404, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

function answer(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Deny by default for these plain HTTP routes (the global AccessGuard checks GraphQL operations
 * only): without a signed-in session, 401 before anything is loaded.
 */
@Injectable()
export class SignedInSessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (typeof (req as { user?: { id?: unknown } }).user?.id === 'string') return true;
    answer(context.switchToHttp().getResponse<Response>(), 401, 'UNAUTHENTICATED', 'Please sign in.');
    return false;
  }
}

/** GET /exports/plan-versions/<id>.pdf|.docx[?lang=de|en]: the same read rules as the planVersion query. */
@Controller('exports/plan-versions')
@UseGuards(SignedInSessionGuard)
export class PlanExportController {
  constructor(
    private readonly exports: PlanExportService,
    private readonly actors: ActorService,
  ) {}

  @Get(':file')
  @SignedIn()
  async download(@Param('file') file: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = FILE.exec(file);
    if (!match) return answer(res, 404, 'NOT_FOUND', 'Not found.');
    if (lang !== undefined && lang !== 'de' && lang !== 'en') return answer(res, 400, 'BAD_USER_INPUT', 'lang is de or en.');
    try {
      const exported = await this.exports.export(match[1]!.toLowerCase(), match[2]!.toLowerCase() as ExportFormat, lang ?? 'de', await this.actors.of({ req }));
      res
        .status(200)
        .set({
          'Content-Type': exported.contentType,
          'Content-Disposition': `attachment; filename="${exported.fileName}"`,
          'Content-Length': String(exported.body.length),
          'Cache-Control': 'private, no-store',
        })
        .end(exported.body);
    } catch (error) {
      // A version the caller may not read is answered exactly like one that does not exist.
      if (error instanceof ClientError) return answer(res, STATUS[error.code] ?? 400, error.code === 'FORBIDDEN' ? 'NOT_FOUND' : error.code, error.message);
      throw error;
    }
  }
}
