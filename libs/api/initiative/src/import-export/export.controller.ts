import { Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ActorService, answerDownloadError, answerDownloadFailure, sendDownload, SignedIn, SignedInSessionGuard } from '@pakt/api-access';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@pakt/domain';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import type { InitiativeFilter } from '../inputs';
import { InitiativeExportService } from './initiative-export.service';
import type { RegisterFormat } from './register-file';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(csv|xlsx)$/i;

/** Where the register of an alliance is downloaded; the query repeats the filter (repeat a key for more values). */
export function registerExportPath(allianceId: string, format: RegisterFormat): string {
  return `/exports/initiatives/${allianceId}.${format}`;
}

/** A query value as a list: `?status=RUNNING&status=PAUSED` or `?status=RUNNING,PAUSED`. */
function list(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.flatMap((entry) => (typeof entry === 'string' ? entry.split(',') : [])).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/**
 * GET /exports/initiatives/<allianceId>.csv|.xlsx[?lang=de|en&status=…&actionField=…&region=…&organisation=…&search=…]:
 * the register as the initiatives query filters it, for those who may read the register.
 */
@Controller('exports/initiatives')
@UseGuards(SignedInSessionGuard)
export class InitiativeExportController {
  constructor(
    private readonly exports: InitiativeExportService,
    private readonly actors: ActorService,
  ) {}

  @Get(':file')
  @SignedIn()
  async download(@Param('file') file: string, @Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = FILE.exec(file);
    if (!match) return answerDownloadError(res, 404, 'NOT_FOUND', 'Not found.');
    const lang = query.lang;
    if (lang !== undefined && lang !== 'de' && lang !== 'en') return answerDownloadError(res, 400, 'BAD_USER_INPUT', 'lang is de or en.');
    const statuses = list(query.status);
    if (statuses.some((status) => !(INITIATIVE_STATUSES as readonly string[]).includes(status))) {
      return answerDownloadError(res, 400, 'BAD_USER_INPUT', `status is one of ${INITIATIVE_STATUSES.join(', ')}.`);
    }
    const filter: InitiativeFilter = {
      statuses: statuses as InitiativeStatus[],
      actionFieldIds: list(query.actionField),
      regionIds: list(query.region),
      organisationIds: list(query.organisation),
      search: typeof query.search === 'string' ? query.search : null,
    };
    if ([...filter.actionFieldIds!, ...filter.regionIds!, ...filter.organisationIds!].some((id) => !isUUID(id))) {
      return answerDownloadError(res, 400, 'BAD_USER_INPUT', 'actionField, region and organisation are ids.');
    }
    try {
      const exported = await this.exports.export(
        match[1]!.toLowerCase(),
        filter,
        match[2]!.toLowerCase() as RegisterFormat,
        lang ?? 'de',
        await this.actors.of({ req }),
      );
      sendDownload(res, exported);
    } catch (error) {
      answerDownloadFailure(res, error);
    }
  }
}
