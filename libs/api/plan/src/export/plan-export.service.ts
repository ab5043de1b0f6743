import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, NotFoundError } from '@pakt/api-access';
import { Alliance } from '@pakt/api-alliance';
import { DOCX_CONTENT_TYPE, PDF_CONTENT_TYPE, renderDocx, renderPdf } from '@pakt/api-documents';
import { IndicatorService } from '@pakt/api-indicator';
import { DataSource } from 'typeorm';
import { PlanLoaderRegistry } from '../loaders';
import { groupByActionField, PlanReaderService } from '../plan-reader.service';
import type { ExportFormat } from './export-paths';
import { planDocument, type PlanDocumentData } from './plan-document';

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * A plan version as PDF or DOCX for whoever may read it (a draft only for those who may read
 * drafts; it says so on its title page). Everything else is NOT_FOUND, as in planVersion.
 */
@Injectable()
export class PlanExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: PlanReaderService,
    private readonly registry: PlanLoaderRegistry,
    private readonly indicators: IndicatorService,
  ) {}

  async export(versionId: string, format: ExportFormat, language: 'de' | 'en', actor: Actor | null): Promise<ExportedFile> {
    const loaders = this.registry.for({});
    const version = await this.reader.find(versionId, actor, loaders);
    if (!version) throw new NotFoundError();
    const alliance = await this.dataSource.getRepository(Alliance).findOneByOrFail({ id: version.allianceId });
    const [signOffs, indicators, recommendations, actionFields, initiatives] = await Promise.all([
      this.reader.signOffs(version, loaders),
      this.reader.indicators(version, loaders),
      this.reader.recommendationList(version, loaders),
      loaders.actionFieldsOfAlliance.load(version.allianceId),
      this.reader.initiatives(version, loaders),
    ]);
    const recommendationIds = recommendations.map((recommendation) => recommendation.id);
    const liveIndicatorIds = indicators.filter((indicator) => !indicator.frozen).map((indicator) => indicator.id);
    const [people, groups, observations, addressees, approvals] = await Promise.all([
      loaders.person.loadMany(signOffs.map((signOff) => signOff.personId)),
      this.dataSource.query<Array<{ id: string; name: string }>>(`SELECT id, name FROM body WHERE id = ANY($1::uuid[])`, [
        [...new Set(recommendations.map((recommendation) => recommendation.focusGroupId))],
      ]),
      this.indicators.withObservations(liveIndicatorIds),
      this.dataSource.query<Array<{ recommendation_id: string; name: string }>>(
        `SELECT a.recommendation_id, o.name FROM recommendation_addressee a JOIN organisation o ON o.id = a.organisation_id
          WHERE a.recommendation_id = ANY($1::uuid[]) ORDER BY o.name`,
        [recommendationIds],
      ),
      // Provenance: who approved each recommendation for the plan, and when (the latest approval counts).
      this.dataSource.query<Array<{ recommendation_id: string; at: Date; name: string | null }>>(
        `SELECT DISTINCT ON (t.recommendation_id) t.recommendation_id, t.at, p.display_name AS name
           FROM recommendation_transition t LEFT JOIN person p ON p.id = t.actor_person_id
          WHERE t.recommendation_id = ANY($1::uuid[]) AND t.action = 'APPROVE'
          ORDER BY t.recommendation_id, t.at DESC`,
        [recommendationIds],
      ),
    ]);
    const nameOf = (personId: string) =>
      people.flatMap((person) => (person && !(person instanceof Error) && person.id === personId ? [person.displayName] : []))[0] ?? '';

    const data: PlanDocumentData = {
      allianceName: alliance.name,
      version,
      initiatives,
      signOffs: signOffs.map((signOff) => ({ role: signOff.role, name: nameOf(signOff.personId), signedAt: signOff.signedAt })),
      indicators: indicators.map((indicator) => {
        if (indicator.frozen) return { name: indicator.name, unit: indicator.unit, ...indicator.frozen };
        const live = observations.find((loaded) => loaded.indicator.id === indicator.id);
        return { name: indicator.name, unit: indicator.unit, series: live?.series ?? [], observations: live?.observations ?? [] };
      }),
      sections: groupByActionField(recommendations, actionFields).map((section) => ({
        actionField: section.actionField.title,
        recommendations: section.recommendations.map((recommendation) => {
          const approval = approvals.find((row) => row.recommendation_id === recommendation.id);
          return {
            title: recommendation.title,
            focusGroup: groups.find((group) => group.id === recommendation.focusGroupId)?.name ?? '',
            problem: recommendation.problem,
            measure: recommendation.measure,
            expectedEffect: recommendation.expectedEffect,
            timeFrame: recommendation.timeFrame,
            costNotes: recommendation.costNotes,
            addresseeOrganisations: addressees.filter((row) => row.recommendation_id === recommendation.id).map((row) => row.name),
            addresseeKinds: recommendation.addresseeKinds,
            approval: approval ? { by: approval.name, at: new Date(approval.at) } : null,
          };
        }),
      })),
    };
    const model = planDocument(data, language);
    const body = format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
    return {
      body,
      contentType: format === 'pdf' ? PDF_CONTENT_TYPE : DOCX_CONTENT_TYPE,
      fileName: `Buendnisplan-${alliance.slug}-v${version.number}.${format}`,
    };
  }
}
