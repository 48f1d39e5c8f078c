import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Install-wide settings the screens need before anything else (no secrets).' })
export class AppSettings {
  @Field({
    description:
      'IANA time zone every date and time is shown in (DISTRICT_TIME_ZONE, default Asia/Shanghai): screens, reports, audit',
  })
  timeZone!: string;
}
