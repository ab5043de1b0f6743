import { Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ActorService, answerDownloadError, answerDownloadFailure, sendDownload, SignedIn, SignedInSessionGuard } from '@pakt/api-access';
import type { Request, Response } from 'express';
import type { ExportFormat } from './export-paths';
import { PlanExportService } from './plan-export.service';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(pdf|docx)$/i;

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
    if (!match) return answerDownloadError(res, 404, 'NOT_FOUND', 'Not found.');
    if (lang !== undefined && lang !== 'de' && lang !== 'en') return answerDownloadError(res, 400, 'BAD_USER_INPUT', 'lang is de or en.');
    try {
      sendDownload(res, await this.exports.export(match[1]!.toLowerCase(), match[2]!.toLowerCase() as ExportFormat, lang ?? 'de', await this.actors.of({ req })));
    } catch (error) {
      // A version the caller may not read is answered exactly like one that does not exist.
      answerDownloadFailure(res, error);
    }
  }
}
