import { UseGuards } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { AuthGuard } from '../auth/auth.guard';
import type { AssessmentRow } from '../assessments/assessment-rows';
import { AssessmentModel } from '../assessments/models/assessment.model';
import { Role, type AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { evidenceFlags } from './evidence-flags';
import type { EvidenceFileView, ReviewedFile } from './evidence-rows';
import { EvidenceReaderService } from './evidence-reader.service';
import { EvidenceFileModel, EvidenceKindEnum, type EvidenceFlagModel } from './models/evidence-file.model';

/**
 * `Assessment.evidence`: every file of the assessment, by indicator. The parent assessment was
 * already filtered by scope when loaded; one query per request for all listed assessments.
 */
@Resolver(() => AssessmentModel)
@UseGuards(AuthGuard)
export class EvidenceFieldResolver {
  private readonly byRequest = new WeakMap<object, DataLoader<string, ReviewedFile[]>>();

  constructor(private readonly files: EvidenceReaderService) {}

  @ResolveField(() => [EvidenceFileModel], {
    description: 'Evidence files (佐证材料), ordered by indicator then upload time.',
  })
  async evidence(
    @CurrentUser() user: AuthUser,
    @Parent() row: AssessmentRow,
    @Context() ctx: object,
  ): Promise<EvidenceFileModel[]> {
    let loader = this.byRequest.get(ctx);
    if (!loader) {
      // Per request, so per caller: every parent assessment is of the caller's district.
      loader = new DataLoader((ids: readonly string[]) => this.files.filesOf(user.districtId, ids));
      this.byRequest.set(ctx, loader);
    }
    // Flags are for the committee: a branch is not told what other branches submitted.
    const reviewer = user.role !== Role.BRANCH;
    return (await loader.load(row.id)).map((file) => toModel(file, reviewer));
  }
}

function toModel(file: ReviewedFile, reviewer: boolean): EvidenceFileModel {
  return toEvidenceFileModel(file, reviewer ? evidenceFlags(file) : []);
}

/** The GraphQL view of a file, with the URLs its bytes are read from. */
export function toEvidenceFileModel(
  file: EvidenceFileView,
  flags: EvidenceFlagModel[] = [],
): EvidenceFileModel {
  const url = `/api/evidence/${file.id}`;
  return {
    id: file.id,
    indicatorCode: file.indicatorCode,
    name: file.name,
    mimeType: file.mimeType,
    kind: file.kind as EvidenceKindEnum,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    uploadedAt: file.uploadedAt,
    url,
    thumbnailUrl: file.kind === 'IMAGE' ? `${url}/thumbnail` : null,
    previewUrl: file.kind === 'IMAGE' ? `${url}/preview` : null,
    flags,
  };
}
