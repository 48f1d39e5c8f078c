/** Strings of the notification centre, merged into the app's translation under `notifications`. */
export const notificationsZh = {
  notifications: {
    bell: '通知',
    unread: '{{count}} 条未读',
    empty: '暂无通知',
    markAllRead: '全部标为已读',
    loadFailed: '通知加载失败',
    kinds: {
      PERIOD_OPENED: '新季度考评已开启',
      DEADLINE_APPROACHING: '填报截止临近，请尽快提交',
      DEADLINE_PASSED: '已过填报截止时间，尚未提交',
      SUBMISSION_REMINDER: '上级党（工）委催报：请尽快提交季度考评',
      ASSESSMENT_RETURNED: '考评被退回，请按意见修改后重新提交',
      ASSESSMENT_APPROVED: '考评已审核通过',
      RECTIFICATION_ASSIGNED: '收到新的整改事项',
      RECTIFICATION_ANSWERED: '支部已反馈整改情况，待核验',
      RECTIFICATION_DUE: '整改期限临近',
      RECTIFICATION_OVERDUE: '整改事项已逾期',
      RECTIFICATION_VERIFIED: '整改已核验销号',
      RECTIFICATION_REJECTED: '整改反馈未通过，请继续整改',
    },
    remind: {
      button: '一键催报',
      confirm: '向本辖区内尚未提交 {{period}} 考评的所有支部发送催报通知？（每个支部每天最多一次）',
      done: '已催报 {{count}} 个支部',
      already: '{{count}} 个支部今日已催报过',
      none: '所有支部均已提交，无需催报',
    },
  },
} as const;
