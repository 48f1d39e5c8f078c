import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FrameworkEntity } from './entities/framework.entity';
import { FrameworksResolver } from './frameworks.resolver';
import { FrameworksService } from './frameworks.service';

@Module({
  imports: [TypeOrmModule.forFeature([FrameworkEntity])],
  providers: [FrameworksService, FrameworksResolver],
  exports: [FrameworksService],
})
export class FrameworksModule {}
