import { Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ActorService, answerDownloadError, answerDownloadFailure, sendDownload, SignedIn, SignedInSessionGuard } from '@pakt/api-access';
import type { Request, Response } from 'express';
import { DeclarationExportService } from './declaration-export.service';
import type { DeclarationExportDocument, DeclarationExportFormat } from './export-paths';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\.synopsis)?\.(pdf|docx)$/i;

/** GET /exports/declarations/<id>[.synopsis].pdf|.docx[?lang=de|en]: the same read rules as the declaration query. */
@Controller('exports/declarations')
@UseGuards(SignedInSessionGuard)
export class DeclarationExportController {
  constructor(
    private readonly exports: DeclarationExportService,
    private readonly actors: ActorService,
  ) {}

  @Get(':file')
  @SignedIn()
  async download(@Param('file') file: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = FILE.exec(file);
    if (!match) return answerDownloadError(res, 404, 'NOT_FOUND', 'Not found.');
    if (lang !== undefined && lang !== 'de' && lang !== 'en') return answerDownloadError(res, 400, 'BAD_USER_INPUT', 'lang is de or en.');
    const document: DeclarationExportDocument = match[2] ? 'synopsis' : 'declaration';
    try {
      const format = match[3]!.toLowerCase() as DeclarationExportFormat;
      sendDownload(res, await this.exports.export(match[1]!.toLowerCase(), document, format, lang ?? 'de', await this.actors.of({ req })));
    } catch (error) {
      answerDownloadFailure(res, error);
    }
  }
}
