import { graphql } from '@pakt/web-data';

export const UpdateAllianceMutation = graphql(`
  mutation UpdateAlliance($input: UpdateAllianceInput!) {
    updateAlliance(input: $input) {
      id
      name
      shortName
      description
      state
      constitutedOn
      version
    }
  }
`);

export const CreateBodyMutation = graphql(`
  mutation CreateBody($input: CreateBodyInput!) {
    createBody(input: $input) {
      id
      name
      kind
      description
      version
      actionFields {
        id
      }
    }
  }
`);

export const UpdateBodyMutation = graphql(`
  mutation UpdateBody($input: UpdateBodyInput!) {
    updateBody(input: $input) {
      id
      name
      description
      version
      actionFields {
        id
      }
    }
  }
`);

export const CreateActionFieldMutation = graphql(`
  mutation CreateActionField($input: CreateActionFieldInput!) {
    createActionField(input: $input) {
      id
      title
      description
      version
    }
  }
`);

export const UpdateActionFieldMutation = graphql(`
  mutation UpdateActionField($input: UpdateActionFieldInput!) {
    updateActionField(input: $input) {
      id
      title
      description
      version
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      shortName
      kind
      version
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      shortName
      kind
      version
    }
  }
`);

export const CreateRegionMutation = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      id
      name
      kind
      code
      version
    }
  }
`);

export const UpdateRegionMutation = graphql(`
  mutation UpdateRegion($input: UpdateRegionInput!) {
    updateRegion(input: $input) {
      id
      name
      kind
      code
      version
    }
  }
`);

export const AddMembershipMutation = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) {
      id
      role
      representation
      version
      person {
        id
      }
    }
  }
`);

export const ChangeMembershipMutation = graphql(`
  mutation ChangeMembership($input: ChangeMembershipInput!) {
    changeMembership(input: $input) {
      id
      role
      representation
      version
      organisation {
        id
        name
      }
    }
  }
`);

export const EndMembershipMutation = graphql(`
  mutation EndMembership($input: EndMembershipInput!) {
    endMembership(input: $input) {
      id
      until
      version
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
    }
  }
`);

export const DeactivatePersonMutation = graphql(`
  mutation DeactivatePerson($personId: ID!) {
    deactivatePerson(personId: $personId) {
      id
      active
      version
    }
  }
`);

export const AnonymisePersonMutation = graphql(`
  mutation AnonymisePerson($personId: ID!) {
    anonymisePerson(personId: $personId) {
      id
      displayName
      email
      active
      version
    }
  }
`);
