/** Where a notification leads: the screen that shows its target to the recipient's role. */
export function notificationLink(targetType: string, role: string): string {
  if (targetType === 'RectificationItem') return '/rectification';
  if (role === 'BRANCH') return '/self-assessment';
  return targetType === 'Assessment' ? '/review' : '/overview';
}
