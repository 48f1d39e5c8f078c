import { Module } from '@nestjs/common';
import { DeadlineExtensionsResolver } from './deadline-extensions.resolver';
import { DeadlineExtensionsService } from './deadline-extensions.service';

@Module({
  providers: [DeadlineExtensionsService, DeadlineExtensionsResolver],
  exports: [DeadlineExtensionsService],
})
export class DeadlinesModule {}
