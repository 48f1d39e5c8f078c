import path from 'node:path';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { EvidenceController } from './evidence.controller';
import { EvidenceFileEntity } from './evidence-file.entity';
import { EvidenceFieldResolver } from './evidence.resolver';
import { EvidenceReaderService } from './evidence-reader.service';
import { EvidenceService } from './evidence.service';
import { RectificationEvidenceService } from './rectification-evidence.service';
import { BLOB_STORE, type BlobStore } from './storage/blob-store';
import { DiskBlobStore } from './storage/disk-blob-store';
import { S3BlobStore } from './storage/s3-blob-store';

/** The store the configuration names: S3 when S3_BUCKET is set, else the local disk under DATA_DIR. */
export function createBlobStore(config: AppConfig): BlobStore {
  const s3 = config.evidence.s3;
  return s3 ? new S3BlobStore(s3) : new DiskBlobStore(path.join(config.dataDir, 'evidence'));
}

/** Evidence files (佐证材料) behind indicator values: upload, list, download, thumbnail, delete. */
@Module({
  imports: [TypeOrmModule.forFeature([EvidenceFileEntity]), FrameworksModule],
  controllers: [EvidenceController],
  providers: [
    EvidenceService,
    EvidenceReaderService,
    RectificationEvidenceService,
    EvidenceFieldResolver,
    { provide: BLOB_STORE, inject: [APP_CONFIG], useFactory: createBlobStore },
  ],
  exports: [EvidenceService, EvidenceReaderService, RectificationEvidenceService],
})
export class EvidenceModule {}
