import { Module } from '@nestjs/common';
import { DemoSeeder } from './demo.seeder';

/** Provides DemoSeeder; the bootstrap calls `seedIfEmpty()` when DEMO_DATA=true. */
@Module({ providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
