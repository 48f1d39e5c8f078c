import { Inject, UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../auth/auth.guard';
import { Public } from '../auth/public.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppSettings } from './models/app-settings.model';

@Resolver()
@UseGuards(AuthGuard)
export class SettingsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  // Public: the sign-in screen shows times too, and the zone is no secret.
  @Public()
  @Query(() => AppSettings, { description: 'Install-wide display settings (the district time zone)' })
  appSettings(): AppSettings {
    return { timeZone: this.config.timeZone };
  }
}
