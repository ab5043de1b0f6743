import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AccessPolicy, BadUserInputError, NotFoundError } from '@pakt/api-access';
import { decodeCursor, DEFAULT_PAGE_SIZE, type Page, pageOf } from '@pakt/api-database';
import { type Grant, holds, PUBLISHED_RECOMMENDATION_STATES } from '@pakt/domain';
import { DataSource } from 'typeorm';
import { QUERY_MAX_LENGTH, QUERY_MIN_LENGTH, type SearchArgs } from './search.args';
import { SEARCH_HIT_KINDS, type SearchHit, type SearchHitKind } from './search.model';
import { LESS_THAN_STAND_IN, MATCH_END, MATCH_START, snippetParts } from './snippet';

/** What the viewer may read in one alliance, as parameters of the search statement. */
export interface Readable {
  /** Every focus group's recommendations (the alliance's secretariat). */
  allGroups: boolean;
  /** The focus groups whose drafts the viewer reads (any role in the group). */
  groupIds: string[];
  /** Unapproved plan versions (plan.read-drafts in the steering board). */
  planDrafts: boolean;
}

/** The focus groups and plan drafts the grants let a person read in the alliance; everyone reads what is approved. */
export function readableIn(grants: readonly Grant[], allianceId: string, steeringBoardId: string | null): Readable {
  const allianceRoles = grants.filter((grant) => grant.bodyId === null);
  const groupIds = new Set<string>();
  for (const { bodyId } of grants) {
    if (bodyId !== null && bodyId !== steeringBoardId && holds(grants, 'recommendation.read', { allianceId, bodyId })) groupIds.add(bodyId);
  }
  return {
    allGroups: holds(allianceRoles, 'recommendation.read', { allianceId }),
    groupIds: [...groupIds],
    planDrafts: steeringBoardId !== null && holds(grants, 'plan.read-drafts', { allianceId, bodyId: steeringBoardId }),
  };
}

// ts_headline's options: up to two passages around the matches, the matches between the markers.
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=25, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

// One row per readable match. The search_*_document functions (migration 1764200000000-search)
// weigh the texts and are what the GIN indexes are built on, so the @@ below uses those indexes.
// Recommendations: all of the viewer's focus groups, and everyone's published (approved, adopted) ones;
// comments follow their recommendation; plan versions: approved ones, drafts with plan.read-drafts.
const HITS = `
  q AS (SELECT websearch_to_tsquery('german', $1) AS query),
  hits AS (
    SELECT 'RECOMMENDATION'::text AS kind, r.id, r.title, r.id AS recommendation_id, NULL::uuid AS plan_version_id,
           ts_rank_cd(search_recommendation_document(r.title, r.problem, r.measure, r.expected_effect, r.time_frame, r.cost_notes), q.query)::real AS rank
      FROM recommendation r, q
     WHERE r.alliance_id = $2
       AND search_recommendation_document(r.title, r.problem, r.measure, r.expected_effect, r.time_frame, r.cost_notes) @@ q.query
       AND ($3 OR r.focus_group_id = ANY($4::uuid[]) OR r.state::text = ANY($13::text[]))
    UNION ALL
    SELECT 'COMMENT', c.id, r.title, r.id, NULL,
           ts_rank_cd(search_comment_document(c.body), q.query)::real
      FROM recommendation_comment c JOIN recommendation r ON r.id = c.recommendation_id, q
     WHERE c.alliance_id = $2
       AND search_comment_document(c.body) @@ q.query
       AND ($3 OR r.focus_group_id = ANY($4::uuid[]) OR r.state::text = ANY($13::text[]))
    UNION ALL
    SELECT 'PLAN_VERSION', v.id, v.title, NULL, v.id,
           ts_rank_cd(search_plan_version_document(v.title, v.situation_assessment, v.initiatives_text, v.commitments), q.query)::real
      FROM plan_version v, q
     WHERE v.alliance_id = $2
       AND search_plan_version_document(v.title, v.situation_assessment, v.initiatives_text, v.commitments) @@ q.query
       AND ($5 OR v.state = 'APPROVED')
  )`;

// Best first; equal ranks by kind and id, so the order (and with it the cursor) is total and stable.
const SEARCH = `
WITH ${HITS},
  page AS (
    SELECT * FROM hits
     WHERE $6::real IS NULL OR rank < $6::real OR (rank = $6::real AND (kind, id) > ($7::text, $8::uuid))
     ORDER BY rank DESC, kind, id
     LIMIT $9
  )
SELECT total.count::int AS total, page.kind, page.id, page.title, page.recommendation_id, page.plan_version_id, page.rank,
       ts_headline('german', translate(
         CASE page.kind
           WHEN 'RECOMMENDATION' THEN concat_ws(E'\\n', r.problem, r.measure, r.expected_effect, r.time_frame, r.cost_notes)
           WHEN 'COMMENT' THEN c.body
           ELSE concat_ws(E'\\n', v.situation_assessment, v.initiatives_text, v.commitments)
         END, $10, $11), q.query, $12) AS headline
  FROM (SELECT count(*) AS count FROM hits) total
  CROSS JOIN q
  LEFT JOIN page ON true
  LEFT JOIN recommendation r ON page.kind = 'RECOMMENDATION' AND r.id = page.id
  LEFT JOIN recommendation_comment c ON page.kind = 'COMMENT' AND c.id = page.id
  LEFT JOIN plan_version v ON page.kind = 'PLAN_VERSION' AND v.id = page.id
 ORDER BY page.rank DESC, page.kind, page.id`;

interface HitRow {
  total: number;
  kind: SearchHitKind | null;
  id: string | null;
  title: string;
  recommendation_id: string | null;
  plan_version_id: string | null;
  rank: number;
  headline: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** German full-text search over an alliance's recommendations, comments and plan versions, limited to what the viewer reads. */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async search(args: SearchArgs, actor: Actor | null): Promise<Page<SearchHit>> {
    const [alliance] = await this.dataSource.query<Array<{ steering_board_id: string | null }>>(
      `SELECT (SELECT b.id FROM body b WHERE b.alliance_id = a.id AND b.kind = 'STEERING_BOARD') AS steering_board_id
         FROM alliance a WHERE a.id = $1`,
      [args.allianceId],
    );
    if (!alliance) throw new NotFoundError();
    this.policy.assertMay(actor, 'alliance.read', { allianceId: args.allianceId });

    const query = args.query.trim();
    if (query.length < QUERY_MIN_LENGTH || query.length > QUERY_MAX_LENGTH) {
      throw new BadUserInputError('Please check your input.', {
        query: `Please enter ${QUERY_MIN_LENGTH} to ${QUERY_MAX_LENGTH} characters.`,
      });
    }
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = args.after ? afterCursor(args.after) : null;
    const readable = readableIn(actor.grants, args.allianceId, alliance.steering_board_id);

    const rows = await this.dataSource.query<HitRow[]>(SEARCH, [
      query,
      args.allianceId,
      readable.allGroups,
      readable.groupIds,
      readable.planDrafts,
      after?.rank ?? null,
      after?.kind ?? null,
      after?.id ?? null,
      first + 1,
      // "<" becomes its stand-in, texts lose any marker characters of their own.
      `<${MATCH_START}${MATCH_END}`,
      LESS_THAN_STAND_IN,
      HEADLINE_OPTIONS,
      PUBLISHED_RECOMMENDATION_STATES,
    ]);
    const totalCount = rows[0]?.total ?? 0;
    const hits = rows.flatMap((row): SearchHit[] =>
      row.kind === null || row.id === null
        ? []
        : [
            {
              kind: row.kind,
              id: row.id,
              title: row.title,
              rank: row.rank,
              snippet: snippetParts(row.headline),
              recommendationId: row.recommendation_id,
              planVersionId: row.plan_version_id,
            },
          ],
    );
    return pageOf(hits, first, totalCount, (hit) => [hit.rank, hit.kind, hit.id]);
  }
}

/** The position a cursor of this list stands for; anything else is bad input. */
function afterCursor(cursor: string): { rank: number; kind: SearchHitKind; id: string } {
  const values = decodeCursor(cursor, 3);
  const [rank, kind, id] = values ?? [];
  if (typeof rank === 'number' && typeof kind === 'string' && typeof id === 'string' && isKind(kind) && UUID.test(id)) {
    return { rank, kind, id };
  }
  throw new BadUserInputError('Please check your input.', { after: 'This is not a cursor of this list.' });
}

function isKind(value: string): value is SearchHitKind {
  return (SEARCH_HIT_KINDS as readonly string[]).includes(value);
}
