import { graphql } from '@pakt/web-data';

/** What a chart and the hand entry need of an indicator; every write that changes values answers with it. */
export const IndicatorValuesFragment = graphql(`
  fragment IndicatorValues on Indicator {
    id
    version
    series
    observations {
      series
      period
      value
    }
    updatedAt
  }
`);

/** The alliance's indicators for the list page, with their values for "latest values". */
export const IndicatorListQuery = graphql(`
  query IndicatorList($slug: String!) {
    alliance(slug: $slug) {
      id
      slug
      name
      viewerPermissions
      indicators {
        name
        unit
        source
        ...IndicatorValues
      }
    }
  }
`);

/** One indicator with everything its page shows, and the alliance it must belong to. */
export const IndicatorDetailQuery = graphql(`
  query IndicatorDetail($slug: String!, $id: ID!) {
    alliance(slug: $slug) {
      id
      slug
      name
      viewerPermissions
      indicators {
        id
      }
    }
    indicator(id: $id) {
      name
      unit
      description
      source
      ...IndicatorValues
    }
  }
`);
