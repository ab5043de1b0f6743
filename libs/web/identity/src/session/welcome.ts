/** Why "Meine Gruppen" opens right after someone arrived through a mailed link, to confirm it. */
export type Welcome = 'invitationAccepted' | 'passwordChanged';

export interface MyGroupsPageState {
  readonly welcome?: Welcome;
}
