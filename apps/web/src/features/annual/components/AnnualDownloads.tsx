import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFileDownload } from '../../reports';

/** The annual report downloads of a unit (PDF, workbook) or of a branch (its one-page PDF). */
export function AnnualDownloads(
  props: { year: number; name: string } & ({ unitId: string } | { branchId: string }),
) {
  const { t } = useTranslation();
  const { active, start } = useFileDownload();
  const q = (extra: Record<string, string>) => new URLSearchParams({ ...extra, year: String(props.year) });
  if ('branchId' in props) {
    return (
      <Button
        icon={<FilePdfOutlined />}
        loading={active !== null}
        onClick={() =>
          void start(
            'branchAnnualPdf',
            `/api/reports/branch-annual.pdf?${q({ branchId: props.branchId })}`,
            `${props.name}_${props.year}年度_考评报告.pdf`,
          )
        }
      >
        {t('annual.branchPdf')}
      </Button>
    );
  }
  const unit = { unitId: props.unitId };
  return (
    <Space wrap>
      <Button
        icon={<FilePdfOutlined />}
        loading={active?.key === 'annualPdf'}
        disabled={active !== null && active.key !== 'annualPdf'}
        onClick={() =>
          void start(
            'annualPdf',
            `/api/reports/annual.pdf?${q(unit)}`,
            `${props.name}_${props.year}年度_年度通报.pdf`,
          )
        }
      >
        {t('annual.pdf')}
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        loading={active?.key === 'annualXlsx'}
        disabled={active !== null && active.key !== 'annualXlsx'}
        onClick={() =>
          void start(
            'annualXlsx',
            `/api/reports/annual.xlsx?${q(unit)}`,
            `${props.name}_${props.year}年度_年度数据.xlsx`,
          )
        }
      >
        {t('annual.xlsx')}
      </Button>
    </Space>
  );
}
