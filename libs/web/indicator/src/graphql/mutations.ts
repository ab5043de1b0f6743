import { graphql } from '@pakt/web-data';

export const CreateIndicatorMutation = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
      version
      name
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      id
      version
      name
      unit
      description
      source
      updatedAt
    }
  }
`);

export const SetIndicatorObservationsMutation = graphql(`
  mutation SetIndicatorObservations($input: SetIndicatorObservationsInput!) {
    setIndicatorObservations(input: $input) {
      ...IndicatorValues
    }
  }
`);

export const ImportIndicatorCsvMutation = graphql(`
  mutation ImportIndicatorCsv($input: ImportIndicatorCsvInput!) {
    importIndicatorCsv(input: $input) {
      rowCount
      series
      saved
      indicator {
        ...IndicatorValues
      }
    }
  }
`);
