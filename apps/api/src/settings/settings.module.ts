import { Module } from '@nestjs/common';
import { SettingsResolver } from './settings.resolver';

/** Install-wide display settings read from the validated config (apps/api/src/config). */
@Module({ providers: [SettingsResolver] })
export class SettingsModule {}
