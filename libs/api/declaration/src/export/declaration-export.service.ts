import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, NotFoundError } from '@pakt/api-access';
import { Alliance, Body, Person } from '@pakt/api-alliance';
import { DOCX_CONTENT_TYPE, PDF_CONTENT_TYPE, renderDocx, renderPdf } from '@pakt/api-documents';
import { DataSource, In, IsNull } from 'typeorm';
import { DeclarationService } from '../declaration.service';
import { Amendment, DeclarationRevision, Endorsement } from '../entities';
import { declarationDocument, type DeclarationDocumentData, synopsisDocument } from './declaration-document';
import type { DeclarationExportDocument, DeclarationExportFormat } from './export-paths';

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * A declaration as PDF or DOCX for whoever may read it: the adopted text with the partners'
 * endorsements, or the synopsis of its amendments. Everything else is NOT_FOUND, as in `declaration`.
 */
@Injectable()
export class DeclarationExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly declarations: DeclarationService,
  ) {}

  async export(id: string, document: DeclarationExportDocument, format: DeclarationExportFormat, language: 'de' | 'en', actor: Actor | null): Promise<ExportedFile> {
    const declaration = await this.declarations.find(id, actor);
    if (!declaration) throw new NotFoundError();
    const manager = this.dataSource.manager;
    const [alliance, body, endorsements, amendments, draftRevision] = await Promise.all([
      manager.findOneByOrFail(Alliance, { id: declaration.allianceId }),
      manager.findOneByOrFail(Body, { id: declaration.bodyId }),
      manager.find(Endorsement, { where: { declarationId: id }, relations: { organisation: true } }),
      manager.find(Amendment, { where: { declarationId: id }, order: { number: 'ASC' } }),
      // The drafting team's last save: the text the amendments were proposed to.
      manager.findOne(DeclarationRevision, { where: { declarationId: id, amendmentId: IsNull() }, order: { number: 'DESC' } }),
    ]);
    const authors = amendments.length === 0 ? [] : await manager.findBy(Person, { id: In([...new Set(amendments.map((a) => a.authorPersonId))]) });
    const data: DeclarationDocumentData = {
      allianceName: alliance.name,
      bodyName: body.name,
      title: declaration.title,
      phase: declaration.phase,
      adoptedAt: declaration.adoptedAt,
      finalVoteResult: declaration.finalVote?.reason ?? null,
      content: declaration.content,
      draft: draftRevision?.content ?? declaration.content,
      endorsements: endorsements
        .map((endorsement) => ({
          organisation: endorsement.organisation?.name ?? '',
          state: endorsement.state,
          answeredAt: endorsement.answeredAt,
          reservation: endorsement.reservation,
        }))
        .sort((a, b) => a.organisation.localeCompare(b.organisation, 'de')),
      amendments: amendments.map((amendment) => ({
        id: amendment.id,
        number: amendment.number,
        kind: amendment.kind,
        sectionKey: amendment.sectionKey,
        paragraphKey: amendment.paragraphKey,
        afterParagraphKey: amendment.afterParagraphKey,
        author: authors.find((person) => person.id === amendment.authorPersonId)?.displayName ?? '',
        proposedText: amendment.proposedText,
        reason: amendment.reason,
        state: amendment.state,
        takenOverText: amendment.takenOverText,
        decisionNote: amendment.decisionNote,
      })),
    };
    const model = document === 'synopsis' ? synopsisDocument(data, language) : declarationDocument(data, language);
    const file = format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
    const base = document === 'synopsis' ? 'Synopse' : 'Erklaerung';
    return { body: file, contentType: format === 'pdf' ? PDF_CONTENT_TYPE : DOCX_CONTENT_TYPE, fileName: `${base}-${alliance.slug}.${format}` };
  }
}
