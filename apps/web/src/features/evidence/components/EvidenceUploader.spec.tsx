/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { initI18n } from '../../../test-support/i18n';
import type { EvidenceFile } from '../hooks/useAssessmentEvidence';
import { EvidenceList } from './EvidenceList';
import { EvidenceUploader } from './EvidenceUploader';
import { restoreViewport, setViewport } from '../../../test-support/viewport';

const i18n = initI18n(window.localStorage);

const photo: EvidenceFile = {
  id: 'f1',
  indicatorCode: 'ORG_MEETINGS',
  name: '签到表.jpg',
  mimeType: 'image/jpeg',
  kind: 'IMAGE' as EvidenceFile['kind'],
  sizeBytes: 2048,
  uploadedAt: '2026-11-20T02:00:00.000Z',
  url: '/api/evidence/f1',
  thumbnailUrl: '/api/evidence/f1/thumbnail',
  previewUrl: '/api/evidence/f1/preview',
  flags: [],
};
const pdf: EvidenceFile = {
  ...photo,
  id: 'f2',
  name: '会议记录.pdf',
  mimeType: 'application/pdf',
  kind: 'PDF' as EvidenceFile['kind'],
  thumbnailUrl: null,
  previewUrl: null,
  flags: [
    {
      code: 'SAME_FILE_OTHER_BRANCH',
      message: {
        zh: '另外 1 个支部上传了完全相同的文件，请核实。',
        en: 'The identical file was also attached by 1 other branch; check it.',
      },
    },
  ],
};

/** The upload request the component makes: answered by the test (the API is not part of a web unit test). */
class AnsweringRequest {
  static answer = { status: 201, body: '{"files":[]}' };
  static urls: string[] = [];
  upload: { onprogress?: (e: unknown) => void } = {};
  status = 0;
  responseText = '';
  onload?: () => void;
  open(_method: string, url: string) {
    AnsweringRequest.urls.push(url);
  }
  setRequestHeader() {}
  send() {
    setTimeout(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 1 });
      this.status = AnsweringRequest.answer.status;
      this.responseText = AnsweringRequest.answer.body;
      this.onload?.();
    });
  }
}

afterAll(restoreViewport);

beforeAll(() => {
  // Thumbnails are fetched with the token and shown through object URLs.
  global.fetch = jest.fn(async () => ({ ok: true, blob: async () => new Blob(['webp']) })) as never;
  URL.createObjectURL = jest.fn(() => 'blob:thumb');
  URL.revokeObjectURL = jest.fn();
  window.XMLHttpRequest = AnsweringRequest as never;
});

describe('EvidenceUploader', () => {
  beforeEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('lists the files with a thumbnail, says what is required and asked for, and names a refused file with the reason', async () => {
    setViewport('wide');
    const onChanged = jest.fn();
    const { container } = render(
      <App>
        <EvidenceUploader
          assessmentId="a1"
          indicatorCode="ORG_MEETINGS"
          files={[photo]}
          editable
          requirement={{ required: true, hint: { zh: '会议记录、签到表', en: 'Minutes and sign-in sheets' } }}
          requested
          onChanged={onChanged}
        />
      </App>,
    );
    expect(screen.getByText('此项须上传佐证材料：会议记录、签到表')).toBeTruthy();
    expect(screen.getByText('审核人要求补充此项的佐证材料')).toBeTruthy();
    expect(await screen.findByRole('img', { name: '签到表.jpg 的缩略图' }, { timeout: 15_000 })).toBeTruthy();
    expect(global.fetch).toHaveBeenCalledWith('/api/evidence/f1/thumbnail', expect.anything());
    expect(screen.getByRole('button', { name: /删除 签到表\.jpg/ })).toBeTruthy();
    expect(screen.getByText('点击或拖入文件上传')).toBeTruthy();

    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toContain('.heic');

    AnsweringRequest.answer = {
      status: 400,
      body: JSON.stringify({
        reason: 'EVIDENCE_REFUSED',
        files: [{ file: 'virus.jpg', code: 'TYPE_NOT_ACCEPTED', reason: 'not accepted' }],
      }),
    };
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['MZ'], 'virus.jpg', { type: 'image/jpeg' })] } });
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('virus.jpg 未上传：文件内容不是可接受的类型');
    expect(alert.textContent).toContain('该文件未保存，请换一个文件再试。');
    expect(onChanged).not.toHaveBeenCalled();
    expect(AnsweringRequest.urls.at(-1)).toBe('/api/evidence?assessmentId=a1&indicatorCode=ORG_MEETINGS');

    AnsweringRequest.answer = { status: 201, body: '{"files":[]}' };
    // rc-upload puts a fresh <input> in after each pick
    const again = container.querySelector('input[type=file]') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(again, { target: { files: [new File(['jpeg'], 'ok.jpg', { type: 'image/jpeg' })] } });
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it('a server error names the cause in Chinese and advises trying later, not another file', async () => {
    setViewport('phone');
    AnsweringRequest.answer = {
      status: 500,
      body: JSON.stringify({ statusCode: 500, message: 'Internal server error' }),
    };
    const onChanged = jest.fn();
    const { container } = render(
      <App>
        <EvidenceUploader
          assessmentId="a1"
          indicatorCode="ORG_MEETINGS"
          files={[]}
          editable
          onChanged={onChanged}
        />
      </App>,
    );
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File(['png'], '签到表.png', { type: 'image/png' })] },
      });
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('签到表.png 未上传：服务器出错，请稍后重试');
    expect(alert.textContent).toContain('该文件未保存，稍后可重新上传。');
    expect(alert.textContent).not.toContain('Internal server error');
    expect(alert.textContent).not.toContain('换一个文件');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('on a phone offers two buttons in one row (files, camera) instead of the tall drop area', async () => {
    setViewport('phone');
    AnsweringRequest.answer = { status: 201, body: '{"files":[]}' };
    let refetched!: () => void;
    const onChanged = jest.fn(() => new Promise<void>((resolve) => (refetched = resolve)));
    const { container } = render(
      <App>
        <EvidenceUploader
          assessmentId="a1"
          indicatorCode="ORG_MEETINGS"
          files={[]}
          editable
          onChanged={onChanged}
        />
      </App>,
    );
    expect(screen.queryByText('点击或拖入文件上传')).toBeNull();
    expect(container.querySelector('.ant-upload-drag')).toBeNull();
    const pick = screen.getByRole('button', { name: /选择文件/ });
    const camera = screen.getByRole('button', { name: /拍照上传/ });
    expect(pick.closest('.ant-space')).toBe(camera.closest('.ant-space'));
    // What may be sent is still said, under the buttons.
    expect(screen.getByText(/单个文件不超过 20 MB/)).toBeTruthy();

    // The first picker takes any accepted file, several at once; the second opens the camera.
    const [files, photo] = [...container.querySelectorAll('input[type=file]')] as HTMLInputElement[];
    expect(files.multiple).toBe(true);
    expect(files.accept).toContain('.pdf');
    expect(photo.getAttribute('capture')).toBe('environment');
    expect(photo.accept).toBe('image/*');

    // A file on its way is listed under the row, not squeezed into it beside a button.
    await act(async () => {
      fireEvent.change(files, {
        target: { files: [new File(['%PDF'], '记录.pdf', { type: 'application/pdf' })] },
      });
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    const pending = screen.getByText('记录.pdf');
    expect(pending.closest('.ant-upload-list')).not.toBeNull();
    expect(pending.closest('.ant-space')).toBeNull();
    await act(async () => refetched());
    await waitFor(() => expect(screen.queryByText('记录.pdf')).toBeNull());
  });

  it('keeps a stored file as uploading until the screen has refetched, and says when uploads run', async () => {
    AnsweringRequest.answer = { status: 201, body: '{"files":[]}' };
    let refetched!: () => void;
    const onChanged = jest.fn(() => new Promise<void>((resolve) => (refetched = resolve)));
    const onUploadingChange = jest.fn();
    const { container } = render(
      <App>
        <EvidenceUploader
          assessmentId="a1"
          indicatorCode="ORG_MEETINGS"
          rectificationItemId="r1"
          files={[]}
          editable
          onChanged={onChanged}
          onUploadingChange={onUploadingChange}
        />
      </App>,
    );
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File(['%PDF'], '记录.pdf', { type: 'application/pdf' })] },
      });
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    // Stored, but the screen's refetch has not answered: still uploading, still listed here.
    expect(onUploadingChange).toHaveBeenLastCalledWith(true);
    expect(screen.getByText('记录.pdf')).toBeTruthy();
    await act(async () => refetched());
    await waitFor(() => expect(onUploadingChange).toHaveBeenLastCalledWith(false));
    expect(screen.queryByText('记录.pdf')).toBeNull(); // from now on listed from the server's files
    expect(AnsweringRequest.urls.at(-1)).toBe('/api/evidence?rectificationItemId=r1');
  });

  it('offers no upload and no removal once the assessment is not editable', () => {
    const { container } = render(
      <App>
        <EvidenceUploader
          assessmentId="a1"
          indicatorCode="ORG_MEETINGS"
          files={[]}
          editable={false}
          onChanged={jest.fn()}
        />
      </App>,
    );
    expect(screen.getByText('尚未上传佐证材料')).toBeTruthy();
    expect(container.querySelector('input[type=file]')).toBeNull();
  });
});

describe('EvidenceList for a reviewer', () => {
  it('explains the plausibility flags in the reader’s language and offers open and download, not removal', async () => {
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    render(
      <App>
        <EvidenceList files={[pdf]} showFlags />
      </App>,
    );
    const item = screen.getByTestId('evidence-file-ORG_MEETINGS');
    expect(within(item).getByText('Another branch uploaded the identical file')).toBeTruthy();
    expect(within(item).getByText(/also attached by 1 other branch/)).toBeTruthy();
    expect(within(item).getByText(/PDF file/)).toBeTruthy();
    expect(within(item).getByRole('button', { name: /Open/ })).toBeTruthy();
    expect(within(item).getByRole('button', { name: /Download/ })).toBeTruthy();
    expect(within(item).queryByRole('button', { name: /Remove/ })).toBeNull();
  });
});
