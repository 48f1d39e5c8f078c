/**
 * Where a notification leads: the screen that shows its target to the recipient's role. A branch
 * opens the form of the notice's quarter (`?period=`) when it is known: a closed quarter is not the
 * one the form opens on by itself.
 */
export function notificationLink(targetType: string, role: string, periodCode?: string | null): string {
  if (targetType === 'RectificationItem') return '/rectification';
  if (role === 'BRANCH')
    return periodCode ? `/self-assessment?period=${encodeURIComponent(periodCode)}` : '/self-assessment';
  return targetType === 'Assessment' ? '/review' : '/overview';
}
