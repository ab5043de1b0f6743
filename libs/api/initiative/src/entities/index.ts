import { Initiative } from './initiative.entity';
import { InitiativeActionField, InitiativePartner, InitiativeRecommendation, InitiativeRegion } from './initiative-links.entity';
import {
  InitiativeIndicator,
  InitiativeIndicatorValue,
  InitiativeMilestone,
  InitiativeProgressReport,
  InitiativeStatusChange,
} from './initiative-progress.entity';
import { InitiativePublication, InitiativeReminder, PublishedInitiative, ReportingRound, ReportingRoundInitiative } from './reporting.entity';

export {
  Initiative,
  InitiativeActionField,
  InitiativeIndicator,
  InitiativeIndicatorValue,
  InitiativeMilestone,
  InitiativePartner,
  InitiativeProgressReport,
  InitiativePublication,
  InitiativeRecommendation,
  InitiativeRegion,
  InitiativeReminder,
  InitiativeStatusChange,
  PublishedInitiative,
  ReportingRound,
  ReportingRoundInitiative,
};

/** Every table of initiative tracking, for TypeOrmModule.forFeature. */
export const initiativeEntities = [
  Initiative,
  InitiativePartner,
  InitiativeActionField,
  InitiativeRegion,
  InitiativeRecommendation,
  InitiativeStatusChange,
  InitiativeMilestone,
  InitiativeProgressReport,
  InitiativeIndicator,
  InitiativeIndicatorValue,
  ReportingRound,
  ReportingRoundInitiative,
  InitiativeReminder,
  InitiativePublication,
];
