import { useId } from 'react';
import type { MajorityRule, VotingUnit } from '@pakt/domain';
import { Fact, Facts, useFormat } from '@pakt/web-ui';
import { useDecisionsMessages } from '../messages';

export interface BallotFactsProps {
  readonly ballot: {
    readonly votingUnit: VotingUnit;
    readonly majority: MajorityRule;
    readonly quorumPercent: number;
    readonly secret: boolean;
    readonly voteChangesAllowed: boolean;
    readonly doubleMajority: boolean;
    readonly openedAt?: string | null;
    readonly closedAt?: string | null;
  };
}

/** The rules a ballot is decided by, in words, so every voter knows them before voting. */
export function BallotFacts({ ballot }: BallotFactsProps) {
  const { t } = useDecisionsMessages();
  const format = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('facts.title')}</h2>
      <Facts>
        <Fact term={t('facts.votingUnit')}>{t(`votingUnit.${ballot.votingUnit}`)}</Fact>
        <Fact term={t('facts.majority')}>
          {t(`majority.${ballot.majority}`)} <span className="muted">({t(`majorityHint.${ballot.majority}`)})</span>
        </Fact>
        <Fact term={t('facts.quorum')}>
          {ballot.quorumPercent > 0 ? t('facts.quorumValue', { percent: format.number(ballot.quorumPercent) }) : t('facts.noQuorum')}
        </Fact>
        {ballot.doubleMajority && <Fact term={t('facts.doubleMajority')}>{t('facts.doubleMajorityValue')}</Fact>}
        <Fact term={t('facts.secrecy')}>{ballot.secret ? t('facts.secret') : t('facts.open')}</Fact>
        <Fact term={t('facts.voteChange')}>{ballot.voteChangesAllowed ? t('facts.voteChangeAllowed') : t('facts.voteChangeNotAllowed')}</Fact>
        {ballot.openedAt && <Fact term={t('facts.openedAt')}>{format.dateTime(ballot.openedAt)}</Fact>}
        {ballot.closedAt && <Fact term={t('facts.closedAt')}>{format.dateTime(ballot.closedAt)}</Fact>}
      </Facts>
    </section>
  );
}
