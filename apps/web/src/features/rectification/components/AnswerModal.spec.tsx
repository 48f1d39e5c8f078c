/**
 * @jest-environment jsdom
 */
import { MockedProvider } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../test-support/i18n';
import { AnswerModal } from './AnswerModal';

initI18n(window.localStorage);

type Item = NonNullable<Parameters<typeof AnswerModal>[0]['item']>;

const item: Item = {
  id: 'i1',
  version: 3,
  assessmentId: 'a1',
  indicatorCode: 'ORG_MEETINGS',
  problem: '三会一课记录不全',
  requiredAction: '补齐记录并上传考核表',
  status: 'OPEN',
  lastRejection: null,
  pendingFiles: [],
};

function renderModal(props: Partial<Item>) {
  render(
    <MockedProvider mocks={[]}>
      <App>
        <AnswerModal item={{ ...item, ...props }} onClose={jest.fn()} onFilesChanged={jest.fn()} />
      </App>
    </MockedProvider>,
  );
}

describe('反馈整改 (AnswerModal)', () => {
  it('opens with why the last answer was sent back, by whom and when (district time)', () => {
    renderModal({
      lastRejection: { reason: '考核表扫描件不清晰', at: '2026-12-04T01:30:00.000Z', by: '王审核' },
    });
    const note = screen.getByTestId('rectification-rejection');
    expect(note.textContent).toBe('上次反馈未通过：考核表扫描件不清晰（王审核，2026年12月4日 09:30）');
    // Above the problem and the requirement it answers.
    const problem = screen.getByText('三会一课记录不全；补齐记录并上传考核表');
    expect(note.compareDocumentPosition(problem) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says nothing of a rejection on an item never sent back', () => {
    renderModal({});
    expect(screen.queryByTestId('rectification-rejection')).toBeNull();
  });

  it('tells the evidence note from the evidence files', () => {
    renderModal({});
    expect(screen.getByText('佐证材料说明（可选）')).toBeTruthy();
    expect(screen.queryByText('佐证材料（可选）')).toBeNull();
  });
});
