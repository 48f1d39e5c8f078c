import { graphql } from '../../../generated';

// Typed from apps/api/schema.gql by `nx run web:codegen` (see src/generated/).

export const MY_NOTIFICATIONS = graphql(`
  query MyNotifications {
    myNotifications(limit: 30) {
      id
      kind
      targetType
      targetId
      payload
      about {
        periodCode
        branchName
        indicatorName {
          zh
          en
        }
      }
      createdAt
      readAt
    }
    unreadNotificationCount
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const REMIND_UNSUBMITTED = graphql(`
  mutation RemindUnsubmitted($period: String!, $scopeUnitId: ID) {
    remindUnsubmitted(period: $period, scopeUnitId: $scopeUnitId) {
      day
      remindedBranchIds
      alreadyRemindedBranchIds
    }
  }
`);

export const SUBMISSION_REMINDERS = graphql(`
  query SubmissionReminders($period: String!) {
    submissionReminders(period: $period) {
      branchId
      branchName
      day
      at
    }
  }
`);

export const MY_NOTIFICATION_SETTINGS = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      email
      emailNotifications
      mailEnabled
    }
  }
`);

export const UPDATE_MY_NOTIFICATION_SETTINGS = graphql(`
  mutation UpdateMyNotificationSettings($input: NotificationSettingsInput!) {
    updateMyNotificationSettings(input: $input) {
      email
      emailNotifications
      mailEnabled
    }
  }
`);
